"""The vocabulary report: words in listings that no analysis rule knows, for the authority to add to the glossary.

A word is known when the glossary names a concept with it (in any of its forms, or as part of a phrase), when it is
a stop word or filler (search/understanding.py), when it names a wilayat or governorate, or when it is a number.
What is left ("زبيل", "massar" before they were added) is searched as a plain word only: it finds listings that
use it, but not those that say the same thing another way, nor across languages. `manage.py search_vocabulary`
lists these words, most used first, with a listing that uses each.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from search.analysis import glossary, words
from search.understanding import FILLER, IDENTIFIER_WORDS, Place, _keys


@dataclass(frozen=True)
class UnknownWord:
    word: str  # as first written
    key: str  # its analysed form
    listings: int
    example: str  # the SKU of a listing that uses it


def unknown_words(listings: Iterable[tuple[str, Iterable[str]]], places: Iterable[Place] = ()) -> list[UnknownWord]:
    """The unknown words of these listings ((sku, texts) pairs), the most used first."""
    known = set(glossary().vocabulary) | _keys(FILLER) | _keys(IDENTIFIER_WORDS)
    for place in places:
        for name in place.names:
            known |= _keys(name)
    counts: Counter[str] = Counter()
    written: dict[str, str] = {}
    example: dict[str, str] = {}
    for sku, texts in listings:
        seen = set()
        for text in texts:
            for word in words(text or "", indexing=True):
                if word.key in seen or word.key.isdigit() or len(word.key) < 2 or set(word.forms) & known:
                    continue
                seen.add(word.key)
                written.setdefault(word.key, word.text)
                example.setdefault(word.key, sku)
        counts.update(seen)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [UnknownWord(written[key], key, count, example[key]) for key, count in ranked]
