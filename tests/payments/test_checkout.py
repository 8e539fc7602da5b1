"""Checkout end to end against localstripe: placing the order reserves stock, the buyer pays on the payment page,
and the confirmation follows the confirmed payment."""

from decimal import Decimal

import pytest
import requests
from django.core import mail
from django.test import Client
from oscar.core.loading import get_model

from payments import order_status
from payments.models import Payment

from .conftest import CARD_3DS, CARD_DECLINED

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")
StockRecord = get_model("partner", "StockRecord")


def place(buyer, *products):
    for product in products:
        assert buyer.add(product).status_code == 302
    preview = buyer.fill_checkout()
    assert preview.status_code == 200, preview.content.decode()[:2000]
    return buyer.place_order()


def test_a_domestic_order_from_two_artisans_is_paid_once_and_split_by_artisan(
    buyer, two_artisans_products, django_capture_on_commit_callbacks
):
    # Given a basket with pieces from two artisans
    jar, water_jar = two_artisans_products
    # When the buyer places the order
    response = place(buyer, jar, water_jar)
    # Then it waits for payment with its stock reserved, and the buyer is on the payment page
    order = Order.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/checkout/pay/{order.number}/")
    assert order.status == order_status.PENDING_PAYMENT
    assert {line.partner_id for line in order.lines.all()} == {jar.artisan.partner_id, water_jar.artisan.partner_id}
    assert StockRecord.objects.get(product=jar).num_allocated == 1
    payment = Payment.objects.get(order=order)
    # 12.340 + 7.500, and 3.000 to ship 1.6 kg within Oman
    assert payment.amount == Decimal("22.840") and payment.status == Payment.Status.AWAITING_BUYER
    page = buyer.client.get(response["Location"])
    assert page.status_code == 200
    assert "OMR 22.840" in page.content.decode() and payment.client_secret in page.content.decode()
    assert not mail.outbox

    # When the card is confirmed and the buyer comes back
    assert buyer.pay(payment)["status"] == "succeeded"
    with django_capture_on_commit_callbacks(execute=True):
        back = buyer.come_back(payment)

    # Then the order is paid, the buyer sees the confirmation and gets the e-mail
    assert back.status_code == 302 and back["Location"].endswith("/checkout/thank-you/")
    order.refresh_from_db()
    assert order.status == order_status.PAID
    assert all(line.status == order_status.PAID for line in order.lines.all())
    # Only the card's last 4 digits are kept, and the thank-you page says which card paid
    payment.refresh_from_db()
    assert payment.card_last4 == "4242"
    assert "Paid by card ending in 4242" in buyer.client.get(back["Location"]).content.decode()
    assert buyer.client.get(back["Location"]).status_code == 200
    assert len(mail.outbox) == 1 and order.number in mail.outbox[0].body
    # The confirmation is bilingual: the buyer's language (English here) first, then Arabic
    email = mail.outbox[0]
    assert email.body.index("Your order contains:") < email.body.index("طلبكم يحتوي على:") and "·" in email.subject
    # Its HTML part has both languages too, Arabic right-to-left, and links the guest to their order's status
    html, mime = email.alternatives[0]
    assert mime == "text/html"
    assert html.index('lang="en" dir="ltr"') < html.index('lang="ar" dir="rtl"')
    assert "Clay water jar" in html and "OMR 22.840" in html
    status_link = f"/en/shop/accounts/order-status/{order.number}/{order.verification_hash()}/"
    assert status_link in html and status_link in email.body
    # The link works in any browser, without the checkout's session, once the buyer confirms their e-mail address
    browser = Client()
    form = browser.get(status_link, follow=True).redirect_chain[-1][0]
    status = browser.post(form, {"email": "buyer@example.com"}, follow=True)
    assert status.status_code == 200 and "Clay water jar" in status.content.decode()
    # And coming back twice changes nothing
    with django_capture_on_commit_callbacks(execute=True):
        buyer.come_back(payment)
    assert len(mail.outbox) == 1


def test_the_amount_sent_to_stripe_is_in_baisa(buyer, two_artisans_products, localstripe_url):
    place(buyer, *two_artisans_products)
    payment = Payment.objects.get()
    intent = requests.get(
        f"{localstripe_url}/v1/payment_intents/{payment.reference}",
        headers={"Authorization": "Bearer sk_test_hirfa"},
        timeout=5,
    ).json()
    assert (intent["amount"], intent["currency"]) == (22840, "omr")
    assert intent["metadata"] == {"order_number": payment.order.number}


