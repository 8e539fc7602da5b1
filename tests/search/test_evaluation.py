"""The search evaluation's development sets, run against the search API on the bundled engine, scored the way
shared/search-eval/evaluate.py scores them: each must pass (mean >= 0.95, every category >= 0.85, no answerable
query without results).

Version 1 (`search-eval-*.jsonl`) judges craft names, spellings, places, names and identifiers; version 2
(`search-eval-v2-*.jsonl`) what buyers really type: prices, places, sentences, Omani words, identifiers among
words, and the piece before its accessories (graded, scored by nDCG@10). `search-eval-v2-extra-queries.jsonl` holds
queries of our own over the version 2 catalogue, none of them in its set (other Omani names, places, prices and
sentences), judged from the catalogue's facts (the item of the SKU, price, materials, the artisan's wilayat): the
mechanisms, not the 39 queries."""

import json
import math
import statistics
from collections import defaultdict
from pathlib import Path

import pytest
from django.core.management import call_command

from catalogue.importing import catalogue_import

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
pytestmark = pytest.mark.django_db


def grades(query: dict) -> dict[str, int]:
    """{sku: grade} of the relevant listings: a list of SKUs is grade 1 each."""
    relevant = query["relevant"]
    if isinstance(relevant, dict):
        return {sku: grade for sku, grade in relevant.items() if grade > 0}
    return dict.fromkeys(relevant, 1)


def ndcg(skus: list[str], graded: dict[str, int], k: int = 10) -> float:
    def dcg(gains):
        return sum((2**gain - 1) / math.log2(rank + 2) for rank, gain in enumerate(gains[:k]))

    gains = [graded.get(sku, 0) for sku in dict.fromkeys(skus)]
    ideal = dcg(sorted(graded.values(), reverse=True))
    return dcg(gains) / ideal if ideal else 0.0


def score(query: dict, body: dict) -> float:
    skus = [result["sku"] for result in body.get("results", [])]
    relevant = set(grades(query))
    if query["mode"] == "none":
        return 1.0 if body.get("total", len(skus)) == 0 else 0.0
    if query["mode"] == "ndcg10":
        return ndcg(skus, grades(query))
    if query["mode"] == "top50":
        return len(set(skus[:50]) & relevant) / len(relevant)
    top10 = len(set(skus[:10]) & relevant) / min(len(relevant), 10)
    if query["mode"] == "filter" and not set(skus) <= set(query["allowed"]):
        return 0.0
    return top10


@pytest.mark.parametrize(
    ("catalogue", "queries_file"),
    [
        ("search-eval-catalogue.jsonl", "search-eval-queries.jsonl"),
        ("search-eval-v2-catalogue.jsonl", "search-eval-v2-queries.jsonl"),
        ("search-eval-v2-catalogue.jsonl", "search-eval-v2-extra-queries.jsonl"),
    ],
    ids=["dev", "dev-v2", "dev-v2-extra"],
)
def test_the_development_set_passes(client, search_engine, catalogue, queries_file):
    with (FIXTURES / catalogue).open("rb") as stream:
        assert catalogue_import(stream).ok
    call_command("search_index", "--rebuild")
    queries = [json.loads(line) for line in (FIXTURES / queries_file).open(encoding="utf-8")]

    by_category, zero_answerable, failures = defaultdict(list), [], []
    for query in queries:
        params = {"q": query["q"], "page_size": 50, **query.get("params", {})}
        response = client.get("/api/search/", params, HTTP_ACCEPT_LANGUAGE=query["lang"])
        assert response.status_code == 200, (query["id"], response.content)
        body = response.json()
        result = score(query, body)
        by_category[query["category"]].append(result)
        if query["mode"] != "none" and body["total"] == 0:
            zero_answerable.append(query["id"])
        if result < 1:
            failures.append((query["id"], query["q"], round(result, 2)))

    overall = statistics.mean(s for scores in by_category.values() for s in scores)
    weakest = min(statistics.mean(scores) for scores in by_category.values())
    assert overall >= 0.95, failures
    assert weakest >= 0.85, failures
    assert zero_answerable == []
    if queries_file == "search-eval-queries.jsonl":
        assert failures == []  # version 1 stays at 1.000
