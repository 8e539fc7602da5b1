"""The artisans' ledger: what each artisan is owed for paid lines, less commission, reversed by refunds, settled by
period; money is conserved to the baisa."""

from datetime import timedelta
from decimal import ROUND_DOWN, Decimal
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from oscar.core.loading import get_model

from ledger.models import CommissionRate, LedgerEntry, PayoutAccount, Settlement
from ledger.selectors import artisan_balance, line_total
from ledger.services import (
    ledger_add_correction,
    ledger_record_refund,
    ledger_record_sale,
    settlement_run,
)
from ledger.statements import bank_transfer_file
from payments.models import Payment
from payments.services import payment_refund
from tests.downloads import download
from tests.factories import UserFactory, craft
from tests.payments.test_checkout import place

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")


@pytest.fixture
def paid_order(buyer, two_artisans_products):
    place(buyer, *two_artisans_products)
    payment = Payment.objects.get()
    buyer.pay(payment)
    buyer.come_back(payment)
    return Order.objects.get(), two_artisans_products


def test_a_paid_order_owes_each_artisan_their_lines_less_commission(paid_order):
    order, (jar, water_jar) = paid_order
    assert artisan_balance(jar.artisan) == Decimal("12.340") - Decimal("1.234")
    assert artisan_balance(water_jar.artisan) == Decimal("7.500") - Decimal("0.750")
    # Recording the sale again (a second notice) adds nothing
    assert ledger_record_sale(order) == 0
    assert LedgerEntry.objects.count() == 4


def test_the_artisans_rate_wins_over_the_crafts(buyer, two_artisans_products):
    jar, water_jar = two_artisans_products
    CommissionRate.objects.create(craft=craft("pottery"), rate=Decimal("0.0500"))
    CommissionRate.objects.create(artisan=water_jar.artisan, rate=Decimal("0.0000"))
    place(buyer, jar, water_jar)
    payment = Payment.objects.get()
    buyer.pay(payment)
    buyer.come_back(payment)
    assert artisan_balance(jar.artisan) == Decimal("12.340") - Decimal("0.617")
    assert artisan_balance(water_jar.artisan) == Decimal("7.500")


def test_a_line_refund_reverses_the_sale_and_returns_the_commission(paid_order):
    order, (jar, water_jar) = paid_order
    line = order.lines.get(partner=water_jar.artisan.partner)
    payment_refund(payment=Payment.objects.get(), amount=Decimal("7.500"), key="r1", line=line)
    assert artisan_balance(water_jar.artisan) == 0
    assert artisan_balance(jar.artisan) == Decimal("11.106")


def test_partial_refunds_of_a_line_add_up_to_the_whole(paid_order):
    order, (jar, _) = paid_order
    line = order.lines.get(partner=jar.artisan.partner)
    payment = Payment.objects.get()
    for number, amount in enumerate(["3.330", "3.330", "5.680"]):
        payment_refund(payment=payment, amount=Decimal(amount), key=f"p{number}", line=line)
    assert artisan_balance(jar.artisan) == 0


