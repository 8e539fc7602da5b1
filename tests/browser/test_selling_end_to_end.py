"""Selling, end to end, as the demo lets a newcomer do it: a buyer with an account buys two pieces from two artisans
with the test card, in Arabic and in English, and the order is seen as paid on the thank-you page, in the buyer's
account and in each artisan's workshop (each seeing only their own piece)."""

import pytest

from payments.models import Payment
from tests.factories import PASSWORD, UserFactory, make_artisan, make_manager, make_product
from tests.payments.conftest import CARD_OK

from .test_checkout import type_card

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PAID = {"ar": "مدفوع", "en": "Paid"}


def sign_in(page, base, language, email):
    page.goto(f"{base}/{language}/shop/accounts/login/")
    page.fill("#id_login-username", email)
    page.fill("#id_login-password", PASSWORD)
    page.locator("form:has(#id_login-username) button[type=submit]").click()
    page.wait_for_load_state()


@pytest.mark.parametrize("language, locale", [("ar", "ar-OM"), ("en", "en-GB")])
def test_a_buyer_buys_from_two_artisans_and_everyone_sees_the_order_paid(
    live_server, page_factory, artifacts, stripe_settings, language, locale
):
    base = live_server.url
    potter = make_artisan(name_en="Aisha Al Harthi", name_ar="عائشة الحارثية", wilayat_slug="bahla")
    weaver = make_artisan(name_en="Salim Al Hinai", name_ar="سالم الهنائي", wilayat_slug="nizwa")
    burner = make_product(artisan=potter, title_en="Clay incense burner", title_ar="مبخرة فخارية", price="12.340")
    basket = make_product(artisan=weaver, title_en="Palm-frond basket", title_ar="سلة سعف", price="7.500")
    buyer = UserFactory(email="maryam@example.com", first_name="Maryam", last_name="Al Balushi")
    potter_manager, weaver_manager = make_manager(potter), make_manager(weaver)

    # The buyer signs in, fills the basket from both artisans and checks out
    page = page_factory(locale=locale, width=390, height=844)
    sign_in(page, base, language, buyer.email)
    for piece in (burner, basket):
        page.goto(f"{base}{piece.get_absolute_url().replace('/en/', f'/{language}/', 1)}")
        page.locator("#add_to_basket_form button[type=submit]").click()
        page.wait_for_load_state()
    page.goto(f"{base}/{language}/shop/checkout/shipping-address/")
    page.select_option("select[name=country]", "OM")
    page.fill("input[name=first_name]", "Maryam")
    page.fill("input[name=last_name]", "Al Balushi")
    page.fill("input[name=line1]", "Way 3021, House 17")
    page.select_option("select[name=state]", "Muscat")
    page.fill("input[name=line4]", "Muscat")
    page.fill("input[name=phone_number]", "+96891234567")
    page.locator("form:has(input[name=line1]) button[type=submit]").click()
    page.wait_for_selector("#place-order")
    page.click("#place-order")
    page.wait_for_selector("#card-element input")
    type_card(page, CARD_OK)
    page.click("#pay-button")

    # The thank-you page
    page.wait_for_url("**/checkout/thank-you/")
    payment = Payment.objects.get()
    number = payment.order.number
    thanks = page.inner_text("main")
    assert number in thanks
    for name in (potter, weaver):
        assert (name.name_ar if language == "ar" else name.name_en) in thanks
    page.screenshot(path=str(artifacts / f"selling-thank-you-{language}-390.png"), full_page=True)

    # The buyer's account: the order, paid
    page.goto(f"{base}/{language}/shop/accounts/orders/{number}/")
    assert number in page.inner_text("main") and PAID[language] in page.inner_text("main")
    page.screenshot(path=str(artifacts / f"selling-account-order-{language}-390.png"), full_page=True)
    assert not page.problems, page.problems

    # Each artisan's workshop: the order, paid, with only their own piece
    for artisan, manager, own, other in (
        (potter, potter_manager, burner, basket),
        (weaver, weaver_manager, basket, burner),
    ):
        workshop = page_factory(locale=locale, width=390, height=844)
        sign_in(workshop, base, language, manager.email)
        workshop.goto(f"{base}/{language}/workshop/{artisan.registry_number}/orders/")
        assert number in workshop.inner_text("main")
        # On a phone the orders are cards, each cell labelled: nothing wider than the screen
        assert workshop.evaluate("document.documentElement.scrollWidth") <= 390
        assert workshop.locator(".workshop-orders tbody tr").first.bounding_box()["width"] <= 390
        workshop.screenshot(
            path=str(artifacts / f"selling-workshop-orders-{artisan.registry_number}-{language}-390.png"),
            full_page=True,
        )
        workshop.goto(f"{base}/{language}/workshop/{artisan.registry_number}/orders/{number}/")
        text = workshop.inner_text("main")
        own_title, other_title = (own.title_ar, other.title_ar) if language == "ar" else (own.title, other.title)
        assert own_title in text and other_title not in text
        workshop.screenshot(
            path=str(artifacts / f"selling-workshop-{artisan.registry_number}-{language}-390.png"), full_page=True
        )
        assert not workshop.problems, workshop.problems
