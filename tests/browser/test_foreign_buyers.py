"""Foreign buyers in Chromium: the product page tells them before "Add to basket" what their destination does to a
piece (from the cookie, else the browser's language), the footer's "Deliver to" changes it, and the address form
follows the chosen country. Screenshots at 390 and 1366 px, in Arabic and English, go to test-artifacts/."""

import pytest
from django.utils import translation

from shipping.destinations import DESTINATION_COOKIE
from tests.factories import make_artisan, make_product

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

NOTICE = "#destination-notice"


@pytest.fixture
def khanjar(live_server):
    smith = make_artisan(name_en="Hamad Al Balushi", name_ar="حمد البلوشي", wilayat_slug="bahla", crafts=("khanjars",))
    return make_product(artisan=smith, title_en="Silver Nizwa khanjar", title_ar="خنجر نزوي فضي", price="350.000")


@pytest.fixture
def perfume_oil(live_server):
    maker = make_artisan(name_en="Shamsa Al Hashmi", name_ar="شمسة الهاشمية", crafts=("incense_cosmetics",))
    oil = make_product(
        artisan=maker,
        title_en="Rose perfume oil",
        title_ar="دهن الورد",
        price="15.000",
        weight_g=200,
        materials=("rose",),
    )
    oil.is_dangerous_goods = True
    oil.save()
    return oil


def product_url(live_server, product, language):
    with translation.override(language):
        return f"{live_server.url}{product.get_absolute_url()}"


def open_product(page_factory, live_server, product, language, *, destination=None, locale=None, width=1366):
    page = page_factory(locale=locale or ("ar-OM" if language == "ar" else "en-GB"), width=width, height=900)
    if destination:
        page.context.add_cookies([{"name": DESTINATION_COOKIE, "value": destination, "url": live_server.url}])
    page.goto(product_url(live_server, product, language))
    return page


def notice_text(page) -> str:
    notice = page.locator(NOTICE)
    return notice.inner_text() if notice.is_visible() else ""


def shoot(page, artifacts, name):
    page.locator(NOTICE).scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / f"{name}.png"), full_page=False)


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("width", [390, 1366])
def test_a_khanjar_tells_a_buyer_in_the_united_kingdom_it_cannot_go_there(
    live_server, page_factory, artifacts, khanjar, language, width
):
    page = open_product(page_factory, live_server, khanjar, language, destination="GB", width=width)
    text = notice_text(page)
    expected = (
        "لا يمكن توصيل هذه القطعة إلى المملكة المتحدة" if language == "ar" else "cannot be delivered to United Kingdom"
    )
    assert expected in text
    assert page.locator(NOTICE).evaluate("n => n.classList.contains('alert-danger')")
    # The notice sits above the Add-to-basket button
    notice_box = page.locator(NOTICE).bounding_box()
    button_box = page.locator("#add_to_basket_form button[type=submit]").bounding_box()
    assert notice_box["y"] < button_box["y"]
    shoot(page, artifacts, f"foreign-khanjar-GB-{language}-{width}")
    assert not page.problems, page.problems


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_khanjar_asks_a_buyer_in_the_united_states_to_confirm_their_age_at_checkout(
    live_server, page_factory, artifacts, khanjar, language
):
    for width in (390, 1366):
        page = open_product(page_factory, live_server, khanjar, language, destination="US", width=width)
        expected = "18 سنة أو أكثر" if language == "ar" else "confirm that you are 18 or over"
        assert expected in notice_text(page)
        assert page.locator(NOTICE).evaluate("n => n.classList.contains('alert-info')")
        shoot(page, artifacts, f"foreign-khanjar-US-{language}-{width}")
        assert not page.problems, page.problems


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_khanjar_within_oman_needs_no_notice(live_server, page_factory, khanjar, language):
    page = open_product(page_factory, live_server, khanjar, language, destination="OM")
    assert page.locator(NOTICE).count() == 1 and not page.locator(NOTICE).is_visible()
    assert page.locator("#deliver-to").input_value() == "OM"


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_perfume_oil_abroad_travels_by_land_and_sea(live_server, page_factory, artifacts, perfume_oil, language):
    for width in (390, 1366):
        page = open_product(page_factory, live_server, perfume_oil, language, destination="JP", width=width)
        expected = "برًا وبحرًا" if language == "ar" else "travels by land and sea"
        assert expected in notice_text(page)
        assert ("اليابان" if language == "ar" else "Japan") in notice_text(page)
        shoot(page, artifacts, f"foreign-perfume-JP-{language}-{width}")
        assert not page.problems, page.problems


