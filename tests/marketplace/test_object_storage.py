"""Files in S3-compatible object storage, as production keeps them (marketplace/object_storage.py), against a real
S3-compatible server (moto's, started by the tests): public media at plain URLs anyone may read, private files only
through signed links that expire, and readiness that names the store when it is away."""

import json
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages

from marketplace.private_files import private_file_ensure, private_file_url
from tests.image_files import plain_jpeg
from tests.servers import S3Server

pytestmark = pytest.mark.django_db


def fetch(url: str):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 (the test's own S3 server)
            return response.status, response.read(), response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.read(), error.headers


def test_an_uploaded_photo_is_stored_in_the_bucket_and_served_from_it_at_a_plain_address(object_storage):
    server, bucket = object_storage
    photo = plain_jpeg().read()

    name = default_storage.save("products/2026/11/jar.jpg", ContentFile(photo))
    url = default_storage.url(name)

    assert server.client().head_object(Bucket=bucket, Key=f"media/{name}")["ContentLength"] == len(photo)
    assert url == f"{server.url}/{bucket}/media/{name}"  # no signature: cacheable by the CDN and the browser
    status, body, headers = fetch(url)
    assert status == 200 and body == photo
    assert headers["Cache-Control"] == "public, max-age=31536000, immutable"


def test_a_second_upload_under_the_same_name_never_replaces_the_first(object_storage):
    first = default_storage.save("products/jar.jpg", ContentFile(b"first"))
    second = default_storage.save("products/jar.jpg", ContentFile(b"second"))

    assert first != second
    assert default_storage.open(first).read() == b"first"


def test_a_private_file_is_refused_at_its_plain_address_and_served_through_a_signed_link(object_storage, settings):
    server, bucket = object_storage
    name = private_file_ensure("invoices/100042/hirfa-invoice-100042-ar.pdf", lambda: b"%PDF-1.7 invoice")

    plain = f"{server.url}/{bucket}/private/{name}"
    signed = private_file_url(name, download_as="hirfa-invoice-100042.pdf")
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(signed).query)

    assert fetch(plain)[0] == 403
    assert query["X-Amz-Expires"] == [str(settings.PRIVATE_FILE_URL_TTL)] and query["X-Amz-Signature"]
    status, body, headers = fetch(signed)
    assert status == 200 and body == b"%PDF-1.7 invoice"
    assert headers["Content-Disposition"] == "attachment; filename*=UTF-8''hirfa-invoice-100042.pdf"
    assert headers["Content-Type"] == "application/pdf"


def test_a_private_file_is_made_once_and_then_kept(object_storage):
    made = []

    def make() -> bytes:
        made.append(1)
        return b"statement"

    first = private_file_ensure("settlements/S-1/S-1-TS-001.csv", make)
    again = private_file_ensure("settlements/S-1/S-1-TS-001.csv", make)

    assert first == again and len(made) == 1
    assert storages["private"].open(first).read() == b"statement"


HEALTH_TOKEN = "health-token-for-the-object-storage-tests-0123"


@pytest.fixture
def operator(client, settings):
    """Reads /readyz with the health token, so the answer names what failed."""
    settings.HEALTH_CHECK_TOKEN = HEALTH_TOKEN
    client.defaults["HTTP_AUTHORIZATION"] = f"Bearer {HEALTH_TOKEN}"
    return client


