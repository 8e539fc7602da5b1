"""What a search with no results offers instead: the collections editors feature on the home page, in the
reader's language.

The content app's selector takes a Wagtail locale; this module only finds the locale of the page's language, so
the zero-results page and the home page show the same collections.
"""

from __future__ import annotations

from wagtail.models import Locale

from cms import selectors as cms_selectors


def featured_collections_for(language: str) -> list:
    """Live, running collections flagged for the home page, in `language` (none when the site has no such
    language)."""
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return []
    return cms_selectors.featured_collections(locale=locale)
