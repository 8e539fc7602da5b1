"""`manage.py generate_registry`: fill the registry with a generated national registry for demos and benchmarks."""

import time
from collections import Counter
from itertools import islice

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from oscar.core.loading import get_model

from artisans.models import Governorate
from artisans.registry_generator import DEFAULT_ARTISANS, DEFAULT_SEED, generate_registry, load_reference
from artisans.services import UpsertCounts, artisans_bulk_upsert

Category = get_model("catalogue", "Category")


class Command(BaseCommand):
    help = (
        "Generate a realistic national registry of artisans (the 2017 distribution by governorate and craft, "
        "Omani names in English and Arabic) and write it through the registry's bulk path. The same --artisans "
        "and --seed always give the same artisans, so running it again changes nothing. For demos and benchmarks "
        "only: it needs ALLOW_DEMO_DATA."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--artisans", type=int, default=DEFAULT_ARTISANS, help=f"how many artisans (default {DEFAULT_ARTISANS})"
        )
        parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})")
        parser.add_argument("--batch", type=int, default=2000, help="artisans written per transaction (default 2000)")

    def handle(self, *args, artisans: int, seed: int, batch: int, **options) -> None:
        if not getattr(settings, "ALLOW_DEMO_DATA", False):
            raise CommandError("Generated artisans are not allowed with these settings (ALLOW_DEMO_DATA is off).")
        if artisans < 1:
            raise CommandError("--artisans must be at least 1.")
        if batch < 1:
            raise CommandError("--batch must be at least 1.")
        started = time.monotonic()
        reference = load_reference()
        missing = reference.missing()
        if missing:
            raise CommandError("The reference data is incomplete (run migrate): missing " + ", ".join(missing))

        records = generate_registry(artisans, seed=seed, reference=reference)
        totals = UpsertCounts()
        by_governorate: Counter = Counter()
        by_craft: Counter = Counter()
        while chunk := list(islice(records, batch)):
            with transaction.atomic():
                counts = artisans_bulk_upsert(chunk)
            totals.created += counts.created
            totals.updated += counts.updated
            totals.unchanged += counts.unchanged
            by_governorate.update(record.governorate_id for record in chunk)
            by_craft.update(craft_id for record in chunk for craft_id in record.craft_ids)
        elapsed = time.monotonic() - started

        governorate_names = dict(Governorate.objects.values_list("pk", "name_en"))
        craft_names = dict(Category.objects.filter(pk__in=by_craft).values_list("pk", "name"))
        self.stdout.write(
            f"artisans: {totals.created} created, {totals.updated} updated, {totals.unchanged} unchanged (seed {seed})"
        )
        self.stdout.write("By governorate:")
        for governorate_id, count in by_governorate.most_common():
            self.stdout.write(f"  {governorate_names[governorate_id]:<22}{count:>7,}")
        self.stdout.write("By craft (an artisan may practise two):")
        for craft_id, count in by_craft.most_common():
            self.stdout.write(f"  {craft_names[craft_id]:<30}{count:>7,}")
        self.stdout.write(self.style.SUCCESS(f"Generated {artisans:,} artisans in {elapsed:.1f} s."))
