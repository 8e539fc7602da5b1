"""Writes of the artisans' ledger: a paid order's lines become the artisans' sales minus the authority's commission;
refunds reverse them; a settlement run closes what is owed up to a date. Entries are only added, never changed once
settled, and each business event is recorded once (`source_key`), so repeating a notice changes nothing."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from marketplace.mail import email_subject
from marketplace.money import quantize_baisa

from .models import CommissionRate, LedgerEntry, PayoutAccount, Settlement, SettlementStatement
from .selectors import line_total
from .statements import settlement_files_store


def commission_rate_for(artisan, craft_id: int | None) -> Decimal:
    """The artisan's own rate, else the craft's, else COMMISSION_DEFAULT_RATE."""
    own = CommissionRate.objects.filter(artisan=artisan).values_list("rate", flat=True).first()
    if own is not None:
        return own
    craft = (
        CommissionRate.objects.filter(craft_id=craft_id).values_list("rate", flat=True).first() if craft_id else None
    )
    return craft if craft is not None else Decimal(settings.COMMISSION_DEFAULT_RATE)


def _add(**fields) -> bool:
    try:
        with transaction.atomic():
            LedgerEntry.objects.create(**fields)
        return True
    except IntegrityError:
        return False  # already recorded


def _line_parts(order):
    from artisans.models import Artisan

    lines = list(order.lines.select_related("product"))
    artisans = {a.partner_id: a for a in Artisan.objects.filter(partner_id__in={line.partner_id for line in lines})}
    return [(line, artisans[line.partner_id]) for line in lines if line.partner_id in artisans]


def ledger_record_sale(order) -> int:
    """For each line of a paid order: the artisan's sale (what the buyer paid for it) and the authority's
    commission on it, to the baisa. Returns how many entries were added (0 when already recorded)."""
    added = 0
    for line, artisan in _line_parts(order):
        gross = line.line_price_incl_tax.quantize(Decimal("0.001"))
        rate = commission_rate_for(artisan, getattr(line.product, "craft_id", None))
        commission = quantize_baisa(gross * rate)
        added += _add(
            artisan=artisan,
            order=order,
            line=line,
            kind=LedgerEntry.Kind.SALE,
            amount=gross,
            source_key=f"sale:{line.pk}",
            memo=line.title[:200],
        )
        added += _add(
            artisan=artisan,
            order=order,
            line=line,
            kind=LedgerEntry.Kind.COMMISSION,
            amount=-commission,
            source_key=f"commission:{line.pk}",
            memo=f"{rate:.2%}",
        )
    return added


def ledger_record_refund(*, order, line, amount: Decimal, key: str) -> None:
    """A refund of `amount` on `line`: the artisan's sale is reduced by it, and the commission on it returned in
    proportion (so that a full refund brings the line's total back to zero exactly)."""
    from artisans.models import Artisan

    artisan = Artisan.objects.get(partner_id=line.partner_id)
    sold = line_total(line, LedgerEntry.Kind.SALE)
    if not sold:
        return  # never recorded as a sale (the order was never paid): nothing to reverse
    charged = -line_total(line, LedgerEntry.Kind.COMMISSION)
    refunded_before = -line_total(line, LedgerEntry.Kind.REFUND)
    returned_before = line_total(line, LedgerEntry.Kind.COMMISSION_REVERSAL)
    refunded_now = refunded_before + amount
    # Commission returned so far is proportional to what is refunded so far; the last refund returns the rest.
    returned_total = charged if refunded_now >= sold else quantize_baisa(charged * refunded_now / sold)
    _add(
        artisan=artisan,
        order=order,
        line=line,
        kind=LedgerEntry.Kind.REFUND,
        amount=-amount,
        source_key=f"refund:{key}",
        memo=line.title[:200],
    )
    _add(
        artisan=artisan,
        order=order,
        line=line,
        kind=LedgerEntry.Kind.COMMISSION_REVERSAL,
        amount=returned_total - returned_before,
        source_key=f"commission-reversal:{key}",
    )


def ledger_add_correction(*, artisan, amount: Decimal, memo: str, key: str) -> bool:
    """The authority's correction of a mistake: a new entry, never an edit."""
    return _add(
        artisan=artisan,
        kind=LedgerEntry.Kind.CORRECTION,
        amount=quantize_baisa(amount),
        memo=memo[:200],
        source_key=f"correction:{key}",
    )


@transaction.atomic
def settlement_run(*, period_end, reference: str | None = None) -> Settlement:
    """Settle every unsettled entry made before `period_end`: one statement per artisan with entries, the entries
    closed for good. Entries made later wait for the next run, and so do those of an artisan whose bank details are
    held (see `payout_account_save`)."""
    settlement = Settlement.objects.create(
        period_end=period_end, reference=reference or f"S-{timezone.now():%Y%m%d%H%M%S}"
    )
    # An artisan whose bank details wait for the authority's confirmation is not paid: their entries stay open and
    # are settled by the first run after the confirmation.
    held = PayoutAccount.objects.filter(held_since__isnull=False).values("artisan_id")
    pending = (
        LedgerEntry.objects.select_for_update()
        .filter(settlement__isnull=True, created_at__lt=period_end)
        .exclude(artisan_id__in=held)
    )
    totals = defaultdict(Decimal)
    for artisan_id, amount in pending.values_list("artisan_id", "amount"):
        totals[artisan_id] += amount
    pending.update(settlement=settlement)
    SettlementStatement.objects.bulk_create(
        SettlementStatement(settlement=settlement, artisan_id=artisan_id, total=total)
        for artisan_id, total in sorted(totals.items())
    )
    return settlement


def monthly_settlement_reference(period_end) -> str:
    """S-2026-11 for the settlement of November 2026 (its period ends at midnight, Muscat time, on 1 December)."""
    last_day = timezone.localtime(period_end) - timedelta(days=1)
    return f"S-{last_day:%Y-%m}"


def settlement_run_monthly(*, now=None) -> Settlement | None:
    """The month's settlement, once its month is over: everything unsettled up to the 1st of this month (Muscat
    time) is settled under the reference S-YYYY-MM, and the statements and the bank-transfer file are kept in the
    private storage. Does nothing when that month is already settled, so the worker may ask every hour, and two
    workers asking at once settle it once (the reference is unique)."""
    local_now = timezone.localtime(now or timezone.now())
    period_end = local_now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    reference = monthly_settlement_reference(period_end)
    if Settlement.objects.filter(reference=reference).exists():
        return None
    try:
        settlement = settlement_run(period_end=period_end, reference=reference)
    except IntegrityError:  # another worker settled this month a moment ago
        return None
    settlement_files_store(settlement)
    return settlement


# --- Bank details, kept by the artisan in the workshop ----------------------------------------------------------


class PayoutAccountChangeRefused(Exception):
    """Bank details already on file are only changed by someone who has just given their password again."""


@transaction.atomic
def payout_account_save(
    *,
    artisan,
    actor,
    account_holder: str,
    bank: str,
    iban: str,
    reauthenticated: bool = False,
    by_authority: bool = False,
) -> PayoutAccount:
    """Create or change the artisan's bank details (`iban` already normalised and checked). Changing details on
    file needs `reauthenticated` (the actor just gave their password again); otherwise PayoutAccountChangeRefused.
    Each creation or change is audited with masked values only, and the artisan's managers are e-mailed once the
    change is committed, so an unexpected change is noticed. Saving the same details again changes nothing.
    A waiting, rejected or suspended artisan's managers change nothing; the authority (`by_authority`, the Django
    admin) may still correct them."""
    from artisans.models import Artisan
    from artisans.services import artisan_check_may_change
    from audit.services import audit_record

    from .selectors import payout_account_masked

    artisan = Artisan.objects.select_for_update().get(pk=artisan.pk)  # one save at a time per artisan
    if not by_authority:
        artisan_check_may_change(artisan)
    account = PayoutAccount.objects.filter(artisan=artisan).first()
    if account is not None and not reauthenticated:
        raise PayoutAccountChangeRefused
    new = {"account_holder": account_holder, "bank": bank, "iban": iban}
    if account is not None and all(getattr(account, field) == value for field, value in new.items()):
        return account
    before = payout_account_masked(account)
    was_held = account is not None and account.held_since is not None
    iban_changed = account is not None and account.iban != iban
    account = account or PayoutAccount(artisan=artisan)
    for field, value in new.items():
        setattr(account, field, value)
    changed_at = timezone.now()
    account.changed_at = changed_at
    # Details saved in the days after a new manager joined are held until a reviewer confirms them: the way an
    # account that joined with someone else's registry number would send the artisan's money elsewhere. Once held,
    # details stay held until confirmed, however long after they are changed again.
    if not was_held and payout_hold_applies(artisan, at=changed_at):
        account.held_since = changed_at
    account.full_clean()
    account.save()
    after = payout_account_masked(account)
    notes = ["The IBAN changed; only its last 4 characters are recorded."] if iban_changed else []
    if account.held_since is not None:
        notes.append("Payouts held until the authority confirms these details.")
    audit_record(
        actor=actor,
        action="bank.changed" if before else "bank.created",
        target=account,
        artisan=artisan,
        before={**before.as_dict(), "held": was_held} if before else None,
        after={**after.as_dict(), "held": account.held_since is not None},
        # Two IBANs ending in the same 4 characters mask alike: say so, without recording either in full.
        note=" ".join(notes),
    )
    held = account.held_since is not None
    transaction.on_commit(
        lambda: payout_account_send_notice(
            artisan_id=artisan.pk, actor=actor, before=before, after=after, changed_at=changed_at, held=held
        ),
        robust=True,
    )
    return account


def payout_hold_applies(artisan, *, at) -> bool:
    """Whether bank details saved at `at` are held: a manager joined the artisan less than
    PAYOUT_HOLD_DAYS_AFTER_NEW_MANAGER days before."""
    added = artisan.manager_added_at
    return added is not None and at - added < timedelta(days=settings.PAYOUT_HOLD_DAYS_AFTER_NEW_MANAGER)


@transaction.atomic
def payout_account_confirm(*, account: PayoutAccount, reviewer) -> PayoutAccount:
    """A reviewer has checked held bank details with the artisan (outside the site): payouts to them resume with the
    next settlement. Audited, with masked values only."""
    from audit.services import audit_record

    from .selectors import payout_account_masked

    account = PayoutAccount.objects.select_for_update().select_related("artisan").get(pk=account.pk)
    if account.held_since is None:
        raise PayoutAccountChangeRefused("These bank details are not held.")
    held_since = account.held_since
    account.held_since = None
    account.confirmed_by, account.confirmed_at = reviewer, timezone.now()
    account.save(update_fields=["held_since", "confirmed_by", "confirmed_at"])
    masked = payout_account_masked(account).as_dict()
    audit_record(
        actor=reviewer,
        action="bank.confirmed",
        target=account,
        artisan=account.artisan,
        before={**masked, "held": True, "held_since": held_since.isoformat()},
        after={**masked, "held": False},
    )
    return account


def payout_account_send_notice(*, artisan_id: int, actor, before, after, changed_at, held: bool = False) -> int:
    """E-mail each manager of the artisan that its bank details were added or changed (masked values only), Arabic
    first, then English, in one message. Returns how many e-mails were sent."""
    from django.core.mail import EmailMessage, get_connection
    from django.template.loader import render_to_string
    from django.utils import translation

    from artisans.models import Artisan

    artisan = Artisan.objects.select_related("partner").get(pk=artisan_id)
    recipients = sorted(set(artisan.partner.users.exclude(email="").values_list("email", flat=True)))
    if not recipients:
        return 0
    subjects, bodies = [], []
    by_staff = bool(getattr(actor, "is_staff", False))
    who = "" if by_staff or actor is None else (actor.get_full_name() or actor.email or actor.get_username())
    context = {
        "artisan": artisan,
        "before": before,
        "after": after,
        "who": who,
        "by_staff": by_staff,
        "at": changed_at,
        "held": held,
    }
    for language in ("ar", "en"):
        with translation.override(language):
            subject = render_to_string("ledger/workshop/bank_notice_subject.txt", context)
            subjects.append(" ".join(subject.split()))
            bodies.append(render_to_string("ledger/workshop/bank_notice_email.txt", context).strip())
    subject, body = email_subject(" · ".join(subjects)), "\n\n— — —\n\n".join(bodies) + "\n"
    messages = [EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [address]) for address in recipients]
    return get_connection().send_messages(messages) or 0
