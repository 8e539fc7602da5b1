"""What a reader of an Arabic page must not meet, as functions of the page's HTML, for the page walks (the test
client's in tests/marketplace/test_arabic_pages.py, a browser's in tests/browser/):

- `english_ui_strings_in(html)`: the site's own English UI strings (the msgids of our catalogue and of the
  catalogues and templates our pages draw on, see tests/checkout/english_text.py) in the visible text, outside
  content marked `lang="en"` (an English-only listing, the language switch);
- `latin_digits_in(html)`: Latin digits in the visible text of a page shown with Arabic-Indic digits, outside what
  keeps them: code and typed text (`code`, `pre`, `kbd`, `samp`, `textarea`, form values, attributes), elements
  marked `data-latin-digits`, `translate="no"` or `lang="en"`, and identifiers (SKUs, registry numbers
  RG-DAK-00027, design deposits OM-CD-2020-0001, e-mail addresses, URLs).

Both return (what was found, the text it was found in), empty when the page is clean.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, ProcessingInstruction

from tests.checkout.english_text import english_in_page

LATIN_CONTENT_ELEMENTS = ("script", "style", "template", "textarea", "code", "pre", "kbd", "samp")
LATIN_DIGITS_MARKS = (
    {"data-latin-digits": True},
    {"translate": "no"},
    {"lang": re.compile(r"^en", re.I)},
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL = re.compile(r"(?:https?://|www\.)\S+|(?<![\w])/(?:ar|en|static|media|shop)/\S*")
# Registry numbers (RG-DAK-00027), design deposits (OM-CD-2020-0001), certificates, SKUs: capitals and digits
# joined by hyphens.
IDENTIFIER = re.compile(r"\b[A-Z]{2,}(?:-[A-Za-z0-9]+)+\b")
LATIN_DIGIT = re.compile(r"[0-9]")


def english_ui_strings_in(html: str, *, typed: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(English UI phrase, text it was found in) for each of the site's English strings shown on the page;
    `typed`: what the user typed or the data holds in English, left out."""
    return english_in_page(html, typed=typed)


def latin_digits_in(html: str) -> list[str]:
    """The texts of the page that show a Latin digit where Arabic-Indic digits were chosen."""
    soup = BeautifulSoup(html, "html.parser")
    for element in soup(list(LATIN_CONTENT_ELEMENTS)):
        element.decompose()
    for mark in LATIN_DIGITS_MARKS:
        for element in soup.find_all(attrs=mark):
            if element.name != "html":
                element.decompose()
    found = []
    for node in soup.find_all(string=True):
        if isinstance(node, (Comment, Doctype, Declaration, ProcessingInstruction)):
            continue
        text = IDENTIFIER.sub(" ", URL.sub(" ", EMAIL.sub(" ", str(node))))
        if LATIN_DIGIT.search(text):
            found.append(" ".join(str(node).split())[:160])
    return found
