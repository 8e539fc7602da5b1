"""Refunds made in Stripe's own dashboard, outside the marketplace: reported by `charge.refunded` webhooks (which
localstripe does not send, so the tests sign them as Stripe does) and by the reconciliation."""

import time
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone
from oscar.core.loading import get_model

from ledger.selectors import line_refunded
from payments import order_status
from payments.models import Payment, ProviderEventRecord
from payments.providers import get_provider
from payments.services import payment_refund

from .test_reservations_and_refunds import paid_payment  # noqa: F401 (a fixture)
from .test_webhooks import deliver

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")


def refund_in_stripe_dashboard(payment, baisa: int) -> None:
    get_provider().client.v1.refunds.create(params={"payment_intent": payment.reference, "amount": baisa})


def charge_refunded(payment, amount_refunded: int, event_id: str = "evt_refund_1") -> dict:
    return {
        "id": event_id,
        "object": "event",
        "type": "charge.refunded",
        "created": int(time.time()),
        "data": {
            "object": {
                "id": "ch_hirfa_1",
                "object": "charge",
                "payment_intent": payment.reference,
                "amount": int(payment.amount * 1000),
                "amount_refunded": amount_refunded,
                "refunded": amount_refunded == int(payment.amount * 1000),
            }
        },
    }


def test_a_full_refund_made_in_stripe_is_recorded_once(client, paid_payment):  # noqa: F811
    # Given the authority refunded the whole payment in Stripe's dashboard
    refund_in_stripe_dashboard(paid_payment, 22840)
    # When Stripe reports it, twice
    assert deliver(client, charge_refunded(paid_payment, 22840)).status_code == 200
    assert deliver(client, charge_refunded(paid_payment, 22840)).status_code == 200
    # Then the payment, the order and the artisans' ledger say so, once
    paid_payment.refresh_from_db()
    assert paid_payment.amount_refunded == Decimal("22.840")
    assert Order.objects.get().status == order_status.REFUNDED
    assert [line_refunded(line) for line in Order.objects.get().lines.order_by("pk")] == [
        Decimal("12.340"),
        Decimal("7.500"),
    ]
    assert ProviderEventRecord.objects.get(event_id="evt_refund_1").outcome.startswith("refunded in full")


def test_a_refund_made_here_is_not_counted_again_when_stripe_reports_it(client, paid_payment):  # noqa: F811
    line = Order.objects.get().lines.order_by("pk").last()
    payment_refund(payment=paid_payment, amount=Decimal("7.500"), key="line", line=line)
    assert deliver(client, charge_refunded(paid_payment, 7500)).status_code == 200
    paid_payment.refresh_from_db()
    assert paid_payment.amount_refunded == Decimal("7.500")
    assert ProviderEventRecord.objects.get().outcome == "refunds already recorded"


def test_an_older_refund_event_arriving_late_changes_nothing(client, paid_payment):  # noqa: F811
    refund_in_stripe_dashboard(paid_payment, 22840)
    deliver(client, charge_refunded(paid_payment, 22840, event_id="evt_new"))
    deliver(client, charge_refunded(paid_payment, 5000, event_id="evt_old"))
    paid_payment.refresh_from_db()
    assert paid_payment.amount_refunded == Decimal("22.840")
    assert Order.objects.get().status == order_status.REFUNDED


def test_a_partial_refund_made_in_stripe_is_reported_not_guessed(client, paid_payment):  # noqa: F811
    # Given a partial refund made in Stripe's dashboard: no line is named, so the marketplace cannot attribute it
    refund_in_stripe_dashboard(paid_payment, 5000)
    deliver(client, charge_refunded(paid_payment, 5000))
    paid_payment.refresh_from_db()
    assert paid_payment.amount_refunded == 0
    assert "record it per line" in ProviderEventRecord.objects.get().outcome
    # And the reconciliation reports it until the authority records it
    today = timezone.localdate().isoformat()
    out = StringIO()
    with pytest.raises(SystemExit):
        call_command("reconcile_payments", "--from", today, "--to", today, "--fix", stdout=out)
    assert "ours refunded 0.000" in out.getvalue() and "provider refunded 5.000" in out.getvalue()
    assert "(fixed)" not in out.getvalue()


def test_the_reconciliation_records_a_full_refund_whose_webhook_was_lost(paid_payment):  # noqa: F811
    refund_in_stripe_dashboard(paid_payment, 22840)
    today = timezone.localdate().isoformat()
    out = StringIO()
    call_command("reconcile_payments", "--from", today, "--to", today, "--fix", stdout=out)
    assert "(fixed)" in out.getvalue()
    assert Payment.objects.get().amount_refunded == Decimal("22.840")
    assert Order.objects.get().status == order_status.REFUNDED
