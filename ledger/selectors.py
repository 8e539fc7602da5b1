"""Reads of the artisans' ledger.

Sums are made in Python over exact Decimals: SQLite computes SUM() over decimal columns in floating point
(0.1 + 0.2 style errors), and a ledger must be exact to the baisa on every database.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import QuerySet

from .models import LedgerEntry, PayoutAccount, SettlementStatement


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


# --- The workshop: an artisan's own bank details and statements --------------------------------------------------

MASK = "•"


def iban_masked(iban: str) -> str:
    """The IBAN as it may be shown or recorded: the country, then only the last 4 characters, in groups of 4
    ("OM•• •••• •••• •••• •••3 456"). The full IBAN is never shown again once saved."""
    compact = "".join(iban.split()).upper()
    if len(compact) <= 6:
        return MASK * len(compact)
    masked = compact[:2] + MASK * (len(compact) - 6) + compact[-4:]
    return " ".join(masked[i : i + 4] for i in range(0, len(masked), 4))


@dataclass(frozen=True)
class MaskedPayoutAccount:
    """What pages, e-mails and the audit trail may know of a payout account."""

    account_holder: str
    bank: str
    iban: str

    def as_dict(self) -> dict:
        return {"account_holder": self.account_holder, "bank": self.bank, "iban": self.iban}


def payout_account_masked(account: PayoutAccount | None) -> MaskedPayoutAccount | None:
    if account is None:
        return None
    return MaskedPayoutAccount(account.account_holder, account.bank, iban_masked(account.iban))


def payout_account_of(artisan) -> PayoutAccount | None:
    return PayoutAccount.objects.filter(artisan=artisan).first()


def payout_accounts_held() -> QuerySet:
    """Bank details waiting for a reviewer's confirmation, longest held first."""
    return (
        PayoutAccount.objects.filter(held_since__isnull=False)
        .select_related("artisan", "artisan__partner")
        .prefetch_related("artisan__partner__users")
        .order_by("held_since", "pk")
    )


def artisan_statements(artisan) -> QuerySet:
    """The artisan's settlement statements, newest first, with their settlement (one query)."""
    return (
        SettlementStatement.objects.filter(artisan=artisan)
        .select_related("settlement")
        .order_by("-settlement__period_end", "-settlement__created_at", "-pk")
    )


def artisan_statement(artisan, *, pk: int) -> SettlementStatement | None:
    """One statement, only if it is this artisan's."""
    return SettlementStatement.objects.filter(artisan=artisan, pk=pk).select_related("settlement", "artisan").first()
