"""Product and listing pages under concurrent load, against a running server.

Finds product URLs from the catalogue listing, then has `--concurrency` threads request product pages (and every
fifth request a listing page) for `--seconds` seconds, each request timed with the wall clock from the client
side. Prints throughput, latency percentiles and every failed request (status >= 500 or a connection error).

    .venv/bin/python bench/page_load.py --base-url http://127.0.0.1:8000 [--concurrency 16] [--seconds 30]
"""

import argparse
import random
import re
import statistics
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor


def fetch(url: str, language: str) -> tuple[int, float]:
    request = urllib.request.Request(url, headers={"Accept-Language": language})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    except (urllib.error.URLError, TimeoutError, ConnectionError):
        status = 0
    return status, time.perf_counter() - started


def product_urls(base: str) -> list[str]:
    urls = set()
    for language in ("en", "ar"):
        for page in range(1, 4):
            with urllib.request.urlopen(f"{base}/{language}/shop/catalogue/?page_size=96&page={page}") as response:
                html = response.read().decode()
            urls |= set(re.findall(rf'href="(/{language}/shop/catalogue/[^"/]+_\d+/)"', html))
    return sorted(urls)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=30)
    args = parser.parse_args()
    base = args.base_url.rstrip("/")

    products = product_urls(base)
    listings = [f"{base}/{lang}/shop/catalogue/?page={n}" for lang in ("ar", "en") for n in (1, 2, 3)]
    print(f"{len(products)} product pages found; {args.concurrency} concurrent clients for {args.seconds:.0f} s")
    deadline = time.perf_counter() + args.seconds
    results: dict[str, list[tuple[int, float]]] = {"product": [], "listing": []}
    lock = threading.Lock()

    def client(seed: int) -> None:
        rng = random.Random(seed)
        count = 0
        while time.perf_counter() < deadline:
            count += 1
            kind = "listing" if count % 5 == 0 else "product"
            url = rng.choice(listings) if kind == "listing" else base + rng.choice(products)
            outcome = fetch(url, "ar" if "/ar/" in url else "en")
            with lock:
                results[kind].append(outcome)

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
        list(pool.map(client, range(args.concurrency)))
    elapsed = time.perf_counter() - started

    total = sum(len(r) for r in results.values())
    failed = sum(1 for r in results.values() for status, _ in r if status == 0 or status >= 500)
    print(f"requests: {total} in {elapsed:.1f} s = {total / elapsed:.1f} requests/s; failed: {failed}")
    for kind, outcomes in results.items():
        if not outcomes:
            continue
        latencies = sorted(seconds * 1000 for _, seconds in outcomes)
        p95 = latencies[int(0.95 * (len(latencies) - 1))]
        statuses = Counter(status for status, _ in outcomes)
        print(
            f"  {kind:<8} n={len(outcomes):<6} median {statistics.median(latencies):7.1f} ms  p95 {p95:7.1f} ms  "
            f"max {latencies[-1]:7.1f} ms  statuses {dict(statuses)}"
        )


if __name__ == "__main__":
    main()
