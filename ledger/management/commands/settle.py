from datetime import datetime, time, timedelta
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from ledger.services import settlement_run
from ledger.statements import (
    bank_transfer_file,
    bank_transfer_file_name,
    settlement_files_store,
    settlement_folder,
    write_statements,
)


class Command(BaseCommand):
    help = (
        "Settle with the artisans: close every unsettled ledger entry made up to the end of --to, and write a "
        "statement per artisan (HTML in Arabic and English, CSV) and the bank-transfer file, kept in the private file "
        "storage (object storage in production) and, with --out, also written into that folder."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--to", required=True, help="last day of the period (included), YYYY-MM-DD")
        parser.add_argument("--out", help="a folder to write a copy of the statements and the transfer file into")

    def handle(self, *args, to: str, out: str | None, **options) -> None:
        try:
            day = datetime.strptime(to, "%Y-%m-%d").date()
        except ValueError:
            raise CommandError(f"“{to[:20]}” is not a date like 2026-11-30") from None
        period_end = timezone.make_aware(datetime.combine(day + timedelta(days=1), time.min))
        if period_end > timezone.now():
            raise CommandError("The period must be over before it is settled.")
        settlement = settlement_run(period_end=period_end)
        stored = settlement_files_store(settlement)
        self.stdout.write(
            f"{settlement.reference}: {settlement.statements.count()} artisans, {len(stored)} files kept in "
            f"{settlement_folder(settlement)}/ of the private storage"
        )
        if out:
            folder = Path(out)
            folder.mkdir(parents=True, exist_ok=True)
            written = write_statements(settlement, folder)
            (folder / bank_transfer_file_name(settlement)).write_text(bank_transfer_file(settlement))
            self.stdout.write(f"{len(written) + 1} files written into {folder}")
