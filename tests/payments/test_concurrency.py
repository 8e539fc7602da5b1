"""Races on PostgreSQL, with real threads and committed transactions (row locks are what these prove): twenty buyers
for the last five pieces, two refunds of one line, the webhook and the buyer's return, expiry and a late success,
baskets in opposite orders, one basket placed twice, and a price changed while the buyer places the order."""

import threading
from decimal import Decimal

import pytest
from django.db import connection
from django.test import Client
from oscar.core.loading import get_model

from payments import order_status
from payments.models import Payment
from payments.services import payment_sync
from tests.factories import make_product

from .conftest import Buyer

Order = get_model("order", "Order")
StockRecord = get_model("partner", "StockRecord")

BUYERS = 20
PIECES = 5


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_twenty_buyers_race_for_the_last_five_pieces(stripe_settings, localstripe_url):
    if connection.vendor != "postgresql":
        pytest.skip("row locks are proved on PostgreSQL (DATABASE_URL=postgres://...; .ci/run does)")
    # Given five pieces left, and twenty buyers each at the last step of the checkout with one in the basket
    piece = make_product(price="25.000", stock=PIECES)
    buyers = [Buyer(Client(HTTP_ACCEPT_LANGUAGE="en"), "en", localstripe_url) for _ in range(BUYERS)]
    for number, buyer in enumerate(buyers):
        assert buyer.add(piece).status_code == 302
        assert buyer.fill_checkout(email=f"buyer{number}@example.com").status_code == 200
    # each read the preview's total before anyone pressed "Place order", as their pages show it
    totals = [buyer.total_shown() for buyer in buyers]
    start = threading.Barrier(BUYERS)
    responses = [None] * BUYERS

    def place(index: int) -> None:
        try:
            start.wait()
            responses[index] = buyers[index].client.post(
                buyers[index].url("checkout:preview"), {"action": "place_order", "total_shown": totals[index]}
            )
        finally:
            connection.close()

    # When they all place their order at the same moment
    threads = [threading.Thread(target=place, args=(i,)) for i in range(BUYERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)

    # Then exactly five are taken to pay, and every other buyer is told before paying
    winners = [b for b, r in zip(buyers, responses, strict=True) if r.status_code == 302 and "/pay/" in r["Location"]]
    losers = [r for r in responses if not (r.status_code == 302 and "/pay/" in r["Location"])]
    assert len(winners) == PIECES
    assert all(r.status_code == 200 and "Someone bought it first" in r.content.decode() for r in losers)
    assert StockRecord.objects.get(product=piece).num_allocated == PIECES
    # And when the five pay, five orders are paid and nothing is oversold
    for payment in Payment.objects.all():
        winners[0].pay(payment)
        assert payment_sync(payment=payment).payment.status == Payment.Status.SUCCEEDED
    assert Order.objects.filter(status=order_status.PAID).count() == PIECES
    record = StockRecord.objects.get(product=piece)
    assert record.num_allocated == PIECES <= record.num_in_stock


# --- Money paths under concurrency (PostgreSQL, real threads, committed transactions) ------------------------------

postgres_only = pytest.mark.skipif(
    "connection.vendor != 'postgresql'", reason="proved on PostgreSQL (DATABASE_URL=postgres://...; .ci/run does)"
)


def at_once(*calls):
    """Run the calls in threads released together; returns what each returned (or the exception it raised)."""
    start = threading.Barrier(len(calls))
    results = [None] * len(calls)

    def run(index: int, call) -> None:
        try:
            start.wait()
            results[index] = call()
        except Exception as error:  # noqa: BLE001 (the test inspects it)
            results[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return results


def paid_order(buyer, *products):
    for product in products:
        buyer.add(product)
    buyer.fill_checkout()
    buyer.place_order()
    payment = Payment.objects.order_by("-pk").first()
    buyer.pay(payment)
    buyer.come_back(payment)
    payment.refresh_from_db()
    return payment


@postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_refunds_of_the_same_line_at_once_never_exceed_the_line(stripe_settings, localstripe_url):
    from payments.providers import get_provider
    from payments.services import RefundRefused, payment_refund

    buyer = Buyer(Client(HTTP_ACCEPT_LANGUAGE="en"), "en", localstripe_url)
    payment = paid_order(buyer, make_product(price="7.500", stock=2))
    line = Order.objects.get().lines.get()
    # When two officers refund 5.000 of the 7.500 line at the same moment
    results = at_once(
        lambda: payment_refund(payment=payment, amount=Decimal("5.000"), key="officer-a", line=line),
        lambda: payment_refund(payment=payment, amount=Decimal("5.000"), key="officer-b", line=line),
    )
    # Then one refund is made and the other refused, here and at Stripe
    assert sorted(type(r).__name__ for r in results) == ["RefundRefused", "RefundRequest"]
    assert any(isinstance(r, RefundRefused) and "at most 2.500 rials" in str(r) for r in results)
    payment.refresh_from_db()
    assert payment.amount_refunded == Decimal("5.000")
    assert get_provider().retrieve_intent(payment.reference).amount_refunded_baisa == 5000


@postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_webhook_and_the_buyers_return_together_record_one_payment_and_one_email(
    stripe_settings, localstripe_url, client, mailoutbox
):
    from ledger.models import LedgerEntry

    from .test_webhooks import deliver, intent_event

    buyer = Buyer(Client(HTTP_ACCEPT_LANGUAGE="en"), "en", localstripe_url)
    buyer.add(make_product(price="12.340", stock=3))
    buyer.fill_checkout()
    buyer.place_order()
    payment = Payment.objects.get()
    buyer.pay(payment)
    # When Stripe's webhook and the buyer's return arrive at the same moment
    event = intent_event(payment, "payment_intent.succeeded", "succeeded", event_id="evt_together")
    webhook, back = at_once(lambda: deliver(Client(), event), lambda: buyer.come_back(payment))
    # Then both succeed, and the payment is recorded once: one source, one sale in the ledger, one e-mail
    assert webhook.status_code == 200 and back["Location"].endswith("/thank-you/")
    order = Order.objects.get()
    assert order.status == order_status.PAID
    assert order.sources.count() == 1
    assert LedgerEntry.objects.filter(kind=LedgerEntry.Kind.SALE).count() == 1
    assert len(mailoutbox) == 1


@postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_reservation_expiry_racing_a_late_success_ends_paid_never_cancelled_and_charged(
    stripe_settings, localstripe_url
):
    from datetime import timedelta

    from django.utils import timezone

    from payments.services import reservations_expire

    from .test_webhooks import deliver, intent_event

    piece = make_product(price="9.000", stock=10)
    for attempt in range(5):
        buyer = Buyer(Client(HTTP_ACCEPT_LANGUAGE="en"), "en", localstripe_url)
        buyer.add(piece)
        buyer.fill_checkout(email=f"late{attempt}@example.com")
        buyer.place_order()
        payment = Payment.objects.order_by("-pk").first()
        # Given the buyer paid at Stripe just as their reservation ran out
        buyer.pay(payment)
        Payment.objects.filter(pk=payment.pk).update(reserved_until=timezone.now() - timedelta(seconds=1))
        # When the expiry and Stripe's success arrive at the same moment
        event = intent_event(payment, "payment_intent.succeeded", "succeeded", event_id=f"evt_late_{attempt}")
        at_once(reservations_expire, lambda event=event: deliver(Client(), event))
        # Then the order is paid with its stock taken, never cancelled while the buyer is charged
        payment.refresh_from_db()
        order = Order.objects.get(pk=payment.order_id)
        assert payment.status == Payment.Status.SUCCEEDED
        assert order.status == order_status.PAID, (attempt, order.status)
    assert StockRecord.objects.get(product=piece).num_allocated == 5


@postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_baskets_in_opposite_orders_placed_together_never_deadlock(stripe_settings, localstripe_url):
    first, second = make_product(price="4.000", stock=100), make_product(price="6.000", stock=100)
    for round_number in range(20):
        one = Buyer(Client(HTTP_ACCEPT_LANGUAGE="en"), "en", localstripe_url)
        two = Buyer(Client(HTTP_ACCEPT_LANGUAGE="en"), "en", localstripe_url)
        for product in (first, second):
            one.add(product)
        for product in (second, first):
            two.add(product)
        one.fill_checkout(email=f"one{round_number}@example.com")
        two.fill_checkout(email=f"two{round_number}@example.com")
        totals = one.total_shown(), two.total_shown()

        def place(buyer, total):
            return lambda: buyer.client.post(
                buyer.url("checkout:preview"), {"action": "place_order", "total_shown": total}
            )

        # When both place their orders at the same moment
        results = at_once(place(one, totals[0]), place(two, totals[1]))
        # Then neither gets an error: both are taken to pay
        for result in results:
            assert not isinstance(result, Exception), result
            assert result.status_code == 302 and "/pay/" in result["Location"], result.status_code
    assert Order.objects.count() == 40
    assert StockRecord.objects.get(product=first).num_allocated == 40


@postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_one_basket_placed_twice_at_once_is_one_order(stripe_settings, localstripe_url):
    piece = make_product(price="8.000", stock=1)
    buyer = Buyer(Client(HTTP_ACCEPT_LANGUAGE="en"), "en", localstripe_url)
    buyer.add(piece)
    buyer.fill_checkout()
    total = buyer.total_shown()
    twin = Client(HTTP_ACCEPT_LANGUAGE="en")
    twin.cookies = buyer.client.cookies  # the same browser, two tabs (or a double click)

    def place(client):
        return lambda: client.post("/en/shop/checkout/preview/", {"action": "place_order", "total_shown": total})

    results = at_once(place(buyer.client), place(twin))
    # Then one order holds the one piece, and both requests lead to its payment page
    order = Order.objects.get()
    assert [r["Location"] for r in results] == [f"/en/shop/checkout/pay/{order.number}/"] * 2
    assert StockRecord.objects.get(product=piece).num_allocated == 1
    assert Payment.objects.count() == 1


@postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_price_change_during_placing_charges_what_the_preview_showed_or_asks_again(stripe_settings, localstripe_url):
    from catalogue.services import product_set_price_and_stock

    piece = make_product(price="10.000", stock=50)
    for attempt in range(6):
        product_set_price_and_stock(product=piece, price=Decimal("10.000"), stock=50)
        orders_before = Order.objects.count()
        buyer = Buyer(Client(HTTP_ACCEPT_LANGUAGE="en"), "en", localstripe_url)
        buyer.add(piece)
        buyer.fill_checkout(email=f"price{attempt}@example.com")
        shown = buyer.total_shown()
        # When the artisan changes the price while the buyer presses "Place order"
        placed, _changed = at_once(
            lambda buyer=buyer, shown=shown: buyer.client.post(
                buyer.url("checkout:preview"), {"action": "place_order", "total_shown": shown}
            ),
            lambda: product_set_price_and_stock(product=piece, price=Decimal("14.000"), stock=50),
        )
        # Then the buyer is charged exactly what the preview showed, or is shown the new total and nothing is placed
        if placed.status_code == 302:
            payment = Payment.objects.order_by("-pk").first()
            assert str(payment.amount) == shown
        else:
            assert "The total of your order is now" in placed.content.decode()
            assert Order.objects.count() == orders_before
