"""Searching: the query service behind the search API and the shop's search and category pages, with artisans and
stories as secondary results.

A query is read in Python (search/analysis.py) into units (a word or a glossary phrase, with the concepts it
names); every unit must match the listing (all but one when there are three or more), in its title, its concepts,
its context (craft, materials, artisan, place, design) or its description, with typo tolerance on longer words.
Listings matching every unit come first. SKUs, design-deposit numbers and registry numbers typed whole match
exactly. Results, facets and counts come from the engine; nothing is read from the database per hit.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.core.cache import cache
from django.urls import reverse
from django.utils import translation
from elasticsearch import ApiError, NotFoundError, TransportError
from elasticsearch_dsl import A, Q, Search

from marketplace.bilingual import localized_text
from search.analysis import QueryUnit, query_units, typo_allowance, words
from search.documents import alias_name
from search.engine import SearchUnavailable, get_client, run_searches
from search.facets import (
    BROWSE_FACETS_SECONDS,
    browse_facets_key,
    browse_scope,
    facet_values,
    products_index_version,
    reference_labels,
    refresh_browse_facets,
    scope_search,
)
from search.highlighting import highlight, suggestion_for, whole_query
from search.queries import (
    FACET_NAMES,
    PRICE_BANDS,
    facet_aggregation,
    facet_filters,
    filtered,
    identifiers_query,
    sort_clause,
    story_query,
    text_query,
    understood_filters,
    understood_query,
    unit_filter,
)
from search.understanding import Place, understand
from search.values import (
    MAX_PAGE_SIZE,
    MAX_RESULT_WINDOW,
    SORTS,
    ArtisanHit,
    FacetValue,
    SearchHit,
    SearchRequest,
    SearchResults,
    StoryHit,
)

# The search app's door: other apps and the search's own views read these names from here, wherever they are made
# (values.py, queries.py, facets.py, highlighting.py), as callers of a services package do.
__all__ = [
    "MAX_PAGE_SIZE",
    "MAX_RESULT_WINDOW",
    "PRICE_BANDS",
    "SORTS",
    "ArtisanHit",
    "FacetValue",
    "SearchHit",
    "SearchRequest",
    "SearchResults",
    "StoryHit",
    "artisans_matching",
    "bounded_query",
    "gazetteer",
    "products_index_version",
    "reference_labels",
    "refresh_browse_facets",
    "search_products",
    "stories_matching",
    "stories_matching_units",
    "suggest",
]

MAX_STORY_QUERY_LENGTH = 200
# Words of a query that are searched; the rest are dropped. Each word costs the analysis (glossary spellings) and the
# engine (one clause per field and form); nobody describes a piece in more, and a 200-character query of short
# words would otherwise cost seconds.
MAX_QUERY_WORDS = 10
# Words of a query that are read (search/understanding.py). Filler, prices and places cost little to read, and a
# buyer's sentence ("a silver ring under 20 rials for my mother's birthday") has more words than are searched; of
# what is left, the first MAX_QUERY_WORDS words are searched.
MAX_READ_WORDS = 24


def bounded_query(text: str, limit: int = MAX_QUERY_WORDS) -> str:
    """The query's first `limit` words."""
    return " ".join(text.split()[:limit])


# --- Running it ---------------------------------------------------------------------------------------------------


