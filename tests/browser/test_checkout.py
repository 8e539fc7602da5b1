"""The whole checkout in a real browser, in Arabic and in English: basket, guest checkout, Omani address, preview,
place order, the payment page with (localstripe's stand-in for) Stripe.js, the card, and the confirmation."""

import pytest
import requests

from payments.models import Payment
from tests.factories import make_product
from tests.payments.conftest import CARD_OK

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.mark.parametrize("language, locale", [("ar", "ar-OM"), ("en", "en-GB")])
def test_a_guest_buys_a_piece_and_pays_by_card(
    live_server, page_factory, artifacts, stripe_settings, localstripe_url, language, locale
):
    piece = make_product(title_en="Bahla clay incense burner", title_ar="مبخرة فخارية من بهلاء", price="12.340")
    page = page_factory(locale=locale)
    page.goto(f"{live_server.url}{piece.get_absolute_url().replace('/en/', f'/{language}/', 1)}")
    page.locator("#add_to_basket_form button[type=submit]").click()
    page.goto(f"{live_server.url}/{language}/shop/checkout/")

    # Guest checkout with an e-mail address
    page.fill("input[name=username]", "buyer@example.com")
    page.check("input[name=options][value=anonymous]")
    page.locator("form:has(input[name=username]) button[type=submit]").click()

    # An Omani address
    page.fill("input[name=first_name]", "Maryam")
    page.fill("input[name=last_name]", "Al Balushi")
    page.fill("input[name=line1]", "Way 3021, House 17")
    page.fill("input[name=line4]", "Muscat")
    page.fill("input[name=postcode]", "112")
    page.select_option("select[name=country]", "OM")
    page.select_option("select[name=state]", "Muscat")
    page.fill("input[name=phone_number]", "+96891234567")
    page.locator("form:has(input[name=line1]) button[type=submit]").click()

    # The preview says the VAT is included, and places the order
    page.wait_for_selector(".vat-note")
    assert ("ضريبة القيمة المضافة" if language == "ar" else "Omani VAT") in page.inner_text(".vat-note")
    page.click("#place-order")

    # The payment page: right to left in Arabic, the amount in rials, Stripe.js mounted
    page.wait_for_selector("#payment-element input")
    assert page.get_attribute("html", "dir") == ("rtl" if language == "ar" else "ltr")
    amount = "13.840"  # 12.340 and 1.500 to ship 800 g within Oman
    assert amount in page.inner_text("#payment-page")
    page.screenshot(path=str(artifacts / f"checkout-payment-{language}.png"), full_page=True)
    assert not page.problems, page.problems

    # The card, as Stripe.js confirms it, then Stripe sends the buyer back
    payment = Payment.objects.get()
    auth = {"Authorization": "Bearer sk_test_hirfa"}
    method = requests.post(
        f"{localstripe_url}/v1/payment_methods",
        headers=auth,
        timeout=10,
        data={
            "type": "card",
            "card[number]": CARD_OK,
            "card[exp_month]": "12",
            "card[exp_year]": "2030",
            "card[cvc]": "123",
        },
    ).json()
    requests.post(
        f"{localstripe_url}/v1/payment_intents/{payment.reference}",
        headers=auth,
        timeout=10,
        data={"payment_method": method["id"]},
    )
    requests.post(f"{localstripe_url}/v1/payment_intents/{payment.reference}/confirm", headers=auth, timeout=10)
    page.goto(f"{live_server.url}/{language}/shop/checkout/pay/{payment.order.number}/return/")

    # The confirmation
    assert page.url.endswith("/checkout/thank-you/")
    assert payment.order.number in page.inner_text("body")
    page.screenshot(path=str(artifacts / f"checkout-confirmation-{language}.png"), full_page=True)
