"""How long `import_catalogue` takes for a registry at national scale, on a fresh database.

Generates a JSON Lines file of artisans (spread over the governorates like the 2017 registry), design deposits and
products, migrates a fresh database, imports the file, then imports it again (which must change nothing), timing
each step with the wall clock. Prints one line per step.

    .venv/bin/python bench/import_scale.py [--artisans 20000] [--products 100000] [--keep]
"""

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent

# The 2017 registry's artisans by governorate (North and South pairs split evenly), from the domain facts.
REGISTRY_2017 = {
    "dhofar": 6224,
    "north_sharqiyah": 2486,
    "south_sharqiyah": 2486,
    "north_batinah": 2343,
    "south_batinah": 2342,
    "ad_dakhiliyah": 2008,
    "al_wusta": 1329,
    "muscat": 465,
    "ad_dhahirah": 424,
    "musandam": 348,
    "al_buraimi": 187,
}
CODES = {
    "muscat": "MCT",
    "dhofar": "DHO",
    "musandam": "MSN",
    "al_buraimi": "BUR",
    "ad_dakhiliyah": "DAK",
    "north_batinah": "BAN",
    "south_batinah": "BAS",
    "south_sharqiyah": "SHS",
    "north_sharqiyah": "SHN",
    "ad_dhahirah": "DHA",
    "al_wusta": "WUS",
}
WILAYATS = {
    "muscat": "Mutrah",
    "dhofar": "Salalah",
    "musandam": "Khasab",
    "al_buraimi": "Mahdah",
    "ad_dakhiliyah": "Bahla",
    "north_batinah": "Sohar",
    "south_batinah": "Rustaq",
    "south_sharqiyah": "Sur",
    "north_sharqiyah": "Ibra",
    "ad_dhahirah": "Ibri",
    "al_wusta": "Duqm",
}
CRAFTS = [
    "cotton_weaving",
    "wool_weaving",
    "incense_cosmetics",
    "palm_frond",
    "pottery",
    "silverwork",
    "khanjars",
    "woodwork",
    "copperwork",
    "bone_coconut",
]
CRAFT_WEIGHTS = [6590, 5005, 3051, 1800, 1500, 1200, 600, 500, 250, 146]


def generate(path: Path, artisans: int, products: int, seed: int = 2017) -> None:
    rng = random.Random(seed)
    total = sum(REGISTRY_2017.values())
    numbers, crafts_of = [], {}
    with path.open("w", encoding="utf-8") as out:
        for governorate, share in REGISTRY_2017.items():
            for _ in range(round(artisans * share / total)):
                number = f"BN-{CODES[governorate]}-{len(numbers) + 1:06d}"
                crafts = sorted(set(rng.choices(CRAFTS, CRAFT_WEIGHTS, k=2)))
                numbers.append(number)
                crafts_of[number] = crafts
                out.write(
                    json.dumps(
                        {
                            "kind": "artisan",
                            "registry_number": number,
                            "name": {"en": f"Artisan {len(numbers)}", "ar": f"الحرفي {len(numbers)}"},
                            "gender": rng.choice(["female", "male"]),
                            "birth_year": rng.randint(1945, 2003),
                            "governorate": governorate,
                            "wilayat": WILAYATS[governorate],
                            "crafts": crafts,
                            "full_time": rng.random() < 0.6,
                            "bio": {"en": "Registered artisan.", "ar": "حرفي مسجل."},
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                )
        for index in range(100):
            out.write(
                json.dumps(
                    {
                        "kind": "design_deposit",
                        "number": f"OM-CD-BENCH-{index:04d}",
                        "title": {"en": f"Registered design {index}", "ar": f"تصميم مودع {index}"},
                        "owner": "authority",
                        "deposited_on": "2017-03-03",
                    }
                )
                + "\n"
            )
        for index in range(products):
            number = rng.choice(numbers)
            steps = rng.randint(100, 50_000)
            out.write(
                json.dumps(
                    {
                        "kind": "product",
                        "sku": f"BN-{index:07d}",
                        "artisan": number,
                        "craft": rng.choice(crafts_of[number]),
                        "title": {"en": f"Piece {index}", "ar": f"قطعة {index}"},
                        "description": {"en": "Made by hand.", "ar": "صنع يدوي."},
                        "materials": [],
                        "price_omr": f"{steps * 10 / 1000:.3f}",
                        "stock": rng.randint(0, 20),
                        "weight_g": rng.randint(50, 5000),
                        **({"design_deposit": f"OM-CD-BENCH-{index % 100:04d}"} if index % 20 == 0 else {}),
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )


def recreate_postgres_database(url: str) -> None:
    import psycopg

    server, name = url.rsplit("/", 1)
    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')


def timed(label: str, command: list[str], env: dict) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, cwd=PROJECT, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"{label} failed:\n{result.stdout}\n{result.stderr}")
    summary = " | ".join(line for line in result.stdout.splitlines() if ":" in line)
    print(f"{label:<28} {elapsed:8.1f} s   {summary}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--artisans", type=int, default=20_000)
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--keep", action="store_true", help="keep the generated file and database")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="hirfa-bench-"))
    source = workdir / "registry.jsonl"
    generate(source, args.artisans, args.products)
    print(
        f"generated {source} ({source.stat().st_size / 1e6:.1f} MB): {args.artisans} artisans, {args.products} products"
    )

    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "marketplace.settings.local"}
    env.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}")
    if env["DATABASE_URL"].startswith("postgres"):
        recreate_postgres_database(env["DATABASE_URL"])
    print(f"database: {env['DATABASE_URL'].split('@')[-1]}")
    manage = [sys.executable, "manage.py"]
    timed("migrate (fresh database)", [*manage, "migrate", "--no-input", "-v", "0"], env)
    timed("first import", [*manage, "import_catalogue", str(source)], env)
    timed("same file again", [*manage, "import_catalogue", str(source)], env)
    timed("dry run", [*manage, "import_catalogue", str(source), "--dry-run"], env)
    if not args.keep:
        source.unlink()


if __name__ == "__main__":
    main()
