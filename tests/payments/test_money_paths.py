"""Money paths that cannot lose or invent money: a webhook whose effects failed is applied when it comes back; a
refund that cannot reach Stripe is kept and made later by the worker; the reconciliation finds a paid order that was
cancelled and never refunded."""

import contextlib
from datetime import timedelta
from decimal import Decimal
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from oscar.core.loading import get_model

from marketplace.worker_jobs import default_jobs
from payments import order_status
from payments.models import Payment, ProviderEventRecord, RefundRequest
from payments.providers import get_provider
from payments.services import RefundRefused, order_cancel_unpaid, payment_refund, refunds_retry
from tests.db_failures import database_refuses
from tests.factories import UserFactory
from tests.servers import free_port

from .conftest import CARD_DECLINED
from .test_checkout import place
from .test_webhooks import deliver, intent_event

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")
StockRecord = get_model("partner", "StockRecord")


@pytest.fixture
def stripe_away(settings):
    """Stripe out of reach (nothing listens at its address) until `stripe_away.back()`."""

    class Away:
        def __init__(self) -> None:
            self.address = settings.STRIPE_API_BASE
            settings.STRIPE_API_BASE = f"http://127.0.0.1:{free_port()}"

        def back(self) -> None:
            settings.STRIPE_API_BASE = self.address

    return Away


def reconcile() -> str:
    today = timezone.localdate().isoformat()
    out = StringIO()
    with contextlib.suppress(SystemExit):  # the command exits with 1 when it finds a difference
        call_command("reconcile_payments", "--from", today, "--to", today, stdout=out)
    return out.getvalue()


def test_a_webhook_whose_effects_failed_is_applied_when_stripe_delivers_it_again(
    buyer, two_artisans_products, django_capture_on_commit_callbacks
):
    place(buyer, two_artisans_products[0])
    payment = Payment.objects.get()
    event = intent_event(payment, "payment_intent.succeeded", "succeeded", event_id="evt_paid")
    stripe = Client(raise_request_exception=False)
    # Given the database fails while the success is being applied
    with database_refuses("order_order", "status", order_status.PAID):
        failed = deliver(stripe, event)
    # Then Stripe is told to try again, and the event is not marked handled
    assert failed.status_code >= 500
    assert Order.objects.get().status == order_status.PENDING_PAYMENT
    assert not ProviderEventRecord.objects.exists()
    # When Stripe delivers the same event again
    with django_capture_on_commit_callbacks(execute=True):
        again = deliver(stripe, event)
    # Then it is applied once: the order is paid, the buyer gets one e-mail, and the event is handled
    assert again.status_code == 200 and again.content == b"paid"
    assert Order.objects.get().status == order_status.PAID
    assert len(mail.outbox) == 1
    assert ProviderEventRecord.objects.get().outcome == "paid"
    # And a third delivery is a duplicate that changes nothing
    assert deliver(stripe, event).content == b"duplicate"
    assert len(mail.outbox) == 1


