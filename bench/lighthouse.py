"""Lighthouse's mobile performance score and LCP for the storefront's five main pages, in Arabic and English (issue 19).

Lighthouse 12 on its default profile (a mid-range phone on a slow 4G line, simulated), with Debian's Chromium:

    npm i -E --prefix /work/lh lighthouse@12.2.3     # once, outside the repository
    make demo PORT=8201                               # in another shell: the demo, served as `make demo` serves it
    .venv/bin/python bench/lighthouse.py --site http://127.0.0.1:8201 --lighthouse /work/lh/node_modules/.bin/lighthouse

The pages: home, the catalogue list, the first product the list shows, the first story, and a search ("silver",
فضة in Arabic); each under /ar/ and /en/. Each page is run --runs times (default 1) and the median printed; the exit
code is 1 when any page scores below 95 or has an LCP over 2.5 s, the issue's target. --json-dir keeps Lighthouse's
full reports.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request
from pathlib import Path

SEARCH_WORDS = {"ar": "فضة", "en": "silver"}
STORY_INDEX_SLUGS = {"ar": "hikayat", "en": "stories"}  # the demo's stories page, whose slug is translated
TARGET_SCORE = 95
TARGET_LCP_SECONDS = 2.5


def first_link(site: str, path: str, pattern: str) -> str:
    with urllib.request.urlopen(site + path, timeout=30) as response:  # noqa: S310 (the site the caller names)
        html = response.read().decode()
    match = re.search(pattern, html)
    if not match:
        raise SystemExit(f"No link matching {pattern!r} on {path}")
    return match.group(1)


def storefront_pages(site: str, language: str) -> dict[str, str]:
    """The five pages' paths in one language (a story's slug is translated, so each language finds its own)."""
    product = first_link(
        site, f"/{language}/shop/catalogue/", rf'href="(/{language}/shop/catalogue/(?!category/)[^"/]+_\d+/)"'
    )
    stories = STORY_INDEX_SLUGS[language]
    story = first_link(site, f"/{language}/{stories}/", rf'href="(/{language}/{stories}/[^"/]+/)"')
    return {
        "home": f"/{language}/",
        "list": f"/{language}/shop/catalogue/",
        "product": product,
        "story": story,
        "search": f"/{language}/shop/search/?" + urllib.parse.urlencode({"q": SEARCH_WORDS[language]}),
    }


def lighthouse_run(lighthouse: str, url: str, chrome_path: str, report_path: Path) -> tuple[float, float]:
    """One Lighthouse run on the default mobile profile: (performance score out of 100, LCP in seconds)."""
    for attempt in range(3):  # Lighthouse sometimes loses the trace (NO_NAVSTART) on a busy machine: run it again
        finished = subprocess.run(
            [
                lighthouse,
                url,
                "--only-categories=performance",
                "--output=json",
                f"--output-path={report_path}",
                "--quiet",
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
            ],
            check=attempt == 2,
            env={**os.environ, "CHROME_PATH": chrome_path},
        )
        if finished.returncode == 0:
            break
    report = json.loads(report_path.read_text())
    score = report["categories"]["performance"]["score"] * 100
    lcp = report["audits"]["largest-contentful-paint"]["numericValue"] / 1000
    return score, lcp


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", default="http://127.0.0.1:8000")
    parser.add_argument("--lighthouse", default="lighthouse", help="the command: npm i -E lighthouse@12.2.3")
    parser.add_argument("--chrome", default=os.environ.get("CHROME_PATH", "/usr/bin/chromium"))
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--pages", default="home,list,product,story,search")
    parser.add_argument("--languages", default="ar,en")
    parser.add_argument("--json-dir", type=Path, default=None)
    args = parser.parse_args()

    site = args.site.rstrip("/")
    pages = {language: storefront_pages(site, language) for language in args.languages.split(",")}
    report_dir = args.json_dir or Path(tempfile.mkdtemp(prefix="hirfa-lighthouse-"))
    report_dir.mkdir(parents=True, exist_ok=True)
    missed = False
    print(f"{'page':<8} {'lang':<4} {'score':>5} {'LCP s':>6}  url")
    for name in args.pages.split(","):
        for language in args.languages.split(","):
            path = pages[language][name]
            runs = [
                lighthouse_run(args.lighthouse, site + path, args.chrome, report_dir / f"{name}-{language}-{run}.json")
                for run in range(args.runs)
            ]
            score = statistics.median(score for score, _ in runs)
            lcp = statistics.median(lcp for _, lcp in runs)
            missed |= score < TARGET_SCORE or lcp > TARGET_LCP_SECONDS
            print(f"{name:<8} {language:<4} {score:>5.0f} {lcp:>6.2f}  {path}", flush=True)
    print(f"reports: {report_dir}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
