"""Search at national scale: bulk-index throughput, API latency, our overhead over the engine, SQL per request.

Generates a catalogue of `--products` products (bilingual titles from the craft vocabulary, some in one language
only, spread over the governorates), imports it into a fresh SQLite database, rebuilds the index (documents per
second, analysis included), then sends `--queries` mixed queries (English, Arabic, typos, transliterations, places,
SKUs, filters only, queries nothing answers) to the search API in-process, then asks for `--pages` catalogue list
pages (unfiltered, one craft, filtered by several facets, a query), and reports:

- API latency (wall clock around the Django request), median and p95;
- the list page's latency (the whole page, rendered), median and p95, overall and per kind of page, with its SQL;
- the engine's own `took` for the same requests, and the ratio API latency / engine took (our overhead);
- SQL queries per search request (results come from the index, not one query per hit).

The bundled engine is used unless ELASTICSEARCH_URL is set; indexes get the prefix `bench` so a running demo's
indexes are left alone, and are deleted at the end.

    .venv/bin/python bench/search.py [--products 100000] [--queries 300] [--pages 200]

`--catalogue FILE` imports that catalogue (import format) instead of generating one, and `--query-file FILE` draws
the queries from a judged query file (one JSON object a line with "q" and "params", as shared/search-eval's), so
the API is measured on, for instance, the dev-v2 catalogue and what buyers really type:

    .venv/bin/python bench/search.py --catalogue ../shared/search-eval/dev-v2/catalogue.jsonl \
        --query-file ../shared/search-eval/dev-v2/queries.jsonl --queries 400 --pages 0 --keep /tmp/bench-v2

`--keep DIR` leaves the catalogue's database in DIR and the indexes in the engine; `--reuse DIR` starts from them
(no generation, import or rebuild), so a before/after comparison measures the same catalogue, and only the code.
Use your own engine (`ELASTICSEARCH_URL`) with them: the bundled one is shared by every process on the machine.
"""

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

ITEMS = [  # craft, English, Arabic, materials (slug, English adjective, Arabic adjective)
    ("silverwork", "ring", "خاتم", [("silver", "silver", "فضي"), ("gold_plated", "gold-plated", "مطلي بالذهب")]),
    ("silverwork", "bracelet", "سوار", [("silver", "silver", "فضي")]),
    ("silverwork", "necklace", "قلادة", [("silver", "silver", "فضية")]),
    ("khanjars", "khanjar", "خنجر", [("silver", "silver", "فضي")]),
    ("palm_frond", "basket", "سلة", [("palm_frond", "palm-frond", "من السعف")]),
    ("palm_frond", "food cover", "مكبة", [("palm_frond", "palm-frond", "من السعف")]),
    ("pottery", "incense burner", "مبخرة", [("clay", "clay", "فخارية")]),
    ("pottery", "water jar", "جحلة", [("clay", "clay", "فخارية")]),
    ("wool_weaving", "rug", "سجادة", [("wool", "wool", "صوفية")]),
    ("cotton_weaving", "shawl", "شال", [("cotton", "cotton", "قطني")]),
    ("incense_cosmetics", "frankincense", "لبان", [("frankincense", "", "")]),
    ("incense_cosmetics", "oud bakhoor", "بخور بالعود", [("oud", "", "")]),
    ("woodwork", "mandoos chest", "مندوس", [("wood", "wooden", "خشبي")]),
    ("copperwork", "dallah", "دلة", [("copper", "copper", "نحاسية")]),
    ("bone_coconut", "prayer beads", "مسبحة", [("coconut_shell", "coconut-shell", "من قشرة النارجيل")]),
]
PLACES = [  # governorate, wilayat (English, Arabic)
    ("dhofar", "Salalah", "صلالة"),
    ("dhofar", "Mirbat", "مرباط"),
    ("ad_dakhiliyah", "Nizwa", "نزوى"),
    ("ad_dakhiliyah", "Bahla", "بهلاء"),
    ("muscat", "Mutrah", "مطرح"),
    ("south_sharqiyah", "Sur", "صور"),
    ("north_sharqiyah", "Ibra", "إبراء"),
    ("north_batinah", "Sohar", "صحار"),
    ("south_batinah", "Rustaq", "الرستاق"),
    ("al_wusta", "Haima", "هيماء"),
    ("ad_dhahirah", "Ibri", "عبري"),
    ("musandam", "Khasab", "خصب"),
    ("al_buraimi", "Mahdah", "محضة"),
]
QUERIES = [
    {"q": "silver ring"},
    {"q": "rings"},
    {"q": "clay incense burner"},
    {"q": "wool rug"},
    {"q": "silvr bracelet"},
    {"q": "baskit"},
    {"q": "khanjer"},
    {"q": "bukhoor"},
    {"q": "mandous"},
    {"q": "luban"},
    {"q": "خاتم فضي"},
    {"q": "سلة من السعف"},
    {"q": "مبخره"},
    {"q": "الخواتم"},
    {"q": "والخناجر"},
    {"q": "مبخر فخاري"},
    {"q": "Nizwa silver ring"},
    {"q": "خنجر نزوى"},
    {"q": "dallah Sur"},
    {"q": "laptop"},
    {"q": "سيارة"},
    {"q": "", "craft": "palm_frond"},
    {"q": "silver", "governorate": "muscat"},
    {"q": "", "sort": "price-asc"},
    {"q": "BN-0000042"},
    {"q": "prayer beads"},
    {"q": "جحلة"},
    {"q": "frankincense Salalah"},
]
LIST_PAGES = [  # what a buyer browsing the catalogue asks for: (kind, parameters)
    ("unfiltered", {}),
    ("unfiltered", {"sort": "price-asc"}),
    ("craft", {"craft": "silverwork"}),
    ("craft", {"craft": "pottery"}),
    ("craft", {"craft": "palm_frond"}),
    ("filtered", {"craft": "silverwork", "governorate": "dhofar"}),
    ("filtered", {"governorate": "muscat", "in_stock": "true"}),
    ("filtered", {"craft": "pottery", "min_price": "10", "max_price": "50"}),
    ("query", {"q": "silver ring"}),
    ("query", {"q": "سلة من السعف"}),
]


