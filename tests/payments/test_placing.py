"""Placing an order: nothing is placed or held unless card payment can follow; "Place order" twice, the back button
or a refresh lead to the one order's payment page; the buyer pays the total the preview showed, or is asked again;
forged and tampered requests change nothing."""

from decimal import Decimal

import pytest
from django.test import Client
from oscar.core.loading import get_model

from catalogue.services import product_set_price_and_stock
from payments import order_status
from payments.models import Payment
from tests.servers import free_port

from .conftest import Buyer

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")
StockRecord = get_model("partner", "StockRecord")


def held(product) -> int:
    return StockRecord.objects.get(product=product).num_allocated or 0


def test_without_card_payments_the_basket_and_the_preview_say_so_and_nothing_is_placed(
    buyer, two_artisans_products, settings
):
    # Given a site with no card payment keys (a production site not yet configured)
    settings.STRIPE_SECRET_KEY = ""
    jar = two_artisans_products[0]
    buyer.add(jar)
    # Then the basket says so, instead of offering the checkout
    basket = buyer.client.get(buyer.url("basket:summary")).content.decode()
    assert 'id="card-payment-unavailable"' in basket and "Proceed to checkout" not in basket
    # And the preview says so, without a "Place order" button
    preview = buyer.fill_checkout().content.decode()
    assert 'id="card-payment-unavailable"' in preview and 'id="place-order"' not in preview
    # And a "Place order" sent anyway places nothing and holds nothing
    response = buyer.client.post(buyer.url("checkout:preview"), {"action": "place_order", "total_shown": "13.840"})
    assert response.status_code == 200 and "Card payment is not available" in response.content.decode()
    assert not Order.objects.exists() and held(jar) == 0


def test_when_stripe_does_not_answer_nothing_is_placed_and_the_buyer_can_try_again(
    buyer, two_artisans_products, settings
):
    jar = two_artisans_products[0]
    buyer.add(jar)
    buyer.fill_checkout()
    stripe = settings.STRIPE_API_BASE
    # Given Stripe cannot be reached
    settings.STRIPE_API_BASE = f"http://127.0.0.1:{free_port()}"
    for _attempt in range(2):
        # When the buyer places the order (twice, as a buyer does when told to try again)
        response = buyer.place_order()
        # Then they are told on the preview, and no order exists and no stock is held
        assert response.status_code == 200
        assert "Nothing was placed or charged" in response.content.decode()
        assert not Order.objects.exists() and held(jar) == 0
    # And once Stripe answers again, the same basket is placed (no "order already exists" error)
    settings.STRIPE_API_BASE = stripe
    response = buyer.place_order()
    assert response.status_code == 302 and "/pay/" in response["Location"]
    assert Order.objects.get().status == order_status.PENDING_PAYMENT and held(jar) == 1


def test_place_order_sent_again_leads_to_the_same_orders_payment_page(buyer, two_artisans_products):
    jar = two_artisans_products[0]
    buyer.add(jar)
    buyer.fill_checkout()
    total = buyer.total_shown()
    first = buyer.client.post(buyer.url("checkout:preview"), {"action": "place_order", "total_shown": total})
    # When the same form is sent again (a double click, a refresh of the POST)
    second = buyer.client.post(buyer.url("checkout:preview"), {"action": "place_order", "total_shown": total})
    # Then it leads to the payment page of the one order placed
    number = Order.objects.get().number
    assert first["Location"] == second["Location"] == buyer.url("checkout:pay", number=number)
    assert Payment.objects.count() == 1 and held(jar) == 1


@pytest.mark.parametrize("step", ["checkout:index", "checkout:shipping-address", "checkout:preview"])
def test_the_back_button_after_placing_leads_to_the_payment_page(buyer, two_artisans_products, step):
    buyer.add(two_artisans_products[0])
    buyer.fill_checkout()
    pay = buyer.place_order()["Location"]
    assert buyer.client.get(buyer.url(step), follow=True).redirect_chain[-1][0] == pay


