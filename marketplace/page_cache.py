"""Whole pages for anonymous visitors, served from the shared cache (issue 19, part 1).

Home, the craft, governorate, collection, story and event pages, the artisans' pages, the catalogue's lists and the
product pages are the same for every visitor who has no basket, is not signed in and has no message waiting, once
the page leaves out what is personal:

- the header's basket badge and account links are drawn for an anonymous visitor with an empty basket, and
  `session-state.js` asks `session_state` (a small private JSON answer) for the real ones; messages come the same way;
- the CSRF token of the page's forms is a placeholder that is blanked when the page is served; `session-state.js`
  writes the token from the csrftoken cookie into every form (the JSON answer sets that cookie);
- the CSP nonce of the page's inline script is stored as a placeholder and replaced with the fresh nonce of each
  response, so every answer carries its own nonce, matching its header.

The key is the host, path and query string, the language, the digits chosen (`DIGITS_COOKIE`) and the currency of
the approximate prices (`DISPLAY_CURRENCY_COOKIE`): the two preference cookies change the HTML, nothing else the
visitor sends does (the destination is chosen by the page's script, see shipping/destinations.py).

Invalidation is a single generation number for the whole catalogue and site, stored beside the pages: any saved
product, stock record, photo, category, artisan or partner, any Wagtail page published, unpublished, moved or
deleted, any image saved, and any import bumps it (at once and again when the transaction commits, so a request
that read the old rows before the commit cannot keep them). A page stored under an older generation is a miss. One
number rather than one per product because nearly every change shows on many pages (a price is on the product page,
the lists, the artisan's page, the home page's new pieces, collections and craft pages): per-kind numbers would
have to know every page a product appears on, and a wrong guess sells at a wrong price. Entries also expire after
PAGE_CACHE_SECONDS, a bound for changes that send no signal (a queryset .update() in a shell).

Reading a hit costs one cache round trip (the page and the generation in one get_many) and, only for a visitor who
has a session cookie, the session (to see whether it holds a signed-in user or messages); no other SQL.
"""

from __future__ import annotations

import hashlib
import time

from django.conf import settings
from django.contrib.auth import SESSION_KEY as USER_SESSION_KEY
from django.core.cache import caches
from django.db import transaction
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers

from marketplace.display import DIGITS_COOKIE, digit_style_from_cookie

GENERATION_KEY = "page-cache:generation"
# Long enough never to appear in a page by chance, without a digit or a character HTML escapes.
CSRF_PLACEHOLDER = "hirfa-page-cache-csrf-token"
NONCE_PLACEHOLDER = "hirfa-page-cache-csp-nonce"
DISPLAY_CURRENCY_COOKIE = "display_currency"  # payments.selectors.DISPLAY_CURRENCY_COOKIE (no import: no circle)
MESSAGES_COOKIE = "messages"  # django.contrib.messages' cookie storage
MESSAGES_SESSION_KEY = "_messages"

# The views whose pages every anonymous visitor shares. Wagtail serves many page types through one view; the page
# types below are shared pages, the others (the contact form) are not.
CACHEABLE_VIEWS = frozenset(
    {"catalogue:index", "catalogue:category", "catalogue:detail", "artisans:list", "artisans:detail"}
)
WAGTAIL_VIEW = "wagtail_serve"
CACHEABLE_PAGE_TYPES = frozenset(
    {
        "cms.HomePage",
        "cms.CraftIndexPage",
        "cms.CraftPage",
        "cms.GovernorateIndexPage",
        "cms.GovernoratePage",
        "cms.CollectionIndexPage",
        "cms.CollectionPage",
        "cms.StoryIndexPage",
        "cms.StoryPage",
        "cms.EventIndexPage",
        "cms.EventPage",
    }
)


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


# --- Invalidation ------------------------------------------------------------------------------------------------


def bump_generation() -> None:
    """Every stored page becomes a miss. Called at once and again on commit (`invalidate_pages`)."""
    page_cache().set(GENERATION_KEY, time.time_ns(), timeout=None)


def invalidate_pages(**_signal_kwargs) -> None:
    """A signal receiver: what the pages show has changed, or is about to once the transaction commits."""
    bump_generation()
    transaction.on_commit(bump_generation)


