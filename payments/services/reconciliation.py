"""A period's payments compared with the provider's, and paid orders cancelled without a refund."""

from __future__ import annotations

from dataclasses import dataclass

from marketplace.money import from_minor_units, to_minor_units
from payments import order_status
from payments.models import Payment, RefundRequest
from payments.providers import get_provider
from payments.providers.base import (
    IntentStatus,
    PaymentProvider,
    ProviderError,
    RefundNotice,
)

from .intents import payment_record_intent
from .refunds import payment_record_provider_refund


@dataclass(frozen=True)
class Difference:
    order_number: str
    reference: str
    ours: str
    theirs: str
    fixed: bool = False


_EXPECTED = {
    Payment.Status.AWAITING_BUYER: {IntentStatus.AWAITING_BUYER, IntentStatus.PROCESSING},
    Payment.Status.SUCCEEDED: {IntentStatus.SUCCEEDED},
    Payment.Status.CANCELED: {IntentStatus.CANCELED},
}


def payments_reconcile(*, start, end, fix: bool = False, provider: PaymentProvider | None = None) -> list[Difference]:
    """Compare every payment opened in [start, end) with the provider's record of it and list what differs (status,
    amount, currency, amount refunded). With `fix`, a payment the provider reports as succeeded or cancelled, or
    refunded in full, is recorded so (the webhook that should have said so was lost); an amount that differs, or a
    partial refund made outside the marketplace, is never fixed automatically."""
    provider = provider or get_provider()
    differences = []
    payments = Payment.objects.filter(created_at__gte=start, created_at__lt=end).select_related("order")
    for payment in payments.order_by("created_at").iterator():
        try:
            intent = provider.retrieve_intent(payment.reference)
        except ProviderError as error:
            differences.append(
                Difference(payment.order.number, payment.reference, payment.status, f"unreachable: {error}")
            )
            continue
        ours = f"{payment.status} {payment.amount} {payment.currency}"
        theirs = f"{intent.status} {from_minor_units(intent.amount_baisa)} {intent.currency}"
        if intent.amount_baisa != to_minor_units(payment.amount) or intent.currency != payment.currency:
            differences.append(Difference(payment.order.number, payment.reference, ours, theirs))
        elif intent.amount_refunded_baisa != to_minor_units(payment.amount_refunded):
            fixed = False
            if fix:
                notice = RefundNotice(payment.reference, intent.amount_refunded_baisa)
                fixed = payment_record_provider_refund(notice=notice).startswith("refunded in full")
            refunded_here = f"refunded {payment.amount_refunded}"
            refunded_there = f"refunded {from_minor_units(intent.amount_refunded_baisa)}"
            differences.append(
                Difference(payment.order.number, payment.reference, refunded_here, refunded_there, fixed)
            )
        elif intent.status not in _EXPECTED[payment.status]:
            fixed = False
            if fix and payment.status == Payment.Status.AWAITING_BUYER:
                fixed = payment_record_intent(intent=intent, provider=provider).changed
            differences.append(Difference(payment.order.number, payment.reference, ours, theirs, fixed))
        owed = _unrefunded_cancelled_payment(payment)
        if owed is not None:
            differences.append(owed)
    return differences


def _unrefunded_cancelled_payment(payment: Payment) -> Difference | None:
    """A paid payment whose order is cancelled owes the buyer the rest: both sides agree the payment succeeded, so
    only this check finds a refund that was never made (pending at the provider, refused, or never asked)."""
    if payment.status != Payment.Status.SUCCEEDED or payment.order.status != order_status.CANCELLED:
        return None
    owed = payment.amount - payment.amount_refunded
    if owed <= 0:
        return None
    refunds = ", ".join(
        f"{r.amount} {r.status}" for r in RefundRequest.objects.filter(payment=payment).order_by("created_at")
    )
    return Difference(
        payment.order.number,
        payment.reference,
        f"paid, order cancelled, {owed} not refunded",
        f"refunds: {refunds or 'none asked'}",
    )
