from django.core.management.base import BaseCommand, CommandError

from search import indexing
from search.engine import SearchUnavailable

KINDS = ("products", "artisans", "stories")


class Command(BaseCommand):
    help = (
        "--rebuild: fill new indexes from the database and switch the aliases to them in one step (searches keep "
        "working meanwhile). --check: list products, artisans and stories missing from, stale in, or wrongly in the "
        "index."
    )

    def add_arguments(self, parser) -> None:
        action = parser.add_mutually_exclusive_group(required=True)
        action.add_argument("--rebuild", action="store_true")
        action.add_argument("--check", action="store_true")
        parser.add_argument("--kind", choices=KINDS, action="append", help="only this kind (default: all)")

    def handle(self, *args, rebuild: bool, check: bool, kind: list[str] | None, **options) -> None:
        kinds = kind or list(KINDS)
        try:
            if rebuild:
                self._rebuild(kinds)
            else:
                self._check(kinds)
        except (SearchUnavailable, *indexing.ENGINE_ERRORS) as error:
            raise CommandError(f"The search engine did not answer: {error}") from error

    def _rebuild(self, kinds: list[str]) -> None:
        for kind in kinds:
            report = indexing.rebuild(kind)
            self.stdout.write(
                f"{kind}: {report.documents} documents indexed into {report.index} in {report.seconds:.1f} s "
                f"({report.documents / max(report.seconds, 0.001):.0f} documents/s); alias switched"
            )

    def _check(self, kinds: list[str]) -> None:
        problems = False
        for kind in kinds:
            report = indexing.check(kind)
            self.stdout.write(
                f"{kind}: {report.expected} expected, {report.indexed} indexed, {len(report.missing)} missing, "
                f"{len(report.stale)} stale, {len(report.unexpected)} not browsable but indexed"
            )
            for label, ids in (("missing", report.missing), ("stale", report.stale), ("unexpected", report.unexpected)):
                if ids:
                    self.stdout.write(f"  {label}: {', '.join(map(str, ids[:50]))}{' ...' if len(ids) > 50 else ''}")
            problems |= not report.ok
        if problems:
            raise CommandError("The index does not match the database; run search_index --rebuild or the worker.")
