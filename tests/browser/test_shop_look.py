"""The shop's own look on every checkout step, the basket, the thank-you page, sign-in, registration and the account's
order page, in Arabic and in English, on a 390 px phone and a 1366 px screen: the site's header and footer, the step
bar (one row on a phone, the current step marked with aria-current), no placeholder text, and no Bootstrap blue.
Each page is saved under test-artifacts/ (shop-<page>-<language>-<width>.png) for someone to open."""

import json

import pytest
from django.test import Client
from oscar.core.loading import get_model

from catalogue.services import product_add_photo
from payments.models import Payment
from tests.factories import UserFactory, image_upload, make_artisan, make_product
from tests.payments.conftest import CARD_OK

from .test_checkout import type_card

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

Order = get_model("order", "Order")
# Bootstrap 4's primary blue and the shades of its hover, active and focus states (and Bootstrap 5's).
BOOTSTRAP_BLUES = [
    "0, 123, 255",
    "0, 105, 217",
    "0, 98, 204",
    "0, 86, 179",
    "0, 92, 191",
    "128, 189, 255",
    "38, 143, 255",
    "13, 110, 253",
]
BLUE_ELEMENTS = """blues => [...document.querySelectorAll('a, button, .btn, .page-link, input, select, summary')]
    .filter(e => e.offsetParent !== null)
    .filter(e => {
        const style = getComputedStyle(e);
        const drawn = [style.color, style.backgroundColor, style.borderColor, style.outlineColor, style.boxShadow]
            .join(' ');
        return blues.some(blue => drawn.includes(blue));
    })
    .map(e => e.outerHTML.slice(0, 80))"""


@pytest.fixture
def pieces(live_server):
    potter = make_artisan(name_en="Aisha Al Harthi", name_ar="عائشة الحارثية", wilayat_slug="bahla")
    weaver = make_artisan(name_en="Salim Al Hinai", name_ar="سالم الهنائي", wilayat_slug="nizwa")
    burner = make_product(
        artisan=potter, title_en="Bahla clay incense burner", title_ar="مبخرة فخارية من بهلاء", price="12.340"
    )
    product_add_photo(product=burner, upload=image_upload("burner.jpg", size=(600, 600), color=(170, 90, 50)))
    jar = make_product(artisan=weaver, title_en="Clay water jar", title_ar="جحلة", price="7.500", stock=3)
    return burner, jar


def shoot(page, artifacts, name, language, width):
    page.screenshot(path=str(artifacts / f"shop-{name}-{language}-{width}.png"), full_page=True)


def assert_site_layout(page, language):
    """The site's header and footer, the page's language and direction, nothing that still waits to be written, and
    no link or button in Bootstrap's default blue."""
    assert page.locator("header.site-header .brand").count() == 1
    assert page.locator("footer.site-footer").count() == 1
    assert page.get_attribute("html", "lang") == language
    assert page.get_attribute("html", "dir") == ("rtl" if language == "ar" else "ltr")
    text = page.inner_text("body")
    assert "to go here" not in text and "Allocation of" not in text
    assert_no_bootstrap_blue(page)


def assert_no_bootstrap_blue(page):
    blue = page.evaluate(BLUE_ELEMENTS, BOOTSTRAP_BLUES)
    assert not blue, blue


def assert_step_bar(page, current: int, width: int):
    steps = page.locator(".checkout-steps__step")
    assert steps.count() == 6
    current_step = page.locator(".checkout-steps__step[aria-current=step]")
    assert current_step.count() == 1
    assert (
        current_step.locator(".checkout-steps__number").inner_text()
        == page.locator(".checkout-steps__step").nth(current - 1).locator(".checkout-steps__number").inner_text()
    )
    bar = page.locator(".checkout-steps").bounding_box()
    assert bar["width"] <= width, "the step bar is wider than the screen"
    if width < 768:
        # One row of numbers under the "Step n of 6" line: a short bar, not a block of rows.
        assert bar["height"] < 110, bar
        tops = {round(steps.nth(i).bounding_box()["y"]) for i in range(6)}
        assert len(tops) == 1, tops