def _search_page(request: SearchRequest, text: str, query: Q, sort: str, filters: dict[str, Q]):
    """One page of hits and the facets' counts, in one request to the engine (`_msearch`): returns the page's
    answer and the aggregations by facet.

    Every facet counts what the other ticked filters leave, so a buyer sees what ticking another value would
    give. A facet with no ticked value is counted by the page's own search, whose query holds every filter: the
    engine counts the filtered set only, never the whole catalogue. A facet with a ticked value gets a count-only
    search of the query and the other filters. Counts a browsing visitor shares (the whole catalogue's, one
    craft's) come from the cache, kept per index version and refreshed by the worker."""
    page = Search(index=alias_name("products")).query(filtered(query, list(filters.values())))
    page = page.sort(*sort_clause(sort)).extra(
        size=request.page_size, from_=(request.page - 1) * request.page_size, track_total_hits=True
    )
    version = products_index_version() if not text else 0
    cached_scopes: dict[str, dict | None] = {}
    counted: dict[str, str] = {}  # facet -> the scope (cached) or search that counts it
    extra: list[tuple[str, Search]] = []  # ("scope:<scope>" or "facet:<name>", count-only search)
    for name in FACET_NAMES:
        others = {key: value for key, value in filters.items() if key != name}
        scope = browse_scope(text, others, request)
        if scope is not None:
            if scope not in cached_scopes:
                cached_scopes[scope] = cache.get(browse_facets_key(scope, version))
                if cached_scopes[scope] is None:
                    extra.append((f"scope:{scope}", scope_search(scope)))
            counted[name] = f"scope:{scope}"
        elif name not in filters:
            page.aggs.bucket(name, facet_aggregation(name))
            counted[name] = "page"
        else:
            count_only = Search(index=alias_name("products")).query(filtered(query, list(others.values())))
            count_only = count_only.extra(size=0, track_total_hits=False)
            count_only.aggs.bucket(name, facet_aggregation(name))
            extra.append((f"facet:{name}", count_only))
            counted[name] = f"facet:{name}"
    responses = run_searches([page, *(search for _, search in extra)])
    answers = {"page": responses[0], **{label: answer for (label, _), answer in zip(extra, responses[1:], strict=True)}}
    for label, answer in answers.items():
        if label.startswith("scope:"):
            cached_scopes[label.removeprefix("scope:")] = answer.get("aggregations", {})
            cache.set(
                browse_facets_key(label.removeprefix("scope:"), version),
                answer.get("aggregations", {}),
                BROWSE_FACETS_SECONDS,
            )
    aggregations = {}
    for name, source in counted.items():
        if source.startswith("scope:"):
            found = (cached_scopes.get(source.removeprefix("scope:")) or {}).get(name)
        else:
            found = answers[source].get("aggregations", {}).get(name)
        if found is not None:
            aggregations[name] = found
    took = sum(int(answer.get("took", 0)) for answer in answers.values())
    return answers["page"], aggregations, took


def search_products(request: SearchRequest) -> SearchResults:
    """Run a search (or, with no words, a filtered browse) and return one page of hits with facets. The query is read
    first (search/understanding.py): identifiers anywhere in it are looked up exactly; a price becomes a filter,
    "cheap" an order, a place a preference, filler is dropped, and the rest is searched."""
    filters = facet_filters(request)
    text = bounded_query(request.q.strip(), MAX_READ_WORDS)
    understood = understand(text, gazetteer(), max_words=MAX_QUERY_WORDS) if text else None

    found = None
    if understood and understood.identifiers:
        exact = _search_page(request, text, identifiers_query(understood.identifiers), "newest", filters)
        if exact[0]["hits"]["total"]["value"]:
            found = exact
        else:
            understood = understand(text, gazetteer(), max_words=MAX_QUERY_WORDS, read_identifiers=False)
    units = list(understood.units) if understood and found is None else []
    if found is None:
        if understood and not units and not (understood.has_price or understood.cheap):
            # only words too common to search for
            return SearchResults(request=request, total=0, hits=[], facets={}, understood=understood)
        search_filters = {**filters, **understood_filters(understood)} if understood else filters
        sort = request.effective_sort
        if understood and understood.cheap and sort == "relevance":
            sort = "relevance-cheapest"
        query = understood_query(understood, units) if understood else Q("match_all")
        found = _search_page(request, text, query, sort, search_filters)
        if units and not found[0]["hits"]["total"]["value"] and any(typo_allowance(w) for u in units for w in u.words):
            query = understood_query(understood, units, fuzzy=True)
            found = _search_page(request, text, query, sort, search_filters)
    response, aggregations, took = found

    total = response["hits"]["total"]["value"]
    results = SearchResults(
        request=request,
        total=total,
        hits=[_hit(hit["_source"], units, request.language) for hit in response["hits"]["hits"]],
        facets=facet_values(aggregations, request),
        engine_ms=took,
        normalised=" ".join(unit.words[0].key if len(unit.words) == 1 else unit.text for unit in units),
        understood=understood,
    )
    if units:
        results.suggestion = whole_query(understood, suggestion_for(understood.text, units, total))
        if total == 0 and not results.suggestion and len(units) >= 2:
            results.suggestion = broader_query(units, filters)
        results.artisans, artisans_ms = artisans_matching(units, request.language)
        results.stories, stories_ms = stories_matching_units(units, request.language)
        results.engine_ms += artisans_ms + stories_ms
    return results


def gazetteer() -> tuple[Place, ...]:
    """The wilayats and governorates a query may name, from the cached reference labels (no query per search)."""
    labels = reference_labels()
    return tuple(
        Place(kind, slug, (names["en"], names["ar"]))
        for kind in ("governorate", "wilayat")
        for slug, names in sorted(labels[kind].items())
    )


