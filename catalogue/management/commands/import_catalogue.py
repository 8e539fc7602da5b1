import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from catalogue.importing import KINDS, catalogue_import

# The format a file's name announces; a file with another name is told by its first line.
FORMAT_BY_SUFFIX = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl"}


class Command(BaseCommand):
    help = (
        "Import artisans, design deposits and products from a JSON Lines file, or artisans from a CSV file. The "
        "whole file is checked first: if any line is wrong nothing is written and every problem is listed. Records "
        "are matched by registry number, deposit number and SKU, so importing a file twice changes nothing the "
        "second time. A .csv file (UTF-8) has a header row naming its columns: registry_number, name_en, name_ar, "
        "gender, birth_year, governorate, wilayat (or wilayat_en and wilayat_ar), crafts, full_time, bio_en, bio_ar, "
        "seller_type and, optionally, kind (artisan). crafts lists craft slugs separated by ';' (pottery;palm_frond), "
        "full_time is true/false, yes/no or 1/0, and an empty cell is an absent value. Any other file is read as "
        "JSON Lines if its first line starts with '{' or '[', as CSV otherwise."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("path", help="the .jsonl file, or .csv file of artisans, to import")
        parser.add_argument("--dry-run", action="store_true", help="check and count, then write nothing")
        parser.add_argument("--language", choices=["en", "ar"], default="en", help="the language of the report")

    def handle(self, *args, path: str, dry_run: bool, language: str, **options) -> None:
        translation.activate(language)
        file_path = Path(path)
        if not file_path.is_file():
            raise CommandError(_("There is no file at %(path)s.") % {"path": path})
        started = time.monotonic()
        with file_path.open("rb") as stream:
            report = catalogue_import(stream, dry_run=dry_run, format=FORMAT_BY_SUFFIX.get(file_path.suffix.lower()))
        for warning in report.warnings:
            self.stderr.write(_("warning: %(warning)s") % {"warning": warning})
        if not report.ok:
            for problem in report.problems:
                self.stderr.write(str(problem))
            raise CommandError(
                _("%(count)s problem(s) found in %(path)s; nothing was imported.")
                % {"count": len(report.problems), "path": path}
            )
        labels = {"artisan": _("artisans"), "design_deposit": _("design deposits"), "product": _("products")}
        for kind in KINDS:
            counts = report.counts[kind]
            self.stdout.write(
                _("%(kind)s: %(created)s created, %(updated)s updated, %(unchanged)s unchanged")
                % {
                    "kind": labels[kind],
                    "created": counts.created,
                    "updated": counts.updated,
                    "unchanged": counts.unchanged,
                }
            )
        elapsed = time.monotonic() - started
        if dry_run:
            self.stdout.write(_("Dry run: nothing was written (%(seconds).1f s).") % {"seconds": elapsed})
        else:
            self.stdout.write(self.style.SUCCESS(_("Imported in %(seconds).1f s.") % {"seconds": elapsed}))
