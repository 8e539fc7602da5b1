"""Refunds: a request is checked and recorded under its payment's lock, made at the provider with its
idempotency key, retried with doubling delays while the provider cannot be reached, and marked done in the same
transaction as its effects; a refund made in the provider's own dashboard is recorded too."""

from __future__ import annotations

import logging
from datetime import timedelta
from decimal import Decimal

from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from ledger.services import ledger_record_refund
from marketplace.money import BAISA, from_minor_units, to_minor_units, to_oscar_amount
from payments import order_status
from payments.models import Payment, RefundRequest
from payments.providers import get_provider
from payments.providers.base import (
    PaymentProvider,
    ProviderError,
    ProviderRefused,
    RefundNotice,
)

from .stock import _order_release

logger = logging.getLogger(__name__)

Order = get_model("order", "Order")
Source = get_model("payment", "Source")


class RefundRefused(Exception):
    """A refund the payment cannot take (more than is left to refund, or nothing paid); the message says why."""


def payment_refund(
    *,
    payment: Payment,
    amount,
    key: str,
    line=None,
    reason: str = "authority",
    requested_by=None,
    provider: PaymentProvider | None = None,
) -> RefundRequest:
    """Refund part or all of a paid payment through the provider, never more than is left to refund.

    With `line`, the refund is for that order line (never more than the line cost, less what was refunded or is
    being refunded on it) and the artisan's ledger is reversed for it; without, the whole rest of the payment is
    refunded and every line's ledger reversed. `key` names the refund: the same key twice is one refund, here and at
    the provider. When everything is refunded, the order becomes Refunded.

    The refund is recorded as pending first (and counted against what is left), then made. Returns the request:
    done; or still pending when the provider could not be reached (the worker makes it later); a refusal by the
    provider raises RefundRefused. Raises RefundRefused, before anything is recorded, for an amount that is not
    left to refund."""
    with transaction.atomic():
        locked = Payment.objects.select_for_update().get(pk=payment.pk)
        request = _refund_request_open(locked, amount=amount, key=key, line=line, reason=reason, by=requested_by)
    request = refund_request_execute(request, provider=provider)
    if request.status == RefundRequest.Status.REFUSED:
        raise RefundRefused(_("The card payment service refused this refund: %(why)s") % {"why": request.last_error})
    return request


def _refund_request_open(payment: Payment, *, amount, key: str, reason: str, line=None, by=None) -> RefundRequest:
    """Under the caller's lock on `payment`: the pending refund of `amount`, after checking it is left to refund
    (what was refunded and what is pending both count). The same key again gives the same request."""
    existing = RefundRequest.objects.filter(payment=payment, key=key).first()
    if existing is not None:
        # The same refund asked again (a form sent twice): a pending one is the same request; one already made or
        # refused is not made again.
        if existing.status == RefundRequest.Status.DONE:
            raise RefundRefused(_("This refund has already been made: nothing more was refunded."))
        if existing.status == RefundRequest.Status.REFUSED:
            raise RefundRefused(
                _("The card payment service refused this refund: %(why)s") % {"why": existing.last_error}
            )
        return existing
    if payment.status != Payment.Status.SUCCEEDED:
        raise RefundRefused(_("Only a paid order can be refunded."))
    pending = RefundRequest.objects.filter(payment=payment, status=RefundRequest.Status.PENDING)
    left = payment.amount - payment.amount_refunded - _amount_sum(pending)
    if line is None and amount != left:
        raise RefundRefused(
            _("Without a line, a refund is for the whole rest of the payment: %(left)s rials.") % {"left": left}
        )
    if line is not None:
        if line.order_id != payment.order_id:
            raise RefundRefused(_("This line is not part of this order."))
        line_left = (
            line.line_price_incl_tax.quantize(BAISA) - refunded_on_line(line) - _amount_sum(pending.filter(line=line))
        )
        left = min(left, line_left)
    if amount <= 0 or amount > left:
        raise RefundRefused(
            _("A refund must be more than zero and at most %(left)s rials, what is left to refund.") % {"left": left}
        )
    return RefundRequest.objects.create(
        payment=payment, line=line, amount=amount, key=key, reason=reason, requested_by=by, next_attempt_at=None
    )


def refund_request_execute(request: RefundRequest, *, provider: PaymentProvider | None = None) -> RefundRequest:
    """Ask the provider for a pending refund (with its idempotency key, so asking again never refunds twice) and,
    when it is made, record it and its effects in one transaction. A provider that cannot be reached leaves it
    pending, to be asked again later with a doubling delay; a refusal marks it refused, for the authority."""
    if request.status != RefundRequest.Status.PENDING:
        return request
    provider = provider or get_provider()
    try:
        made = provider.refund(
            reference=request.payment.reference,
            amount_baisa=to_minor_units(request.amount),
            idempotency_key=request.idempotency_key,
        )
    except ProviderRefused as error:
        return _refund_request_failed(request, error, final=True)
    except ProviderError as error:
        return _refund_request_failed(request, error, final=False)
    if not made.succeeded:
        return _refund_request_failed(request, ProviderError(f"refund {made.reference} failed"), final=True)
    with transaction.atomic():
        payment = Payment.objects.select_for_update().get(pk=request.payment_id)
        request = RefundRequest.objects.select_for_update().get(pk=request.pk)
        if request.status != RefundRequest.Status.PENDING:
            return request  # made and recorded meanwhile by another process (the same refund, by its key)
        request.status = RefundRequest.Status.DONE
        request.provider_reference = made.reference[:100]
        request.completed_at = timezone.now()
        request.attempts += 1
        request.save(update_fields=["status", "provider_reference", "completed_at", "attempts"])
        _refund_record(payment, from_minor_units(made.amount_baisa), key=request.key, line=request.line)
    return request


