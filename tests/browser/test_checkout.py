"""The whole checkout in a real browser, in Arabic and in English: basket, guest checkout, Omani address, preview,
place order, then the payment page as a buyer uses it: the card typed into the page's own card form (the Card Element
of Stripe.js, here the local stand-in's, payments/local_stripe.py) and "Pay" pressed. A good card, a declined card
then another one on the same order, a card that asks for 3-D Secure, and a buyer who closes the tab and comes back."""

import pytest

from payments import order_status
from payments.models import Payment
from payments.providers import get_provider
from tests.factories import make_artisan, make_product
from tests.payments.conftest import CARD_3DS, CARD_DECLINED, CARD_OK

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

LANGUAGES = [("ar", "ar-OM"), ("en", "en-GB")]
# A declined card is answered 402 by Stripe's API; the browser logs every 4xx response as a console error.
DECLINE_LOGGED = "status of 402"


@pytest.fixture
def pieces():
    potter = make_artisan(name_en="Aisha Al Harthi", name_ar="عائشة الحارثية", wilayat_slug="bahla")
    weaver = make_artisan(name_en="Salim Al Hinai", name_ar="سالم الهنائي", wilayat_slug="nizwa")
    return (
        make_product(
            artisan=potter,
            title_en="Bahla clay incense burner",
            title_ar="مبخرة فخارية من بهلاء",
            price="12.340",
            stock=4,
        ),
        make_product(
            artisan=weaver, title_en="Palm-frond basket", title_ar="سلة من سعف النخيل", price="7.500", stock=4
        ),
    )


def to_payment_page(page, base, language, *products):
    for product in products:
        page.goto(f"{base}{product.get_absolute_url().replace('/en/', f'/{language}/', 1)}")
        page.locator("#add_to_basket_form button[type=submit]").click()
        page.wait_for_load_state()
    start_guest_checkout(page, base, language)
    give_an_omani_address(page)
    return place_order(page)


def start_guest_checkout(page, base, language):
    page.goto(f"{base}/{language}/shop/checkout/")
    page.fill("input[name=username]", "buyer@example.com")
    page.check("input[name=options][value=anonymous]")
    page.locator("form:has(input[name=username]) button[type=submit]").click()


def give_an_omani_address(page):
    page.fill("input[name=first_name]", "Maryam")
    page.fill("input[name=last_name]", "Al Balushi")
    page.fill("input[name=line1]", "Way 3021, House 17")
    page.fill("input[name=line4]", "Muscat")
    page.fill("input[name=postcode]", "112")
    page.select_option("select[name=country]", "OM")
    page.select_option("select[name=state]", "Muscat")
    page.fill("input[name=phone_number]", "+96891234567")
    page.locator("form:has(input[name=line1]) button[type=submit]").click()
    page.wait_for_selector("#place-order")


def place_order(page):
    page.click("#place-order")
    page.wait_for_selector("#card-element input")
    return Payment.objects.order_by("-pk").first()


def type_card(page, number: str, expiry=("12", "30"), cvc="123", name="Maryam Al Balushi"):
    page.fill("#card-holder", name)
    fields = page.locator("#card-element input")
    fields.nth(0).fill(number)
    fields.nth(1).fill(expiry[0])
    fields.nth(2).fill(expiry[1])
    fields.nth(3).fill(cvc)


def problems(page, *expected):
    return [p for p in page.problems if not any(e in p for e in expected)]


@pytest.mark.parametrize("language, locale", LANGUAGES)
def test_a_guest_buys_two_pieces_from_two_artisans_and_pays_by_card(
    live_server, page_factory, artifacts, stripe_settings, pieces, language, locale
):
    page = page_factory(locale=locale, width=390, height=844)
    payment = to_payment_page(page, live_server.url, language, *pieces)
    # The payment page: right to left in Arabic, the amount in rials, the card form
    assert page.get_attribute("html", "dir") == ("rtl" if language == "ar" else "ltr")
    assert "22.840" in page.inner_text("#payment-page")  # 12.340 + 7.500, and 3.000 to ship 1.6 kg within Oman
    page.screenshot(path=str(artifacts / f"checkout-payment-{language}-390.png"), full_page=True)
    # When the buyer types the card and presses Pay
    type_card(page, CARD_OK)
    page.click("#pay-button")
    # Then they see the thank-you page, and the order is paid
    page.wait_for_url("**/checkout/thank-you/")
    assert payment.order.number in page.inner_text("body")
    page.screenshot(path=str(artifacts / f"checkout-thank-you-{language}-390.png"), full_page=True)
    payment.refresh_from_db()
    assert payment.status == Payment.Status.SUCCEEDED
    assert payment.order.__class__.objects.get(pk=payment.order_id).status == order_status.PAID
    assert not page.problems, page.problems


