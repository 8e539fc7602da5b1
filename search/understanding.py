"""Query understanding: what a buyer's query asks for, read before it is searched.

A query is more than the words a listing must contain. `understand()` reads, in both languages and in either
digits:

- identifiers (SKUs, design-deposit and registry numbers) anywhere in the query ("منتج رقم DAK-KHJ-٠٠١٢");
- a price intent: under, below, less than, أقل من, تحت, دون; over, more than, أكثر من; between A and B, من A إلى B;
  around, حوالي; a bare "20 rials"; with or without rials, OMR, ر.ع., ريال. "Cheap" or رخيص asks for the cheaper
  pieces of what was named;
- places: a wilayat or governorate named in the query (the gazetteer is passed in, so this module reads no database);
- filler that does not have to match: stop words, "I am looking for", "for my mother", "gift", "handmade", هدية,
  لأمي, أصلي, and words every listing on the site could claim ("Omani");
- what is left: the words to search, read into glossary units by search/analysis.py (items, materials, crafts).

It is pure (no database, no engine): the same reading serves any engine, the API's `"understood"` and the chips
of the search page. search/selectors.py turns an `Understood` into the engine's query.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache

from search.analysis import DIGITS, IDENTIFIER, STOPWORDS, QueryUnit, Word, glossary, query_units, words

# --- Prices -----------------------------------------------------------------------------------------------------

NUMBER = r"(\d{1,6}(?:[.,٫]\d{1,3})?)"
CURRENCY = (
    r"(?:omr|o\.m\.r\.?|r\.o\.?|rials?|riyals?|ryals?|rial\s+omani"
    r"|ر\.\s?ع\.?|ر\s?ع|ريالات|ريالاً|ريالا|ريال(?:\s+عماني)?)"
)
_CUR = rf"(?:\s*{CURRENCY})"
_BEFORE = rf"(?:{CURRENCY}\s*)?"  # "under OMR 20"
_END = r"(?=$|[\s,،.!?؟)])"
UNDER_WORDS = (
    r"under|below|less\s+than|cheaper\s+than|up\s+to|upto|at\s+most|no\s+more\s+than|not\s+more\s+than|max(?:imum)?"
    r"|within|أقل\s+من|اقل\s+من|بأقل\s+من|باقل\s+من|تحت|دون|أرخص\s+من|ارخص\s+من|لا\s+يزيد\s+عن|بحد\s+أقصى|حتى"
)
OVER_WORDS = r"over|above|more\s+than|at\s+least|min(?:imum)?|أكثر\s+من|اكثر\s+من|فوق|لا\s+يقل\s+عن|بحد\s+أدنى"
AROUND_WORDS = r"around|about|approximately|approx\.?|roughly|حوالي|حوالى|تقريبا|تقريباً|بحدود|في\s+حدود"
BETWEEN = re.compile(
    rf"(?:between|بين)\s+{_BEFORE}{NUMBER}{_CUR}?\s*(?:and|&|-|–|و)\s*{_BEFORE}{NUMBER}{_CUR}?{_END}"
    rf"|(?:from|من)\s+{_BEFORE}{NUMBER}{_CUR}?\s+(?:to|-|–|إلى|الى|لـ?|حتى|لغاية)\s*{_BEFORE}{NUMBER}{_CUR}?{_END}"
    rf"|{_BEFORE}{NUMBER}\s*(?:-|–|to|إلى|الى)\s*{NUMBER}{_CUR}{_END}",
    re.IGNORECASE,
)
UNDER = re.compile(rf"(?:{UNDER_WORDS})\s+{_BEFORE}{NUMBER}{_CUR}?{_END}", re.IGNORECASE)
OVER = re.compile(rf"(?:{OVER_WORDS})\s+{_BEFORE}{NUMBER}{_CUR}?{_END}", re.IGNORECASE)
AROUND = re.compile(rf"(?:{AROUND_WORDS})\s+{_BEFORE}{NUMBER}{_CUR}?{_END}", re.IGNORECASE)
BARE_PRICE = re.compile(rf"(?<!\w){CURRENCY}\s*{NUMBER}{_END}|(?<![\w.]){NUMBER}{_CUR}{_END}", re.IGNORECASE)
# "Around 20" is read as 20 give or take this share.
AROUND_MARGIN = Decimal("0.25")
CHEAP = re.compile(
    r"(?<!\w)(?:cheap(?:est|er)?|inexpensive|budget|affordable|low[\s-]?(?:cost|priced?)|رخيص(?:ة|ه)?|الرخيص(?:ة|ه)?"
    r"|بسعر\s+رخيص|اقتصادي(?:ة|ه)?)(?!\w)",
    re.IGNORECASE,
)

# --- Filler -----------------------------------------------------------------------------------------------------

# Words a buyer writes around what they want, which no listing has to contain: who the piece is for, the occasion,
# the asking, and what every piece on the site is (Omani, handmade, original). Matched by their analysed forms, so
# prefixes and spellings (لأمي, لامي, للأم) meet. A glossary phrase that contains one ("omani dagger") is read as
# the phrase first.
FILLER = (
    "i im i'm am is are looking look search searching find want need would like please show me some something any "
    "my our your his her their mother mom mum father dad daughter son wife husband sister brother friend family "
    "kids child children baby grandmother grandfather boss colleague teacher "
    "gift gifts present presents wedding birthday anniversary eid ramadan occasion souvenir "
    "handmade hand-made homemade made authentic genuine original real omani oman nice beautiful lovely pretty good "
    "best quality very really new "
    "هدية هديه هدايا لأمي لامي أمي امي لأبي لابي أبي ابي لابني ابني لبنتي بنتي لابنتي ابنتي لزوجتي زوجتي لزوجي زوجي "
    "لأختي اختي أختي لأخي اخي أخي لصديقي صديقي لصديقتي صديقتي لأهلي أهلي للأطفال لطفلي لجدتي جدتي لجدي جدي "
    "أبحث ابحث أدور ادور أريد اريد أبغى ابغى ابغي ودي أحتاج احتاج لو سمحت فضلك ممكن "
    "عرس زواج زفاف عيد العيد مناسبة تذكار "
    "يدوي يدوية يدويه صناعة صنع أصلي اصلي أصلية اصلية عماني عمانية عمانيه عمان جميل جميلة جميله "
    "جديد جديدة جودة عالية"
)
# Words that stand for "this identifier" around one ("product number DAK-…", "تصميم رقم OM-CD-…"): ignored once an
# identifier is found.
IDENTIFIER_WORDS = (
    "product products item number no sku code design deposit registry artisan artisans maker craftsman "
    "رقم المنتج منتج منتجات القطعة قطعة تصميم التصميم إيداع ايداع سجل الحرفي حرفي الحرفية حرفية"
)


@cache
def _keys(text: str) -> frozenset[str]:
    """The main forms of the words of a text (not their secondary forms: لأبي without its hamza is لب, the stem of
    لبان)."""
    return frozenset(word.key for word in words(text, keep_stopwords=True))


def _is_filler(word: Word) -> bool:
    if len(word.text) == 1 and not word.text.isdigit():  # the s of "daughter's"
        return True
    return word.key in _keys(FILLER) or word.text.lower() in STOPWORDS


# --- Places -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    """A wilayat or a governorate, by its slug, with its names (English and Arabic)."""

    kind: str  # "wilayat" or "governorate"
    slug: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class PlaceMention:
    kind: str
    slug: str
    phrase: str  # as the buyer wrote it


@cache
def _place_keys(places: tuple[Place, ...]) -> dict[tuple[str, ...], Place]:
    """Each place name as a sequence of word forms (every combination of forms), the longest name winning."""
    table: dict[tuple[str, ...], Place] = {}
    for place in places:
        for name in place.names:
            name_words = words(name, keep_stopwords=True)
            combinations: list[tuple[str, ...]] = [()]
            for word in name_words:
                combinations = [prefix + (form,) for prefix in combinations for form in word.forms]
            for key in combinations:
                # A wilayat and a governorate of the same name (Al Buraimi): the wilayat, the narrower one.
                if key and (key not in table or place.kind == "wilayat"):
                    table[key] = place
    return table


# --- The reading --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Understood:
    """How a query was read. `text` is what is left to search; the parts are what was read out of the query, each
    with the words the buyer wrote for it (to show it, and to offer the query without it)."""

    query: str
    text: str = ""
    price_min: Decimal | None = None
    price_max: Decimal | None = None
    price_phrase: str = ""
    cheap: bool = False
    cheap_phrase: str = ""
    places: tuple[PlaceMention, ...] = ()
    identifiers: tuple[str, ...] = ()
    identifier_phrases: tuple[str, ...] = ()
    ignored: tuple[str, ...] = ()
    units: tuple[QueryUnit, ...] = field(default=(), compare=False)

    @property
    def items(self) -> list[str]:
        """The kinds of piece the query names (glossary items, without their prefix)."""
        found = {c.removeprefix("item:") for unit in self.units for c in unit.concepts if c.startswith("item:")}
        return sorted(found)

    @property
    def has_price(self) -> bool:
        return self.price_min is not None or self.price_max is not None

    def without(self, phrase: str) -> str:
        """The query as typed, without one of its parts (what a chip's remove link searches for)."""
        if not phrase:
            return self.query
        position = self.query.find(phrase)
        if position < 0:
            return self.query
        rest = self.query[:position] + " " + self.query[position + len(phrase) :]
        return " ".join(rest.split())

    def as_dict(self) -> dict:
        """The reading as the API shows it: only what was read."""
        values: dict = {}
        if self.price_min is not None:
            values["price_min"] = f"{self.price_min:.3f}"
        if self.price_max is not None:
            values["price_max"] = f"{self.price_max:.3f}"
        if self.cheap:
            values["cheap"] = True
        if self.places:
            values["place"] = self.places[0].slug
            values["places"] = [{"kind": place.kind, "slug": place.slug} for place in self.places]
        if self.identifiers:
            values["identifiers"] = list(self.identifiers)
        if self.items:
            values["item"] = self.items[0]
            values["items"] = self.items
        if self.ignored:
            values["ignored"] = list(self.ignored)
        values["text"] = self.text
        return values


def _number(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", ".").replace("٫", "."))
    except InvalidOperation:
        return None


def _cut(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def read_price(text: str) -> tuple[Decimal | None, Decimal | None, str, str]:
    """(min, max, the phrase as written, the text with it blanked out). `text` may use Arabic-Indic digits."""
    latin = text.translate(DIGITS)  # one character for one: positions stay those of the original
    for pattern, kind in ((BETWEEN, "between"), (UNDER, "under"), (OVER, "over"), (AROUND, "around")):
        match = pattern.search(latin)
        if not match:
            continue
        numbers = [_number(value) for value in match.groups() if value]
        if not numbers or any(n is None for n in numbers):
            continue
        phrase = text[match.start() : match.end()].strip()
        rest = _cut(text, match.start(), match.end())
        if kind == "between":
            low, high = sorted(numbers[:2])
            return low, high, phrase, rest
        if kind == "under":
            return None, numbers[0], phrase, rest
        if kind == "over":
            return numbers[0], None, phrase, rest
        return _around(numbers[0]) + (phrase, rest)
    match = BARE_PRICE.search(latin)
    if match:
        value = _number(next(value for value in match.groups() if value))
        if value is not None:
            phrase = text[match.start() : match.end()].strip()
            return _around(value) + (phrase, _cut(text, match.start(), match.end()))
    return None, None, "", text


def _around(value: Decimal) -> tuple[Decimal, Decimal]:
    margin = (value * AROUND_MARGIN).quantize(Decimal("0.001"))
    return max(Decimal(0), value - margin), value + margin


def find_identifiers(text: str) -> tuple[list[str], list[str], str]:
    """(identifier keys, the pieces as written, the text without them): any whitespace-separated piece that looks
    like a SKU, deposit or registry number, in either digits."""
    keys, phrases, kept = [], [], []
    for piece in text.split():
        candidate = piece.strip(".,،;:()[]\"'«»")
        # Letters and digits both: "100-200" is a price range, not an identifier.
        if IDENTIFIER.match(candidate) and re.search(r"[0-9٠-٩]", candidate) and re.search(r"[A-Za-z]", candidate):
            keys.append(candidate.translate(DIGITS).upper())
            phrases.append(candidate)
        else:
            kept.append(piece)
    return keys, phrases, " ".join(kept)


def understand(
    query: str, places: Iterable[Place] = (), *, max_words: int = 10, read_identifiers: bool = True
) -> Understood:
    """Read a query (already bounded in length by the caller); of the words left to search, the first `max_words`
    are kept. With `read_identifiers` off, a query holding an identifier is read as words (the second try, when no
    listing has that identifier)."""
    query = " ".join((query or "").split())
    identifiers, identifier_phrases, text = find_identifiers(query) if read_identifiers else ([], [], query)
    if identifiers:
        rest = [w.text for w in words(text, keep_stopwords=True)]
        ignorable = _keys(IDENTIFIER_WORDS) | _keys(FILLER)
        ignored = [w for w in rest if _keys(w) & ignorable or w.lower() in STOPWORDS or len(w) == 1]
        remaining = " ".join(w for w in rest if w not in ignored)
        return Understood(
            query=query,
            text=remaining,
            identifiers=tuple(identifiers),
            identifier_phrases=tuple(identifier_phrases),
            ignored=tuple(ignored),
            units=tuple(query_units(remaining)) if remaining else (),
        )

    price_min, price_max, price_phrase, text = read_price(text)
    cheap_match = CHEAP.search(text)
    cheap_phrase = cheap_match.group(0) if cheap_match else ""
    if cheap_match:
        text = _cut(text, cheap_match.start(), cheap_match.end())

    # Places: the longest place name at each position, in the words left.
    all_words = words(text, keep_stopwords=True)
    table = _place_keys(tuple(places))
    longest = max((len(key) for key in table), default=0)
    mentions: list[PlaceMention] = []
    kept: list[Word] = []
    position = 0
    while position < len(all_words):
        for length in range(min(longest, len(all_words) - position), 0, -1):
            span = all_words[position : position + length]
            place = _place_of(span, table)
            if place:
                phrase = " ".join(word.text for word in span)
                if place.slug not in {m.slug for m in mentions}:
                    mentions.append(PlaceMention(place.kind, place.slug, phrase))
                position += length
                break
        else:
            kept.append(all_words[position])
            position += 1

    # Filler that no glossary phrase uses goes first (it costs the glossary's typo search nothing); then glossary
    # units (so that "omani dagger" stays a phrase), then filler out of what they leave.
    vocabulary = glossary().vocabulary
    ignored = [word.text for word in kept if _is_filler(word) and not set(word.forms) & vocabulary]
    kept = [word for word in kept if word.text not in ignored]
    kept = kept[: max_words + 4]  # a few more than searched: phrases are read whole
    units = query_units(" ".join(word.text for word in kept))
    searched: list[QueryUnit] = []
    for unit in units:
        # A filler word alone is filler, whatever it resembles (لأبي is not لبان); in a glossary phrase it is not
        # ("omani dagger").
        if len(unit.words) == 1 and _is_filler(unit.words[0]):
            ignored.append(unit.text)
        elif sum(len(u.words) for u in searched) + len(unit.words) <= max_words:
            searched.append(unit)
    if not searched and mentions and not (price_phrase or cheap_phrase):
        # A place alone ("Nizwa") is what is searched for, not a preference among other results.
        searched = query_units(" ".join(m.phrase for m in mentions))
        mentions = []
    return Understood(
        query=query,
        text=" ".join(unit.text for unit in searched),
        price_min=price_min,
        price_max=price_max,
        price_phrase=price_phrase,
        cheap=bool(cheap_phrase),
        cheap_phrase=cheap_phrase,
        places=tuple(mentions),
        ignored=tuple(sorted(dict.fromkeys(ignored), key=lambda text: query.find(text))),
        units=tuple(searched),
    )


def _place_of(span: list[Word], table: dict[tuple[str, ...], Place]) -> Place | None:
    combinations: list[tuple[str, ...]] = [()]
    for word in span:
        combinations = [prefix + (form,) for prefix in combinations for form in word.forms]
    for key in combinations:
        if key in table:
            return table[key]
    return None
