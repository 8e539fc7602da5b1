"""The workshop as an installable app (issue 24, part 3): a manifest per language, a service worker whose scope is
the workshop in that language and which caches only the offline page and static files, and the offline page."""

import json
import re

import pytest
from django.test import Client

from tests.factories import make_artisan, make_manager

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "name", "direction"), [("ar", "ورشة حرفة", "rtl"), ("en", "Hirfa workshop", "ltr")]
)
def test_the_manifest_names_the_workshop_in_the_pages_language(client, language, name, direction):
    response = client.get(f"/{language}/workshop/manifest.webmanifest")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["name"] == name
    assert manifest["dir"] == direction
    assert manifest["lang"] == language
    assert manifest["start_url"] == manifest["scope"] == f"/{language}/workshop/"
    assert manifest["display"] == "standalone"
    assert {icon["sizes"] for icon in manifest["icons"]} == {"192x192", "512x512"}


def test_the_service_worker_covers_the_workshop_and_caches_only_the_offline_page_and_static_files(client):
    response = client.get("/ar/workshop/sw.js")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/ar/workshop/"
    assert "no-cache" in response["Cache-Control"]
    config = json.loads(re.search(r"var CONFIG = (\{.*\});", response.content.decode()).group(1))
    assert config["offline"] == "/ar/workshop/offline/"
    assert config["static"] and all(url.startswith(config["staticPrefix"]) for url in config["static"])


def test_the_offline_page_is_in_the_artisans_language_and_holds_no_personal_data():
    artisan = make_artisan(registry_number="TS-MUS-00777")
    manager = make_manager(artisan, email="hamed.kumzari@example.com")
    client = Client()
    client.force_login(manager)

    response = client.get("/ar/workshop/offline/")

    page = response.content.decode()
    assert response.status_code == 200
    assert 'dir="rtl"' in page and "أنت غير متصل" in page
    assert "hamed.kumzari" not in page and artisan.registry_number not in page
    assert "<script" not in page  # the page is cached for everyone on the phone: nothing runs on it


def test_workshop_pages_link_the_manifest_and_the_service_worker(django_assert_max_num_queries):
    artisan = make_artisan(registry_number="TS-MUS-00778")
    client = Client()
    client.force_login(make_manager(artisan))

    with django_assert_max_num_queries(40):
        response = client.get(f"/ar/workshop/{artisan.registry_number}/pieces/new/")

    page = response.content.decode()
    assert '<link rel="manifest" href="/ar/workshop/manifest.webmanifest"' in page
    assert 'data-service-worker="/ar/workshop/sw.js"' in page