@pytest.mark.parametrize(
    "locale, expected", [("en-GB", "GB"), ("ar-AE", "AE"), ("en-US", "US"), ("ar", "OM"), ("en-ZA", "OM")]
)
def test_without_a_cookie_the_destination_comes_from_the_browsers_language(
    live_server, page_factory, khanjar, locale, expected
):
    page = open_product(page_factory, live_server, khanjar, "en", locale=locale)
    assert page.locator("#deliver-to").input_value() == expected
    assert bool(notice_text(page)) == (expected != "OM")


def test_a_hostile_cookie_is_ignored_for_the_browsers_language(live_server, page_factory, khanjar):
    page = open_product(page_factory, live_server, khanjar, "en", destination="%3Cimg%20src%3Dx%3E", locale="en-US")
    assert page.locator("#deliver-to").input_value() == "US"
    assert "confirm that you are 18 or over" in notice_text(page)
    assert not page.problems, page.problems


def test_choosing_a_destination_in_the_footer_changes_the_notice(live_server, page_factory, khanjar):
    page = open_product(page_factory, live_server, khanjar, "en", destination="US")
    with page.expect_navigation():
        page.select_option("#deliver-to", "GB")
    assert "cannot be delivered to United Kingdom" in notice_text(page)
    assert page.locator("#deliver-to").input_value() == "GB"


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_basket_shows_the_delivery_to_the_chosen_destination(
    live_server, page_factory, artifacts, khanjar, language
):
    for width in (390, 1366):
        page = open_product(page_factory, live_server, khanjar, language, destination="GB", width=width)
        # The form posts and comes back to the piece: wait for that before leaving, or the basket's page may be
        # asked for while the post is still on its way (net::ERR_ABORTED on a busy machine).
        with page.expect_navigation():
            page.locator("#add_to_basket_form button[type=submit]").click()
        page.goto(f"{live_server.url}/{language}/shop/basket/")
        section = page.locator(".basket-delivery")
        assert ("المملكة المتحدة" if language == "ar" else "United Kingdom") in section.inner_text()
        section.scroll_into_view_if_needed()
        page.screenshot(path=str(artifacts / f"foreign-basket-GB-{language}-{width}.png"), full_page=False)
        assert not page.problems, page.problems


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_address_form_follows_the_chosen_country(live_server, page_factory, artifacts, khanjar, language):
    page = open_product(page_factory, live_server, khanjar, language, destination="US", width=390)
    with page.expect_navigation():
        page.locator("#add_to_basket_form button[type=submit]").click()
    page.goto(f"{live_server.url}/{language}/shop/checkout/")
    page.fill("input[name=username]", "buyer@example.com")
    page.check("input[name=options][value=anonymous]")
    page.locator("form:has(input[name=username]) button[type=submit]").click()

    page.select_option("select[name=country]", "US")
    state = page.locator("select[name=state]")
    values = state.locator("option").evaluate_all("options => options.map(o => o.value)")
    assert "CA" in values and "Muscat" not in values and "NSW" not in values
    assert page.locator("label[for=id_state]").inner_text().strip() == ("الولاية" if language == "ar" else "State")
    assert page.locator("input[name=postcode]").evaluate("i => i.required")

    page.select_option("select[name=country]", "AE")
    assert page.locator("input[name=postcode]").is_hidden()
    emirates = state.locator("option").all_inner_texts()
    assert ("دبي" if language == "ar" else "Dubai") in emirates

    page.select_option("select[name=country]", "GB")
    assert state.is_hidden() and page.locator("input[name=postcode]").is_visible()

    # A US address with a ZIP of another state: the page says why, in the buyer's language, and keeps it all
    page.select_option("select[name=country]", "US")
    page.fill("input[name=first_name]", "Maryam")
    page.fill("input[name=last_name]", "Al Balushi")
    page.fill("input[name=line1]", "1600 Amphitheatre Parkway")
    page.fill("input[name=line4]", "Mountain View")
    state.select_option("CA")
    page.fill("input[name=postcode]", "10001")
    page.fill("input[name=phone_number]", "(650) 253-0000")
    page.locator("form:has(input[name=line1]) button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator("select[name=state]").input_value() == "CA"
    assert page.locator("input[name=postcode]").input_value() == "10001"
    assert page.locator("input[name=line1]").input_value() == "1600 Amphitheatre Parkway"
    page.locator("input[name=postcode]").scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / f"foreign-address-US-{language}-390.png"), full_page=False)
    assert not page.problems, page.problems
