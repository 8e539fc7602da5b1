"""Searching: the query service behind the search API and the shop's search and category pages, with artisans and
stories as secondary results.

A query is read in Python (search/analysis.py) into units (a word or a glossary phrase, with the concepts it
names); every unit must match the listing (all but one when there are three or more), in its title, its concepts,
its context (craft, materials, artisan, place, design) or its description, with typo tolerance on longer words.
Listings matching every unit come first. SKUs, design-deposit numbers and registry numbers typed whole match
exactly. Results, facets and counts come from the engine; nothing is read from the database per hit.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation
from elasticsearch import ApiError, NotFoundError, TransportError
from elasticsearch_dsl import A, MultiSearch, Q, Search
from oscar.core.loading import get_model

from artisans.models import Governorate, Wilayat
from marketplace.bilingual import LANGUAGE_SELF_NAMES, RTL_LANGUAGES, LocalizedText, localized_text
from search.analysis import QueryUnit, glossary, query_units, typo_allowance, words
from search.documents import alias_name
from search.engine import SearchUnavailable, get_client
from search.models import SearchIndexVersion
from search.understanding import Place, Understood, understand

Category = get_model("catalogue", "Category")
Material = get_model("catalogue", "Material")

MAX_PAGE_SIZE = 50
MAX_RESULT_WINDOW = 10_000
PRICE_BANDS = [  # (key, from baisa, to baisa)
    ("under-10", None, 10_000),
    ("10-50", 10_000, 50_000),
    ("50-100", 50_000, 100_000),
    ("100-250", 100_000, 250_000),
    ("250-plus", 250_000, None),
]
SORTS = ("relevance", "newest", "price-asc", "price-desc")
# A unit matched by what the listing is (its item or material, in its title or fields) counts more than by the
# craft it belongs to or the words around it: "فخاري" (clay) ranks a clay burner above a copper one that the
# pottery craft happens to sell.
BOOSTS = {
    "concepts": 3.0,
    "title": 3.0,
    "context": 2.0,
    "fuzzy_title": 2.0,
    "craft": 1.5,
    "fuzzy_context": 1.0,
    "description": 0.5,
}
ALL_UNITS_BONUS = 10.0
# A unit naming an item that is the listing's head noun, or a craft that is the listing's craft, adds this: "khanjar"
# ranks khanjars above khanjar belts and keyrings (whose titles say "khanjar" as loudly), "incense" the incense
# craft's pieces above the burners named for it. More than the gap between a title match and a craft match (3.0 -
# 1.5), far less than ALL_UNITS_BONUS, so a listing matching more of the query still comes first.
WHAT_IT_IS_BONUS = 2.0
# A story matched by its title or what it is about (the glossary's concepts) before one that mentions the words.
STORY_BOOSTS = {
    "title_terms": 3.0,
    "title_concepts": 3.0,
    "intro_terms": 2.0,
    "author_terms": 2.0,
    "body_terms": 1.0,
    "concepts": 1.0,
    "fuzzy": 0.5,
}
# Larger than any sum of the boosts above: a story in the reader's language comes before one in the other.
READER_LANGUAGE_BONUS = 100.0
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


@dataclass(frozen=True)
class SearchRequest:
    q: str = ""
    page: int = 1
    page_size: int = 20
    crafts: tuple[str, ...] = ()
    governorates: tuple[str, ...] = ()
    materials: tuple[str, ...] = ()
    artisan: str = ""
    min_price_baisa: int | None = None
    max_price_baisa: int | None = None
    in_stock: bool | None = None
    deposit_only: bool = False
    sort: str = ""
    language: str = "en"

    @property
    def effective_sort(self) -> str:
        return self.sort or ("relevance" if self.q.strip() else "newest")

    def filters_as_dict(self) -> dict:
        values = {
            "craft": list(self.crafts),
            "governorate": list(self.governorates),
            "material": list(self.materials),
            "artisan": self.artisan,
            "min_price_baisa": self.min_price_baisa,
            "max_price_baisa": self.max_price_baisa,
            "in_stock": self.in_stock,
            "deposit": self.deposit_only or None,
            "sort": self.sort,
        }
        return {key: value for key, value in values.items() if value not in (None, "", [])}


@dataclass
class SearchHit:
    product_id: int
    sku: str
    title: LocalizedText
    url: str
    price: Decimal | None
    craft: str
    governorate: str
    artisan_registry_number: str
    artisan_name: LocalizedText
    in_stock: bool
    highlight: str
    image: str
    # What a product card shows beside the above, from the document and the cached names (no database query).
    craft_name: LocalizedText | None = None
    artisan_place: str = ""
    image_webp: str = ""  # the WebP srcset, for <picture>
    artisan_url: str = ""
    has_deposit: bool = False

    @property
    def stock_code(self) -> str:
        """Oscar's availability code for the card's stock badge: no price is no stock record."""
        if self.price is None:
            return "unavailable"
        return "instock" if self.in_stock else "outofstock"


@dataclass
class FacetValue:
    value: str
    label: LocalizedText
    labels: dict[str, str]
    count: int
    selected: bool


@dataclass
class ArtisanHit:
    registry_number: str
    name: LocalizedText
    place: str
    url: str
    product_count: int


@dataclass
class StoryHit:
    """A story that matched, as the engine stored it: in its own language, which may not be the reader's."""

    story_id: int
    title: str
    highlight: str
    url: str
    snippet: str
    language: str
    kind: str
    author: str
    date: date | None

    @property
    def direction(self) -> str:
        return "rtl" if self.language in RTL_LANGUAGES else "ltr"

    @property
    def language_name(self) -> str:
        return LANGUAGE_SELF_NAMES.get(self.language, self.language)

    @property
    def kind_label(self) -> str:
        kinds = apps.get_model("cms", "StoryPage").Kind
        return kinds(self.kind).label if self.kind in kinds.values else ""