class _Rollback(Exception):
    """Raised at the end of each example to undo what it wrote, back to the paid order of the fixture."""


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    gross=st.integers(min_value=1, max_value=10**6).map(lambda steps: Decimal(steps) * Decimal("0.010")),
    rate=st.integers(min_value=0, max_value=10_000).map(lambda r: Decimal(r) / 10_000),
    cuts=st.lists(st.integers(min_value=1, max_value=1000), min_size=0, max_size=4),
    to_the_end=st.booleans(),
)
def test_commission_and_refunds_conserve_money(paid_order, gross, rate, cuts, to_the_end):
    """The ledger's own functions, for any line price, commission rate and refunds in 10-baisa steps: what the artisan
    is owed, what the authority keeps and what was refunded add up to what the buyer paid, to the baisa; the
    authority never keeps more commission than it charged, nor a negative amount; a full refund leaves nothing."""
    order, (jar, _) = paid_order
    line = order.lines.get(partner=jar.artisan.partner)
    try:
        with transaction.atomic():
            # Given the line sold at `gross` to an artisan whose commission rate is `rate`
            LedgerEntry.objects.filter(line=line).delete()
            order.lines.filter(pk=line.pk).update(line_price_incl_tax=gross, line_price_excl_tax=gross)
            line.refresh_from_db()
            CommissionRate.objects.update_or_create(artisan=jar.artisan, defaults={"rate": rate})
            ledger_record_sale(order)
            commission = -line_total(line, LedgerEntry.Kind.COMMISSION)
            # When it is refunded in parts that add up to at most the whole
            total_cut = sum(cuts) or 1
            refunds = [(gross * cut / total_cut).quantize(Decimal("0.01"), rounding=ROUND_DOWN) for cut in cuts]
            if refunds and to_the_end:
                refunds[-1] += gross - sum(refunds)  # the last refund takes the rest: a full refund
            refunded = Decimal("0.000")
            for number, amount in enumerate(r for r in refunds if r > 0):
                ledger_record_refund(order=order, line=line, amount=amount, key=f"example-{number}")
                refunded += amount
            # Then money is conserved, and the commission kept stays between nothing and what was charged
            share = artisan_balance(jar.artisan)
            kept = -(
                line_total(line, LedgerEntry.Kind.COMMISSION) + line_total(line, LedgerEntry.Kind.COMMISSION_REVERSAL)
            )
            assert share + kept + refunded == gross
            assert Decimal("0.000") <= kept <= commission
            assert share >= 0
            # and the artisan keeps their share of what was not refunded, whatever the order of the refunds: the
            # commission follows the refunds in proportion, to within the baisa of rounding
            assert abs(share - (gross - refunded) * (1 - rate)) <= Decimal("0.001")
            if refunded == gross:
                assert share == 0 and kept == 0
            raise _Rollback
    except _Rollback:
        pass


def test_a_settlement_closes_what_is_owed_up_to_its_date(paid_order, tmp_path):
    order, (jar, water_jar) = paid_order
    PayoutAccount.objects.create(
        artisan=jar.artisan, account_holder="Aisha Al Harthi", bank="Bank Muscat", iban="OM810180000001299123456"
    )
    settlement = settlement_run(period_end=timezone.now() + timedelta(seconds=1))
    assert {s.artisan_id: s.total for s in settlement.statements.all()} == {
        jar.artisan.pk: Decimal("11.106"),
        water_jar.artisan.pk: Decimal("6.750"),
    }
    assert not LedgerEntry.objects.filter(settlement__isnull=True).exists()
    transfers = bank_transfer_file(settlement).splitlines()
    assert transfers[0] == "registry_number,account_holder,iban,amount_omr,reference"
    assert any("OM810180000001299123456,11.106" in row for row in transfers)
    assert any(row.startswith(water_jar.artisan.registry_number) and ",," in row for row in transfers)
    # A second run has nothing left to settle
    assert not settlement_run(period_end=timezone.now() + timedelta(seconds=1), reference="S-2").statements.exists()


def test_a_settled_entry_cannot_change_and_is_corrected_by_a_new_one(paid_order):
    order, (jar, _) = paid_order
    settlement_run(period_end=timezone.now() + timedelta(seconds=1))
    entry = LedgerEntry.objects.filter(artisan=jar.artisan).first()
    entry.amount = Decimal("999.000")
    with pytest.raises(ValidationError):
        entry.save()
    with pytest.raises(ValidationError):
        entry.delete()
    assert ledger_add_correction(artisan=jar.artisan, amount=Decimal("-1.000"), memo="damaged in transit", key="c1")
    assert not ledger_add_correction(artisan=jar.artisan, amount=Decimal("-1.000"), memo="again", key="c1")
    assert artisan_balance(jar.artisan, settled=False) == Decimal("-1.000")


def test_the_settle_command_writes_statements_in_both_languages_and_the_transfer_file(paid_order, tmp_path):
    order, (jar, _) = paid_order
    LedgerEntry.objects.update(created_at=timezone.now() - timedelta(days=2))
    yesterday = (timezone.localdate() - timedelta(days=1)).isoformat()
    out, folder = StringIO(), tmp_path / "settlement"
    call_command("settle", "--to", yesterday, "--out", str(folder), stdout=out)
    assert "2 artisans" in out.getvalue()
    files = sorted(p.name for p in folder.iterdir())
    assert len(files) == 7  # 2 artisans x (ar, en, csv) + the transfer file
    arabic = next(folder.glob(f"*{jar.artisan.registry_number}-ar.html")).read_text()
    assert 'dir="rtl"' in arabic and "\u200f11.106\xa0ر.ع." in arabic
    english = next(folder.glob(f"*{jar.artisan.registry_number}-en.html")).read_text()
    assert "OMR 11.106" in english and order.number in english
    rows = next(folder.glob(f"*{jar.artisan.registry_number}.csv")).read_text().splitlines()
    assert rows[-1].endswith("total,,11.106")


