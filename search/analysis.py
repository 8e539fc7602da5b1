"""The language work of search, done in Python and applied identically when indexing and when querying.

The bundled engine ignores language analyzers and synonym filters, so nothing language-specific is left to the
engine: it receives tokens that are already normalised and stemmed (indexed with a whitespace analyzer), and does
the matching, fuzziness, scoring and facets. Stock Elasticsearch 8 behaves the same with these documents.

Arabic
    diacritics and tatweel removed; أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, ء dropped; Arabic-Indic digits → 0-9;
    light stemming (Larkey's light10: prefixes و ال وال بال كال فال لل, suffixes ها ان ات ون ين يه ه ي).
    Listings and queries sometimes drop letters altogether (مبخر for مبخرة, ساور for أساور): stemming removes the
    taa marbuta and alef maqsura anyway, and each word is also indexed without its hamza carriers and without a
    leading alef, so a word typed without them still matches.
English
    accents folded, lower case, a light suffix stemmer (plurals, -ing, -ed, final e), and a transliteration fold
    (doubled letters, ee/oo/ou, final y and h) so that Al-Harthy, Al Harthi and Alharthi meet.
Glossary
    `data/glossary.csv` maps words and phrases of both languages (and the transliterations buyers type) to
    concepts (`item:ring`, `material:silver`, `craft:pottery`). Documents carry the concepts of their title, craft
    and materials; a query's words are read as concepts where the glossary knows them (longest phrase first, with
    one typo allowed in longer words). That is how an English query finds a listing written only in Arabic.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

GLOSSARY_PATH = Path(__file__).resolve().parent / "data" / "glossary.csv"

ARABIC_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
ARABIC_LETTERS = re.compile("[\u0600-\u06ff]")
TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
ARABIC_NORMALISATION = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "ء": None,
        "ک": "ك",
        "ی": "ي",
        "ھ": "ه",
    }
)
HAMZA_CARRIERS = str.maketrans({"أ": None, "إ": None, "آ": None, "ٱ": None, "ؤ": None, "ئ": None, "ء": None})
ARABIC_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال", "و")
ARABIC_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")
STOPWORDS = frozenset(
    {
        "a",
        "an",
        "and",
        "the",
        "of",
        "from",
        "with",
        "in",
        "for",
        "by",
        "to",
        "or",
        "on",
        "at",
        "من",
        "في",
        "الى",
        "عن",
        "مع",
    }
)


def is_arabic(token: str) -> bool:
    return bool(ARABIC_LETTERS.search(token))


# --- Arabic ---------------------------------------------------------------------------------------------------


def arabic_stem(word: str) -> str:
    for prefix in ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            word = word[len(prefix) :]
            break
    for suffix in ARABIC_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            word = word[: -len(suffix)]
    return word


def arabic_forms(word: str, *, indexing: bool) -> tuple[str, ...]:
    """The stemmed forms of an Arabic word: normalised first, then without hamza carriers, then (in documents)
    without a leading alef."""
    bare = ARABIC_DIACRITICS.sub("", word).translate(DIGITS)
    normalised = arabic_stem(bare.translate(ARABIC_NORMALISATION))
    forms = [normalised, arabic_stem(bare.translate(HAMZA_CARRIERS).translate(ARABIC_NORMALISATION))]
    if indexing and normalised.startswith("ا") and len(normalised) >= 4:
        forms.append(normalised[1:])
    return tuple(dict.fromkeys(form for form in forms if form))


# --- English and transliterations -----------------------------------------------------------------------------


def english_stem(word: str) -> str:
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith(("sses", "xes", "ches", "shes", "zes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if word.endswith("ing") and len(word) >= 6:
        word = word[:-3]
    elif word.endswith("ed") and len(word) >= 5:
        word = word[:-2]
    if len(word) >= 5 and word.endswith("e"):
        word = word[:-1]
    if len(word) >= 4 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]
    return word


def latin_fold(word: str) -> str:
    """A transliteration-tolerant form: doubled letters, ee/oo/ou, final y and h, a joined 'al' article."""
    folded = re.sub(r"(.)\1+", r"\1", word)
    folded = folded.replace("ee", "i").replace("oo", "u").replace("ou", "u")
    folded = re.sub(r"y$", "i", folded)
    folded = re.sub(r"(?<=[aeiou])h$", "", folded)
    if folded.startswith("al") and len(folded) >= 6 and folded[2] not in "aeiou":
        folded = folded[2:]
    return folded


def latin_forms(word: str) -> tuple[str, ...]:
    folded = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower().translate(DIGITS)
    if not folded:
        return ()
    stem = english_stem(folded)
    return tuple(dict.fromkeys((stem, latin_fold(stem))))


# --- Words ------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Word:
    """One word of a text: as written, and the forms it is indexed or searched by (the first is its main form)."""

    text: str
    forms: tuple[str, ...]

    @property
    def key(self) -> str:
        return self.forms[0]

    @property
    def is_arabic(self) -> bool:
        return is_arabic(self.text)


def words(text: str, *, indexing: bool = False, keep_stopwords: bool = False) -> list[Word]:
    """The words of a text, each with its normalised and stemmed forms."""
    found = []
    # Diacritics and tatweel go first: they are not letters, and would otherwise split words.
    for raw in TOKEN.findall(ARABIC_DIACRITICS.sub("", text or "")):
        forms = _token_forms(raw, indexing, keep_stopwords)
        if forms:
            found.append(Word(raw, forms))
    return found


@lru_cache(maxsize=200_000)
def _token_forms(token: str, indexing: bool, keep_stopwords: bool) -> tuple[str, ...]:
    # Catalogues repeat their words endlessly; each distinct word is analysed once per process.
    if not keep_stopwords and (token.lower() in STOPWORDS or token.translate(ARABIC_NORMALISATION) in STOPWORDS):
        return ()
    return arabic_forms(token, indexing=indexing) if is_arabic(token) else latin_forms(token)


def index_terms(*texts: str) -> str:
    """The indexed form of some texts: every form of every word, separated by spaces (a whitespace analyzer
    splits it again in the engine)."""
    return " ".join(dict.fromkeys(form for text in texts for word in words(text, indexing=True) for form in word.forms))


# --- The glossary ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Glossary:
    """Phrases (as tuples of word forms) and the concepts they name, the words phrases are made of (for typo
    correction), and each concept's kind and terms as written (for suggestions)."""

    phrases: dict[tuple[str, ...], frozenset[str]]
    longest: int
    vocabulary: frozenset[str] = frozenset()
    kinds: dict[str, str] = field(default_factory=dict)
    terms: dict[str, tuple[str, ...]] = field(default_factory=dict)


