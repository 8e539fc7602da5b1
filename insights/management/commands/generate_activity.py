"""`manage.py generate_activity`: made-up paid orders and searches, so the insights dashboard has something to show."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from insights.activity_generator import generate_activity
from insights.selectors import forget_registry_figures


class Command(BaseCommand):
    help = (
        "Add made-up paid orders (with their ledger entries) and buyers' searches over the past months, for demos "
        "and benchmarks of the insights dashboard. Each run adds more. It needs ALLOW_DEMO_DATA."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--orders", type=int, default=200, help="paid orders to add (default 200)")
        parser.add_argument("--searches", type=int, default=2000, help="searches to add (default 2000)")
        parser.add_argument("--months", type=int, default=18, help="spread over this many months (default 18)")
        parser.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")

    def handle(self, *args, orders: int, searches: int, months: int, seed: int, **options) -> None:
        if not getattr(settings, "ALLOW_DEMO_DATA", False):
            raise CommandError("Made-up orders are not allowed with these settings (ALLOW_DEMO_DATA is off).")
        if orders < 0 or searches < 0 or months < 1:
            raise CommandError("--orders and --searches must not be negative, and --months must be at least 1.")
        made = generate_activity(orders=orders, searches=searches, months=months, seed=seed)
        forget_registry_figures()
        self.stdout.write(f"{made['orders']} paid orders and {made['searches']} searches added.")
