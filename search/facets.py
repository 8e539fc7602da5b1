"""The facets: their values named in both languages (`reference_labels`, cached), the values a page shows
(`facet_values`), and the browsing facets (the whole catalogue's and each craft's counts), kept per index version
and counted by the worker so no visitor waits for them."""

from __future__ import annotations

from django.conf import settings
from django.core.cache import cache
from elasticsearch_dsl import Q, Search
from oscar.core.loading import get_model

from artisans.models import Governorate, Wilayat
from marketplace.bilingual import localized_text
from search.documents import alias_name
from search.engine import get_client, run_searches
from search.models import SearchIndexVersion
from search.queries import FACET_NAMES, facet_aggregation
from search.values import FacetValue, SearchRequest

Category = get_model("catalogue", "Category")
Material = get_model("catalogue", "Material")

BROWSE_FACETS_SECONDS = 24 * 3600  # a version's counts never change; the version does


def products_index_version() -> int:
    """The products index's version (one query): the browsing facets cached under it are true."""
    return SearchIndexVersion.objects.filter(kind="products").values_list("number", flat=True).first() or 0


def browse_facets_key(scope: str, version: int) -> str:
    return f"search:browse-facets:{version}:{scope}"


def browse_scope(text: str, filters: dict[str, Q], request: SearchRequest) -> str | None:
    """The cached browsing facets that hold the counts over these filters: "" for the whole catalogue, "craft:<code>"
    for one craft's pieces (the catalogue's and a craft page's first view); None for anything else (a query, other
    filters), which the engine counts each time, on the filtered set only."""
    if text:
        return None
    if not filters:
        return ""
    if set(filters) == {"craft"} and len(request.crafts) == 1:
        return f"craft:{request.crafts[0]}"
    return None


def scope_search(scope: str) -> Search:
    """Counting every facet over a browsing scope (no hits)."""
    search = Search(index=alias_name("products")).extra(size=0, track_total_hits=False)
    if scope.startswith("craft:"):
        search = search.filter("term", craft=scope.removeprefix("craft:"))
    for name in FACET_NAMES:
        search.aggs.bucket(name, facet_aggregation(name))
    return search


def refresh_browse_facets() -> int:
    """The worker's job: count the browsing facets (the whole catalogue's and each craft's) for the index's current
    version when they are not cached yet, so no visitor waits for them. Returns how many scopes were counted.

    One request per scope, with the bulk requests' longer timeout: at national scale each counts the whole
    catalogue or a craft's part of it, which takes the engine seconds, not the milliseconds a visitor's search may
    take; each is cached as soon as it is counted."""
    version = products_index_version()
    scopes = ["", *(f"craft:{code}" for code in sorted(reference_labels()["craft"]))]
    missing = [scope for scope in scopes if cache.get(browse_facets_key(scope, version)) is None]
    client = get_client().options(request_timeout=settings.SEARCH_BULK_TIMEOUT)
    for scope in missing:
        (response,) = run_searches([scope_search(scope)], client=client)
        cache.set(browse_facets_key(scope, version), response.get("aggregations", {}), BROWSE_FACETS_SECONDS)
    return len(missing)


def reference_labels() -> dict[str, dict[str, dict[str, str]]]:
    """Names of crafts, governorates, wilayats and materials in both languages, by code (cached: they rarely
    change)."""
    labels = cache.get("search:reference-labels:2")
    if labels is None:
        labels = {
            "craft": {c.code: {"en": c.name, "ar": c.name_ar} for c in Category.objects.filter(depth=1) if c.code},
            "governorate": {g.slug: {"en": g.name_en, "ar": g.name_ar} for g in Governorate.objects.all()},
            "wilayat": {w.slug: {"en": w.name_en, "ar": w.name_ar} for w in Wilayat.objects.all()},
            "material": {m.slug: {"en": m.name_en, "ar": m.name_ar} for m in Material.objects.all()},
            "price": {
                "under-10": {"en": "Under OMR 10", "ar": "أقل من 10 ر.ع."},
                "10-50": {"en": "OMR 10 to 50", "ar": "من 10 إلى 50 ر.ع."},
                "50-100": {"en": "OMR 50 to 100", "ar": "من 50 إلى 100 ر.ع."},
                "100-250": {"en": "OMR 100 to 250", "ar": "من 100 إلى 250 ر.ع."},
                "250-plus": {"en": "OMR 250 and more", "ar": "250 ر.ع. فأكثر"},
            },
            "in_stock": {"true": {"en": "In stock", "ar": "متوفر"}, "false": {"en": "Sold out", "ar": "نفدت الكمية"}},
        }
        cache.set("search:reference-labels:2", labels, 300)
    return labels


def facet_values(aggs: dict, request: SearchRequest) -> dict[str, list[FacetValue]]:
    labels = reference_labels()
    selected = {
        "craft": set(request.crafts),
        "governorate": set(request.governorates),
        "material": set(request.materials),
        "in_stock": {str(request.in_stock).lower()} if request.in_stock is not None else set(),
        "price": set(),
    }
    facets: dict[str, list[FacetValue]] = {}
    for name, agg in aggs.items():
        values = []
        for bucket in agg.get("values", agg)["buckets"]:
            value = bucket.get("key_as_string") if name == "in_stock" else str(bucket["key"])
            if name == "in_stock":
                value = "true" if value in ("true", "1") else "false"
            names = labels.get(name, {}).get(value, {"en": value, "ar": value})
            if bucket["doc_count"] or value in selected.get(name, set()):
                values.append(
                    FacetValue(
                        value=value,
                        label=localized_text(ar=names["ar"], en=names["en"], language=request.language),
                        labels=names,
                        count=bucket["doc_count"],
                        selected=value in selected.get(name, set()),
                    )
                )
        facets[name] = values
    return facets
