"""The home page's sections (crafts, new pieces, collections, stories, artisans) are rendered once and served from
the cache until something they show changes.

The fragment is keyed by a version number that every publish, unpublish or deletion of a page, and every saved
product or stock record, replaces, so an editor sees a published collection on the home page at once. The
fragment also varies by language, digit style and day (collections start and end on dates), and expires after
HOME_SECTIONS_SECONDS anyway, as a bound on staleness from changes that send no signal (bulk updates).

The page around the fragment (header with the basket and account links, the CSRF token of the display forms) is
rendered for each request, so one buyer never sees another's page. A cache that fails only costs the queries.
"""

from __future__ import annotations

import time

from django.core.cache import cache

HOME_SECTIONS_SECONDS = 300
VERSION_KEY = "cms:home-sections-version"


def home_sections_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = time.time_ns()
        cache.add(VERSION_KEY, version, timeout=None)
    return version


def invalidate_home_sections(**_signal_kwargs) -> None:
    cache.set(VERSION_KEY, time.time_ns(), timeout=None)
