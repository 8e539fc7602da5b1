"""The search API: `GET /api/search/`, `GET /api/search/suggest/` and `POST /api/search/click/` (JSON).

Titles and labels come in the request's language (`lang=` or Accept-Language) where the listing has it.
"""

import uuid
from functools import wraps

from django.http import JsonResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from marketplace.bilingual import active_language
from search import analytics
from search.engine import SearchUnavailable
from search.forms import SearchParametersForm, clean_query_text
from search.selectors import SearchResults, search_products, suggest

MAX_SUGGEST_LENGTH = 60


def in_requested_language(view):
    """Answer in the language asked for with `lang=` (else Accept-Language, which LocaleMiddleware applied)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        language = request.GET.get("lang")
        if language in ("ar", "en"):
            with translation.override(language):
                return view(request, *args, **kwargs)
        return view(request, *args, **kwargs)

    return wrapper


def unavailable() -> JsonResponse:
    return JsonResponse(
        {"error": _("Search is not available at the moment. Please try again shortly; browsing by craft still works.")},
        status=503,
    )


@require_GET
@in_requested_language
def search(request):
    form = SearchParametersForm(request.GET)
    if not form.is_valid():
        return JsonResponse({"error": form.error_message()}, status=400)
    search_request = form.search_request(language=active_language())
    try:
        results = search_products(search_request)
    except SearchUnavailable:
        return unavailable()
    token = None
    if search_request.q:
        token = analytics.record_search(
            query=search_request.q,
            normalised=results.normalised,
            language=search_request.language,
            filters=search_request.filters_as_dict(),
            result_count=results.total,
            channel="api",
        )
    return JsonResponse(results_payload(results, token), json_dumps_params={"ensure_ascii": False})


def results_payload(results: SearchResults, token=None) -> dict:
    request = results.request
    return {
        "query": request.q,
        "search_id": str(token) if token else None,
        "total": results.total,
        "page": request.page,
        "page_size": request.page_size,
        "results": [
            {
                "sku": hit.sku,
                "title": hit.title.text,
                "title_language": hit.title.language,
                "url": hit.url,
                "price_omr": f"{hit.price:.3f}" if hit.price is not None else None,
                "craft": hit.craft,
                "governorate": hit.governorate,
                "artisan": {"registry_number": hit.artisan_registry_number, "name": hit.artisan_name.text},
                "in_stock": hit.in_stock,
                "highlight": hit.highlight,
                "image": hit.image,
            }
            for hit in results.hits
        ],
        "facets": {
            name: [
                {"value": value.value, "label": value.labels, "count": value.count, "selected": value.selected}
                for value in values
            ]
            for name, values in results.facets.items()
        },
        "suggestion": results.suggestion,
        # How the query was read (search/understanding.py): price bounds, place, item, identifiers, ignored words.
        "understood": results.understood.as_dict() if results.understood else None,
        "artisans": [
            {"registry_number": a.registry_number, "name": a.name.text, "url": a.url, "products": a.product_count}
            for a in results.artisans
        ],
        "stories": [
            {"title": story.title, "language": story.language, "url": story.url, "snippet": story.snippet}
            for story in results.stories
        ],
        "engine_ms": results.engine_ms,
    }


@require_GET
@in_requested_language
def suggestions(request):
    prefix = clean_query_text(request.GET.get("q", ""))[:MAX_SUGGEST_LENGTH]
    language = active_language()
    if not prefix:
        return JsonResponse({"query": "", "suggestions": []})
    try:
        found = suggest(prefix, language)
    except SearchUnavailable:
        return unavailable()
    return JsonResponse({"query": prefix, "suggestions": found}, json_dumps_params={"ensure_ascii": False})


@require_POST
def click(request):
    """A buyer opened a result (sent by the results page as a beacon, with its CSRF token)."""
    try:
        product_id = int(request.POST["product"])
        position = max(0, min(int(request.POST.get("position", 0)), 10_000))
        token = uuid.UUID(request.POST["search"]) if request.POST.get("search") else None
    except (KeyError, ValueError):
        return JsonResponse({"error": _("Missing or malformed click.")}, status=400)
    analytics.record_click(search_token=token, product_id=product_id, position=position)
    return JsonResponse({"ok": True}, status=202)