@pytest.mark.parametrize("width", [390, 1366])
@pytest.mark.parametrize("language, locale", [("ar", "ar-OM"), ("en", "en-GB")])
def test_the_shops_pages_look_like_hirfa(
    live_server, page_factory, artifacts, stripe_settings, localstripe_url, pieces, language, locale, width
):
    base = f"{live_server.url}/{language}/shop"
    page = page_factory(locale=locale, width=width, height=900)
    burner, jar = pieces

    # The basket, with pieces by two artisans
    for piece in pieces:
        page.goto(f"{live_server.url}{piece.get_absolute_url().replace('/en/', f'/{language}/', 1)}")
        page.locator("#add_to_basket_form button[type=submit]").click()
    page.goto(f"{base}/basket/")
    assert_site_layout(page, language)
    shoot(page, artifacts, "basket", language, width)

    # Who are you: a guest
    page.goto(f"{base}/checkout/")
    assert_site_layout(page, language)
    assert_step_bar(page, 2, width)
    shoot(page, artifacts, "checkout-2-who", language, width)
    page.fill("input[name=username]", "maryam@example.com")
    page.check("input[name=options][value=anonymous]")
    page.locator("form.gateway-form button[type=submit]").click()

    # The delivery address: a wilayat of another governorate is refused with the field's message only
    page.wait_for_selector("input[name=line1]")
    assert_step_bar(page, 3, width)
    shoot(page, artifacts, "checkout-3-address", language, width)
    page.fill("input[name=first_name]", "Maryam")
    page.fill("input[name=last_name]", "Al Balushi")
    page.fill("input[name=line1]", "Way 3021, House 17")
    page.select_option("select[name=country]", "OM")
    page.select_option("select[name=state]", "Muscat")
    page.fill("input[name=line4]", "Bahla")
    page.fill("input[name=postcode]", "112")
    page.fill("input[name=phone_number]", "+96891234567")
    page.locator("form#new_shipping_address button[type=submit]").click()
    page.wait_for_selector(".form-errors-summary")
    banner = page.inner_text(".form-errors-summary")
    assert ("الولاية أو المدينة" if language == "ar" else "Wilayat or city") in banner
    assert "خطأ فني" not in page.inner_text("body") and "Oops" not in banner
    shoot(page, artifacts, "checkout-3-address-error", language, width)

    # Abroad there are two ways to send it: the delivery method step
    page.select_option("select[name=country]", "GB")
    # The United Kingdom has no subdivisions on an address: the field goes away, emptied of Oman's governorate.
    assert page.locator("select[name=state]").is_hidden()
    assert page.input_value("select[name=state]") == ""
    page.fill("input[name=line1]", "221B Baker Street")
    page.fill("input[name=line4]", "London")
    page.fill("input[name=postcode]", "NW1 6XE")
    page.fill("input[name=phone_number]", "+442079460000")
    page.locator("form#new_shipping_address button[type=submit]").click()
    page.wait_for_selector(".method-choice")
    assert_site_layout(page, language)
    assert_step_bar(page, 4, width)
    names = page.locator(".method-choice__name").all_inner_texts()
    assert names == (["دولي", "دولي بري وبحري"] if language == "ar" else ["International", "International surface"])
    shoot(page, artifacts, "checkout-4-method", language, width)
    page.locator(".method-choice__button").first.click()

    # Review and place the order: no payment section to fill, the card comes next
    page.wait_for_selector("#place-order")
    assert_site_layout(page, language)
    assert_step_bar(page, 5, width)
    assert page.locator(".checkout-card--pay").count() == 1
    shoot(page, artifacts, "checkout-5-review", language, width)
    page.click("#place-order")

    # Pay: step 6
    page.wait_for_selector("#card-element input")
    assert_site_layout(page, language)
    assert_step_bar(page, 6, width)
    assert page.locator(".checkout-steps a").count() == 0, "once placed, the order's steps are not links"
    shoot(page, artifacts, "checkout-6-pay", language, width)
    type_card(page, CARD_OK)
    page.click("#pay-button")
    page.wait_for_url("**/checkout/thank-you/")
    payment = Payment.objects.get()

    # Thank you: by artisan, with their wilayat, what was paid, the invoice and the order's status page
    page.wait_for_selector(".order-summary")
    assert_site_layout(page, language)
    summary = page.inner_text(".order-summary")
    for expected in (
        ["عائشة الحارثية", "بهلاء", "سالم الهنائي", "نزوى", "الفاتورة"]
        if language == "ar"
        else ["Aisha Al Harthi", "Bahla", "Salim Al Hinai", "Nizwa", "Invoice"]
    ):
        assert expected in summary, expected
    assert page.locator(".thank-you a[href*='/order-status/']").count() == 1
    shoot(page, artifacts, "thank-you", language, width)

    # Sign in and registration, signed out
    other = page_factory(locale=locale, width=width, height=900)
    other.goto(f"{base}/accounts/login/")
    assert_site_layout(other, language)
    shoot(other, artifacts, "sign-in", language, width)
    other.goto(f"{base}/accounts/register/")
    assert_site_layout(other, language)
    shoot(other, artifacts, "registration", language, width)

    # The account's order page, for a buyer who placed this order signed in
    buyer = UserFactory(email="salma@example.com")
    Order.objects.filter(pk=payment.order_id).update(user=buyer, guest_email="")
    client = Client()
    client.force_login(buyer)
    other.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    other.goto(f"{base}/accounts/orders/{payment.order.number}/")
    assert_site_layout(other, language)
    assert other.locator(".order-summary .order-part").count() == 2
    shoot(other, artifacts, "account-order", language, width)
    assert not page.problems, page.problems


