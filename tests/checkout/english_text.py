"""Finding the site's own English UI strings in a page meant to be in Arabic.

The English strings are the msgids of the catalogues the shop's pages draw on (the project's English catalogue,
Oscar's, Django's for form and password errors, django-phonenumber-field's) and every string marked for translation
in the project's and Oscar's templates (Oscar's catalogue misses some of its own templates' strings). A msgid is cut
at its placeholders and HTML tags; every piece of at least two words is a phrase that must not appear in an Arabic
page, and a one-word msgid must not be the whole text of an element (an untranslated "Delete" button) unless it
is an acronym in capitals (CSV, IBAN), which Arabic text writes as it is. Phrases and
page text are compared as lower-case runs of Latin words, so punctuation and spacing do not hide a match.

The page's text is what a reader sees: the text nodes and the `title`, `placeholder`, `aria-label` and `alt`
attributes and the labels of buttons, without `<script>`, `<style>`, elements marked `lang="en"` (an English-only
listing, the language switch), e-mail addresses, URLs, SKUs and order numbers, and what the buyer typed themselves.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import polib
from bs4 import BeautifulSoup, Comment, Declaration, Doctype, ProcessingInstruction

ROOT = Path(__file__).resolve().parents[2]


def _site_packages() -> Path:
    import django

    return Path(django.__file__).resolve().parent.parent


def catalogue_paths() -> list[Path]:
    packages = _site_packages()
    return [
        ROOT / "marketplace" / "locale" / "en" / "LC_MESSAGES" / "django.po",
        packages / "oscar" / "locale" / "ar" / "LC_MESSAGES" / "django.po",
        packages / "django" / "conf" / "locale" / "ar" / "LC_MESSAGES" / "django.po",
        packages / "django" / "contrib" / "auth" / "locale" / "ar" / "LC_MESSAGES" / "django.po",
        packages / "phonenumber_field" / "locale" / "ar" / "LC_MESSAGES" / "django.po",
    ]


TEMPLATE_CALL = re.compile(r"\b(?:n?p?gettext)\(((?:u'(?:[^'\\]|\\.)*'(?:,\s*)?)+)")
TEMPLATE_STRING = re.compile(r"u('(?:[^'\\]|\\.)*')")


def template_roots() -> list[Path]:
    return [ROOT / "marketplace" / "templates", _site_packages() / "oscar" / "templates" / "oscar"]


def template_msgids() -> set[str]:
    """Every string marked for translation in the templates ({% translate %}, {% blocktranslate %}), as
    makemessages would extract it (Django's templatize), without the context of pgettext."""
    from ast import literal_eval

    from django.utils.translation.template import templatize

    found = set()
    for root in template_roots():
        for path in [*root.rglob("*.html"), *root.rglob("*.txt")]:
            code = templatize(path.read_text(encoding="utf-8"), origin=str(path))
            for call in TEMPLATE_CALL.finditer(code):
                strings = [literal_eval(s) for s in TEMPLATE_STRING.findall(call.group(1))]
                if call.group(0).startswith(("pgettext", "npgettext")):
                    strings = strings[1:]
                found.update(strings)
    return found


WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
# A one-word msgid written in capitals (CSV, HTML, SKU, IBAN) is an acronym Arabic text uses as it is.
ACRONYM = re.compile(r"[A-Z]{2,5}")
PLACEHOLDER = re.compile(r"%\([^)]*\)[#0 +-]*\d*(?:\.\d+)?[sdfiru]|%[sdfiru]|\{[^}]*\}|<[^>]*>")


def words(text: str) -> str:
    """Text as a run of lower-case Latin words between spaces (" in stock available ")."""
    found = [w.lower().replace("’", "'") for w in WORD.findall(text)]
    return f" {' '.join(found)} " if found else ""


@dataclass(frozen=True)
class Phrases:
    phrases: frozenset[str]  # " word word ... " (two words or more), anywhere in an element's text
    single_words: frozenset[str]  # " word ", only as the whole text of an element


@cache
def english_ui_phrases() -> Phrases:
    msgids = template_msgids()
    for path in catalogue_paths():
        for entry in polib.pofile(str(path)):
            if not entry.obsolete:
                msgids.update(filter(None, (entry.msgid, entry.msgid_plural)))
    phrases, singles = set(), set()
    for msgid in msgids:
        pieces = PLACEHOLDER.split(html.unescape(msgid))
        for piece in pieces:
            run = words(piece)
            count = run.count(" ") - 1
            if count >= 2:
                phrases.add(run)
            elif count == 1 and len(pieces) == 1 and len(run) > 3:
                singles.add(run)
    return Phrases(frozenset(phrases), frozenset(singles))


SHOWN_ATTRIBUTES = ("title", "placeholder", "aria-label", "alt")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL = re.compile(r"(?:https?://|www\.)\S+|(?<![\w])/(?:ar|en|static|media)/\S*")
SKU = re.compile(r"\b[A-Z]{2,}(?:-[A-Z0-9]+)+\b")


def visible_texts(page: str, *, typed: tuple[str, ...] = ()) -> list[str]:
    """The pieces of text a reader sees on an HTML page (or in an e-mail's HTML), cleaned as the module says."""
    soup = BeautifulSoup(page, "html.parser")
    for element in soup(["script", "style", "template"]):
        element.decompose()
    for element in soup.find_all(attrs={"lang": re.compile(r"^en", re.I)}):
        if element.name != "html":
            element.decompose()
    texts = []
    for node in soup.find_all(string=True):
        if isinstance(node, (Comment, Doctype, Declaration, ProcessingInstruction)):
            continue
        if node.parent is not None and node.parent.name in ("script", "style"):
            continue
        texts.append(str(node))
    for element in soup.find_all(True):
        for attribute in SHOWN_ATTRIBUTES:
            if element.get(attribute):
                texts.append(element[attribute])
        if element.name == "input" and element.get("type") in ("submit", "button") and element.get("value"):
            texts.append(element["value"])
    return [cleaned for text in texts if (cleaned := clean(text, typed=typed)).strip()]


def clean(text: str, *, typed: tuple[str, ...] = ()) -> str:
    text = html.unescape(text)
    for value in sorted(typed, key=len, reverse=True):
        text = text.replace(value, " ")
    text = EMAIL.sub(" ", text)
    text = URL.sub(" ", text)
    return SKU.sub(" ", text)


def english_found(texts: list[str]) -> list[tuple[str, str]]:
    """(phrase, text it was found in) for every English UI string in these texts."""
    catalogue = english_ui_phrases()
    found = []
    for text in texts:
        run = words(text)
        import os

        if os.environ.get("LOOK_DEBUG") and run.count(" ") >= 2:
            print("LATIN:", " ".join(text.split())[:150])
        if run.count(" ") - 1 < 1:
            continue
        if run in catalogue.single_words:
            if not ACRONYM.fullmatch(WORD.search(text).group()):
                found.append((run.strip(), text.strip()[:120]))
            continue
        if run.count(" ") - 1 < 2:
            continue
        for phrase in catalogue.phrases:
            if phrase in run:
                found.append((phrase.strip(), " ".join(text.split())[:160]))
    return found


def english_in_page(page: str, *, typed: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return english_found(visible_texts(page, typed=typed))


def english_in_plain_text(body: str, *, typed: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return english_found([clean(line, typed=typed) for line in body.splitlines() if line.strip()])