def generate(path: Path, products: int, seed: int = 2026) -> None:
    rng = random.Random(seed)
    codes = {
        "dhofar": "DHO",
        "ad_dakhiliyah": "DAK",
        "muscat": "MCT",
        "south_sharqiyah": "SHS",
        "north_sharqiyah": "SHN",
        "north_batinah": "BAN",
        "south_batinah": "BAS",
        "al_wusta": "WUS",
        "ad_dhahirah": "DHA",
        "musandam": "MSN",
        "al_buraimi": "BUR",
    }
    crafts = sorted({item[0] for item in ITEMS})
    artisans = []
    with path.open("w", encoding="utf-8") as out:
        for index in range(max(200, products // 5)):
            governorate, wilayat_en, wilayat_ar = rng.choice(PLACES)
            number = f"BS-{codes[governorate]}-{index:06d}"
            artisans.append((number, governorate, wilayat_en, wilayat_ar))
            out.write(
                json.dumps(
                    {
                        "kind": "artisan",
                        "registry_number": number,
                        "name": {"en": f"Artisan {index}", "ar": f"حرفي {index}"},
                        "gender": rng.choice(["male", "female"]),
                        "governorate": governorate,
                        "wilayat": {"en": wilayat_en, "ar": wilayat_ar},
                        "crafts": crafts,
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
        for index in range(products):
            craft, item_en, item_ar, materials = rng.choice(ITEMS)
            slug, material_en, material_ar = rng.choice(materials)
            number, _, wilayat_en, wilayat_ar = rng.choice(artisans)
            title = {
                "en": f"{material_en} {item_en} from {wilayat_en}".strip().capitalize(),
                "ar": f"{item_ar} {material_ar} من {wilayat_ar}".replace("  ", " "),
            }
            language = rng.random()
            if language < 0.15:
                del title["en"]
            elif language < 0.25:
                del title["ar"]
            out.write(
                json.dumps(
                    {
                        "kind": "product",
                        "sku": f"BN-{index:07d}",
                        "artisan": number,
                        "craft": craft,
                        "title": title,
                        "description": {key: f"{value}." for key, value in title.items()},
                        "materials": [slug],
                        "price_omr": f"{rng.randint(100, 60_000) * 10 / 1000:.3f}",
                        "stock": rng.randint(0, 12),
                        "weight_g": rng.randint(50, 5000),
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--pages", type=int, default=200, help="catalogue list pages to ask for")
    parser.add_argument("--keep", type=Path, help="keep the database in this folder and the indexes in the engine")
    parser.add_argument("--reuse", type=Path, help="start from a catalogue kept with --keep")
    parser.add_argument("--catalogue", type=Path, help="import this catalogue instead of generating one")
    parser.add_argument("--query-file", type=Path, help="draw the queries from this judged query file")
    args = parser.parse_args()
    queries = QUERIES
    if args.query_file:
        judged = [json.loads(line) for line in args.query_file.read_text(encoding="utf-8").splitlines() if line]
        queries = [{"q": query["q"], **query.get("params", {})} for query in judged]

    workdir = args.reuse or args.keep or Path(tempfile.mkdtemp(prefix="hirfa-search-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    source = workdir / "catalogue.jsonl"
    if args.catalogue and not args.reuse:
        source.write_bytes(args.catalogue.read_bytes())
        args.products = sum(1 for line in source.read_text(encoding="utf-8").splitlines() if '"product"' in line)
    elif not args.reuse:
        generate(source, args.products)
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "marketplace.settings.local",
            "DATABASE_URL": f"sqlite:///{workdir / 'bench.sqlite3'}",
            "SEARCH_INDEX_PREFIX": "bench",
            "DJANGO_LOG_LEVEL": "WARNING",
            "DJANGO_ALLOWED_HOSTS": "testserver,127.0.0.1,localhost",
            "RATE_LIMITS_ENABLED": "false",  # the bench's queries all come from one address, as fast as it can
        }
    )
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "migrate", "--no-input", "-v", "0"], cwd=PROJECT, check=True)
    if not args.reuse:
        started = time.perf_counter()
        subprocess.run([*manage, "import_catalogue", str(source)], cwd=PROJECT, check=True, capture_output=True)
        print(f"catalogue: {args.products} products imported in {time.perf_counter() - started:.1f} s")

    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse
    from django.utils import translation

    from search.indexing import rebuild

    for kind in () if args.reuse else ("products", "artisans"):
        report = rebuild(kind)
        print(
            f"index {kind}: {report.documents} documents in {report.seconds:.1f} s = "
            f"{report.documents / report.seconds:.0f} documents/s (analysis, bulk requests and refresh included)"
        )

    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    latencies, engine, ratios, sql = [], [], [], []
    rng = random.Random(7)
    for _ in range(args.queries):
        params = {**rng.choice(queries), "page_size": 20}
        with CaptureQueriesContext(connection) as queries:
            begun = time.perf_counter()
            response = client.get("/api/search/", params)
            elapsed = (time.perf_counter() - begun) * 1000
        assert response.status_code == 200, response.content
        took = max(response.json()["engine_ms"], 1)
        latencies.append(elapsed)
        engine.append(took)
        ratios.append(elapsed / took)
        sql.append(len(queries))

    def p95(values):
        return sorted(values)[int(0.95 * (len(values) - 1))]

    print(
        f"API latency over {args.queries} mixed queries: median {statistics.median(latencies):.1f} ms, "
        f"p95 {p95(latencies):.1f} ms"
    )
    print(f"engine took: median {statistics.median(engine):.1f} ms, p95 {p95(engine):.1f} ms")
    print(f"API latency / engine took: median {statistics.median(ratios):.2f}, p95 {p95(ratios):.2f}")
    print(f"SQL queries per search request: max {max(sql)}, median {statistics.median(sql)}")

    try:
        from search.selectors import refresh_browse_facets
    except ImportError:  # code from before the browsing facets were cached
        refresh_browse_facets = None
    if refresh_browse_facets:
        begun = time.perf_counter()
        scopes = refresh_browse_facets()
        print(f"worker's browse-facets job: {scopes} scopes counted in {(time.perf_counter() - begun) * 1000:.0f} ms")

    if not args.pages:
        return _finish(args, workdir)
    page_latencies: dict[str, list[float]] = {}
    page_sql = []
    with translation.override("en"):
        path = reverse("catalogue:index")
    for number in range(args.pages):
        kind, params = LIST_PAGES[number % len(LIST_PAGES)]
        with CaptureQueriesContext(connection) as queries:
            begun = time.perf_counter()
            response = client.get(path, params)
            elapsed = (time.perf_counter() - begun) * 1000
        assert response.status_code == 200, response.status_code
        page_latencies.setdefault(kind, []).append(elapsed)
        page_sql.append(len(queries))
    every_page = [value for values in page_latencies.values() for value in values]
    print(
        f"list page over {args.pages} requests: median {statistics.median(every_page):.1f} ms, "
        f"p95 {p95(every_page):.1f} ms; SQL per page: max {max(page_sql)}, median {statistics.median(page_sql)}"
    )
    for kind, values in page_latencies.items():
        print(f"  {kind}: median {statistics.median(values):.1f} ms, p95 {p95(values):.1f} ms")
    _finish(args, workdir)


def _finish(args, workdir: Path) -> None:
    from search.documents import alias_name
    from search.engine import get_client

    if args.keep or args.reuse:
        print(f"catalogue kept in {workdir} (--reuse {workdir})")
        return
    client_es = get_client()
    for kind in ("products", "artisans"):
        client_es.options(ignore_status=404).indices.delete(index=f"{alias_name(kind)}-*")


if __name__ == "__main__":
    main()
