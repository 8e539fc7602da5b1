"""Content pages (home, stories, collections, craft and governorate pages) under concurrent load, against a
running server with the demo content (`make demo`).

Finds the pages from the section index pages in both languages, then has `--concurrency` threads request them for
`--seconds` seconds (every third request a home page, whose sections are served from the cache), each request
timed from the client side. Prints throughput, latency percentiles per kind of page and every failed request.

    .venv/bin/python bench/content_pages.py --base-url http://127.0.0.1:8000 [--concurrency 8] [--seconds 30]
"""

import argparse
import random
import re
import statistics
import sys
import threading
import time
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from page_load import fetch  # noqa: E402

SECTIONS = {
    "story": {"en": "/en/stories/", "ar": "/ar/hikayat/"},
    "collection": {"en": "/en/collections/", "ar": "/ar/majmuat/"},
    "craft": {"en": "/en/crafts/", "ar": "/ar/al-hiraf/"},
    "governorate": {"en": "/en/governorates/", "ar": "/ar/al-muhafazat/"},
}


def pages_of(base: str) -> dict[str, list[str]]:
    found = {"home": ["/en/", "/ar/"]}
    for kind, indexes in SECTIONS.items():
        urls = set()
        for index in indexes.values():
            with urllib.request.urlopen(base + index) as response:
                html = response.read().decode()
            urls |= {url for url in re.findall(rf'href="({re.escape(index)}[^"#?]+/)"', html) if url != index}
        found[kind] = sorted(urls)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=30)
    args = parser.parse_args()
    base = args.base_url.rstrip("/")

    pages = pages_of(base)
    print(", ".join(f"{len(urls)} {kind}" for kind, urls in pages.items()) + f" pages; {args.concurrency} clients")
    kinds = [kind for kind in pages if pages[kind]]
    deadline = time.perf_counter() + args.seconds
    results: dict[str, list[tuple[int, float]]] = {kind: [] for kind in kinds}
    lock = threading.Lock()

    def client(seed: int) -> None:
        rng = random.Random(seed)
        count = 0
        while time.perf_counter() < deadline:
            count += 1
            kind = "home" if count % 3 == 0 else rng.choice(kinds)
            path = rng.choice(pages[kind])
            outcome = fetch(base + path, "ar" if path.startswith("/ar/") else "en")
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
            f"  {kind:<12} n={len(outcomes):<6} median {statistics.median(latencies):7.1f} ms  p95 {p95:7.1f} ms  "
            f"max {latencies[-1]:7.1f} ms  statuses {dict(statuses)}"
        )


if __name__ == "__main__":
    main()
