"""What the buyer is shown about their words: a title with the words that matched marked, and a spelling
suggestion written the way the buyer would write it."""

from __future__ import annotations

import html
import re

from search.analysis import QueryUnit, glossary, words
from search.understanding import Understood


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


def whole_query(understood: Understood, suggestion: str | None) -> str | None:
    """A spelling suggestion for the words searched, put back among the parts read out of the query ("silvr ring
    under 20 rials" suggests "silver ring under 20 rials"), when those words were typed together."""
    if not suggestion or not understood.text or understood.text not in understood.query:
        return suggestion
    return understood.query.replace(understood.text, suggestion, 1)
