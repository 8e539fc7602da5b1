"""A payment: opened at the provider for a pending order, then moved forward by what the provider says
happened (from the buyer's return or a webhook, in any order, any number of times); unpaid orders past their
reservation are cancelled."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from oscar.core.loading import get_model

from conversations.services import conversations_link_order
from ledger.services import ledger_record_sale
from marketplace.money import BAISA, to_minor_units, to_oscar_amount
from payments import order_status
from payments.models import Payment, RefundRequest
from payments.providers import get_provider
from payments.providers.base import (
    Intent,
    IntentStatus,
    PaymentProvider,
    ProviderError,
)

from .confirmation import order_send_confirmation
from .refunds import _refund_request_open, refund_request_execute
from .stock import OutOfStock, _order_allocate, _order_release, _order_stock_lock

logger = logging.getLogger(__name__)

Order = get_model("order", "Order")
SourceType = get_model("payment", "SourceType")
Source = get_model("payment", "Source")


def order_amount(order) -> tuple:
    """What the buyer is charged for an order, exactly: (Decimal OMR to 3 places, baisa)."""
    amount = order.total_incl_tax.quantize(BAISA)
    return amount, to_minor_units(amount)


def payment_intent_open(*, order_number: str, amount: Decimal, provider: PaymentProvider | None = None) -> Intent:
    """Ask the provider for a card payment of `amount` for an order about to be placed. Nothing is held yet: the
    order is placed afterwards (`payment_record_opened`, in the placement's transaction), so a provider that does
    not answer leaves no order and no reserved stock behind. Raises ProviderError."""
    provider = provider or get_provider()
    return provider.create_intent(amount_baisa=to_minor_units(amount), currency="OMR", order_number=order_number)


def payment_record_opened(*, order, intent: Intent, language: str, provider: PaymentProvider | None = None) -> Payment:
    """Record the payment opened for an order just placed (inside the placement's transaction, so the order, its
    reserved stock and its payment exist together or not at all). The intent must be for the order's exact total."""
    amount, baisa = order_amount(order)
    if intent.amount_baisa != baisa or intent.currency != "OMR":
        raise ValueError(f"order {order.number}: intent for {intent.amount_baisa} {intent.currency}, order {baisa}")
    return Payment.objects.create(
        order=order,
        provider=(provider or get_provider()).name,
        reference=intent.reference,
        client_secret=intent.client_secret,
        amount=amount,
        language=language,
        reserved_until=timezone.now() + timedelta(minutes=settings.CHECKOUT_RESERVATION_MINUTES),
    )


@transaction.atomic
def order_cancel_unpaid(order) -> bool:
    """Cancel a pending order and give its stock back. Does nothing to an order that is no longer pending."""
    order = Order.objects.select_for_update().get(pk=order.pk)
    if order.status != order_status.PENDING_PAYMENT:
        return False
    _order_release(order)
    order.set_status(order_status.CANCELLED)
    Payment.objects.filter(order=order, status=Payment.Status.AWAITING_BUYER).update(status=Payment.Status.CANCELED)
    return True


@dataclass(frozen=True)
class Outcome:
    payment: Payment
    changed: bool
    note: str


def payment_record_intent(*, intent: Intent, provider: PaymentProvider | None = None) -> Outcome:
    """Bring a payment and its order up to what the provider says of the intent. Idempotent; never moves backwards.

    - succeeded: the order becomes Paid and the buyer gets the confirmation e-mail; if its reservation had already
      expired, the stock is taken again, or, when it is gone, the payment is refunded in full automatically;
    - canceled: a pending order is cancelled and its stock released;
    - anything else (a decline, 3-D Secure still to do): the failure is noted, the buyer can try again.
    """
    refund = None
    with transaction.atomic():
        payment = Payment.objects.select_for_update().filter(reference=intent.reference).first()
        if payment is None:
            return Outcome(payment=None, changed=False, note="unknown payment")  # type: ignore[arg-type]
        if payment.status == Payment.Status.SUCCEEDED:
            if intent.card_last4 and not payment.card_last4:  # the webhook did not carry it; the return does
                payment.card_last4 = intent.card_last4
                payment.save(update_fields=["card_last4", "updated_at"])
            return Outcome(payment, False, "already paid")
        if intent.status == IntentStatus.SUCCEEDED:
            if intent.amount_baisa != to_minor_units(payment.amount) or intent.currency != payment.currency:
                logger.error(
                    "Payment %s: provider reports %s %s", payment.reference, intent.amount_baisa, intent.currency
                )
                return Outcome(payment, False, "amount differs: left for the reconciliation")
            order = Order.objects.select_for_update().get(pk=payment.order_id)
            payment.status = Payment.Status.SUCCEEDED
            payment.failure_message = payment.failure_code = ""
            payment.card_last4 = intent.card_last4 or payment.card_last4
            payment.save(update_fields=["status", "failure_message", "failure_code", "card_last4", "updated_at"])
            _record_source(order, payment)
            sold_meanwhile = False
            if order.status == order_status.CANCELLED:
                try:
                    with transaction.atomic():
                        _order_stock_lock(order)
                        _order_allocate(order)
                except OutOfStock:
                    sold_meanwhile = True
            if sold_meanwhile:
                # The buyer paid for pieces sold to someone else after the reservation ran out: the whole payment
                # is owed back. The refund is recorded now, with the payment, and made below; if the provider cannot
                # be reached it stays pending and the worker makes it later (refunds_retry).
                refund = _refund_request_open(
                    payment, amount=payment.amount, key="sold-out", reason=RefundRequest.Reason.SOLD_OUT
                )
                note = "paid after the stock was sold: refund"
            else:
                order.set_status(order_status.PAID)
                ledger_record_sale(order)
                conversations_link_order(order)
                transaction.on_commit(lambda: order_send_confirmation(order.pk, payment.language))
                note = "paid"
        elif intent.status == IntentStatus.CANCELED:
            if payment.status == Payment.Status.CANCELED:
                return Outcome(payment, False, "already cancelled")
            payment.status = Payment.Status.CANCELED
            payment.save(update_fields=["status", "updated_at"])
            order = Order.objects.get(pk=payment.order_id)
            order_cancel_unpaid(order)
            note = "cancelled"
        else:
            failure = (intent.failure_message[:300], intent.failure_code[:60])
            if any(failure) and failure != (payment.failure_message, payment.failure_code):
                payment.failure_message, payment.failure_code = failure
                payment.save(update_fields=["failure_message", "failure_code", "updated_at"])
                return Outcome(payment, True, "declined")
            return Outcome(payment, False, "waiting for the buyer")
    if refund is not None:
        refund = refund_request_execute(refund, provider=provider)
        note += "ed" if refund.status == RefundRequest.Status.DONE else " pending"
    return Outcome(payment, True, note)


def _record_source(order, payment: Payment) -> None:
    source_type, _created = SourceType.objects.get_or_create(code=payment.provider, defaults={"name": "Stripe"})
    Source.objects.update_or_create(
        order=order,
        source_type=source_type,
        reference=payment.reference,
        defaults={
            "currency": payment.currency,
            "amount_allocated": to_oscar_amount(payment.amount),
            "amount_debited": to_oscar_amount(payment.amount),
        },
    )


def payment_sync(*, payment: Payment, provider: PaymentProvider | None = None) -> Outcome:
    """Ask the provider where a payment stands and record it (the buyer's return from the payment page)."""
    provider = provider or get_provider()
    return payment_record_intent(intent=provider.retrieve_intent(payment.reference), provider=provider)


def reservations_expire(*, now=None, provider: PaymentProvider | None = None) -> int:
    """Cancel pending orders whose buyer did not pay in time, giving their stock back; returns how many.

    The provider's payment is cancelled first; if it turns out to have succeeded meanwhile, it is recorded as paid
    instead.
    """
    now = now or timezone.now()
    expired = 0
    overdue = list(Payment.objects.filter(status=Payment.Status.AWAITING_BUYER, reserved_until__lt=now))
    # The provider only when there is something to cancel: a site without card payments configured (the demo) has
    # nothing to expire, and the worker asks every few minutes.
    provider = (provider or get_provider()) if overdue else None
    for payment in overdue:
        try:
            intent = provider.cancel_intent(payment.reference)
        except ProviderError:
            logger.warning("Payment %s: could not cancel at the provider; will retry", payment.reference)
            continue
        outcome = payment_record_intent(intent=intent, provider=provider)
        expired += outcome.note == "cancelled"
    # Orders left pending without any payment (the process stopped between placing and opening the payment).
    cutoff = now - timedelta(minutes=settings.CHECKOUT_RESERVATION_MINUTES)
    for order in Order.objects.filter(
        status=order_status.PENDING_PAYMENT, date_placed__lt=cutoff, card_payments__isnull=True
    ):
        expired += order_cancel_unpaid(order)
    return expired
