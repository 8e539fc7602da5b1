"""The Wagtail Site answering a request, read from the database once per host rather than on every request.

Wagtail looks the Site up with a query on every request it serves (`Site.find_for_request`, which keeps its answer on
the request only, in `request._wagtail_site`). `CachedSiteMiddleware` puts the answer there first, for the pages
Wagtail serves, from the shared cache: one key per host and port, holding the Site (with its root page) and the
generation it was read in. Saving or deleting a Site, and publishing, unpublishing, moving or deleting a page (a
site's root page among them), start a new generation, so the next request in every process reads the sites afresh.
The generation and the answer come in one round trip to the cache; with no cache (or a cache that keeps nothing)
every request asks the database, as before.
"""

from __future__ import annotations

import time

from django.core.cache import cache
from django.db import transaction
from django.http.request import split_domain_port
from wagtail.models import Site
from wagtail.views import serve as wagtail_serve

GENERATION_KEY = "cms:site-generation"
SITE_SECONDS = 3600


def _site_key(request) -> str:
    # Wagtail matches the raw host (its ALLOWED_HOSTS check has been made by CommonMiddleware before this runs).
    hostname = split_domain_port(request._get_raw_host())[0]
    return f"cms:site:{hostname}:{request.get_port()}"


def site_for_request(request) -> Site | None:
    """The Site Wagtail would find for this request, from the cache when this generation has read it."""
    key = _site_key(request)
    found = cache.get_many([GENERATION_KEY, key])
    generation = found.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        generation = cache.get(GENERATION_KEY)
    cached = found.get(key)
    if generation is not None and cached is not None and cached[0] == generation:
        request._wagtail_site = cached[1]
        return cached[1]
    site = Site.find_for_request(request)
    if generation is not None:
        cache.set(key, (generation, site), SITE_SECONDS)
    return site


def invalidate_sites(**_signal_kwargs) -> None:
    """A new generation once the change is committed: a request reading the sites before the commit would
    otherwise keep the old answer under the new generation."""
    transaction.on_commit(lambda: cache.set(GENERATION_KEY, time.time_ns(), timeout=None))


class CachedSiteMiddleware:
    """Looks the Wagtail Site up in the cache for the requests Wagtail serves, before its routing asks. Other pages
    (the shop's, the portal's) do not ask for the Site, so they get no cache read either."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is wagtail_serve:
            site_for_request(request)
        return None
