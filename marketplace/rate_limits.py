"""Requests per client address, for what is cheap to send and dear to answer: searches, sign-ins, registrations,
password resets, requests to join as an artisan, buyers' reviews, hearts and follows, questions to artisans and their
replies. Groups named in `settings.RATE_LIMITS_PER_ACCOUNT` are also counted per signed-in account, so one account
spread over many addresses is limited too, and many accounts behind one address are not limited together.

Each limited view belongs to a group whose rate (`count/period`, e.g. `30/m`) is in `settings.RATE_LIMITS`. The
counts are django-ratelimit's, kept in the shared cache (Redis in production), so every process of every web server
counts together; the address is `marketplace.client_address.client_ip_address`, the same one the sign-in lockout
uses. One middleware applies the table below by URL name, so Oscar's own views (sign-in, registration, password
reset) are limited without forking Oscar's customer app. Over the limit, the answer is 429 with `Retry-After` (the
seconds until the count starts again) and a message in the request's language: JSON for the API, a page otherwise.
A cache that fails lets the request through (and says so in the log): the limits protect the site, they must not be
what takes it down.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from django_ratelimit.core import get_usage

logger = logging.getLogger(__name__)

# URL name -> (group, methods). A group's rate is settings.RATE_LIMITS[group].
LIMITED_VIEWS: dict[str, tuple[str, tuple[str, ...]]] = {
    "search-api:search": ("search", ("GET",)),
    "search-api:suggest": ("suggest", ("GET",)),
    "search:search": ("search", ("GET",)),
    # The shop's listings run the same search when they are given words (?q=); browsing without words is not limited.
    "catalogue:index": ("search", ("GET",)),
    "catalogue:category": ("search", ("GET",)),
    # Oscar's sign-in page (which also registers: see _group) and registration page, as served by the project
    "account-sign-in": ("sign-in", ("POST",)),
    "account-register": ("register", ("POST",)),
    "admin:login": ("sign-in", ("POST",)),
    "wagtailadmin_login": ("sign-in", ("POST",)),
    "password-reset": ("password-reset", ("POST",)),
    "account-activate": ("sign-in", ("POST",)),  # it takes a password
    "artisans:workshop-join": ("join", ("POST",)),
    "provenance:verify": ("verify", ("GET",)),
    "provenance:fake-report": ("contact", ("POST",)),
    "reviews:write": ("review", ("POST",)),
    # Questions to artisans, and buyers' replies (signed in or through a guest's link)
    "conversations:ask": ("question", ("POST",)),
    "conversations:mine": ("question", ("POST",)),
    "conversations:guest": ("question", ("POST",)),
    "conversations:mine-report": ("question", ("POST",)),
    "conversations:guest-report": ("question", ("POST",)),
    # Hearts and follows: cheap to send from a script, each one a write
    "favourites:add": ("favourites", ("POST",)),
    "favourites:remove": ("favourites", ("POST",)),
    "favourites:follow": ("favourites", ("POST",)),
    "favourites:unfollow": ("favourites", ("POST",)),
}
WORDS_REQUIRED = {"search:search", "catalogue:index", "catalogue:category"}


def _group(request: HttpRequest) -> str | None:
    match = request.resolver_match
    limited = LIMITED_VIEWS.get(match.view_name if match else "")
    if limited is None:
        return None
    group, methods = limited
    if request.method not in methods:
        return None
    if match.view_name in WORDS_REQUIRED and not request.GET.get("q", "").strip():
        return None
    if match.view_name == "account-sign-in" and "registration_submit" in request.POST:
        return "register"
    return group


def rate_limit_usage(request: HttpRequest, group: str) -> dict | None:
    """This request counted against its group: django-ratelimit's usage (`should_limit`, `time_left`), or None
    when the group has no limit or the cache does not answer."""
    return _usage(request, group=group, key="ip", rate=settings.RATE_LIMITS.get(group))


def account_rate_limit_usage(request: HttpRequest, group: str) -> dict | None:
    """The same, counted per signed-in account (`RATE_LIMITS_PER_ACCOUNT`, by the group's name): None for a
    visitor who is not signed in or a group with no per-account rate."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    rate = getattr(settings, "RATE_LIMITS_PER_ACCOUNT", {}).get(group)
    return _usage(request, group=f"{group}:account", key="user", rate=rate)


def _usage(request: HttpRequest, *, group: str, key: str, rate: str | None) -> dict | None:
    if not rate:
        return None
    try:
        return get_usage(request, group=group, key=key, rate=rate, method=get_usage.ALL, increment=True)
    except Exception:  # the shared cache is away: serve the request rather than fail it
        logger.warning("Rate limit %s not checked: the cache did not answer", group, exc_info=True)
        return None


def too_many_requests(request: HttpRequest, *, retry_after: int) -> HttpResponse:
    retry_after = max(1, retry_after)
    language = request.GET.get("lang")
    with translation.override(language if language in ("ar", "en") else translation.get_language()):
        message = _("Too many requests from your connection. Please wait a moment and try again.")
        if request.path_info.startswith("/api/"):
            response = JsonResponse({"error": message, "retry_after": retry_after}, status=429)
        else:
            response = render(
                request, "marketplace/too_many_requests.html", {"message": message, "retry_after": retry_after},
                status=429,
            )  # fmt: skip
    response["Retry-After"] = str(retry_after)
    response["Cache-Control"] = "no-store"
    return response


class RateLimitMiddleware:
    """Counts the requests of the views in LIMITED_VIEWS and answers 429 past their group's rate."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        group = _group(request)
        if group is None:
            return None
        for usage in (rate_limit_usage(request, group), account_rate_limit_usage(request, group)):
            if usage is not None and usage["should_limit"]:
                logger.info("Rate limit %s reached by a client", group)
                return too_many_requests(request, retry_after=usage["time_left"])
        return None
