"""Twenty buyers race for the last five pieces, on PostgreSQL (row locks are what this proves)."""

import threading

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
    start = threading.Barrier(BUYERS)
    responses = [None] * BUYERS

    def place(index: int) -> None:
        try:
            start.wait()
            responses[index] = buyers[index].place_order()
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