@cache
def glossary() -> Glossary:
    return load_glossary(GLOSSARY_PATH)


def load_glossary(path: Path) -> Glossary:
    phrases: dict[tuple[str, ...], set[str]] = {}
    kinds: dict[str, str] = {}
    terms: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as source:
        rows = csv.DictReader(line for line in source if not line.startswith("#"))
        for row in rows:
            concept = row["concept"].strip()
            kinds[concept] = row["kind"].strip()
            for column in ("en", "ar"):
                for term in (row[column] or "").split("|"):
                    term = term.strip()
                    if not term:
                        continue
                    terms.setdefault(concept, []).append(term)
                    # Every combination of the forms of the phrase's words (index-side forms: hamza-less, no alef).
                    term_words = words(term, indexing=True)
                    for key in _form_combinations(term_words):
                        phrases.setdefault(key, set()).add(concept)
    frozen = {key: frozenset(concepts) for key, concepts in phrases.items()}
    return Glossary(
        phrases=frozen,
        longest=max((len(key) for key in frozen), default=1),
        vocabulary=frozenset(form for key in frozen for form in key),
        kinds=kinds,
        terms={concept: tuple(values) for concept, values in terms.items()},
    )


def _form_combinations(term_words: list[Word]) -> list[tuple[str, ...]]:
    combinations: list[tuple[str, ...]] = [()]
    for word in term_words:
        combinations = [prefix + (form,) for prefix in combinations for form in word.forms]
    return [combination for combination in combinations if combination]


def document_concepts(text: str, *, crafts: bool = False) -> set[str]:
    """Every item and material any phrase of the text names (a 'khanjar belt' is a belt and a khanjar). A
    listing's crafts come from its craft field, not from its words (a clay incense burner is pottery, not incense),
    so crafts are left out unless asked for: a story's words are all it has to say which craft it is about."""
    table = glossary()
    text_words = words(text, indexing=True)
    found: set[str] = set()
    for start in range(len(text_words)):
        for length in range(1, table.longest + 1):
            if start + length > len(text_words):
                break
            for key in _form_combinations(text_words[start : start + length]):
                found |= table.phrases.get(key, frozenset())
    return {concept for concept in found if crafts or table.kinds.get(concept) != "craft"}


# Words after which an English title stops naming the piece and starts describing it ("khanjar with a belt",
# "burner from Bahla"). Arabic titles name the piece first, so they need none.
HEAD_BOUNDARIES = frozenset({"with", "from", "for", "in", "by", "on", "at", "of"})


