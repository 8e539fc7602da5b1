"""How fast the authority's insights dashboard answers at national scale, and in how many SQL queries.

On a fresh database (SQLite in a temporary directory, or DATABASE_URL): migrate, `generate_registry --artisans
20642` (the 2017 registry), then 100,000 products written in bulk (3% waiting for review, 1% refused, 2% withdrawn,
spread over the last 30 months; artisans' registry dates spread over the last 7 years), then `generate_activity`
(paid orders with their ledger entries, and searches). Then, in this process, a registry officer's Django test
client asks for every dashboard section (the last 12 months and all time), every table's CSV, the register and its
personal-data CSV, several times each, and the script prints the median and slowest wall-clock time and the SQL
queries of each. The test client runs the whole Django stack (middleware, view, template) without a network.

    .venv/bin/python bench/insights.py [--artisans 20642] [--products 100000] [--orders 3000] [--searches 50000]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/hirfa_bench .venv/bin/python bench/insights.py
"""

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))


def run(label: str, command: list[str], env: dict) -> None:
    started = time.monotonic()
    result = subprocess.run(command, cwd=PROJECT, env=env, capture_output=True, text=True)
    if result.returncode:
        sys.exit(f"{label} failed:\n{result.stdout}\n{result.stderr}")
    print(f"{label}: {time.monotonic() - started:.1f} s", flush=True)


def recreate_postgres_database(url: str) -> None:
    import psycopg

    base, name = url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def bulk_products(count: int, seed: int = 2026) -> None:
    from django.db import connection, transaction
    from django.utils import timezone
    from oscar.core.loading import get_model

    from artisans.models import Artisan
    from catalogue.models import Product
    from catalogue.selectors import crafts
    from catalogue.services import craft_piece_class

    StockRecord = get_model("partner", "StockRecord")
    rng = random.Random(seed)
    artisans = list(Artisan.objects.values_list("pk", "partner_id", "registry_number"))
    crafts_of = {}
    for artisan_id, craft_id in Artisan.crafts.through.objects.values_list("artisan_id", "category_id"):
        crafts_of.setdefault(artisan_id, []).append(craft_id)
    piece_class = craft_piece_class()
    any_craft = list(crafts().values_list("pk", flat=True))
    started = time.monotonic()
    batch = 5000
    for first in range(0, count, batch):
        products = []
        for index in range(first, min(count, first + batch)):
            artisan_id, _partner_id, number = rng.choice(artisans)
            state = rng.random()
            moderation, public = Product.Moderation.APPROVED, True
            if state < 0.03:
                moderation, public = Product.Moderation.PENDING, False
            elif state < 0.04:
                moderation, public = Product.Moderation.REJECTED, False
            elif state < 0.06:
                public = False
            products.append(
                Product(
                    structure=Product.STANDALONE,
                    product_class=piece_class,
                    title=f"Piece {index} by {number}",
                    title_ar=f"قطعة {index}",
                    slug=f"bench-piece-{index}",
                    upc=f"BI-{index:07d}",
                    artisan_id=artisan_id,
                    craft_id=rng.choice(crafts_of.get(artisan_id) or any_craft),
                    weight_g=rng.randint(50, 5000),
                    is_public=public,
                    moderation_status=moderation,
                )
            )
        with transaction.atomic():
            created = Product.objects.bulk_create(products)
            partner_of = {a: p for a, p, _n in artisans}
            StockRecord.objects.bulk_create(
                StockRecord(
                    product_id=product.pk,
                    partner_id=partner_of[product.artisan_id],
                    partner_sku=product.upc,
                    price=Decimal(rng.randint(100, 60_000)) * 10 / 1000,
                    num_in_stock=rng.randint(0, 12),
                )
                for product in created
            )
    # Spread the listing dates over 30 months and the registry dates over 7 years, for the monthly charts.
    now = timezone.now()
    with connection.cursor() as cursor, transaction.atomic():
        for month in range(30):
            cursor.execute(
                "UPDATE catalogue_product SET date_created = %s WHERE id %% 30 = %s",
                [now - timedelta(days=30 * month + 3), month],
            )
        for month in range(84):
            cursor.execute(
                "UPDATE artisans_artisan SET created_at = %s WHERE id %% 84 = %s",
                [now - timedelta(days=30 * month + 5), month],
            )
    print(f"{count:,} products in bulk, dates spread: {time.monotonic() - started:.1f} s", flush=True)