def test_a_payment_for_a_sold_piece_while_stripe_is_away_is_refunded_later_by_the_worker(
    client, buyer, two_artisans_products, stripe_away
):
    # Given the buyer paid at Stripe for an order the site had cancelled, whose piece went to someone else
    jar = two_artisans_products[0]
    place(buyer, jar)
    payment = Payment.objects.get()
    buyer.pay(payment)
    order_cancel_unpaid(payment.order)
    StockRecord.objects.filter(product=jar).update(num_in_stock=0)
    # When Stripe's success arrives while Stripe itself cannot be reached for the refund
    away = stripe_away()
    response = deliver(client, intent_event(payment, "payment_intent.succeeded", "succeeded", event_id="evt_late"))
    # Then the success is recorded with the refund it owes, kept as pending
    assert response.status_code == 200
    payment.refresh_from_db()
    assert payment.status == Payment.Status.SUCCEEDED and payment.amount_refunded == 0
    refund = RefundRequest.objects.get()
    assert (refund.status, refund.amount, refund.reason) == ("pending", payment.amount, "sold_out")
    assert refund.attempts == 1 and refund.next_attempt_at > timezone.now()
    assert Order.objects.get().status == order_status.CANCELLED
    # While Stripe stays away, the worker's attempts keep it pending, each later than the one before
    first_wait = refund.next_attempt_at
    assert refunds_retry(now=first_wait + timedelta(seconds=1)) == 0
    refund.refresh_from_db()
    assert refund.status == "pending" and refund.attempts == 2 and refund.next_attempt_at > first_wait
    away.back()
    # The reconciliation reports the order as paid, cancelled and not refunded
    report = reconcile()
    assert f"order {payment.order.number}" in report and f"{payment.amount} not refunded" in report
    assert f"{payment.amount} pending" in report
    # The authority sees the pending refund in the admin
    officer = Client()
    officer.force_login(UserFactory(is_staff=True, is_superuser=True))
    listing = officer.get("/django-admin/payments/refundrequest/", {"status__exact": "pending"})
    assert listing.status_code == 200 and payment.reference in listing.content.decode()
    # When the worker's turn comes once Stripe is back
    RefundRequest.objects.update(next_attempt_at=timezone.now() - timedelta(seconds=1))
    job = next(job for job in default_jobs() if job.name == "pending refunds")
    assert job.run() == 1
    # Then the buyer has their money back, at Stripe and in the books, and nothing is left to report
    payment.refresh_from_db()
    assert payment.amount_refunded == payment.amount
    assert get_provider().retrieve_intent(payment.reference).amount_refunded_baisa == 13840
    assert RefundRequest.objects.get().status == RefundRequest.Status.DONE
    assert Order.objects.get().status == order_status.REFUNDED
    assert f"order {payment.order.number}" not in reconcile()
    # And the worker does not refund it twice
    assert job.run() == 0


def test_a_line_refund_while_stripe_is_away_is_kept_and_counted_against_what_is_left(
    buyer, two_artisans_products, stripe_away
):
    place(buyer, *two_artisans_products)
    payment = Payment.objects.get()
    buyer.pay(payment)
    buyer.come_back(payment)
    line = Order.objects.get().lines.get(title="Clay water jar")  # 7.500
    # Given the authority refunds the line while Stripe cannot be reached
    away = stripe_away()
    refund = payment_refund(payment=payment, amount=Decimal("7.500"), key="line-away", line=line)
    # Then the refund is kept, pending, and nothing is recorded as refunded yet
    assert refund.status == RefundRequest.Status.PENDING
    payment.refresh_from_db()
    assert payment.amount_refunded == 0
    # And a second refund of the same line is refused, because the pending one takes what is left of it
    with pytest.raises(RefundRefused) as refused:
        payment_refund(payment=payment, amount=Decimal("0.010"), key="line-again", line=line)
    assert "at most 0.000 rials" in str(refused.value)
    # The same refund asked again (the same form sent twice) is the same pending refund
    assert payment_refund(payment=payment, amount=Decimal("7.500"), key="line-away", line=line).pk == refund.pk
    # When Stripe is back and the worker makes it
    away.back()
    assert refunds_retry(now=timezone.now() + timedelta(hours=2)) == 1
    payment.refresh_from_db()
    assert payment.amount_refunded == Decimal("7.500")
    assert Order.objects.get().lines.get(pk=line.pk).status == order_status.REFUNDED


def test_a_refund_stripe_refuses_is_marked_refused_for_the_authority(buyer, two_artisans_products):
    place(buyer, two_artisans_products[0])
    payment = Payment.objects.get()
    # Given a payment the site holds as paid while Stripe's record says the card was declined (the kind of mismatch
    # the reconciliation exists for)
    buyer.pay(payment, card=CARD_DECLINED)
    Payment.objects.filter(pk=payment.pk).update(status=Payment.Status.SUCCEEDED)
    payment.refresh_from_db()
    # When the site refunds it
    with pytest.raises(RefundRefused):
        payment_refund(payment=payment, amount=payment.amount, key="rest")
    # Then Stripe's refusal is kept for the authority, nothing is recorded as refunded, and the worker leaves it be
    refund = RefundRequest.objects.get()
    assert refund.status == RefundRequest.Status.REFUSED and "Cannot refund a failed payment" in refund.last_error
    payment.refresh_from_db()
    assert payment.amount_refunded == 0
    assert refunds_retry(now=timezone.now() + timedelta(days=1)) == 0