def test_after_paying_the_checkout_is_an_empty_basket_again(buyer, two_artisans_products):
    buyer.add(two_artisans_products[0])
    buyer.fill_checkout()
    buyer.place_order()
    payment = Payment.objects.get()
    buyer.pay(payment)
    buyer.come_back(payment)
    assert buyer.client.get(buyer.url("checkout:preview"))["Location"] == buyer.url("basket:summary")


def test_a_price_changed_after_the_preview_is_shown_to_the_buyer_before_anything_is_placed(
    buyer, two_artisans_products
):
    jar = two_artisans_products[0]  # 12.340, and 1.500 to ship
    buyer.add(jar)
    buyer.fill_checkout()
    shown = buyer.total_shown()
    assert shown == "13.840"
    # Given the artisan raises the price after the buyer saw the preview
    product_set_price_and_stock(product=jar, price=Decimal("15.000"), stock=3)
    # When the buyer places the order they saw
    response = buyer.client.post(buyer.url("checkout:preview"), {"action": "place_order", "total_shown": shown})
    # Then nothing is placed, and the preview shows the new total and asks again
    assert response.status_code == 200
    assert "The total of your order is now OMR 16.500" in response.content.decode()
    assert response.context["total_shown"] == Decimal("16.500")
    assert not Order.objects.exists() and held(jar) == 0
    # And placing it again accepts the new price: the buyer is charged what the preview now shows
    placed = buyer.place_order()
    assert placed.status_code == 302
    assert Payment.objects.get().amount == Decimal("16.500")


@pytest.mark.parametrize("forged", ["0.010", "13.84", "", "13.840; DROP TABLE", "1" * 5000, "-13.840"])
def test_a_forged_total_places_nothing(buyer, two_artisans_products, forged):
    jar = two_artisans_products[0]
    buyer.add(jar)
    buyer.fill_checkout()
    response = buyer.client.post(buyer.url("checkout:preview"), {"action": "place_order", "total_shown": forged})
    assert response.status_code == 200 and "The total of your order is now OMR 13.840" in response.content.decode()
    assert not Order.objects.exists() and held(jar) == 0


def test_a_payment_return_naming_another_payment_is_not_found(buyer, two_artisans_products):
    buyer.add(two_artisans_products[0])
    buyer.fill_checkout()
    buyer.place_order()
    payment = Payment.objects.get()
    url = buyer.url("checkout:payment-return", number=payment.order.number)
    assert buyer.client.get(url, {"payment_intent": "pi_someone_else"}).status_code == 404
    assert buyer.client.get(url, {"payment_intent": payment.reference}).status_code == 302


@pytest.mark.parametrize("number", ["999999", "100001x", "../../admin", "1" * 300])
def test_a_tampered_order_number_in_the_payment_url_is_not_found(buyer, two_artisans_products, number):
    buyer.add(two_artisans_products[0])
    buyer.fill_checkout()
    buyer.place_order()
    assert buyer.client.get(f"/en/shop/checkout/pay/{number}/").status_code == 404
    assert buyer.client.get(f"/en/shop/checkout/pay/{number}/return/").status_code == 404


def test_a_payment_link_for_someone_elses_order_is_not_found(buyer, two_artisans_products, localstripe_url):
    buyer.add(two_artisans_products[0])
    buyer.fill_checkout()
    buyer.place_order()
    number = Payment.objects.get().order.number
    # Another buyer, with an order of their own in their session
    other = Buyer(Client(HTTP_ACCEPT_LANGUAGE="en"), "en", localstripe_url)
    other.add(two_artisans_products[1])
    other.fill_checkout(email="other@example.com")
    other.place_order()
    assert other.client.get(f"/en/shop/checkout/pay/{number}/").status_code == 404
    assert other.client.get(f"/en/shop/checkout/pay/{number}/return/").status_code == 404


def test_the_payment_page_is_never_cached(buyer, two_artisans_products):
    buyer.add(two_artisans_products[0])
    buyer.fill_checkout()
    response = buyer.client.get(buyer.place_order()["Location"])
    assert response["Cache-Control"] == "private, no-store"