def measure(client, url: str, params: dict, repeats: int) -> tuple[float, float, int, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times, queries, status = [], 0, 0
    for _ in range(repeats):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url, params)
            if getattr(response, "streaming", False):
                b"".join(response.streaming_content)
            times.append(time.perf_counter() - started)
        queries, status = len(captured.captured_queries), response.status_code
    return statistics.median(times), max(times), queries, status


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--artisans", type=int, default=20642)
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--orders", type=int, default=3000)
    parser.add_argument("--searches", type=int, default=50_000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="hirfa-insights-bench-"))
    env = dict(os.environ)
    env.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}")
    env.setdefault("DJANGO_SETTINGS_MODULE", "marketplace.settings.local")
    env.setdefault("DJANGO_MEDIA_ROOT", str(workdir / "media"))
    env["ELASTICSEARCH_URL"] = "http://127.0.0.1:9"  # no search engine needed; the outbox just waits
    env["ALLOW_DEMO_DATA"] = "1"
    if env["DATABASE_URL"].startswith("postgres"):
        recreate_postgres_database(env["DATABASE_URL"])
    print(f"database: {env['DATABASE_URL'].split('@')[-1]}", flush=True)
    python = [sys.executable, "manage.py"]
    run("migrate", [*python, "migrate", "-v0"], env)
    run(
        f"generate_registry --artisans {args.artisans}",
        [*python, "generate_registry", "--artisans", str(args.artisans)],
        env,
    )

    os.environ.update(env)
    import django

    django.setup()
    from django.conf import settings

    settings.ALLOWED_HOSTS = ["*"]
    bulk_products(args.products)
    from insights.activity_generator import generate_activity

    started = time.monotonic()
    made = generate_activity(orders=args.orders, searches=args.searches, months=24)
    print(f"{made['orders']:,} paid orders and {made['searches']:,} searches: {time.monotonic() - started:.1f} s")

    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission
    from django.test import Client
    from django.urls import reverse
    from django.utils import translation

    from artisans.models import Artisan
    from catalogue.models import Product
    from insights.dashboard.sections import SECTION_TABLES
    from ledger.models import LedgerEntry

    User = get_user_model()
    officer = User.objects.create_user("bench-officer", "officer@bench.example", "bench", is_staff=True)
    officer.user_permissions.add(
        *Permission.objects.filter(
            codename__in=["view_insights", "view_personal_data"], content_type__app_label="insights"
        )
    )
    print(
        f"data: {Artisan.objects.count():,} artisans, {Product.objects.count():,} products, "
        f"{LedgerEntry.objects.count():,} ledger entries"
    )
    client = Client()
    client.force_login(officer)
    pages = []
    with translation.override("ar"):
        for section in SECTION_TABLES:
            for period in ("12m", "all"):
                pages.append(
                    (f"{section} ({period}, ar)", reverse("insights:section", args=[section]), {"period": period})
                )
        pages.append(("register, page 1 (ar)", reverse("insights:register"), {}))
        pages.append(
            ("register, Dhofar women (ar)", reverse("insights:register"), {"governorate": "dhofar", "gender": "female"})
        )
        for builders in SECTION_TABLES.values():
            for builder in builders:
                pages.append(
                    (f"CSV {builder.code} (all)", reverse("insights:table-csv", args=[builder.code]), {"period": "all"})
                )
        pages.append(
            ("CSV register with personal data, Dhofar", reverse("insights:register-csv"), {"governorate": "dhofar"})
        )
        pages.append(("CSV register with personal data, all", reverse("insights:register-csv"), {}))
    print(f"\n{'page':55} {'median':>9} {'slowest':>9} {'queries':>8} {'status':>7}")
    for label, url, params in pages:
        client.get(url, params)  # warm
        median, slowest, queries, status = measure(client, url, params, args.repeats)
        print(f"{label:55} {median * 1000:7.0f}ms {slowest * 1000:7.0f}ms {queries:8d} {status:7d}", flush=True)


if __name__ == "__main__":
    main()
