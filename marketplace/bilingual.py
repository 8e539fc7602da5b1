"""User content in two languages: choose what to show, and say when it is the other language.

Products, artisans, crafts and regions store their text in Arabic and English. A listing may exist in one
language only; pages then show that language, and mark it (with `lang`/`dir` and a note) instead of showing
nothing. Every model with bilingual fields goes through `localized_text()`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from django.utils.translation import get_language

LANGUAGE_CODES = ("ar", "en")
RTL_LANGUAGES = frozenset({"ar"})
# Each language named in itself, as a language switch shows it.
LANGUAGE_SELF_NAMES = {"ar": "العربية", "en": "English"}


def written_language(text: str, *, default: str) -> str:
    """The language a buyer's or an artisan's text is written in, from its letters: "ar" when most are Arabic script,
    "en" when most are Latin, else `default` (digits or emoji only; "en" when `default` is neither). A review and a
    question are shown and answered in it, whatever the page's language was."""
    arabic = latin = 0
    for char in text:
        if not char.isalpha():
            continue
        name = unicodedata.name(char, "")
        if name.startswith("ARABIC"):
            arabic += 1
        elif name.startswith("LATIN"):
            latin += 1
    if arabic == latin:
        return default if default in LANGUAGE_CODES else "en"
    return "ar" if arabic > latin else "en"


def active_language() -> str:
    """The active site language, reduced to one of ours ("ar-om" -> "ar"); English when none is active."""
    code = (get_language() or "en").split("-")[0].lower()
    return code if code in LANGUAGE_CODES else "en"


def other_language(language: str) -> str:
    return "en" if language == "ar" else "ar"


@dataclass(frozen=True)
class LocalizedText:
    """A text chosen for a reader: the text, the language it is really in, and the language that was asked for."""

    text: str
    language: str
    requested: str

    @property
    def is_fallback(self) -> bool:
        """True when the reader asked for one language and gets the other, because only that one exists."""
        return bool(self.text) and self.language != self.requested

    @property
    def direction(self) -> str:
        return "rtl" if self.language in RTL_LANGUAGES else "ltr"

    def __str__(self) -> str:
        return self.text

    def __bool__(self) -> bool:
        return bool(self.text)


def localized_text(*, ar: str | None, en: str | None, language: str | None = None) -> LocalizedText:
    """Pick the text in `language` (the active one by default), else the other language, else empty."""
    requested = language or active_language()
    texts = {"ar": (ar or "").strip(), "en": (en or "").strip()}
    for candidate in (requested, other_language(requested)):
        if texts[candidate]:
            return LocalizedText(texts[candidate], candidate, requested)
    return LocalizedText("", requested, requested)


def available_languages(*, ar: str | None, en: str | None) -> tuple[str, ...]:
    return tuple(code for code, text in (("ar", ar), ("en", en)) if (text or "").strip())