def test_a_3d_secure_card_is_paid_after_authentication(buyer, two_artisans_products):
    place(buyer, two_artisans_products[0])
    payment = Payment.objects.get()
    # Before authentication, the order still waits
    assert buyer.pay(payment, card=CARD_3DS, authenticate=None)["status"] == "requires_action"
    buyer.come_back(payment)
    assert Order.objects.get().status == order_status.PENDING_PAYMENT
    # After the buyer completes the challenge in Stripe's frame, it is paid
    requests.post(
        f"{buyer.stripe_url}/v1/payment_intents/{payment.reference}/_authenticate",
        params={"success": "true"},
        json={"key": "pk_test_hirfa", "client_secret": payment.client_secret},
        timeout=5,
    )
    assert buyer.come_back(payment)["Location"].endswith("/checkout/thank-you/")
    assert Order.objects.get().status == order_status.PAID


def test_a_declined_card_keeps_the_order_waiting_and_says_why(buyer, two_artisans_products):
    place(buyer, two_artisans_products[0])
    payment = Payment.objects.get()
    buyer.pay(payment, card=CARD_DECLINED)
    back = buyer.come_back(payment)
    # The buyer is back on the payment page, told the card was declined, and can try another card
    assert back["Location"].endswith(f"/checkout/pay/{payment.order.number}/")
    page = buyer.client.get(back["Location"]).content.decode()
    assert "declined" in page
    assert Order.objects.get().status == order_status.PENDING_PAYMENT
    assert StockRecord.objects.get(product=two_artisans_products[0]).num_allocated == 1
    assert not mail.outbox


def test_another_buyer_cannot_open_the_payment_page(buyer, two_artisans_products, client_en):
    place(buyer, two_artisans_products[0])
    number = Payment.objects.get().order.number
    assert client_en.get(f"/en/shop/checkout/pay/{number}/").status_code == 404
    assert client_en.get(f"/en/shop/checkout/pay/{number}/return/").status_code == 404


def test_the_last_piece_bought_by_someone_else_is_refused_before_payment(buyer, stripe_settings, localstripe_url):
    from django.test import Client

    from tests.factories import make_product

    from .conftest import Buyer

    piece = make_product(price="30.000", stock=1)
    other = Buyer(Client(HTTP_ACCEPT_LANGUAGE="en"), "en", localstripe_url)
    assert other.add(piece).status_code == 302
    other.fill_checkout(email="other@example.com")
    # Given the buyer fills the basket first, but the other buyer places the order first
    buyer.add(piece)
    buyer.fill_checkout()
    assert other.place_order().status_code == 302
    # When the buyer places theirs
    response = buyer.place_order()
    # Then they are sent back to their basket and told before paying, and nothing is reserved or charged for them
    assert response.status_code == 302 and response["Location"].endswith("/shop/basket/")
    assert "no longer available" in buyer.client.get(response["Location"]).content.decode()
    assert Order.objects.count() == 1 and Payment.objects.count() == 1


def test_an_arabic_buyer_pays_on_an_arabic_right_to_left_page(stripe_settings, localstripe_url, two_artisans_products):
    from django.test import Client

    from .conftest import Buyer

    buyer = Buyer(Client(HTTP_ACCEPT_LANGUAGE="ar"), "ar", localstripe_url)
    response = place(buyer, two_artisans_products[0])
    assert response["Location"].startswith("/ar/shop/checkout/pay/")
    page = buyer.client.get(response["Location"]).content.decode()
    assert '<html lang="ar" dir="rtl"' in page
    assert "ادفع \u200f13.840\xa0ر.ع." in page and "يُخصم المبلغ من بطاقتك بالريال العماني" in page
    assert Payment.objects.get().language == "ar"


def test_only_the_payment_page_lets_stripe_js_run(buyer, two_artisans_products, localstripe_url):
    response = place(buyer, two_artisans_products[0])
    policy = buyer.client.get(response["Location"])["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert localstripe_url in directives["script-src"] and localstripe_url in directives["frame-src"]
    assert "unsafe-inline" not in policy
    assert localstripe_url not in buyer.client.get("/en/shop/basket/")["Content-Security-Policy"]