def test_readiness_names_the_object_store_while_it_is_away_and_recovers_when_it_is_back(
    operator, settings, monkeypatch, search_engine
):
    # Given a site whose files are on an object store of this test's own, and every other dependency up
    from tests.servers import S3_CREDENTIALS

    client = operator

    for key, value in S3_CREDENTIALS.items():
        monkeypatch.setenv(key, value)
    server = S3Server().start()
    try:
        bucket = server.new_bucket()
        settings.STORAGES = server.storages(bucket, static_files=settings.STORAGES["staticfiles"])
        assert client.get("/readyz").status_code == 200

        # When the store stops, the site is not ready and says which dependency failed
        server.stop()
        response = client.get("/readyz")
        body = json.loads(response.content)
        assert response.status_code == 503 and body["failing"] == ["storage"]
        assert body["checks"]["database"]["state"] == "ok"

        # And when it is back (an empty store: the bucket is made again), the site is ready again
        server.start()
        server.client().create_bucket(Bucket=bucket)
        # (a balancer asks again every few seconds; a store just restarted on a loaded machine may miss the first
        # probe's 2-second limit, so the site has a few probes to be found ready)
        statuses = []
        for _probe in range(5):
            statuses.append(client.get("/readyz").status_code)
            if statuses[-1] == 200:
                break
            time.sleep(1)
        assert statuses[-1] == 200, statuses
    finally:
        server.stop()


def test_readiness_names_the_object_store_when_the_bucket_does_not_exist(operator, object_storage, search_engine):
    server, bucket = object_storage
    server.client().delete_bucket(Bucket=bucket)

    response = operator.get("/readyz")

    assert response.status_code == 503 and json.loads(response.content)["failing"] == ["storage"]


def test_the_page_policys_media_sources_cover_where_the_test_store_serves_photos(object_storage):
    from marketplace.object_storage import public_media_origins
    from tests.servers import S3_REGION

    server, bucket = object_storage
    url = default_storage.url(default_storage.save("products/jar.jpg", ContentFile(plain_jpeg().read())))

    origins = public_media_origins(
        bucket=bucket, endpoint_url=server.url, region=S3_REGION, addressing_style="path", url_protocol="http:"
    )

    assert [origin for origin in origins if url.startswith(origin + "/")], (url, origins)


@pytest.mark.parametrize(
    ("region", "addressing_style", "custom_domain"),
    [(None, None, None), ("me-south-1", None, None), ("me-south-1", "path", None), (None, "path", None),
     ("me-south-1", "virtual", None), ("me-south-1", None, "media.hirfa.om")],
)  # fmt: skip
def test_the_page_policys_media_sources_cover_where_amazon_s3_or_the_cdn_serves_photos(
    monkeypatch, region, addressing_style, custom_domain
):
    # (django-storages writes a public media URL without asking the store anything: no network needed)
    from storages.backends.s3 import S3Storage

    from marketplace.object_storage import public_media_origins

    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "hirfa-test")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "hirfa-test-secret")
    location = {"region": region, "addressing_style": addressing_style, "custom_domain": custom_domain}
    storage = S3Storage(
        bucket_name="hirfa-files",
        region_name=region,
        addressing_style=addressing_style,
        custom_domain=custom_domain,
        querystring_auth=False,
        location="media",
        signature_version="s3v4",
    )
    url = storage.url("products/2026/11/jar.jpg")

    origins = public_media_origins(bucket="hirfa-files", **location)

    assert [origin for origin in origins if url.startswith(origin + "/")], (url, origins)


def test_wagtails_queued_file_deletion_reaches_the_bucket(object_storage):
    # Wagtail deletes a replaced image's file in a task whose arguments are the storage's own, kept as JSON
    from wagtail.tasks import delete_file_from_storage_task

    from marketplace.tasks import run_due_tasks

    server, bucket = object_storage
    name = default_storage.save("original_images/old.jpg", ContentFile(plain_jpeg().read()))
    deconstructed = default_storage.deconstruct()
    json.dumps(deconstructed)  # no botocore object among them
    # the client still has the timeouts it was given, as numbers
    assert default_storage.client_config.connect_timeout == deconstructed[2]["connect_timeout"]
    delete_file_from_storage_task.enqueue(deconstructed, name)
    assert run_due_tasks() == 1
    listed = server.client().list_objects_v2(Bucket=bucket, Prefix=f"media/{name}")
    assert listed.get("KeyCount", 0) == 0
