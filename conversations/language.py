"""The language a message is written in, from its letters: the inbox shows the artisan a question in the language
the buyer wrote it in, and the buyer's e-mails follow it."""

from __future__ import annotations


def language_of(text: str, *, default: str) -> str:
    """'ar' when Arabic letters outnumber Latin ones, 'en' when Latin ones do, else `default` (digits only...)."""
    arabic = sum(1 for char in text if "\u0600" <= char <= "\u06ff" and char.isalpha())
    latin = sum(1 for char in text if char.isascii() and char.isalpha())
    if arabic == latin:
        return default if default in ("ar", "en") else "en"
    return "ar" if arabic > latin else "en"
