"""The shop's pages, in both languages: what a buyer sees of each piece, and what each page costs the database."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from artisans.models import Artisan
from catalogue.services import product_add_photo
from cms.home_cache import invalidate_home_sections
from marketplace.tasks import run_due_tasks
from tests.factories import image_upload, make_artisan, make_deposit, make_product

pytestmark = pytest.mark.django_db


def url(name: str, language: str, **kwargs) -> str:
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


def product_url(product, language: str) -> str:
    with translation.override(language):
        return product.get_absolute_url()


@pytest.fixture
def nizwa_potter():
    return make_artisan(
        registry_number="TS-DAK-00100", name_en="Aisha Al Hinai", name_ar="عائشة الهنائية", wilayat_slug="nizwa"
    )


@pytest.fixture
def burner(nizwa_potter):
    deposit = make_deposit(number="OM-CD-2018-0042")
    piece = make_product(artisan=nizwa_potter, price="12.340", stock=3, design_deposit=deposit, sku="DAK-INC-00100")
    product_add_photo(product=piece, upload=image_upload("burner.jpg", size=(300, 300)))
    return piece


def html_root(response) -> str:
    return re.search(r"<html[^>]*>", response.content.decode()).group(0)


@pytest.mark.parametrize(("language", "direction"), [("ar", "rtl"), ("en", "ltr")])
def test_every_page_exists_in_both_languages_with_the_right_direction(client, burner, language, direction):
    pages = [
        "/" + language + "/",
        url("catalogue:index", language),
        url("catalogue:category", language, category_slug=burner.craft.slug, pk=burner.craft.pk),
        product_url(burner, language),
        url("artisans:list", language),
        url("artisans:detail", language, registry_number=burner.artisan.registry_number),
        url("artisans:deposits", language),
        url("artisans:deposit", language, number="OM-CD-2018-0042"),
        url("search:search", language) + "?q=burner",
        url("basket:summary", language),
        url("customer:login", language),
    ]
    for page in pages:
        response = client.get(page)
        assert response.status_code == 200, page
        assert html_root(response) == f'<html lang="{language}" dir="{direction}" class="no-js">', page


@pytest.mark.parametrize(
    ("accept_language", "expected"), [("ar,en;q=0.5", "/ar/"), ("en-GB,en;q=0.9", "/en/"), ("fr-FR", "/en/")]
)
def test_the_root_sends_visitors_to_the_language_their_browser_asks_for(client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_the_product_page_names_the_artisan_region_craft_price_stock_and_design(client, burner):
    english = client.get(product_url(burner, "en")).content.decode()
    assert "Aisha Al Hinai" in english
    assert "Nizwa, Ad Dakhiliyah" in english
    assert "Pottery" in english
    assert "OMR 12.340" in english
    assert "3 in stock" in english
    assert "OM-CD-2018-0042" in english
    assert url("artisans:deposit", "en", number="OM-CD-2018-0042") in english

    arabic = client.get(product_url(burner, "ar")).content.decode()
    assert "عائشة الهنائية" in arabic
    assert "نزوى، الداخلية" in arabic
    assert "الفخار" in arabic
    assert "12.340\xa0ر.ع." in arabic


def test_a_listing_in_one_language_is_shown_in_that_language_and_marked(client, nizwa_potter):
    arabic_only = make_product(artisan=nizwa_potter, title_en="", description_en="", title_ar="جحلة ماء")

    page = client.get(product_url(arabic_only, "en")).content.decode()

    assert '<h1 class="product-page__title" lang="ar" dir="rtl">جحلة ماء</h1>' in page
    assert "Listed in Arabic only" in page


def test_an_english_only_listing_on_an_arabic_page_is_marked_left_to_right(client, nizwa_potter):
    english_only = make_product(artisan=nizwa_potter, title_ar="", description_ar="", title_en="Water jar")
    page = client.get(product_url(english_only, "ar")).content.decode()
    assert 'lang="en" dir="ltr">Water jar</h1>' in page


def test_a_sold_out_piece_says_so_and_cannot_be_added_to_the_basket(client, nizwa_potter):
    sold_out = make_product(artisan=nizwa_potter, stock=0)
    page = client.get(product_url(sold_out, "en")).content.decode()
    assert "Sold out" in page
    assert 'id="add_to_basket_form"' not in page


def test_pieces_of_an_unverified_artisan_or_hidden_listings_are_not_shown(client):
    pending = make_artisan(verification=Artisan.Verification.PENDING)
    unverified_piece = make_product(artisan=pending, title_en="Pending piece")
    hidden = make_product(is_public=False, title_en="Hidden piece")

    assert client.get(product_url(unverified_piece, "en")).status_code == 404
    assert client.get(product_url(hidden, "en")).status_code == 404
    listing = client.get(url("catalogue:index", "en")).content.decode()
    assert "Pending piece" not in listing and "Hidden piece" not in listing


def test_the_language_switch_leads_to_the_same_page_in_the_other_language(client, burner):
    page = client.get(product_url(burner, "en")).content.decode()
    arabic_url = product_url(burner, "ar")
    assert f'href="{arabic_url}" hreflang="ar" lang="ar"' in page
    assert f'<link rel="alternate" hreflang="ar" href="http://testserver{arabic_url}">' in page


def test_the_language_switch_keeps_the_filters_of_a_listing(client, burner):
    page = client.get(url("catalogue:index", "en") + "?craft=pottery").content.decode()
    assert f'href="{url("catalogue:index", "ar")}?craft=pottery"' in page


def test_prices_use_arabic_indic_digits_for_readers_who_chose_them(client, burner):
    client.cookies["hirfa_digits"] = "arab"
    page = client.get(product_url(burner, "ar")).content.decode()
    assert "١٢٫٣٤٠\xa0ر.ع." in page


def _queries_for(client, page_url: str, *, warm: bool = False) -> int:
    """The queries of one request. `warm`: after a first request, with the home page's sections (which a product
    change takes out of the cache) rendered afresh, so that what is counted is the page being built."""
    if warm:
        client.get(page_url)
        invalidate_home_sections()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(page_url).status_code == 200
    return len(queries)


@pytest.fixture
def no_page_cache(settings):
    """The queries of the page itself, not of its copy in the page cache (marketplace/page_cache.py)."""
    settings.PAGE_CACHE_ENABLED = False


@pytest.mark.usefixtures("no_page_cache")
def test_the_product_list_runs_the_same_number_of_queries_whatever_the_page_size(client):
    artisans = [make_artisan(wilayat_slug=slug) for slug in ("nizwa", "sur", "salalah")]
    for index in range(36):
        piece = make_product(artisan=artisans[index % 3], design_deposit=make_deposit() if index % 4 == 0 else None)
        if index % 2 == 0:
            product_add_photo(product=piece, upload=image_upload(f"p{index}.jpg"))
    run_due_tasks()  # the worker has made the thumbnails
    browse = url("catalogue:index", "ar")
    client.get(browse)  # the first request of a process warms caches that later requests share

    small, large = _queries_for(client, browse + "?page_size=3"), _queries_for(client, browse + "?page_size=36")

    assert small == large
    assert large <= 12


@pytest.mark.usefixtures("no_page_cache")
@pytest.mark.parametrize("page", ["home", "artisan", "deposit", "category", "search"])
def test_other_product_grids_are_bounded_too(client, page, index_everything):
    artisan = make_artisan()
    deposit = make_deposit()
    first = make_product(artisan=artisan, design_deposit=deposit, title_en="Jar one")
    pages = {
        "home": "/en/",
        "artisan": url("artisans:detail", "en", registry_number=artisan.registry_number),
        "deposit": url("artisans:deposit", "en", number=deposit.number),
        "category": url("catalogue:category", "en", category_slug=first.craft.slug, pk=first.craft.pk),
        "search": url("search:search", "en") + "?q=jar",
    }
    index_everything()
    client.get(pages[page])
    few = _queries_for(client, pages[page], warm=True)
    for index in range(12):
        make_product(artisan=artisan, design_deposit=deposit, title_en=f"Jar {index}")
    index_everything()
    assert _queries_for(client, pages[page], warm=True) == few


def test_a_product_page_view_writes_nothing(client, burner):
    client.get(product_url(burner, "en"))
    with CaptureQueriesContext(connection) as queries:
        response = client.get(product_url(burner, "en"))
    assert response.status_code == 200
    writes = [q["sql"] for q in queries if re.match(r"\s*(INSERT|UPDATE|DELETE)", q["sql"], re.I)]
    assert writes == []


def test_listing_filters_by_craft_governorate_and_registered_design(client):
    potter = make_artisan(wilayat_slug="bahla", crafts=("pottery",))
    weaver = make_artisan(wilayat_slug="sur", crafts=("wool_weaving",))
    make_product(artisan=potter, title_en="Bahla jar")
    make_product(artisan=weaver, title_en="Sur rug", materials=("wool",), design_deposit=make_deposit())
    browse = url("catalogue:index", "en")

    def titles(query):
        return re.findall(
            r'class="product-card__title"><a [^>]*>([^<]+)</a>', client.get(browse + query).content.decode()
        )

    assert titles("?craft=pottery") == ["Bahla jar"]
    assert titles("?governorate=south_sharqiyah") == ["Sur rug"]
    assert titles("?deposit=1") == ["Sur rug"]
    assert sorted(titles("?craft=nonsense&page_size=abc&sort=cheapest")) == []


def test_a_page_number_past_the_end_shows_the_last_page(client, burner):
    assert client.get(url("catalogue:index", "en") + "?page=999").status_code == 200


def test_the_search_box_finds_pieces_by_english_or_arabic_words_and_by_sku(client, burner, index_everything):
    index_everything()
    search = url("search:search", "en")
    assert burner.title in client.get(search + "?q=burner").content.decode()
    assert burner.title in client.get(search + "?q=مبخرة").content.decode()
    assert burner.title in client.get(search + "?q=DAK-INC-00100").content.decode()
    assert "Nothing in the shop matches" in client.get(search + "?q=zzzqqq").content.decode()


def test_a_category_url_with_an_old_slug_redirects_to_the_current_one(client, burner):
    craft = burner.craft
    response = client.get(url("catalogue:category", "en", category_slug="old-name", pk=craft.pk))
    assert response.status_code == 301
    assert response["Location"] == url("catalogue:category", "en", category_slug=craft.slug, pk=craft.pk)


def test_an_unknown_product_or_artisan_is_a_404_page_in_the_readers_language(client):
    response = client.get("/ar/artisans/NO-SUCH-00000/")
    assert response.status_code == 404
    assert '<html lang="ar" dir="rtl"' in response.content.decode()
