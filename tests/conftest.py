import shutil

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.test import Client
from django.utils import translation

from tests.servers import object_storage, s3_server  # noqa: F401 (fixtures)


@pytest.fixture(autouse=True)
def _isolated_media_and_cache(settings, tmp_path):
    """Uploaded and private files go to temporary folders, each test starts with an empty cache, and in the default
    language: a request to an /ar/ page leaves Arabic active in the thread, which must not reach the next test."""
    translation.activate(django_settings.LANGUAGE_CODE)
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {**settings.STORAGES["private"], "OPTIONS": {"location": tmp_path / "private"}},
    }
    cache.clear()
    yield
    cache.clear()
    translation.deactivate()
    shutil.rmtree(tmp_path / "media", ignore_errors=True)
    shutil.rmtree(tmp_path / "private", ignore_errors=True)


@pytest.fixture
def client_ar() -> Client:
    """A browser that asks for Arabic."""
    return Client(HTTP_ACCEPT_LANGUAGE="ar")


@pytest.fixture
def client_en() -> Client:
    return Client(HTTP_ACCEPT_LANGUAGE="en")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture
def search_engine(request, settings):
    """A search engine of its own for this test: a fresh clone of the bundled engine, or, when
    TEST_ELASTICSEARCH_URL names a real Elasticsearch 8, indexes under a prefix of the test's own."""
    import os
    import uuid

    from search.engine import forget_clients, get_client

    real = os.environ.get("TEST_ELASTICSEARCH_URL")
    if real:
        settings.ELASTICSEARCH_URL = real
        settings.SEARCH_INDEX_PREFIX = f"test-{uuid.uuid4().hex[:12]}"
    else:
        settings.ELASTICSEARCH_URL = request.getfixturevalue("osmem_clone").url
    forget_clients()
    yield settings.ELASTICSEARCH_URL
    if real:
        get_client().options(ignore_status=404).indices.delete(index=f"{settings.SEARCH_INDEX_PREFIX}-*")
    forget_clients()


@pytest.fixture
def index_everything(search_engine):
    """Rebuild the search indexes from the database (what `search_index --rebuild` does)."""
    from search.indexing import rebuild

    def run():
        for kind in ("products", "artisans", "stories"):
            rebuild(kind)

    return run
