"""The engine's queries and aggregations, built with elasticsearch-dsl's `Q` and `A`: how a listing matches one unit
of a query and with what weight, the rule for all of a query's units, the understood parts (identifiers, a price, a
place, a sentence's optional words), the ticked filters, the facets' counts and the sorts, and the stories' query.

Pure: nothing here calls the engine or the database. What a word is (its forms, its concepts, how many typos it
may carry) comes from search/analysis.py; these builders only say which field and which weight."""

from __future__ import annotations

from elasticsearch_dsl import A, Q

from search.analysis import QueryUnit, typo_allowance
from search.understanding import Understood
from search.values import SearchRequest

PRICE_BANDS = [  # (key, from baisa, to baisa)
    ("under-10", None, 10_000),
    ("10-50", 10_000, 50_000),
    ("50-100", 50_000, 100_000),
    ("100-250", 100_000, 250_000),
    ("250-plus", 250_000, None),
]
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
# A piece from the place the buyer named: less than WHAT_IT_IS_BONUS, so that another wilayat's khanjar still ranks
# above a Nizwa khanjar box for "Nizwa khanjar", and enough to order the pieces that are what was asked for.
PLACE_BONUS = 1.0
# A listing whose title holds every word of a phrase the buyer typed ("لبان حوجري") before one that only shares its
# concept (any frankincense).
WHOLE_PHRASE_BONUS = 1.0
# Queries of this many words or more are sentences: their words that name no item, material or craft may be missing.
SENTENCE_WORDS = 3
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


def _scored(query: Q, boost: float) -> Q:
    """A match worth a fixed weight, whatever the engine's term statistics say: the weights are ours (BOOSTS)."""
    return Q("constant_score", filter=query, boost=boost)


def _typo(field_name: str, word, allowance: int) -> Q:
    """The word's key in one field, with `allowance` letters wrong after the first."""
    return Q("fuzzy", **{field_name: {"value": word.key, "fuzziness": allowance, "prefix_length": 1}})


def unit_filter(unit: QueryUnit, field_name: str) -> Q:
    """The unit's words (all of them, in any of their forms) in one field."""
    clauses = [Q("terms", **{field_name: list(word.forms)}) for word in unit.words]
    return clauses[0] if len(clauses) == 1 else Q("bool", filter=clauses)


def _unit_options(unit: QueryUnit, *, fuzzy: bool = False) -> list[Q]:
    """The ways a listing can match one unit, each with a fixed weight."""
    options = [
        _scored(unit_filter(unit, "title_terms"), BOOSTS["title"]),
        _scored(unit_filter(unit, "context_terms"), BOOSTS["context"]),
        _scored(unit_filter(unit, "description_terms"), BOOSTS["description"]),
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


def unit_query(unit: QueryUnit, *, fuzzy: bool = False) -> Q:
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
    units_query = [unit_query(u, fuzzy=fuzzy) for u in units]
    bonuses = [bonus for bonus in map(_what_it_is_bonus, units) if bonus]
    if len(units) <= 2:
        return Q("bool", must=units_query, **({"should": bonuses} if bonuses else {}))
    all_units = Q("bool", filter=[_unit_any(u, fuzzy=fuzzy) for u in units])
    return Q(
        "bool",
        must=[Q("bool", should=units_query, minimum_should_match=len(units) - 1)],
        should=[_scored(all_units, ALL_UNITS_BONUS), *bonuses],
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
                should=[unit_query(unit, fuzzy=fuzzy) for unit in plain],
            )
        else:
            query = text_query(units, fuzzy=fuzzy)
    preferences = [_scored(Q("term", **{mention.kind: mention.slug}), PLACE_BONUS) for mention in understood.places]
    preferences += [
        _scored(unit_filter(unit, "title_terms"), WHOLE_PHRASE_BONUS) for unit in units if len(unit.words) > 1
    ]
    return Q("bool", must=[query], should=preferences) if preferences else query


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


def sort_clause(sort: str) -> list:
    return {
        "relevance": ["_score", {"created": "desc"}, {"product_id": "desc"}],
        "newest": [{"created": "desc"}, {"product_id": "desc"}],
        "price-asc": [{"price_baisa": "asc"}, {"product_id": "desc"}],
        "price-desc": [{"price_baisa": "desc"}, {"product_id": "desc"}],
        # "Cheap": the pieces as relevant as each other, cheapest first.
        "relevance-cheapest": ["_score", {"price_baisa": "asc"}, {"product_id": "desc"}],
    }[sort]


def filtered(query: Q, filters: list[Q]) -> Q:
    """The query within the filters (which count nothing towards the score)."""
    return Q("bool", must=[query], filter=filters) if filters else query


def _story_unit_query(unit: QueryUnit, *, fuzzy: bool) -> Q:
    options = [
        _scored(unit_filter(unit, name), STORY_BOOSTS[name])
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
