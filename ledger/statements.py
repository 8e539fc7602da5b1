"""Settlement statements for artisans, in both languages (HTML) and as CSV, and the bank-transfer file: the
files a settlement is read into. The services (`settlement_run_monthly`) call them; nothing here writes to the
ledger, so this module imports nothing from `services`."""

from __future__ import annotations

import io
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from django.template.loader import render_to_string
from django.utils import translation

from marketplace.private_files import private_file_ensure, private_file_save
from marketplace.spreadsheets import safe_csv_writer

from .models import LedgerEntry, PayoutAccount, Settlement


@dataclass(frozen=True)
class TransferLine:
    registry_number: str
    account_holder: str
    iban: str
    amount: Decimal
    reference: str


def bank_transfer_file(settlement: Settlement) -> str:
    """The settlement's transfers as CSV for the bank: one line per artisan owed a positive amount. Artisans with no
    payout account are listed with an empty IBAN, for the authority to complete before sending; so are those whose
    details were changed after the run and now wait for the authority's confirmation: a held IBAN is never written."""
    out = io.StringIO()
    writer = safe_csv_writer(out)
    writer.writerow(["registry_number", "account_holder", "iban", "amount_omr", "reference"])
    accounts = {
        a.artisan_id: a
        for a in PayoutAccount.objects.filter(artisan__statements__settlement=settlement, held_since__isnull=True)
    }
    for statement in settlement.statements.select_related("artisan").order_by("artisan__registry_number"):
        if statement.total <= 0:
            continue
        account = accounts.get(statement.artisan_id)
        writer.writerow(
            [
                statement.artisan.registry_number,
                account.account_holder if account else statement.artisan.name_en or statement.artisan.name_ar,
                account.iban if account else "",
                f"{statement.total:.3f}",
                f"{settlement.reference}-{statement.artisan.registry_number}",
            ]
        )
    return out.getvalue()


def statement_entries(statement):
    return (
        LedgerEntry.objects.filter(settlement=statement.settlement, artisan=statement.artisan)
        .select_related("order")
        .order_by("created_at", "pk")
    )


def statement_csv(statement) -> str:
    out = io.StringIO()
    writer = safe_csv_writer(out)
    writer.writerow(["date", "order", "kind", "memo", "amount_omr"])
    for entry in statement_entries(statement):
        writer.writerow(
            [
                entry.created_at.date().isoformat(),
                entry.order.number if entry.order else "",
                entry.kind,
                entry.memo,
                f"{entry.amount:.3f}",
            ]
        )
    writer.writerow(["", "", "total", "", f"{statement.total:.3f}"])
    return out.getvalue()


def statement_html(statement, language: str) -> str:
    with translation.override(language):
        return render_to_string(
            "ledger/statement.html",
            {
                "statement": statement,
                "entries": statement_entries(statement),
                "LANGUAGE_CODE": language,
                "LANGUAGE_BIDI": language == "ar",
            },
        )


def write_statements(settlement: Settlement, folder: Path) -> list[Path]:
    written = []
    for statement in settlement.statements.select_related("artisan", "settlement"):
        stem = folder / f"{settlement.reference}-{statement.artisan.registry_number}"
        for language in ("ar", "en"):
            path = stem.with_name(f"{stem.name}-{language}.html")
            path.write_text(statement_html(statement, language))
            written.append(path)
        path = stem.with_name(f"{stem.name}.csv")
        path.write_text(statement_csv(statement))
        written.append(path)
    return written


# --- The files kept for each settlement, in the private storage (see marketplace/private_files.py) ---------------


def settlement_folder(settlement: Settlement) -> str:
    return f"settlements/{settlement.reference}"


def statement_csv_name(statement) -> str:
    return f"{statement.settlement.reference}-{statement.artisan.registry_number}.csv"


def statement_csv_bytes(statement) -> bytes:
    # The byte-order mark lets spreadsheet programs read the Arabic in it as UTF-8.
    return ("\ufeff" + statement_csv(statement)).encode()


def statement_csv_file(statement) -> str:
    """The statement's CSV in the private storage (made the first time it is asked for; a settled statement never
    changes)."""
    name = f"{settlement_folder(statement.settlement)}/{statement_csv_name(statement)}"
    return private_file_ensure(name, lambda: statement_csv_bytes(statement))


def bank_transfer_file_name(settlement: Settlement) -> str:
    return f"{settlement.reference}-bank-transfers.csv"


def bank_transfer_file_stored(settlement: Settlement) -> str:
    name = f"{settlement_folder(settlement)}/{bank_transfer_file_name(settlement)}"
    return private_file_ensure(name, lambda: bank_transfer_file(settlement).encode())


def settlement_files_store(settlement: Settlement) -> list[str]:
    """Keep the settlement's files in the private storage: each artisan's statement (HTML in Arabic and English,
    CSV) and the bank-transfer file. Run again, it writes them afresh."""
    folder = settlement_folder(settlement)
    stored = []
    for statement in settlement.statements.select_related("artisan", "settlement"):
        stem = f"{folder}/{settlement.reference}-{statement.artisan.registry_number}"
        for language in ("ar", "en"):
            stored.append(private_file_save(f"{stem}-{language}.html", statement_html(statement, language).encode()))
        stored.append(private_file_save(f"{stem}.csv", statement_csv_bytes(statement)))
    stored.append(
        private_file_save(f"{folder}/{bank_transfer_file_name(settlement)}", bank_transfer_file(settlement).encode())
    )
    return stored
