"""A buyer browses home -> product -> artisan in Arabic and in English, switches language, and fills a basket."""

import pytest

from catalogue.services import product_add_photo
from tests.factories import image_upload, make_artisan, make_deposit, make_product

# The live server needs committed data; serialized_rollback restores the reference data the migrations load
# (regions, crafts, home pages) after each test flushes the database.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def catalogue(live_server):
    artisan = make_artisan(
        registry_number="TS-DAK-00777",
        name_en="Aisha bint Said Al Hinai",
        name_ar="عائشة بنت سعيد الهنائية",
        wilayat_slug="bahla",
        bio_en="Aisha learned to shape Bahla clay from her mother.",
        bio_ar="تعلمت عائشة تشكيل طين بهلاء من أمها.",
    )
    piece = make_product(
        artisan=artisan,
        title_en="Bahla clay incense burner",
        title_ar="مبخرة فخارية من بهلاء",
        price="12.340",
        stock=4,
        design_deposit=make_deposit(number="OM-CD-2019-0090D"),
    )
    product_add_photo(product=piece, upload=image_upload("burner.jpg", size=(600, 600), color=(170, 90, 50)))
    make_product(artisan=artisan, title_en="", title_ar="جحلة ماء", price="8.500")
    return {"artisan": artisan, "piece": piece}


def visit(page, url):
    response = page.goto(url)
    assert response.status == 200, url
    return response


@pytest.mark.parametrize(
    ("language", "direction", "craft", "title", "maker", "price"),
    [
        ("ar", "rtl", "الفخار", "مبخرة فخارية من بهلاء", "عائشة بنت سعيد الهنائية", "12.340"),
        ("en", "ltr", "Pottery", "Bahla clay incense burner", "Aisha bint Said Al Hinai", "OMR 12.340"),
    ],
)
def test_home_then_craft_then_product_then_artisan(
    live_server, page_factory, catalogue, language, direction, craft, title, maker, price
):
    page = page_factory(locale=language)
    visit(page, f"{live_server.url}/")  # the browser's language decides where the site's root leads
    assert page.url == f"{live_server.url}/{language}/"
    assert page.locator("html").get_attribute("dir") == direction

    page.locator(".craft-tile", has_text=craft).click()
    page.wait_for_load_state()
    page.get_by_role("link", name=title).first.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == title
    assert price in page.locator(".product-page__buy .price").inner_text()
    assert "OM-CD-2019-0090D" in page.locator(".deposit-note").inner_text()

    page.locator(".maker__name a").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == maker
    assert page.url.endswith(f"/{language}/artisans/TS-DAK-00777/")
    assert page.problems == []


def test_the_language_switch_on_a_product_page_stays_on_that_product(live_server, page_factory, catalogue, artifacts):
    page = page_factory(locale="ar")
    with_arabic = catalogue["piece"].get_absolute_url().replace("/en/", "/ar/", 1)
    visit(page, live_server.url + with_arabic)
    page.screenshot(path=str(artifacts / "product-ar.png"), full_page=True)

    page.get_by_role("link", name="English").click()
    page.wait_for_load_state()

    assert page.url == live_server.url + with_arabic.replace("/ar/", "/en/", 1)
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == "Bahla clay incense burner"
    page.screenshot(path=str(artifacts / "product-en.png"), full_page=True)
    assert page.problems == []


def test_the_arabic_layout_is_mirrored_not_just_its_text(live_server, page_factory, catalogue):
    arabic, english = page_factory(locale="ar"), page_factory(locale="en")
    visit(arabic, f"{live_server.url}/ar/shop/catalogue/")
    visit(english, f"{live_server.url}/en/shop/catalogue/")

    def x_of(page, selector):
        return page.locator(selector).first.bounding_box()["x"]

    # The brand sits at the reading start of the header: right in Arabic, left in English.
    assert x_of(arabic, ".brand") > x_of(arabic, ".site-search")
    assert x_of(english, ".brand") < x_of(english, ".site-search")
    # Product cards flow from the right in Arabic.
    cards_ar = [box["x"] for box in (c.bounding_box() for c in arabic.locator(".product-card").all())]
    assert cards_ar == sorted(cards_ar, reverse=True)


def test_a_listing_in_arabic_only_is_marked_on_the_english_page(live_server, page_factory, catalogue):
    page = page_factory(locale="en")
    visit(page, f"{live_server.url}/en/shop/catalogue/")
    card = page.locator(".product-card", has_text="جحلة ماء")
    assert card.locator("[lang=ar][dir=rtl]").first.inner_text() == "جحلة ماء"
    assert "Listed in Arabic only" in card.inner_text()


def test_pages_fit_a_360_pixel_phone_screen_in_both_languages(live_server, page_factory, catalogue, artifacts):
    for language in ("ar", "en"):
        page = page_factory(locale=language, width=360, height=740)
        product_url = catalogue["piece"].get_absolute_url().replace("/en/", f"/{language}/", 1)
        for url in (f"/{language}/", f"/{language}/shop/catalogue/", product_url):
            visit(page, live_server.url + url)
            overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 0, f"{url} is {overflow}px wider than the phone"
        page.screenshot(path=str(artifacts / f"product-{language}-phone.png"), full_page=False)
        assert page.problems == []


def test_a_buyer_adds_a_piece_to_the_basket_in_arabic(live_server, page_factory, catalogue):
    page = page_factory(locale="ar")
    visit(page, live_server.url + catalogue["piece"].get_absolute_url().replace("/en/", "/ar/", 1))
    page.locator("#add_to_basket_form button[type=submit]").click()
    page.wait_for_load_state()
    page.goto(f"{live_server.url}/ar/shop/basket/")
    assert "12.340" in page.locator("body").inner_text()
    assert page.problems == []


def test_the_shops_pages_run_without_a_content_security_policy_violation(live_server, page_factory, catalogue):
    page = page_factory(locale="ar")
    deposit_url = "/ar/designs/OM-CD-2019-0090D/"
    for path in (
        "/ar/",
        "/ar/shop/catalogue/?craft=pottery&sort=price-asc",
        "/ar/shop/search/?q=مبخرة",
        "/ar/artisans/",
        "/ar/artisans/TS-DAK-00777/",
        "/ar/designs/",
        deposit_url,
        "/ar/shop/basket/",
        "/ar/shop/accounts/login/",
        "/ar/shop/nowhere/",
    ):
        page.goto(live_server.url + path)
        assert page.problems == [] or all("404" in p for p in page.problems), (path, page.problems)
        page.problems.clear()


@pytest.mark.parametrize("width", [390, 1366])
@pytest.mark.parametrize("language", ["ar", "en"])
def test_a_price_also_shown_in_dollars_fits_the_screen(
    live_server, page_factory, catalogue, artifacts, language, width
):
    page = page_factory(locale=language, width=width, height=900)
    page.context.add_cookies([{"name": "display_currency", "value": "USD", "url": live_server.url}])
    visit(page, live_server.url + catalogue["piece"].get_absolute_url().replace("/en/", f"/{language}/", 1))
    assert page.locator(".price-approx").count() == 1
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the product page is {overflow}px wider than the screen"
    # The rial price, what the buyer pays, is in the first screen
    assert page.locator(".price--large").bounding_box()["y"] < 844
    page.screenshot(path=str(artifacts / f"product-usd-{language}-{width}.png"), full_page=False)
    assert page.problems == []
