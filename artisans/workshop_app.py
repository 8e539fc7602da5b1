"""The workshop as an app on the phone's home screen (issue 24): a web app manifest per language, a service worker
and the page it shows when there is no connection.

The service worker caches only the workshop's shell (the offline page) and static files; pages (which hold the
artisan's orders, money and prices) always come from the network and are never stored on the phone. It is served
from /<lang>/workshop/sw.js so that its scope covers the workshop in that language, with Service-Worker-Allowed
saying so explicitly.
"""

from __future__ import annotations

import json

from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import get_language, get_language_bidi
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

# Static files the workshop's pages need, cached when the service worker installs. Bump the version when the
# list changes; static files' own changes are caught by their hashed names in production.
SHELL_VERSION = "workshop-shell-v1"
SHELL_STATIC_FILES = (
    "hirfa/hirfa.css",
    "hirfa/hirfa.js",
    "hirfa/workshop-photos.js",
    "hirfa/favicon.svg",
    "hirfa/icons/workshop-192.png",
    "hirfa/icons/workshop-512.png",
    "oscar/js/bootstrap4/bootstrap.bundle.min.js",
    "oscar/js/oscar/ui.js",
)


def _workshop_root() -> str:
    return reverse("artisans:workshop")


@require_GET
@cache_control(max_age=3600)
def workshop_manifest(request):
    language = get_language()
    manifest = {
        "name": _("Hirfa workshop"),
        "short_name": _("Workshop"),
        "description": _("List your pieces, send your orders and see your money."),
        "lang": language,
        "dir": "rtl" if get_language_bidi() else "ltr",
        "start_url": _workshop_root(),
        "scope": _workshop_root(),
        "display": "standalone",
        "background_color": "#f7f1e6",
        "theme_color": "#a3262a",
        "icons": [
            {
                "src": static(f"hirfa/icons/workshop-{size}.png"),
                "sizes": f"{size}x{size}",
                "type": "image/png",
                "purpose": "any maskable",
            }
            for size in (192, 512)
        ],
    }
    response = JsonResponse(manifest, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/manifest+json"
    return response


@require_GET
@cache_control(no_cache=True)
def workshop_service_worker(request):
    config = {
        "cache": f"{SHELL_VERSION}-{get_language()}",
        "offline": reverse("artisans:workshop-offline"),
        "static": [static(path) for path in SHELL_STATIC_FILES],
        "staticPrefix": static(""),
    }
    script = render(request, "artisans/workshop/service-worker.js", {"config": json.dumps(config)}).content
    response = HttpResponse(script, content_type="text/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = _workshop_root()
    return response


@require_GET
def workshop_offline(request):
    """What the service worker shows when a workshop page cannot be reached: no one's data, only the words."""
    return render(request, "artisans/workshop/offline.html", {"workshop_url": _workshop_root()})