def _amount_sum(requests) -> Decimal:
    return sum(requests.values_list("amount", flat=True), Decimal("0.000"))


REFUND_RETRY_FIRST_DELAY = timedelta(minutes=1)


REFUND_RETRY_LONGEST_DELAY = timedelta(hours=1)


def _refund_request_failed(request: RefundRequest, error: Exception, *, final: bool) -> RefundRequest:
    logger.warning("Refund %s of payment %s: %s", request.key, request.payment.reference, error)
    with transaction.atomic():
        request = RefundRequest.objects.select_for_update().get(pk=request.pk)
        if request.status != RefundRequest.Status.PENDING:
            return request
        request.attempts += 1
        request.last_error = str(error)[:300]
        if final:
            request.status = RefundRequest.Status.REFUSED
        else:
            delay = min(REFUND_RETRY_FIRST_DELAY * 2 ** (request.attempts - 1), REFUND_RETRY_LONGEST_DELAY)
            request.next_attempt_at = timezone.now() + delay
        request.save(update_fields=["attempts", "last_error", "status", "next_attempt_at"])
    return request


def refunds_retry(*, now=None, provider: PaymentProvider | None = None) -> int:
    """Make the pending refunds that are due (the worker runs this every turn); returns how many were made. A refund
    stays pending, and is asked for again, until the provider makes it or refuses it."""
    now = now or timezone.now()
    due = RefundRequest.objects.filter(status=RefundRequest.Status.PENDING).filter(
        models.Q(next_attempt_at__isnull=True) | models.Q(next_attempt_at__lte=now)
    )
    made = 0
    for request in due.select_related("payment", "line").order_by("created_at")[:100]:
        made += refund_request_execute(request, provider=provider).status == RefundRequest.Status.DONE
    return made


def _refund_record(payment: Payment, amount: Decimal, *, key: str, line=None) -> None:
    """Record a refund the provider has made, inside the caller's transaction and under its lock on the payment:
    the payment's refunded total, the ledger's reversal (of the line, or of what is left on every line), the
    order's source, and the statuses (a fully refunded line is Refunded and, unshipped, its piece for sale again;
    a fully refunded payment makes the order Refunded)."""
    payment.amount_refunded += amount
    payment.save(update_fields=["amount_refunded", "updated_at"])
    order = Order.objects.get(pk=payment.order_id)
    if line is not None:
        ledger_record_refund(order=order, line=line, amount=amount, key=f"{payment.reference}-{key}")
        if refunded_on_line(line) >= line.line_price_incl_tax.quantize(BAISA):
            if line.status == order_status.PAID and line.stockrecord_id:
                line.stockrecord.cancel_allocation(line.quantity)  # not shipped: the piece is for sale again
            line.set_status(order_status.REFUNDED)
    else:
        for each in order.lines.all():
            rest = each.line_price_incl_tax.quantize(BAISA) - refunded_on_line(each)
            if rest > 0:
                ledger_record_refund(order=order, line=each, amount=rest, key=f"{payment.reference}-{key}-{each.pk}")
    source = Source.objects.filter(order_id=payment.order_id, reference=payment.reference).first()
    if source:
        source.amount_refunded = to_oscar_amount(payment.amount_refunded)
        source.save(update_fields=["amount_refunded"])
    if payment.amount_refunded == payment.amount:
        order = Order.objects.select_for_update().get(pk=payment.order_id)
        if order.status == order_status.PAID:
            _order_release(order)
        order.set_status(order_status.REFUNDED)


def refunded_on_line(line) -> Decimal:
    """What was refunded on an order line so far (from the artisans' ledger)."""
    from ledger.selectors import line_refunded

    return line_refunded(line)


def payment_record_provider_refund(*, notice: RefundNotice) -> str:
    """The provider reports a payment refunded `notice.amount_refunded_baisa` in all. Refunds made here are
    already recorded (the provider reports them too, later), so only a larger total means a refund made elsewhere,
    in the provider's own dashboard:
    - the whole payment refunded: recorded as a refund of the rest (ledger reversed, order Refunded);
    - part of it: not attributable to a line, so it is left for the authority and reported (the log, this event's
      outcome, and `reconcile_payments`); it is never guessed. Refunds belong in the marketplace, per line.
    Idempotent and order-independent: a total already reached, or smaller (an older event), changes nothing."""
    with transaction.atomic():
        payment = Payment.objects.select_for_update().filter(reference=notice.reference).first()
        if payment is None:
            return "unknown payment"
        theirs = from_minor_units(notice.amount_refunded_baisa)
        if theirs <= payment.amount_refunded:
            return "refunds already recorded"
        if payment.status != Payment.Status.SUCCEEDED or theirs > payment.amount:
            logger.error("Payment %s: provider reports %s refunded", payment.reference, theirs)
            return "refund does not match the payment: left for the reconciliation"
        if theirs == payment.amount:
            _refund_record(payment, payment.amount - payment.amount_refunded, key="provider-full")
            return "refunded in full at the provider: recorded"
    logger.warning(
        "Payment %s: %s refunded at the provider outside the marketplace, %s recorded here",
        payment.reference,
        theirs,
        payment.amount_refunded,
    )
    return f"partial refund made at the provider ({theirs} in all): record it per line"
