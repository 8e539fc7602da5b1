"""Writes for card payments: start a payment for a pending order, record what the provider says happened (from the
buyer's return or a webhook, in any order, any number of times), refund, and release abandoned reservations.

Locking: stock records are locked in primary-key order (so two checkouts never deadlock), then a payment row, then
its order. Network calls to the provider happen outside those locks, except a refund, which holds its payment's
lock so that two refunds can never together exceed what was paid.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from oscar.core.loading import get_class, get_model

from ledger.services import ledger_record_refund, ledger_record_sale
from marketplace.mail import BODY_SEPARATOR, SUBJECT_SEPARATOR, email_subject
from marketplace.money import BAISA, from_minor_units, to_minor_units, to_oscar_amount

from . import order_status
from .models import Payment, ProviderEventRecord, RefundRequest
from .providers import get_provider
from .providers.base import (
    Intent,
    IntentStatus,
    PaymentProvider,
    ProviderError,
    ProviderEvent,
    ProviderRefused,
    RefundNotice,
)

logger = logging.getLogger(__name__)

StockRecord = get_model("partner", "StockRecord")
Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")
SourceType = get_model("payment", "SourceType")
Source = get_model("payment", "Source")
OrderDispatcher = get_class("order.utils", "OrderDispatcher")


@dataclass(frozen=True)
class Shortage:
    title: str
    wanted: int
    available: int


class OutOfStock(Exception):
    def __init__(self, shortages: list[Shortage]) -> None:
        super().__init__(", ".join(f"{s.title}: {s.available} of {s.wanted}" for s in shortages))
        self.shortages = shortages


class RefundRefused(Exception):
    """A refund the payment cannot take (more than is left to refund, or nothing paid); the message says why."""


def stock_lock(wanted: dict[int, int], titles: dict[int, str]) -> None:
    """Lock the stock records (pk -> quantity wanted) until the transaction ends; refuse if any cannot cover it.

    Must run inside `transaction.atomic()`. Oscar's allocation (`num_allocated`) is the reservation: what is
    allocated to a pending or paid order is not available to anyone else.
    """
    shortages = []
    for record in StockRecord.objects.select_for_update().filter(pk__in=wanted).order_by("pk"):
        if record.num_in_stock is None:
            continue
        available = max(record.num_in_stock - (record.num_allocated or 0), 0)
        if available < wanted[record.pk]:
            shortages.append(Shortage(titles.get(record.pk, str(record.product_id)), wanted[record.pk], available))
    if shortages:
        raise OutOfStock(shortages)


def basket_lock_for_order(basket) -> str | None:
    """Lock the basket's row until the transaction ends, so that one basket places one order however many times
    "Place order" arrives at once. Returns the number of the order the basket already became, or None when it is
    still open. Must run inside `transaction.atomic()`, before the stock is locked."""
    status = Basket.objects.select_for_update().filter(pk=basket.pk).values_list("status", flat=True).first()
    if status == Basket.SUBMITTED:
        return Order.objects.filter(basket_id=basket.pk).values_list("number", flat=True).first()
    return None


def basket_stock_lock(basket) -> None:
    wanted: dict[int, int] = defaultdict(int)
    titles = {}
    for line in basket.all_lines():
        wanted[line.stockrecord_id] += line.quantity
        titles[line.stockrecord_id] = line.product.get_title()
    stock_lock(wanted, titles)


def _order_stock_lock(order) -> None:
    wanted: dict[int, int] = defaultdict(int)
    titles = {}
    for line in order.lines.all():
        if line.stockrecord_id:
            wanted[line.stockrecord_id] += line.quantity
            titles[line.stockrecord_id] = line.title
    stock_lock(wanted, titles)


def _order_allocate(order) -> None:
    for line in order.lines.select_related("stockrecord"):
        if line.stockrecord:
            line.stockrecord.allocate(line.quantity)


def _order_release(order) -> None:
    for line in order.lines.select_related("stockrecord"):
        if line.stockrecord:
            line.stockrecord.cancel_allocation(line.quantity)


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


def webhook_handle(*, payload: bytes, signature: str, provider: PaymentProvider | None = None) -> str:
    """Verify and apply one webhook delivery. Raises BadSignature (nothing changes) when it is not the provider's,
    MalformedEvent when a signed body is not a usable event, ProviderError when applying needs the provider and it
    did not answer (the provider then delivers the event again).

    An event is marked handled only after its effects are committed: a delivery whose effects failed is applied again
    when it comes back. Applying is idempotent (events are applied by the state they carry, and states only move
    forward), so a delivery that comes twice, or two at once, changes things once."""
    provider = provider or get_provider()
    event = provider.parse_webhook(payload=payload, signature=signature)
    if ProviderEventRecord.objects.filter(provider=provider.name, event_id=event.event_id).exists():
        return "duplicate"
    outcome = _apply_event(event, provider)
    ProviderEventRecord.objects.get_or_create(
        provider=provider.name, event_id=event.event_id, defaults={"kind": event.kind[:100], "outcome": outcome[:200]}
    )
    return outcome


def _apply_event(event: ProviderEvent, provider: PaymentProvider) -> str:
    if event.refund is not None and event.kind == "charge.refunded":
        return payment_record_provider_refund(notice=event.refund)
    if not event.kind.startswith("payment_intent.") or event.intent is None:
        return "ignored"
    return payment_record_intent(intent=event.intent, provider=provider).note


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


def order_send_confirmation(order_id: int, language: str) -> None:
    """The bilingual order confirmation e-mail, once the payment is confirmed: the buyer's language first, then the
    other one. The plain-text part holds both one after the other; the HTML part holds both, each section with its
    own `lang` and direction, so Arabic reads right-to-left in any mail client. Both link to the order's status page
    (the account's order page, or for a guest the signed link Oscar gives)."""
    from django.contrib.sites.models import Site
    from django.template.loader import render_to_string
    from django.urls import reverse

    order = Order.objects.get(pk=order_id)
    dispatcher = OrderDispatcher(logger=logger)
    lines = list(order.lines.all())
    site = Site.objects.get_current()
    scheme = "http" if settings.DEBUG else "https"
    languages = [language, *[code for code, _name in settings.LANGUAGES if code != language]]
    rendered, sections = [], []
    for code in languages:
        with translation.override(code):
            if order.user_id:
                path = reverse("customer:order", kwargs={"order_number": order.number})
            else:
                kwargs = {"order_number": order.number, "hash": order.verification_hash()}
                path = reverse("customer:anon-order", kwargs=kwargs)
            context = {
                "user": order.user,
                "order": order,
                "lines": lines,
                "status_path": path,
                "status_url": f"{scheme}://{site.domain}{path}",
                "site": site,
            }
            rendered.append(dispatcher.dispatcher.get_messages(dispatcher.ORDER_PLACED_EVENT_CODE, context))
            sections.append(
                {
                    "language": code,
                    "direction": "rtl" if translation.get_language_bidi() else "ltr",
                    "html": render_to_string("hirfa/emails/order_confirmation_section.html", context),
                }
            )
    messages = dict(rendered[0])
    messages["subject"] = email_subject(SUBJECT_SEPARATOR.join(m["subject"].strip() for m in rendered))
    messages["body"] = BODY_SEPARATOR.join(m["body"].strip() for m in rendered)
    messages["html"] = render_to_string(
        "hirfa/emails/order_confirmation.html", {"sections": sections, "subject": messages["subject"]}
    )
    dispatcher.dispatch_order_messages(order, messages, dispatcher.ORDER_PLACED_EVENT_CODE)


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
