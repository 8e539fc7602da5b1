"""Settlement statements for artisans, in both languages (HTML) and as CSV."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from django.template.loader import render_to_string
from django.utils import translation

from .models import LedgerEntry, Settlement


def statement_entries(statement):
    return (
        LedgerEntry.objects.filter(settlement=statement.settlement, artisan=statement.artisan)
        .select_related("order")
        .order_by("created_at", "pk")
    )


def statement_csv(statement) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
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