@pytest.mark.parametrize("language, locale", LANGUAGES)
def test_a_declined_card_then_another_card_pays_the_same_order(
    live_server, page_factory, artifacts, stripe_settings, pieces, language, locale
):
    page = page_factory(locale=locale, width=1366, height=900)
    payment = to_payment_page(page, live_server.url, language, pieces[0])
    # When the bank declines the first card
    type_card(page, CARD_DECLINED)
    page.click("#pay-button")
    # Then the buyer is back on the payment page, told why in their language, and nothing is charged
    page.wait_for_selector("#decline-reason")
    reason = page.inner_text("#decline-reason")
    assert ("لم يُخصم المبلغ من بطاقتك" if language == "ar" else "Your card was not charged") in reason
    page.screenshot(path=str(artifacts / f"checkout-declined-{language}-1366.png"), full_page=True)
    payment.refresh_from_db()
    assert payment.status == Payment.Status.AWAITING_BUYER
    # When they type another card on the same page
    type_card(page, CARD_OK)
    page.click("#pay-button")
    # Then the same order is paid, once
    page.wait_for_url("**/checkout/thank-you/")
    payment.refresh_from_db()
    assert payment.status == Payment.Status.SUCCEEDED and Payment.objects.count() == 1
    assert get_provider().retrieve_intent(payment.reference).amount_baisa == 13840
    assert not problems(page, DECLINE_LOGGED), page.problems


@pytest.mark.parametrize("language, locale", LANGUAGES)
def test_a_card_that_asks_for_3d_secure_is_paid_after_the_challenge(
    live_server, page_factory, artifacts, stripe_settings, pieces, language, locale
):
    page = page_factory(locale=locale, width=390, height=844)
    payment = to_payment_page(page, live_server.url, language, pieces[0])
    type_card(page, CARD_3DS)
    page.click("#pay-button")
    # The bank's challenge (the stand-in's own 3-D Secure screen)
    challenge = page.get_by_role("button", name="Complete authentication")
    challenge.wait_for()
    page.screenshot(path=str(artifacts / f"checkout-3ds-{language}-390.png"), full_page=True)
    payment.refresh_from_db()
    assert payment.status == Payment.Status.AWAITING_BUYER  # nothing is paid before the challenge is passed
    challenge.click()
    page.wait_for_url("**/checkout/thank-you/")
    payment.refresh_from_db()
    assert payment.status == Payment.Status.SUCCEEDED
    assert not page.problems, page.problems


@pytest.mark.parametrize("language, locale", LANGUAGES)
def test_a_failed_3d_secure_challenge_leaves_the_order_to_pay_with_the_reason(
    live_server, page_factory, stripe_settings, pieces, language, locale
):
    page = page_factory(locale=locale)
    payment = to_payment_page(page, live_server.url, language, pieces[0])
    type_card(page, CARD_3DS)
    page.click("#pay-button")
    page.get_by_role("button", name="Fail authentication").click()
    page.wait_for_selector("#decline-reason")
    payment.refresh_from_db()
    assert payment.status == Payment.Status.AWAITING_BUYER
    assert payment.failure_code == "payment_intent_authentication_failure"


@pytest.mark.parametrize("language, locale", LANGUAGES)
def test_a_buyer_who_closes_the_tab_pays_later_from_the_payment_link(
    live_server, page_factory, stripe_settings, pieces, language, locale
):
    page = page_factory(locale=locale)
    payment = to_payment_page(page, live_server.url, language, pieces[0])
    link = page.url
    context = page.context
    # When the buyer closes the tab, then opens the payment link again in the same browser
    page.close()
    again = context.new_page()
    again.problems = []
    again.on("console", lambda message: message.type == "error" and again.problems.append(message.text))
    again.goto(link)
    # Then the same order is waiting, and paying it works
    assert f"/pay/{payment.order.number}/" in again.url
    type_card(again, CARD_OK)
    again.click("#pay-button")
    again.wait_for_url("**/checkout/thank-you/")
    payment.refresh_from_db()
    assert payment.status == Payment.Status.SUCCEEDED and Payment.objects.count() == 1
    # And the back button to the preview leads to the paid order's thank-you, never to a second order
    again.goto(f"{live_server.url}/{language}/shop/checkout/preview/")
    assert Payment.objects.count() == 1
    assert not again.problems, again.problems


def test_pay_pressed_twice_charges_once(live_server, page_factory, stripe_settings, pieces):
    page = page_factory(locale="en-GB")
    payment = to_payment_page(page, live_server.url, "en", pieces[0])
    type_card(page, CARD_OK)
    page.locator("#pay-button").dblclick()
    page.wait_for_url("**/checkout/thank-you/")
    intent = get_provider().retrieve_intent(payment.reference)
    assert intent.status == "succeeded" and intent.amount_baisa == 13840
    payment.refresh_from_db()
    assert payment.status == Payment.Status.SUCCEEDED


@pytest.mark.parametrize(
    "number, code",
    [("4242", "invalid_number"), ("", "incomplete_number"), ("4242424242424242", None)],
)
def test_bad_card_details_are_explained_in_the_buyers_language_and_nothing_is_charged(
    live_server, page_factory, stripe_settings, pieces, number, code
):
    page = page_factory(locale="ar-OM")
    payment = to_payment_page(page, live_server.url, "ar", pieces[0])
    if code is None:
        # A card number typed in the name field is refused there, before anything is sent
        type_card(page, "", name="4242 4242 4242 4242")
        expected = "يبدو هذا رقم بطاقة"
    else:
        type_card(page, number)
        expected = {"invalid_number": "رقم البطاقة غير صحيح", "incomplete_number": "رقم البطاقة غير مكتمل"}[code]
    page.click("#pay-button")
    page.wait_for_selector("#payment-message:not(.d-none)")
    assert expected in page.inner_text("#payment-message")
    assert "/pay/" in page.url
    payment.refresh_from_db()
    assert payment.status == Payment.Status.AWAITING_BUYER
    assert get_provider().retrieve_intent(payment.reference).status == "awaiting_buyer"