def current_generation(stored: dict) -> int:
    generation = stored.get(GENERATION_KEY)
    if generation is None:
        generation = time.time_ns()
        page_cache().add(GENERATION_KEY, generation, timeout=None)
    return generation


# --- Who may share a page ----------------------------------------------------------------------------------------


def is_personal(request) -> bool:
    """A signed-in visitor, a basket, or a message waiting: this visitor's pages are their own."""
    if settings.OSCAR_BASKET_COOKIE_OPEN in request.COOKIES or MESSAGES_COOKIE in request.COOKIES:
        return True
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        session = request.session
        return USER_SESSION_KEY in session or MESSAGES_SESSION_KEY in session
    return False


def may_share_page(request) -> bool:
    return request.method in ("GET", "HEAD") and not is_personal(request)


def page_key(request) -> str:
    language = translation.get_language() or settings.LANGUAGE_CODE
    currency = request.COOKIES.get(DISPLAY_CURRENCY_COOKIE, "")
    if currency not in settings.APPROXIMATE_PRICE_CURRENCIES:
        currency = ""
    digits = digit_style_from_cookie(request.COOKIES.get(DIGITS_COOKIE)) if language == "ar" else ""
    address = f"{request.get_host()}\n{request.get_full_path()}\n{language}\n{currency}\n{digits}"
    return "page-cache:page:" + hashlib.sha256(address.encode()).hexdigest()


def is_shared_view(request, response) -> bool:
    match = getattr(request, "resolver_match", None)
    if match is None:
        return False
    if match.view_name in CACHEABLE_VIEWS:
        return True
    if match.view_name != WAGTAIL_VIEW:
        return False
    page = (getattr(response, "context_data", None) or {}).get("page")
    if page is None or page.specific_class is None:
        return False
    return page.specific_class._meta.label in CACHEABLE_PAGE_TYPES and not page.get_view_restrictions().exists()


def may_store(request, response) -> bool:
    """A shared page, answered in full, that tells nothing about this visitor and sets nothing in their browser."""
    messages = getattr(request, "_messages", None)
    session = getattr(request, "session", None)
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and response.get("Content-Type", "").startswith("text/html")
        and not response.cookies
        and not response.has_header("Cache-Control")
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")  # a real token was put in the page
        and not (messages is not None and messages.added_new)
        and not (session is not None and session.modified)
        and is_shared_view(request, response)
    )


# --- The middleware ----------------------------------------------------------------------------------------------


def csrf_placeholder(request) -> dict:
    """Context processor: on a page that may be shared, forms get a placeholder instead of this visitor's token."""
    if getattr(request, "page_cache_candidate", False):
        return {"csrf_token": CSRF_PLACEHOLDER}
    return {}


