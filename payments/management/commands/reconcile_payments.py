from datetime import datetime, time, timedelta

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from payments.providers.base import ProviderError
from payments.services import payments_reconcile


def _day(text: str):
    try:
        return timezone.make_aware(datetime.combine(datetime.strptime(text, "%Y-%m-%d").date(), time.min))
    except ValueError:
        raise CommandError(f"“{text[:20]}” is not a date like 2026-11-01") from None


class Command(BaseCommand):
    help = (
        "Compare the payments opened in a period with the payment provider's records and report every difference; "
        "exits with status 1 when there is one. --fix records payments the provider completed, cancelled or "
        "refunded in full."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--from", dest="start", required=True, help="first day, YYYY-MM-DD")
        parser.add_argument("--to", dest="end", required=True, help="last day (included), YYYY-MM-DD")
        parser.add_argument("--fix", action="store_true")

    def handle(self, *args, start: str, end: str, fix: bool, **options) -> None:
        first, last = _day(start), _day(end) + timedelta(days=1)
        if last <= first:
            raise CommandError("--to is before --from")
        try:
            differences = payments_reconcile(start=first, end=last, fix=fix)
        except ProviderError as error:
            raise CommandError(f"the payment provider did not answer: {error}") from None
        for d in differences:
            fixed = " (fixed)" if d.fixed else ""
            self.stdout.write(f"order {d.order_number} {d.reference}: ours {d.ours}; provider {d.theirs}{fixed}")
        self.stdout.write(f"{len(differences)} differences")
        if any(not d.fixed for d in differences):
            raise SystemExit(1)
