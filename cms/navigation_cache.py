"""The menu's and the footer's links (`cms.selectors.site_navigation`) are read from the cache on every page.

They are keyed by a version number that every publish, unpublish, move or deletion of a page the menu or the
footer links (the home pages, the section pages, the information pages) replaces (the receivers in
`cms.receivers`), so a renamed or new section or footer page shows at once, while publishing a story leaves the
cache warm; they also expire after
NAVIGATION_SECONDS as a bound on staleness from changes that send no signal. A cache that fails only costs the
one query.
"""

from __future__ import annotations

import time

from django.core.cache import cache

NAVIGATION_SECONDS = 600
VERSION_KEY = "cms:navigation-version"


def navigation_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = time.time_ns()
        cache.add(VERSION_KEY, version, timeout=None)
    return version


def navigation_cache_key(language: str) -> str:
    return f"cms:navigation:{navigation_version()}:{language}"


def invalidate_navigation(**_signal_kwargs) -> None:
    cache.set(VERSION_KEY, time.time_ns(), timeout=None)
