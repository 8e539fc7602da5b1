from django.conf import settings
from django.urls import translate_url
from django.utils.functional import SimpleLazyObject

from marketplace.bilingual import LANGUAGE_SELF_NAMES, active_language


def language_links(request) -> list[dict]:
    """For each language, this same page in that language (the switch in the header and the hreflang links)."""
    current = active_language()
    query = request.META.get("QUERY_STRING", "")
    links = []
    for code, _name in settings.LANGUAGES:
        url = translate_url(request.path, code)
        links.append(
            {
                "code": code,
                "name": LANGUAGE_SELF_NAMES.get(code, code),
                "url": f"{url}?{query}" if query else url,
                "is_current": code == current,
            }
        )
    return links


def site_chrome(request) -> dict:
    """What the header and footer of every page need."""
    return {
        "language_links": language_links(request),
        "digit_style": getattr(request, "digit_style", "latn"),
        "approximate_currencies": settings.APPROXIMATE_PRICE_CURRENCIES,
        "csrf_cookie_name": settings.CSRF_COOKIE_NAME,  # session-state.js reads the token from it
        # Lazy: read (from the cache) only by the templates that draw the menu and the footer.
        "site_nav": SimpleLazyObject(lambda: _site_navigation(request)),
    }


def _site_navigation(request):
    from cms.selectors import site_navigation

    return site_navigation(language=active_language(), request=request)
