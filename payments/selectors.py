"""Reads for payments. A buyer reaches a pending order's payment only as its owner: the signed-in account that
placed it, or, for a guest, the browser session that placed it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from marketplace.money import BAISA

from .models import Payment

SESSION_KEY = "hirfa_orders_placed"


def remember_order_for_session(session, number) -> None:
    number = str(number)  # Oscar's order number generator gives an int before the order is read back
    numbers = [n for n in session.get(SESSION_KEY, []) if n != number][-19:]
    session[SESSION_KEY] = [*numbers, number]


def card_payment_available() -> bool:
    """Whether card payments can be taken at all (the provider is configured). A site without its keys says so on
    the basket and the preview, and places nothing."""
    from .providers import get_provider
    from .providers.base import ProviderError

    try:
        get_provider()
    except ProviderError:
        return False
    return True


def open_payment_for_session(*, user, session) -> Payment | None:
    """The payment this buyer can still make for the last order they placed (this account's, or this browser
    session's), or None: where the back button or a second "Place order" sends them."""
    numbers = session.get(SESSION_KEY, [])
    if not numbers:
        return None
    payment = payment_for_buyer(user=user, session=session, number=numbers[-1])
    if payment is None or payment.status != Payment.Status.AWAITING_BUYER:
        return None
    return payment


def payment_for_buyer(*, user, session, number: str) -> Payment | None:
    """The newest payment of order `number` if this buyer placed it, else None (a 404 for the caller)."""
    payment = (
        Payment.objects.select_related("order", "order__user")
        .filter(order__number=number)
        .order_by("-created_at")
        .first()
    )
    if payment is None:
        return None
    order = payment.order
    if order.user_id is not None:
        return payment if user.is_authenticated and user.pk == order.user_id else None
    return payment if number in session.get(SESSION_KEY, []) else None


DISPLAY_CURRENCY_COOKIE = "display_currency"
_RATES_CACHE_KEY = "payments:exchange-rates"


def exchange_rates() -> dict:
    """{currency: (per_rial, as_of)}, cached for a few minutes so that a page of prices reads the table once."""
    from django.core.cache import cache

    from .models import ExchangeRate

    rates = cache.get(_RATES_CACHE_KEY)
    if rates is None:
        rates = {r.currency: (r.per_rial, r.as_of) for r in ExchangeRate.objects.all()}
        cache.set(_RATES_CACHE_KEY, rates, 300)
    return rates


def approximate_price(amount, currency: str):
    """(amount in `currency` rounded to cents, rate date), or None when there is no rate for it."""
    rate = exchange_rates().get(currency)
    if rate is None or amount is None:
        return None
    return (Decimal(amount) * rate[0]).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), rate[1]


def paid_payment_of(order) -> Payment | None:
    return Payment.objects.filter(order=order, status=Payment.Status.SUCCEEDED).first()


@dataclass(frozen=True)
class LineRefundRow:
    line: object
    paid: Decimal
    refunded: Decimal

    @property
    def left(self) -> Decimal:
        return self.paid - self.refunded


def order_refund_rows(order) -> list[LineRefundRow]:
    """Each line of a paid order with what was paid and refunded on it (for the authority's refund form); empty
    when the order has no paid card payment. A fixed number of queries whatever the number of lines."""
    from ledger.selectors import refunded_by_line

    if paid_payment_of(order) is None:
        return []
    refunded = refunded_by_line(order)
    return [
        LineRefundRow(line, line.line_price_incl_tax.quantize(BAISA), refunded.get(line.pk, Decimal("0.000")))
        for line in order.lines.order_by("pk")
    ]
