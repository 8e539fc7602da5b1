"""The shop's search, browse and category pages on the search service, in both languages, and without it."""

import re
from html import unescape
from urllib.parse import parse_qs, urlencode

import pytest
from django.urls import reverse
from django.utils import translation

from search.engine import forget_clients
from tests.factories import make_artisan, make_product

pytestmark = pytest.mark.django_db


def url(name: str, language: str, **kwargs) -> str:
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


@pytest.fixture
def shop(index_everything):
    weaver = make_artisan(
        name_en="Moza Al Araimi", name_ar="موزة العريمية", wilayat_slug="sur", crafts=("wool_weaving", "palm_frond")
    )
    potter = make_artisan(name_en="Aisha Al Hinai", name_ar="عائشة الهنائية", wilayat_slug="bahla", crafts=("pottery",))
    make_product(
        artisan=weaver,
        craft_code="wool_weaving",
        title_en="Wool rug",
        title_ar="سجادة صوفية",
        materials=("wool",),
        sku="SHS-RUG-00001",
    )
    make_product(
        artisan=weaver,
        craft_code="palm_frond",
        title_en="",
        description_en="",
        title_ar="سلة من السعف",
        materials=("palm_frond",),
        sku="SHS-BAS-00002",
    )
    make_product(
        artisan=potter,
        craft_code="pottery",
        title_en="Clay incense burner",
        title_ar="مبخرة فخارية",
        materials=("clay",),
        sku="DAK-INC-00003",
    )
    index_everything()


def page(client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(("language", "direction"), [("ar", "rtl"), ("en", "ltr")])
def test_the_search_page_marks_what_matched_in_both_languages(client, shop, language, direction):
    html = page(client, url("search:search", language) + "?q=rug")
    assert f'<html lang="{language}" dir="{direction}"' in html
    assert "<mark>" in html
    expected = "<mark>Wool</mark>" not in html and ("<mark>rug</mark>" in html or "<mark>سجادة</mark>" in html)
    assert expected


def test_an_english_search_finds_an_arabic_only_listing_and_marks_its_language(client, shop):
    html = page(client, url("search:search", "en") + "?q=basket")
    assert "سلة" in html
    assert "Listed in Arabic only" in html


def test_facets_are_checkboxes_with_counts_in_the_readers_language(client, shop):
    html = page(client, url("search:search", "ar") + "?q=sur")
    assert re.search(
        r'name="craft" value="wool_weaving"> <span>النسيج الصوفي</span> <span class="facet__count">1', html
    )
    assert 'name="governorate" value="south_sharqiyah"' in html


def test_ticking_a_facet_filters_the_results(client, shop):
    html = page(client, url("search:search", "en") + "?q=sur&craft=palm_frond")
    assert "سلة من السعف" in html and "Wool rug" not in html
    assert re.search(r'name="craft" value="palm_frond" checked', html)


def test_price_bands_are_links_that_keep_the_other_filters(client, shop):
    html = page(client, url("catalogue:index", "en") + "?craft=pottery")
    assert "craft=pottery&amp;min_price=10.000&amp;max_price=49.990" in html


def test_a_search_with_no_results_suggests_a_spelling_and_the_crafts(client, shop):
    html = page(client, url("search:search", "en") + "?q=laptop")
    assert "Nothing in the shop matches" in html
    assert url("catalogue:category", "en", category_slug="pottery", pk=4).split("_")[0] in html or "Pottery" in html
    html = page(client, url("search:search", "en") + "?q=rugg+baskit")
    assert "Did you mean" in html


def test_artisans_appear_beside_the_products_they_match(client, shop):
    html = page(client, url("search:search", "en") + "?q=Araimi")
    assert 'class="search-artisans"' in html and "Moza Al Araimi" in html


def test_results_carry_what_the_page_needs_to_report_clicks(client, shop):
    html = page(client, url("search:search", "en") + "?q=rug")
    assert re.search(r'data-search="[0-9a-f-]{36}" data-product="\d+" data-position="1"', html)
    assert '<meta name="csrf-token"' in html


def test_when_the_engine_is_away_the_search_page_says_so_politely(client, shop, settings):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    forget_clients()
    html = page(client, url("search:search", "en") + "?q=rug")
    assert "search is not available at the moment" in html
    assert 'class="craft-links"' in html


def test_when_the_engine_is_away_browsing_and_categories_still_list_from_the_database(client, shop, settings):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    forget_clients()
    html = page(client, url("catalogue:index", "en"))
    assert "Wool rug" in html and "Clay incense burner" in html
    html = page(client, url("catalogue:index", "en") + "?craft=pottery")
    assert "Clay incense burner" in html and "Wool rug" not in html


def test_browse_and_category_pages_come_from_the_search_service_with_facets(client, shop):
    html = page(client, url("catalogue:index", "en"))
    assert 'class="facets"' in html
    assert "3 pieces" in html


@pytest.mark.parametrize(
    ("language", "query", "chips", "ignored", "title"),
    [
        (
            "en",
            "cheap incense burner under 20 rials from Bahla for my mother",
            ["Under OMR 20", "Cheapest first", "From Bahla first"],
            "mother",
            "Clay incense burner",
        ),
        (
            "ar",
            "مبخرة رخيصة أقل من ٢٠ ريال من بهلاء لأمي",
            ["أقل من 20 ر.ع.", "الأرخص أولاً", "من بهلاء أولاً"],
            "لأمي",
            "مبخرة فخارية",
        ),
    ],
)
def test_the_search_page_shows_how_the_query_was_read_as_chips_the_buyer_can_remove(
    client, shop, language, query, chips, ignored, title
):
    html = page(client, url("search:search", language) + "?" + urlencode({"q": query, "craft": "pottery", "page": 1}))
    found = re.findall(r'<li class="understood__chip"><span>([^<]*)</span> <a href="([^"]*)"', html)
    assert [label for label, _link in found] == chips
    assert ignored in html.split('class="understood__ignored')[1]
    # each chip links to the query without its part, the ticked filters kept, back on the first page
    price_link = parse_qs(unescape(found[0][1]).lstrip("?"))
    assert price_link["craft"] == ["pottery"] and "page" not in price_link
    assert "20" not in price_link["q"][0] and ("Bahla" in price_link["q"][0] or "بهلاء" in price_link["q"][0])
    place_link = parse_qs(unescape(found[2][1]).lstrip("?"))
    assert "Bahla" not in place_link["q"][0] and "بهلاء" not in place_link["q"][0]
    # and the page still finds the burner: the place and the price are not words to match
    assert title in re.sub(r"</?mark>", "", html.split('class="understood')[-1])


def test_a_chip_is_escaped_like_everything_the_buyer_typed(client, shop):
    html = page(client, url("search:search", "en") + "?" + urlencode({"q": "<b>rug</b> under 20 rials"}))
    assert "<b>rug" not in html
    assert "Under OMR 20" in html