@pytest.mark.parametrize("day", ["2026-13-01", "yesterday", "9999-01-01"])
def test_the_settle_command_refuses_a_bad_or_unfinished_period(day, tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("settle", "--to", day, "--out", str(tmp_path))


@pytest.mark.parametrize(
    "url",
    [
        "/django-admin/ledger/ledgerentry/",
        "/django-admin/ledger/commissionrate/",
        "/django-admin/ledger/settlement/",
        "/django-admin/ledger/payoutaccount/",
        "/django-admin/checkout/restrictionrule/",
        "/django-admin/payments/exchangerate/",
    ],
)
def test_the_authority_keeps_its_tables_in_the_admin(url):
    from django.test import Client

    from tests.factories import UserFactory

    staff = Client()
    staff.force_login(UserFactory(is_staff=True, is_superuser=True))
    assert staff.get(url).status_code == 200
    assert Client().get(url).status_code == 302


# --- The settlement's files, kept in the private storage ---------------------------------------------------------


def settle_yesterday(stdout=None):
    LedgerEntry.objects.update(created_at=timezone.now() - timedelta(days=2))
    call_command("settle", "--to", (timezone.localdate() - timedelta(days=1)).isoformat(), stdout=stdout or StringIO())
    return Settlement.objects.get()


def test_the_settle_command_keeps_the_statements_and_the_transfer_file_in_the_private_storage(paid_order):
    from django.core.files.storage import storages

    order, (jar, _) = paid_order
    out = StringIO()

    settlement = settle_yesterday(out)

    folder = f"settlements/{settlement.reference}"
    _dirs, files = storages["private"].listdir(folder)
    assert len(files) == 7  # 2 artisans x (ar, en, csv) + the transfer file
    assert f"{settlement.reference}-bank-transfers.csv" in files
    assert "7 files kept in" in out.getvalue()


@pytest.fixture
def officer_with_personal_data():
    from django.contrib.auth.models import Permission

    user = UserFactory(is_staff=True)
    user.user_permissions.add(
        Permission.objects.get(codename="view_personal_data"), Permission.objects.get(codename="view_settlement")
    )
    client = Client()
    client.force_login(user)
    return client


def test_the_bank_transfer_file_is_handed_to_officers_allowed_personal_data_through_a_signed_link(
    paid_order, officer_with_personal_data
):
    order, (jar, _) = paid_order
    PayoutAccount.objects.create(
        artisan=jar.artisan, account_holder="Aisha Al Harthi", bank="Bank Muscat", iban="OM810180000001299123456"
    )
    settlement = settle_yesterday()

    page = officer_with_personal_data.get(f"/django-admin/ledger/settlement/{settlement.pk}/change/")
    transfers = download(officer_with_personal_data, f"/django-admin/ledger/settlement/{settlement.pk}/bank-transfers/")

    assert f"{settlement.reference}-bank-transfers.csv" in page.content.decode()
    assert "OM810180000001299123456,11.106" in transfers.content.decode()
    assert transfers.disposition == f'attachment; filename="{settlement.reference}-bank-transfers.csv"'


def test_staff_not_allowed_personal_data_never_see_the_bank_transfer_file(paid_order):
    from django.contrib.auth.models import Permission

    settlement = settle_yesterday()
    clerk = UserFactory(is_staff=True)
    clerk.user_permissions.add(Permission.objects.get(codename="view_settlement"))
    client = Client()
    client.force_login(clerk)

    page = client.get(f"/django-admin/ledger/settlement/{settlement.pk}/change/")
    download_attempt = client.get(f"/django-admin/ledger/settlement/{settlement.pk}/bank-transfers/")

    assert page.status_code == 200 and "bank-transfers.csv" not in page.content.decode()
    assert download_attempt.status_code == 403
    assert Client().get(f"/django-admin/ledger/settlement/{settlement.pk}/bank-transfers/").status_code == 302