# Oscar's components that the shop's templates may draw (pagination, buttons of every kind, a custom checkbox), added
# to a page so that each is checked in the states a visitor puts it in: as drawn, hovered, and focused from the
# keyboard.
OSCAR_COMPONENTS = """() => {
    const box = document.createElement('div');
    box.id = 'palette-check';
    box.innerHTML = '<ul class="pagination"><li class="page-item active"><a class="page-link" href="#">1</a></li>'
        + '<li class="page-item"><a class="page-link" href="#">Next</a></li></ul>'
        + '<a class="btn btn-primary" href="#">Update stock</a> <a class="btn btn-info" href="#">Show</a> '
        + '<a class="btn btn-link" href="#">Read in English</a> <a class="btn btn-outline-primary" href="#">Open</a> '
        + '<span class="badge badge-primary">New</span> <p class="alert alert-primary">Note</p> '
        + '<div class="custom-control custom-checkbox">'
        + '<input class="custom-control-input" type="checkbox" id="pc" checked>'
        + '<label class="custom-control-label" for="pc">Tick</label></div>'
        + '<input class="form-control" id="palette-field">';
    document.querySelector('main').prepend(box);
}"""


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_catalogue_a_story_and_the_workshop_keep_to_the_palette(
    live_server, page_factory, artifacts, pieces, language
):
    from datetime import date

    from cms.models import StoryIndexPage, StoryPage
    from tests.cms.conftest import add_page, product_block
    from tests.factories import PASSWORD, make_manager

    burner, _jar = pieces
    story = StoryPage(
        title="From clay to jahla", slug="clay", date=date(2026, 4, 14), body=json.dumps([product_block(burner.pk)])
    )
    add_page(StoryIndexPage.objects.get(locale__language_code="en"), story)
    manager = make_manager(burner.artisan)
    page = page_factory(locale=language, width=390, height=844)
    page.goto(f"{live_server.url}/{language}/shop/accounts/login/")
    page.fill("#id_login-username", manager.email)
    page.fill("#id_login-password", PASSWORD)
    page.locator("form:has(#id_login-username) button[type=submit]").click()
    page.wait_for_load_state()
    workshop = f"/{language}/workshop/{burner.artisan.registry_number}/"

    for name, path in [
        ("catalogue", f"/{language}/shop/catalogue/"),
        ("story", story.url),
        ("workshop-stock", f"{workshop}stock/"),
        ("workshop-pieces", f"{workshop}pieces/"),
    ]:
        page.goto(f"{live_server.url}{path}")
        assert_no_bootstrap_blue(page)
        shoot(page, artifacts, f"palette-{name}", language, 390)
        page.evaluate(OSCAR_COMPONENTS)
        assert_no_bootstrap_blue(page)
        for selector in (
            "#palette-check .page-link >> nth=1",
            "#palette-check .btn-link",
            "#palette-check .btn-primary",
        ):
            page.hover(selector)
            assert_no_bootstrap_blue(page)
        page.focus("#palette-check .btn-link")
        page.keyboard.press("Tab")  # to the outlined button, focused from the keyboard
        assert_no_bootstrap_blue(page)
        page.focus("#palette-field")
        assert_no_bootstrap_blue(page)
        page.focus("#pc")
        assert_no_bootstrap_blue(page)