def head_concepts(text: str) -> set[str]:
    """The items the text's head noun names: what a listing IS, rather than what it serves or mentions.

    An English noun phrase ends with its head ("silver khanjar belt" is a belt, "khanjar keyring" a keyring); an
    Arabic one starts with it ("حزام خنجر" is a belt, "ميدالية خنجر" a keyring). So the head is the last word
    before the first preposition in English, the first word in Arabic, and its items are those of the glossary
    phrases that end (English) or start (Arabic) on it. A head the glossary does not know ("khanjar box") names
    nothing, rather than falling back on a word that is not the head."""
    table = glossary()
    raw = TOKEN.findall(ARABIC_DIACRITICS.sub("", text or ""))
    if not raw:
        return set()
    if is_arabic(raw[0]):
        title_words = words(" ".join(raw), indexing=True)
        spans = [title_words[:length] for length in range(1, table.longest + 1) if length <= len(title_words)]
    else:
        cut = next((i for i, token in enumerate(raw) if token.lower() in HEAD_BOUNDARIES), len(raw))
        title_words = words(" ".join(raw[:cut]), indexing=True)
        count = len(title_words)
        spans = [title_words[count - length :] for length in range(1, table.longest + 1) if length <= count]
    found: set[str] = set()
    for span in spans:
        for key in _form_combinations(span):
            found |= table.phrases.get(key, frozenset())
    return {concept for concept in found if table.kinds.get(concept) == "item"}


# --- Queries ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QueryUnit:
    """A part of a query that a result must match: one word, or a glossary phrase, with the concepts it names."""

    words: tuple[Word, ...]
    concepts: frozenset[str]
    corrected: str | None = None  # the glossary term a misspelt word was read as

    @property
    def text(self) -> str:
        return " ".join(word.text for word in self.words)


def edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein distance (adjacent transpositions count once), stopping early past `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, start=1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def typo_allowance(word: Word) -> int:
    """How many edits a word may be away from what it meant: none for short words (too many false friends)."""
    length = len(word.key)
    if word.is_arabic:
        return 1 if length >= 5 else 0
    if length >= 8:
        return 2
    return 1 if length >= 5 else 0


def glossary_spellings(word: Word) -> list[str]:
    """The glossary words this word may be a misspelling of, closest first (none if it is a glossary word)."""
    table = glossary()
    if any(form in table.vocabulary for form in word.forms):
        return []
    allowance = typo_allowance(word)
    if not allowance:
        return []
    scored = []
    for candidate in table.vocabulary:
        if candidate[:1] != word.key[:1]:
            continue
        distance = edit_distance(word.key, candidate, allowance)
        if distance <= allowance:
            scored.append((distance, candidate))
    return [candidate for _distance, candidate in sorted(scored)]


def query_units(text: str) -> list[QueryUnit]:
    """The query's words grouped into units: the longest glossary phrase at each position (allowing a typo in
    its longer words), else a single word."""
    table = glossary()
    query_words = words(text)
    spellings = [glossary_spellings(word) for word in query_words]
    units: list[QueryUnit] = []
    position = 0
    while position < len(query_words):
        for length in range(min(table.longest, len(query_words) - position), 0, -1):
            span = query_words[position : position + length]
            concepts = _concepts_of(span, table)
            corrected = None
            if not concepts:
                concepts, corrected = _concepts_of_misspelt(span, spellings[position : position + length], table)
            if concepts or length == 1:
                units.append(QueryUnit(tuple(span), frozenset(concepts), corrected))
                position += length
                break
    return units


def _concepts_of(span: list[Word], table: Glossary) -> frozenset[str]:
    concepts: set[str] = set()
    for key in _form_combinations(span):
        concepts |= table.phrases.get(key, frozenset())
    return frozenset(concepts)


def _concepts_of_misspelt(span, span_spellings, table: Glossary) -> tuple[frozenset[str], str | None]:
    """Concepts of the span read with its misspelt words corrected (the closest correction that names one)."""
    if not any(span_spellings):
        return frozenset(), None
    options = [spelling[:3] or list(word.forms) for word, spelling in zip(span, span_spellings, strict=True)]
    combinations: list[tuple[str, ...]] = [()]
    for choices in options:
        combinations = [prefix + (choice,) for prefix in combinations for choice in choices]
    for key in combinations:
        if key in table.phrases:
            return table.phrases[key], " ".join(key)
    return frozenset(), None


IDENTIFIER = re.compile(r"^[A-Za-z0-9٠-٩]+(?:[-_./][A-Za-z0-9٠-٩]+)+$")


def identifier_key(text: str) -> str | None:
    """A SKU, a deposit number or a registry number as typed ("om-cd-٢٠١٩-0090d"), in its stored form; None when
    the query does not look like one."""
    candidate = text.strip()
    if not IDENTIFIER.match(candidate) or not re.search(r"[0-9٠-٩]", candidate):
        return None
    return candidate.translate(DIGITS).upper()
