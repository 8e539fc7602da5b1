"""What an uncached request costs (issue 19, part 2): the Wagtail Site read once per host, a page's versions in
other languages read once per request, no home sections built while they are served from the cache, and each
product photo looked up once per page."""

from unittest import mock

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from oscar.core.thumbnails import get_thumbnailer
from wagtail.models import Site

from catalogue import selectors as catalogue_selectors
from catalogue.photos import WEBP_WIDTHS
from catalogue.services import product_add_photo
from cms.site_cache import GENERATION_KEY
from tests.factories import image_upload, make_product

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    """The path measured here is the one behind the page cache (marketplace/page_cache.py), as after a purge."""
    settings.PAGE_CACHE_ENABLED = False


def queries_of(client, url: str) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in queries.captured_queries]


def site_lookups(sql: list[str]) -> list[str]:
    """Wagtail's query for the site of a request's host (it ranks the matches; its list of all sites does not)."""
    return [query for query in sql if 'FROM "wagtailcore_site"' in query and "CASE WHEN" in query]


def test_the_site_is_read_once_per_host_and_again_once_it_is_saved(client, django_capture_on_commit_callbacks):
    client.get("/en/")

    assert site_lookups(queries_of(client, "/en/")) == []
    assert site_lookups(queries_of(client, "/ar/")) == []

    site = Site.objects.get(is_default_site=True)
    with django_capture_on_commit_callbacks(execute=True):
        site.site_name = "Hirfa"
        site.save()

    assert len(site_lookups(queries_of(client, "/en/"))) == 1
    assert site_lookups(queries_of(client, "/en/")) == []


def test_a_shop_page_reads_neither_the_site_nor_its_cache(client):
    product = make_product(title_en="Silver khanjar")
    client.get(product.get_absolute_url())

    with mock.patch.object(cache, "get_many", wraps=cache.get_many) as cache_reads:
        sql = queries_of(client, product.get_absolute_url())

    assert site_lookups(sql) == []
    assert not any(GENERATION_KEY in call.args[0] for call in cache_reads.call_args_list)


def test_a_saved_site_is_what_the_next_request_sees(client, django_capture_on_commit_callbacks):
    client.get("/en/")
    site = Site.objects.get(is_default_site=True)

    with django_capture_on_commit_callbacks(execute=True):
        site.is_default_site = False
        site.hostname = "elsewhere.example"
        site.save()

    assert client.get("/en/").status_code == 404  # no site answers for this host any more


def test_the_home_page_reads_its_versions_in_other_languages_once(client):
    client.get("/en/")

    sql = queries_of(client, "/en/")

    versions = [query for query in sql if '"translation_key" =' in query and '"live"' in query]
    assert len(versions) == 1, versions


def test_the_home_page_builds_no_sections_while_they_are_served_from_the_cache(client):
    make_product(title_en="Jar 1")
    client.get("/en/")
    crafts = mock.patch.object(
        catalogue_selectors,
        "crafts_with_product_counts",
        wraps=catalogue_selectors.crafts_with_product_counts,
    )
    newest = mock.patch.object(
        catalogue_selectors,
        "newest_piece_of_each_craft",
        wraps=catalogue_selectors.newest_piece_of_each_craft,
    )

    with crafts as crafts_built, newest as newest_built:
        page = client.get("/en/").content.decode()

    assert "Jar 1" in page
    assert crafts_built.call_count == 0 and newest_built.call_count == 0


def test_the_product_page_looks_up_each_photo_once_per_size(client):
    product = make_product(title_en="Silver khanjar")
    product_add_photo(product=product, upload=image_upload("khanjar.jpg", size=(300, 300)))
    product_add_photo(product=product, upload=image_upload("sheath.jpg", size=(300, 300)))
    thumbnailer = type(get_thumbnailer())
    lookups = []
    original = thumbnailer.generate_thumbnail

    def counted(self, source, **options):
        lookups.append((source.name, options["size"], options.get("format", "JPEG")))
        return original(self, source, **options)

    with mock.patch.object(thumbnailer, "generate_thumbnail", counted):
        page = client.get(product.get_absolute_url()).content.decode()

    assert "og:image" in page and '"image"' in page  # the link preview and the structured data show the photo
    assert sorted(lookups) == sorted(set(lookups)), lookups
    # each photo at detail size once, as JPEG and as each width of its WebP srcset
    assert len(lookups) == 2 * (1 + len(WEBP_WIDTHS["detail"])), lookups
