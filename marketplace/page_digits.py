"""Every number an HTML page shows, in Arabic-Indic digits, for a reader of /ar/ who chose them.

Templates format numbers in many places (Oscar's, Wagtail's and Django's filters, counts inside translated sentences,
dates, weights, chart ticks), so rather than a filter on each, `DisplayPreferencesMiddleware` rewrites the finished
page once: the digits of its text nodes become Arabic-Indic, and a decimal point or thousands comma between two
digits becomes the Arabic one (٫ ٬), as Babel writes prices.

What keeps its Latin digits:
- markup: attributes (links, form values, `datetime`, data for scripts) are never touched, only text between tags;
- elements whose text is code or typed text: `script`, `style`, `textarea`, `code`, `pre`, `kbd`, `samp`;
- elements marked `data-latin-digits`, `translate="no"` or `lang="en…"` (English-only content), with all inside;
- identifiers: a word holding a Latin letter or an "@" besides its digits (SKUs, registry numbers RG-DAK-00027,
  design deposits OM-CD-2020-0001, e-mail addresses, URLs).

It is one regular-expression pass over the page that only copies text without digits, so it costs a fraction of a
millisecond on a typical page and runs only when the reader chose Arabic-Indic digits on an Arabic page.
"""

from __future__ import annotations

import re

from marketplace.money import ARABIC_INDIC_DIGITS

ARABIC_DECIMAL_SEPARATOR = "٫"
ARABIC_THOUSANDS_SEPARATOR = "٬"

# Elements whose whole content is code, typed text or not shown as prose.
LATIN_CONTENT_ELEMENTS = frozenset({"script", "style", "textarea", "code", "pre", "kbd", "samp", "template"})
VOID_ELEMENTS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)

_TAG = re.compile(
    r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<!.*?>|<(/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>",
    re.S,
)
_LATIN_MARK = re.compile(r"(?<![\w:-])(?:data-latin-digits\b|translate\s*=\s*[\"']?no\b|lang\s*=\s*[\"']?en\b)", re.I)
_NUMBER_WORD = re.compile(r"&#?\w+;|[^\s<&]*[0-9][^\s<&]*")
_IDENTIFIER = re.compile(r"[A-Za-z@]")
_SEPARATOR_BETWEEN_DIGITS = re.compile(r"(?<=[0-9])([.,])(?=[0-9])")


def _arabic_number_word(match: re.Match) -> str:
    word = match.group()
    if word.startswith("&") or _IDENTIFIER.search(word):
        return word
    word = _SEPARATOR_BETWEEN_DIGITS.sub(
        lambda m: ARABIC_DECIMAL_SEPARATOR if m.group(1) == "." else ARABIC_THOUSANDS_SEPARATOR, word
    )
    return word.translate(ARABIC_INDIC_DIGITS)


def arabic_indic_text(text: str) -> str:
    """A run of text (no markup) with its numbers in Arabic-Indic digits and its identifiers as they were."""
    return _NUMBER_WORD.sub(_arabic_number_word, text)


def arabic_indic_digits_in_html(page: str) -> str:
    """The page with the digits of its shown text in Arabic-Indic digits (see the module's docstring)."""
    pieces: list[str] = []
    position = 0
    latin_element: str | None = None  # the element whose content keeps Latin digits, while inside it
    depth = 0  # how many elements of that name are open inside it (a <span lang="en"> holding a <span>)
    for tag in _TAG.finditer(page):
        text = page[position : tag.start()]
        if latin_element is None and text and any(c in "0123456789" for c in text):
            text = arabic_indic_text(text)
        pieces.append(text)
        pieces.append(tag.group())
        position = tag.end()
        closing, name, attributes = tag.group(1), tag.group(2), tag.group(3)
        if name is None:
            continue
        name = name.lower()
        if closing:
            if name == latin_element:
                depth -= 1
                if depth == 0:
                    latin_element = None
            continue
        if name in VOID_ELEMENTS or (attributes or "").rstrip().endswith("/"):
            continue
        if latin_element is None:
            if name in LATIN_CONTENT_ELEMENTS or _LATIN_MARK.search(attributes or ""):
                latin_element, depth = name, 1
        elif name == latin_element:
            depth += 1
    text = page[position:]
    pieces.append(arabic_indic_text(text) if latin_element is None else text)
    return "".join(pieces)