def broader_query(units: list[QueryUnit], filters: dict[str, Q]) -> str | None:
    """When no listing matches every word ("carved door nizwa"), the query without one word, so the buyer can see
    what there is: preferably without a word that names no kind of piece (a place, a name), else the one whose
    absence finds the most; None when leaving any word out finds nothing either.

    One engine request, whatever the number of words: a `filters` aggregation counts, within the ticked filters,
    the listings each shorter query would find."""
    shorter = {str(left_out): units[:left_out] + units[left_out + 1 :] for left_out in range(len(units))}
    search = (
        Search(using=get_client(), index=alias_name("products"))
        .query(Q("bool", filter=list(filters.values())))
        .extra(size=0, track_total_hits=False)
    )
    search.aggs.bucket("left_out", A("filters", filters={key: text_query(rest) for key, rest in shorter.items()}))
    try:
        response = search.execute().to_dict()
    except (TransportError, ApiError, SearchUnavailable, ConnectionError):
        return None
    counts = response.get("aggregations", {}).get("left_out", {}).get("buckets", {})
    best: tuple[tuple[bool, int], str] | None = None
    for left_out in range(len(units)):
        rest = shorter[str(left_out)]
        count = counts.get(str(left_out), {}).get("doc_count", 0)
        rank = (not units[left_out].concepts, count)
        if count and (best is None or rank > best[0]):
            best = (rank, " ".join(unit.text for unit in rest))
    return best[1] if best else None


def _hit(source: dict, units: list[QueryUnit], language: str) -> SearchHit:
    title = localized_text(ar=source.get("title_ar"), en=source.get("title_en"), language=language)
    with translation.override(language):
        url = reverse("catalogue:detail", kwargs={"product_slug": source["slug"], "pk": source["product_id"]})
    price = source.get("price_baisa")
    labels = reference_labels()
    craft_names = labels["craft"].get(source["craft"], {"en": source["craft"], "ar": source["craft"]})
    place_names = [
        labels[kind].get(source.get(kind) or "")
        for kind in ("wilayat", "governorate")
        if labels[kind].get(source.get(kind) or "")
    ]
    with translation.override(language):
        artisan_url = reverse("artisans:detail", kwargs={"registry_number": source["artisan"]})
    return SearchHit(
        product_id=source["product_id"],
        sku=source["sku"],
        title=title,
        url=url,
        price=(Decimal(price) / 1000).quantize(Decimal("0.001")) if price is not None else None,
        craft=source["craft"],
        governorate=source["governorate"],
        artisan_registry_number=source["artisan"],
        artisan_name=localized_text(
            ar=source.get("artisan_name_ar"), en=source.get("artisan_name_en"), language=language
        ),
        in_stock=bool(source.get("in_stock")),
        highlight=highlight(title.text, units),
        image=source.get("image") or "",
        image_webp=source.get("image_webp") or "",
        craft_name=localized_text(ar=craft_names["ar"], en=craft_names["en"], language=language),
        artisan_place=("، " if language == "ar" else ", ").join(names[language] for names in place_names),
        artisan_url=artisan_url,
        has_deposit=bool(source.get("has_deposit")),
    )


# --- Secondary results and suggestions ---------------------------------------------------------------------------


def artisans_matching(units: list[QueryUnit], language: str, limit: int = 4) -> tuple[list[ArtisanHit], int]:
    """Artisans whose name (or place) matches every word of the query, shown beside the products; with the
    engine's time."""
    plain_units = [unit for unit in units if not unit.concepts]
    if not plain_units:
        return [], 0
    query = Q(
        "bool",
        filter=[
            Q("bool", should=[unit_filter(u, "name_terms"), unit_filter(u, "place_terms")], minimum_should_match=1)
            for u in units
        ],
        should=[unit_filter(u, "name_terms") for u in plain_units],
        minimum_should_match=1,
    )
    search = Search(using=get_client(), index=alias_name("artisans")).query(query).extra(size=limit)
    try:
        response = search.execute().to_dict()
    except (TransportError, ApiError, SearchUnavailable, ConnectionError):
        return [], 0
    hits = []
    for hit in response["hits"]["hits"]:
        source = hit["_source"]
        place = localized_text(ar=source.get("wilayat_ar"), en=source.get("wilayat_en"), language=language)
        with translation.override(language):
            url = reverse("artisans:detail", kwargs={"registry_number": source["registry_number"]})
        hits.append(
            ArtisanHit(
                registry_number=source["registry_number"],
                name=localized_text(ar=source.get("name_ar"), en=source.get("name_en"), language=language),
                place=str(place),
                url=url,
                product_count=source.get("product_count") or 0,
            )
        )
    return hits, int(response.get("took", 0))


def stories_matching(query: str, language: str, limit: int = 3) -> list[StoryHit]:
    """Published stories about the query, in the reader's language first, one version of each story: the
    secondary "Stories" results beside the products."""
    text = (query or "")[:MAX_STORY_QUERY_LENGTH].strip()
    units = query_units(text) if text else []
    return stories_matching_units(units, language, limit)[0]