class AnonymousPageCacheMiddleware:
    """Serves and stores shared pages (see the module). Sits after the CSP middleware (which writes each response's
    nonce into its header) and before DisplayPreferencesMiddleware (whose digit rewrite is stored with the page)."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_ENABLED:
            response = self.get_response(request)
            _fill_real_csrf_token(request, response)
            return response
        if not may_share_page(request):
            response = self.get_response(request)
            if not response.has_header("Cache-Control") and request.method in ("GET", "HEAD"):
                # Never kept by a browser or a CDN for another visitor, and asked for again after a change.
                patch_cache_control(response, private=True, no_cache=True)
            # Forms that carry the placeholder whatever the page (the hearts of product cards, which the home page
            # keeps in a fragment cached for everyone: favourites/templatetags/favourites.py) get this visitor's token.
            _fill_real_csrf_token(request, response)
            return response

        cache = page_cache()
        key = page_key(request)
        stored = cache.get_many([GENERATION_KEY, key])
        generation = current_generation(stored)
        entry = stored.get(key)
        if entry is not None and entry["generation"] == generation:
            return self._shared_response(request, entry["content"], entry["content_type"])

        request.page_cache_candidate = True
        response = self.get_response(request)
        request.page_cache_candidate = False
        if may_store(request, response):
            content = response.content
            nonce = getattr(request, "_csp_nonce", None)
            if isinstance(nonce, str):
                content = content.replace(nonce.encode(), NONCE_PLACEHOLDER.encode())
            entry = {"generation": generation, "content": content, "content_type": response["Content-Type"]}
            cache.set(key, entry, timeout=settings.PAGE_CACHE_SECONDS)
            return self._shared_response(request, content, response["Content-Type"], status=response.status_code)
        _fill_real_csrf_token(request, response)
        return response

    def _shared_response(self, request, content: bytes, content_type: str, status: int = 200) -> HttpResponse:
        content = content.replace(CSRF_PLACEHOLDER.encode(), b"")
        if NONCE_PLACEHOLDER.encode() in content:
            content = content.replace(NONCE_PLACEHOLDER.encode(), str(request.csp_nonce).encode())
        response = HttpResponse(content, content_type=content_type, status=status)
        patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_MAX_AGE)
        # Browsers keep one copy per Cookie header: once a visitor signs in or fills a basket, their cookies change
        # and the browser asks again. A CDN keys on the two preference cookies instead (docs/DEPLOYMENT.md).
        patch_vary_headers(response, ["Cookie"])
        return response


def _fill_real_csrf_token(request, response) -> None:
    """A page that may not be shared after all (a search, a form page, an error) gets this visitor's token."""
    if response.streaming or not response.get("Content-Type", "").startswith("text/html"):
        return
    if CSRF_PLACEHOLDER.encode() not in response.content:
        return
    response.content = response.content.replace(CSRF_PLACEHOLDER.encode(), get_token(request).encode())
    if response.has_header("Content-Length"):
        response["Content-Length"] = str(len(response.content))


# --- What purges the pages ---------------------------------------------------------------------------------------

# Everything a shared page shows: a product, its price and stock, its photos, its craft; an artisan and their
# workshop (Oscar's partner); a Wagtail image. Wagtail pages purge through its page signals.
MODELS_SHOWN_ON_PAGES = (
    "catalogue.Product",
    "catalogue.ProductImage",
    "catalogue.Category",
    "partner.StockRecord",
    "partner.Partner",
    "artisans.Artisan",
    "reviews.ProductReview",
    "cms.HirfaImage",
    "wagtailcore.Site",
)


def connect_receivers() -> None:
    from django.apps import apps
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import Page
    from wagtail.signals import page_published, page_unpublished, post_page_move

    for label in MODELS_SHOWN_ON_PAGES:
        model = apps.get_model(label)
        post_save.connect(invalidate_pages, sender=model, dispatch_uid=f"page-cache-{label}-saved")
        post_delete.connect(invalidate_pages, sender=model, dispatch_uid=f"page-cache-{label}-deleted")
    page_published.connect(invalidate_pages, dispatch_uid="page-cache-page-published")
    page_unpublished.connect(invalidate_pages, dispatch_uid="page-cache-page-unpublished")
    post_page_move.connect(invalidate_pages, dispatch_uid="page-cache-page-moved")
    post_delete.connect(invalidate_pages, sender=Page, dispatch_uid="page-cache-page-deleted")
    # A CDN's copies of a product's pages (Wagtail purges its own pages itself).
    for label in ("catalogue.Product", "partner.StockRecord", "catalogue.ProductImage", "reviews.ProductReview"):
        post_save.connect(purge_product_from_cdn, sender=apps.get_model(label), dispatch_uid=f"page-cdn-{label}")


def purge_product_from_cdn(*, instance, **_signal_kwargs) -> None:
    """With a CDN configured (WAGTAILFRONTENDCACHE), its copies of the product page, the catalogue list and the
    artisan's page in every language, once the change is committed."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    product_id = instance.pk if instance._meta.label == "catalogue.Product" else instance.product_id
    transaction.on_commit(lambda: _purge_product_addresses(product_id))


def _purge_product_addresses(product_id: int) -> None:
    from django.apps import apps
    from django.urls import reverse
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    product = apps.get_model("catalogue.Product").objects.filter(pk=product_id).select_related("artisan").first()
    if product is None:
        return
    urls = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls += [product.get_absolute_url(), reverse("catalogue:index")]
            if product.artisan_id:
                urls.append(product.artisan.get_absolute_url())
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    purge_urls_from_cache([base + url for url in urls])