@dataclass
class SearchResults:
    request: SearchRequest
    total: int
    hits: list[SearchHit]
    facets: dict[str, list[FacetValue]]
    suggestion: str | None = None
    artisans: list[ArtisanHit] = field(default_factory=list)
    stories: list[StoryHit] = field(default_factory=list)
    engine_ms: int = 0
    normalised: str = ""
    understood: Understood | None = None

    @property
    def pages(self) -> int:
        return max(1, -(-min(self.total, MAX_RESULT_WINDOW) // self.request.page_size))


# --- Building the engine's query ----------------------------------------------------------------------------


def _scored(query: Q, boost: float) -> Q:
    """A match worth a fixed weight, whatever the engine's term statistics say: the weights are ours (BOOSTS)."""
    return Q("constant_score", filter=query, boost=boost)


def _typo(field_name: str, word, allowance: int) -> Q:
    """The word's key in one field, with `allowance` letters wrong after the first."""
    return Q("fuzzy", **{field_name: {"value": word.key, "fuzziness": allowance, "prefix_length": 1}})


def _unit_filter(unit: QueryUnit, field_name: str) -> Q:
    """The unit's words (all of them, in any of their forms) in one field."""
    clauses = [Q("terms", **{field_name: list(word.forms)}) for word in unit.words]
    return clauses[0] if len(clauses) == 1 else Q("bool", filter=clauses)


def _unit_options(unit: QueryUnit, *, fuzzy: bool = False) -> list[Q]:
    """The ways a listing can match one unit, each with a fixed weight."""
    options = [
        _scored(_unit_filter(unit, "title_terms"), BOOSTS["title"]),
        _scored(_unit_filter(unit, "context_terms"), BOOSTS["context"]),
        _scored(_unit_filter(unit, "description_terms"), BOOSTS["description"]),
    ]
    kind_concepts = sorted(c for c in unit.concepts if not c.startswith("craft:"))
    craft_concepts = sorted(c for c in unit.concepts if c.startswith("craft:"))
    if kind_concepts:
        options.append(_scored(Q("terms", concepts=kind_concepts), BOOSTS["concepts"]))
    if craft_concepts:
        options.append(_scored(Q("terms", concepts=craft_concepts), BOOSTS["craft"]))
    if fuzzy and len(unit.words) == 1:
        word = unit.words[0]
        allowance = typo_allowance(word)
        if allowance:
            for field_name, boost in (("title_terms", "fuzzy_title"), ("context_terms", "fuzzy_context")):
                options.append(_scored(_typo(field_name, word, allowance), BOOSTS[boost]))
    return options


def _unit_query(unit: QueryUnit, *, fuzzy: bool = False) -> Q:
    """How a listing can match one unit; the best way counts (dis_max)."""
    return Q("dis_max", queries=_unit_options(unit, fuzzy=fuzzy))


def _what_it_is_bonus(unit: QueryUnit) -> Q | None:
    """The bonus for a listing that is what the unit names: its head noun's item when the unit names an item (the
    narrower reading: "khanjar" also names the khanjar craft, which sells belts too), else its craft when the unit
    names a craft ("incense", "pottery"); None when the unit names neither."""
    items = sorted(c for c in unit.concepts if c.startswith("item:"))
    if items:
        return _scored(Q("terms", head_concepts=items), WHAT_IT_IS_BONUS)
    crafts = sorted(c.removeprefix("craft:") for c in unit.concepts if c.startswith("craft:"))
    if crafts:
        return _scored(Q("terms", craft=crafts), WHAT_IT_IS_BONUS)
    return None


def _unit_any(unit: QueryUnit, *, fuzzy: bool) -> Q:
    """The unit matched in any of its ways, for a filter (no score)."""
    return Q("bool", should=_unit_options(unit, fuzzy=fuzzy), minimum_should_match=1)


def text_query(units: list[QueryUnit], *, fuzzy: bool = False) -> Q:
    """Every unit must match (all but one when there are three or more, listings matching all of them first).
    Typo tolerance in the engine (`fuzzy`) is the second try, for when the exact forms and the glossary find
    nothing: it costs the engine more, and exact matches are better when there are some."""
    units_query = [_unit_query(u, fuzzy=fuzzy) for u in units]
    bonuses = [bonus for bonus in map(_what_it_is_bonus, units) if bonus]
    if len(units) <= 2:
        return Q("bool", must=units_query, **({"should": bonuses} if bonuses else {}))
    all_units = Q("bool", filter=[_unit_any(u, fuzzy=fuzzy) for u in units])
    return Q(
        "bool",
        must=[Q("bool", should=units_query, minimum_should_match=len(units) - 1)],
        should=[_scored(all_units, ALL_UNITS_BONUS), *bonuses],
    )


def facet_filters(request: SearchRequest) -> dict[str, Q]:
    """The ticked filters, by facet."""
    filters: dict[str, Q] = {}
    if request.crafts:
        filters["craft"] = Q("terms", craft=list(request.crafts))
    if request.governorates:
        filters["governorate"] = Q("terms", governorate=list(request.governorates))
    if request.materials:
        filters["material"] = Q("terms", materials=list(request.materials))
    if request.min_price_baisa is not None or request.max_price_baisa is not None:
        bounds = {}
        if request.min_price_baisa is not None:
            bounds["gte"] = request.min_price_baisa
        if request.max_price_baisa is not None:
            bounds["lte"] = request.max_price_baisa
        filters["price"] = Q("range", price_baisa=bounds)
    if request.in_stock is not None:
        filters["in_stock"] = Q("term", in_stock=request.in_stock)
    if request.artisan:
        filters["artisan"] = Q("term", artisan=request.artisan.upper())
    if request.deposit_only:
        filters["deposit"] = Q("term", has_deposit=True)
    return filters


FACET_NAMES = ("craft", "governorate", "material", "price", "in_stock")


def facet_aggregation(name: str) -> A:
    """How one facet is counted."""
    if name == "price":
        bands = [
            {"key": key, **({"from": low} if low is not None else {}), **({"to": high} if high is not None else {})}
            for key, low, high in PRICE_BANDS
        ]
        return A("range", field="price_baisa", ranges=bands)
    field_name, size = {"craft": ("craft", 50), "governorate": ("governorate", 20), "material": ("materials", 50)}.get(
        name, ("in_stock", 2)
    )
    return A("terms", field=field_name, size=size)


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


def sort_clause(sort: str) -> list:
    return {
        "relevance": ["_score", {"created": "desc"}, {"product_id": "desc"}],
        "newest": [{"created": "desc"}, {"product_id": "desc"}],
        "price-asc": [{"price_baisa": "asc"}, {"product_id": "desc"}],
        "price-desc": [{"price_baisa": "desc"}, {"product_id": "desc"}],
        # "Cheap": the pieces as relevant as each other, cheapest first.
        "relevance-cheapest": ["_score", {"price_baisa": "asc"}, {"product_id": "desc"}],
    }[sort]


# --- Running it ---------------------------------------------------------------------------------------------------


EMPTY_RESPONSE = {"hits": {"total": {"value": 0}, "hits": []}, "aggregations": {}, "took": 0}
BROWSE_FACETS_SECONDS = 24 * 3600  # a version's counts never change; the version does


def products_index_version() -> int:
    """The products index's version (one query): the browsing facets cached under it are true."""
    return SearchIndexVersion.objects.filter(kind="products").values_list("number", flat=True).first() or 0


def _browse_facets_key(scope: str, version: int) -> str:
    return f"search:browse-facets:{version}:{scope}"


def _scope_search(scope: str) -> Search:
    """Counting every facet over a browsing scope (no hits)."""
    search = Search(index=alias_name("products")).extra(size=0, track_total_hits=False)
    if scope.startswith("craft:"):
        search = search.filter("term", craft=scope.removeprefix("craft:"))
    for name in FACET_NAMES:
        search.aggs.bucket(name, facet_aggregation(name))
    return search


def _run_searches(searches: list[Search], *, client=None) -> list[dict]:
    """Several searches in one request to the engine (`_msearch`), their answers as the engine gave them."""
    multi = MultiSearch(using=client or get_client(), index=alias_name("products"))
    for search in searches:
        multi = multi.add(search)
    try:
        return [response.to_dict() for response in multi.execute()]
    except NotFoundError:
        return [EMPTY_RESPONSE for _ in searches]  # nothing indexed yet: no results, not an error
    except ApiError as error:
        if isinstance(error.body, dict) and error.body.get("status") == 404:
            return [EMPTY_RESPONSE for _ in searches]
        raise SearchUnavailable(str(error)) from error
    except (TransportError, SearchUnavailable, ConnectionError) as error:
        raise SearchUnavailable(str(error)) from error


def refresh_browse_facets() -> int:
    """The worker's job: count the browsing facets (the whole catalogue's and each craft's) for the index's current
    version when they are not cached yet, so no visitor waits for them. Returns how many scopes were counted.

    One request per scope, with the bulk requests' longer timeout: at national scale each counts the whole
    catalogue or a craft's part of it, which takes the engine seconds, not the milliseconds a visitor's search may
    take; each is cached as soon as it is counted."""
    version = products_index_version()
    scopes = ["", *(f"craft:{code}" for code in sorted(reference_labels()["craft"]))]
    missing = [scope for scope in scopes if cache.get(_browse_facets_key(scope, version)) is None]
    client = get_client().options(request_timeout=settings.SEARCH_BULK_TIMEOUT)
    for scope in missing:
        (response,) = _run_searches([_scope_search(scope)], client=client)
        cache.set(_browse_facets_key(scope, version), response.get("aggregations", {}), BROWSE_FACETS_SECONDS)
    return len(missing)


def _filtered(query: Q, filters: list[Q]) -> Q:
    """The query within the filters (which count nothing towards the score)."""
    return Q("bool", must=[query], filter=filters) if filters else query


def _search_page(request: SearchRequest, text: str, query: Q, sort: str, filters: dict[str, Q]):
    """One page of hits and the facets' counts, in one request to the engine (`_msearch`): returns the page's
    answer and the aggregations by facet.

    Every facet counts what the other ticked filters leave, so a buyer sees what ticking another value would
    give. A facet with no ticked value is counted by the page's own search, whose query holds every filter: the
    engine counts the filtered set only, never the whole catalogue. A facet with a ticked value gets a count-only
    search of the query and the other filters. Counts a browsing visitor shares (the whole catalogue's, one
    craft's) come from the cache, kept per index version and refreshed by the worker."""
    page = Search(index=alias_name("products")).query(_filtered(query, list(filters.values())))
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
                cached_scopes[scope] = cache.get(_browse_facets_key(scope, version))
                if cached_scopes[scope] is None:
                    extra.append((f"scope:{scope}", _scope_search(scope)))
            counted[name] = f"scope:{scope}"
        elif name not in filters:
            page.aggs.bucket(name, facet_aggregation(name))
            counted[name] = "page"
        else:
            count_only = Search(index=alias_name("products")).query(_filtered(query, list(others.values())))
            count_only = count_only.extra(size=0, track_total_hits=False)
            count_only.aggs.bucket(name, facet_aggregation(name))
            extra.append((f"facet:{name}", count_only))
            counted[name] = f"facet:{name}"
    responses = _run_searches([page, *(search for _, search in extra)])
    answers = {"page": responses[0], **{label: answer for (label, _), answer in zip(extra, responses[1:], strict=True)}}
    for label, answer in answers.items():
        if label.startswith("scope:"):
            cached_scopes[label.removeprefix("scope:")] = answer.get("aggregations", {})
            cache.set(
                _browse_facets_key(label.removeprefix("scope:"), version),
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
        facets=_facets(aggregations, request),
        engine_ms=took,
        normalised=" ".join(unit.words[0].key if len(unit.words) == 1 else unit.text for unit in units),
        understood=understood,
    )
    if units:
        results.suggestion = _whole_query(understood, suggestion_for(understood.text, units, total))
        if total == 0 and not results.suggestion and len(units) >= 2:
            results.suggestion = broader_query(units, filters)
        results.artisans, artisans_ms = artisans_matching(units, request.language)
        results.stories, stories_ms = stories_matching_units(units, request.language)
        results.engine_ms += artisans_ms + stories_ms
    return results


# --- The understood query (elasticsearch-dsl) ----------------------------------------------------------------------
#
# What search/understanding.py read out of a query, as the engine's query, on top of the unit queries above.

# A piece from the place the buyer named: less than WHAT_IT_IS_BONUS, so that another wilayat's khanjar still ranks
# above a Nizwa khanjar box for "Nizwa khanjar", and enough to order the pieces that are what was asked for.
PLACE_BONUS = 1.0
# A listing whose title holds every word of a phrase the buyer typed ("لبان حوجري") before one that only shares its
# concept (any frankincense).
WHOLE_PHRASE_BONUS = 1.0
# Queries of this many words or more are sentences: their words that name no item, material or craft may be missing.
SENTENCE_WORDS = 3


def _whole_query(understood: Understood, suggestion: str | None) -> str | None:
    """A spelling suggestion for the words searched, put back among the parts read out of the query ("silvr ring
    under 20 rials" suggests "silver ring under 20 rials"), when those words were typed together."""
    if not suggestion or not understood.text or understood.text not in understood.query:
        return suggestion
    return understood.query.replace(understood.text, suggestion, 1)


def gazetteer() -> tuple[Place, ...]:
    """The wilayats and governorates a query may name, from the cached reference labels (no query per search)."""
    labels = reference_labels()
    return tuple(
        Place(kind, slug, (names["en"], names["ar"]))
        for kind in ("governorate", "wilayat")
        for slug, names in sorted(labels[kind].items())
    )


def identifiers_query(keys: tuple[str, ...]) -> Q:
    """Listings with one of these SKUs, made to one of these design deposits, or by one of these artisans."""
    keys_list = list(keys)
    return Q(
        "bool",
        should=[Q("terms", sku_key=keys_list), Q("terms", deposit_key=keys_list), Q("terms", artisan=keys_list)],
        minimum_should_match=1,
    )


def understood_filters(understood: Understood) -> dict[str, Q]:
    """The price the buyer named, as a filter (inclusive bounds: no listing's price sits on a round bound)."""
    if not understood.has_price:
        return {}
    bounds = {}
    if understood.price_min is not None:
        bounds["gte"] = int(understood.price_min * 1000)
    if understood.price_max is not None:
        bounds["lte"] = int(understood.price_max * 1000)
    return {"understood_price": Q("range", price_baisa=bounds)}


def understood_query(understood: Understood, units: list[QueryUnit], *, fuzzy: bool = False) -> Q:
    """The units to match, with the minimum-should-match policy of sentences, and the place preference.

    A short query keeps the rule of text_query (every unit, all but one from three). In a sentence (SENTENCE_WORDS
    or more words as typed) that names an item, a material or a craft, those units must match (all but one from
    three) and its other words only add to the score: "wooden dhow model for my office desk" finds dhow models."""
    if not units:
        query = Q("match_all")
    else:
        named = [unit for unit in units if unit.concepts]
        plain = [unit for unit in units if not unit.concepts]
        if named and plain and len(understood.query.split()) >= SENTENCE_WORDS:
            query = Q(
                "bool",
                must=[text_query(named, fuzzy=fuzzy)],
                should=[_unit_query(unit, fuzzy=fuzzy) for unit in plain],
            )
        else:
            query = text_query(units, fuzzy=fuzzy)
    preferences = [_scored(Q("term", **{mention.kind: mention.slug}), PLACE_BONUS) for mention in understood.places]
    preferences += [
        _scored(_unit_filter(unit, "title_terms"), WHOLE_PHRASE_BONUS) for unit in units if len(unit.words) > 1
    ]
    return Q("bool", must=[query], should=preferences) if preferences else query


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


# --- Facets with their names in both languages -----------------------------------------------------------------


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


def _facets(aggs: dict, request: SearchRequest) -> dict[str, list[FacetValue]]:
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


# --- Highlights, suggestions, secondary results -----------------------------------------------------------------


def highlight(title: str, units: list[QueryUnit]) -> str:
    """The title with the words that matched the query marked: <mark>…</mark>, everything else escaped."""
    if not units or not title:
        return html.escape(title or "")
    wanted = {form for unit in units for word in unit.words for form in word.forms}
    concepts = set().union(*(unit.concepts for unit in units))
    table = glossary()
    pieces = []
    for token in _split_keep_separators(title):
        found = words(token, indexing=True, keep_stopwords=True)
        matched = bool(found) and (
            bool(set(found[0].forms) & wanted)
            or any(table.phrases.get((form,), frozenset()) & concepts for form in found[0].forms)
        )
        pieces.append(f"<mark>{html.escape(token)}</mark>" if matched else html.escape(token))
    return "".join(pieces)


def _split_keep_separators(text: str) -> list[str]:
    return [piece for piece in re.split(r"([\s\-،,]+)", text) if piece]


def suggestion_for(text: str, units: list[QueryUnit], total: int) -> str | None:
    """A corrected query, when the query had misspelt words the glossary recognised, as the buyer would write it."""
    if not any(unit.corrected for unit in units):
        return None
    table = glossary()
    corrected_words = []
    for unit in units:
        if unit.corrected:
            corrected_words.append(_written_term(unit, table) or unit.corrected)
        else:
            corrected_words.append(unit.text)
    suggestion = " ".join(corrected_words)
    return suggestion if suggestion.casefold() != text.casefold() else None


def _written_term(unit: QueryUnit, table) -> str | None:
    """The glossary's own spelling of what a misspelt unit was read as."""
    for concept in sorted(unit.concepts):
        for term in table.terms.get(concept, ()):
            forms = [word.key for word in words(term)]
            if " ".join(forms) == unit.corrected:
                return term
    return None


def artisans_matching(units: list[QueryUnit], language: str, limit: int = 4) -> tuple[list[ArtisanHit], int]:
    """Artisans whose name (or place) matches every word of the query, shown beside the products; with the
    engine's time."""
    plain_units = [unit for unit in units if not unit.concepts]
    if not plain_units:
        return [], 0
    query = Q(
        "bool",
        filter=[
            Q("bool", should=[_unit_filter(u, "name_terms"), _unit_filter(u, "place_terms")], minimum_should_match=1)
            for u in units
        ],
        should=[_unit_filter(u, "name_terms") for u in plain_units],
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


def _story_unit_query(unit: QueryUnit, *, fuzzy: bool) -> Q:
    options = [
        _scored(_unit_filter(unit, name), STORY_BOOSTS[name])
        for name in ("title_terms", "intro_terms", "author_terms", "body_terms")
    ]
    if unit.concepts:
        concepts = sorted(unit.concepts)
        options.append(_scored(Q("terms", title_concepts=concepts), STORY_BOOSTS["title_concepts"]))
        options.append(_scored(Q("terms", concepts=concepts), STORY_BOOSTS["concepts"]))
    if fuzzy and len(unit.words) == 1 and typo_allowance(unit.words[0]):
        word = unit.words[0]
        for name in ("title_terms", "intro_terms"):
            options.append(_scored(_typo(name, word, typo_allowance(word)), STORY_BOOSTS["fuzzy"]))
    return Q("dis_max", queries=options)


def story_query(units: list[QueryUnit], language: str, *, fuzzy: bool = False) -> Q:
    """Every unit must match somewhere in the story (stories are long, so leaving a word out would let too much
    in); the reader's language first."""
    return Q(
        "bool",
        must=[_story_unit_query(unit, fuzzy=fuzzy) for unit in units],
        should=[_scored(Q("term", language=language), READER_LANGUAGE_BONUS)],
    )


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
