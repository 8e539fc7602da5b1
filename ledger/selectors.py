"""Reads of the artisans' ledger.

Sums are made in Python over exact Decimals: SQLite computes SUM() over decimal columns in floating point
(0.1 + 0.2 style errors), and a ledger must be exact to the baisa on every database.
"""

from decimal import Decimal

from .models import LedgerEntry


def exact_sum(entries) -> Decimal:
    return sum(entries.values_list("amount", flat=True), Decimal("0.000"))


def line_total(line, kind: str) -> Decimal:
    return exact_sum(LedgerEntry.objects.filter(line=line, kind=kind))


def line_refunded(line) -> Decimal:
    return -line_total(line, LedgerEntry.Kind.REFUND)


def artisan_balance(artisan, *, settled: bool | None = None) -> Decimal:
    """What the marketplace owes the artisan (all entries, or only the settled or unsettled ones)."""
    entries = LedgerEntry.objects.filter(artisan=artisan)
    if settled is not None:
        entries = entries.filter(settlement__isnull=not settled)
    return exact_sum(entries)


def refunded_by_line(order) -> dict[int, Decimal]:
    """What was refunded on each line of an order, in one query: {line id: amount}."""
    refunded: dict[int, Decimal] = {}
    entries = LedgerEntry.objects.filter(order=order, kind=LedgerEntry.Kind.REFUND, line__isnull=False)
    for line_id, amount in entries.values_list("line_id", "amount"):
        refunded[line_id] = refunded.get(line_id, Decimal("0.000")) - amount
    return refunded
