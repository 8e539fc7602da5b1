"""Private files on one machine: a link handed out by `private_file_url` is signed and expires; anything else
finds nothing. (With object storage, the store's own presigned links do this: see test_object_storage.py.)"""

import time

import pytest
from django.core import signing
from django.test import Client

from marketplace.private_files import SIGNING_SALT, private_file_ensure, private_file_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def statement_link():
    name = private_file_ensure("settlements/S-9/S-9-TS-001.csv", lambda: "\ufeffdate,total\n,11.106\n".encode())
    return private_file_url(name, download_as="S-9-TS-001.csv")


def test_a_signed_link_serves_the_file_as_a_download_to_anyone_holding_it(statement_link):
    response = Client().get(statement_link)

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == "\ufeffdate,total\n,11.106\n".encode()
    assert response["Content-Disposition"] == 'attachment; filename="S-9-TS-001.csv"'
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_a_link_stops_working_once_it_has_expired(statement_link, settings, monkeypatch):
    later = time.time() + settings.PRIVATE_FILE_URL_TTL + 1
    monkeypatch.setattr(signing.time, "time", lambda: later)

    assert Client().get(statement_link).status_code == 404


def test_an_altered_link_finds_nothing(statement_link):
    token = statement_link.rstrip("/").rsplit("/", 1)[1]
    altered = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")

    assert Client().get(f"/private/{altered}/").status_code == 404


@pytest.mark.parametrize(
    "signed_value",
    [
        {"name": "../../marketplace/settings/base.py", "as": "base.py"},  # signed, but the file is not a private one
        {"name": "settlements/S-9/missing.csv", "as": "x.csv"},
        ["settlements/S-9/S-9-TS-001.csv"],  # not the shape a link carries
    ],
)
def test_a_link_to_anything_but_an_existing_private_file_finds_nothing(statement_link, signed_value):
    token = signing.dumps(signed_value, salt=SIGNING_SALT, compress=True)

    assert Client().get(f"/private/{token}/").status_code == 404


def test_a_value_signed_for_another_purpose_is_not_a_link(statement_link):
    token = signing.dumps({"name": "settlements/S-9/S-9-TS-001.csv", "as": "x.csv"})  # the default salt

    assert Client().get(f"/private/{token}/").status_code == 404


def test_a_link_only_answers_reads(statement_link):
    assert Client(enforce_csrf_checks=False).post(statement_link).status_code == 405


def test_private_files_are_kept_outside_the_public_media(settings):
    from django.core.files.storage import default_storage, storages

    assert not str(storages["private"].location).startswith(str(default_storage.location))