def _story_search(units: list[QueryUnit], language: str, limit: int, *, fuzzy: bool = False) -> Search:
    return (
        Search(using=get_client(), index=alias_name("stories"))
        .query(story_query(units, language, fuzzy=fuzzy))
        .sort("_score", {"date": "desc"}, {"story_id": "desc"})
        .extra(size=limit, track_total_hits=False)
    )


def stories_matching_units(units: list[QueryUnit], language: str, limit: int = 3) -> tuple[list[StoryHit], int]:
    """Stories matching the query's units, with the engine's time. Secondary results: when the engine fails, or no
    story has been indexed yet, there are none, and the products are still shown."""
    if not units:
        return [], 0
    # Each story has at most one version per language, so twice the limit leaves `limit` stories once the other
    # language's versions of stories already found are dropped.
    try:
        response = _story_search(units, language, limit * 2).execute().to_dict()
        took = int(response.get("took", 0))
        if not response["hits"]["hits"] and any(typo_allowance(w) for u in units for w in u.words):
            response = _story_search(units, language, limit * 2, fuzzy=True).execute().to_dict()
            took += int(response.get("took", 0))
    except (TransportError, ApiError, SearchUnavailable, ConnectionError):
        return [], 0
    hits, seen = [], set()
    for hit in response["hits"]["hits"]:
        source = hit["_source"]
        if source.get("translation_key") in seen:
            continue
        seen.add(source.get("translation_key"))
        hits.append(_story_hit(source, units))
    return hits[:limit], took


def _story_hit(source: dict, units: list[QueryUnit]) -> StoryHit:
    title = source.get("title") or ""
    return StoryHit(
        story_id=source["story_id"],
        title=title,
        highlight=highlight(title, units),
        url=source.get("url") or "",
        snippet=source.get("snippet") or "",
        language=source.get("language") or "",
        kind=source.get("kind") or "",
        author=source.get("author") or "",
        date=_date_or_none(source.get("date")),
    )


def _date_or_none(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def suggest(prefix: str, language: str, limit: int = 8) -> list[dict]:
    """Autocomplete from the first letters, in either script: crafts (from the glossary), products, artisans."""
    prefix_words = words(bounded_query(prefix))
    if not prefix_words:
        return []
    forms = [word.key for word in prefix_words]
    suggestions: list[dict] = []
    labels = reference_labels()["craft"]
    last = forms[-1]
    for code, names in labels.items():
        craft_forms = {form for name in names.values() for word in words(name) for form in word.forms}
        if any(form.startswith(last) for form in craft_forms) and len(forms) == 1:
            label = localized_text(ar=names["ar"], en=names["en"], language=language)
            with translation.override(language):
                url = reverse("catalogue:index") + f"?craft={code}"
            suggestions.append({"kind": "craft", "label": label.text, "language": label.language, "url": url})
    query = Q("bool", must=[Q("match", suggest_terms={"query": form}) for form in forms])
    client = get_client()
    try:
        products = (
            Search(using=client, index=alias_name("products"))
            .query(query)
            .source(["title_en", "title_ar", "slug", "product_id"])
            .extra(size=limit)
            .execute()
            .to_dict()
        )
        artisans = (
            Search(using=client, index=alias_name("artisans"))
            .query(query)
            .source(["name_en", "name_ar", "registry_number"])
            .extra(size=3)
            .execute()
            .to_dict()
        )
    except NotFoundError:
        return suggestions  # nothing indexed yet
    except (TransportError, ApiError, SearchUnavailable, ConnectionError) as error:
        raise SearchUnavailable(str(error)) from error
    seen_titles = set()
    for hit in products["hits"]["hits"]:
        source = hit["_source"]
        title = localized_text(ar=source.get("title_ar"), en=source.get("title_en"), language=language)
        if title.text in seen_titles:
            continue
        seen_titles.add(title.text)
        with translation.override(language):
            url = reverse("catalogue:detail", kwargs={"product_slug": source["slug"], "pk": source["product_id"]})
        suggestions.append({"kind": "product", "label": title.text, "language": title.language, "url": url})
    for hit in artisans["hits"]["hits"]:
        source = hit["_source"]
        name = localized_text(ar=source.get("name_ar"), en=source.get("name_en"), language=language)
        with translation.override(language):
            url = reverse("artisans:detail", kwargs={"registry_number": source["registry_number"]})
        suggestions.append({"kind": "artisan", "label": name.text, "language": name.language, "url": url})
    return suggestions[: limit + 3]
