from csp.constants import SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.utils import translation

from marketplace.display import DIGITS_COOKIE, activate_digit_style, deactivate_digit_style, digit_style
from marketplace.health import is_health_inspector, readiness_cached
from marketplace.page_digits import arabic_indic_digits_in_html


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The site's policy everywhere; staff-only admin areas may also run inline scripts and styles.

    Oscar's dashboard and the Wagtail and Django admins are built on inline scripts and styles. They are served
    only to signed-in staff, so they get the same policy with 'unsafe-inline' added and no nonce (a nonce would
    make browsers ignore 'unsafe-inline'). Public pages keep the strict policy with a per-request nonce.
    """

    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith(tuple(settings.CSP_STAFF_PATH_PREFIXES)):
            parts.update = {**(parts.update or {}), "script-src": [UNSAFE_INLINE], "style-src": [UNSAFE_INLINE]}
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}  # Wagtail's live preview
            parts.nonce = None
        return parts


class DisplayPreferencesMiddleware:
    """Applies the digit style chosen in the reader's cookie for the duration of the request, and, on an Arabic
    HTML page for a reader who chose Arabic-Indic digits, writes every number the page shows in them
    (`marketplace.page_digits`)."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request):
        token = activate_digit_style(request.COOKIES.get(DIGITS_COOKIE, ""))
        request.digit_style = digit_style()
        try:
            response = self.get_response(request)
            if request.digit_style == "arab" and translation.get_language() == "ar":
                _write_arabic_indic_digits(response)
            return response
        finally:
            deactivate_digit_style(token)


def _write_arabic_indic_digits(response) -> None:
    if response.streaming or not response.get("Content-Type", "").startswith("text/html"):
        return
    charset = response.charset or "utf-8"
    response.content = arabic_indic_digits_in_html(response.content.decode(charset)).encode(charset)
    if response.has_header("Content-Length"):
        response["Content-Length"] = str(len(response.content))


class HealthCheckMiddleware:
    """Answers `/healthz` and `/readyz` before any other middleware (`marketplace.health`).

    Load balancers probe each server by its own address over plain HTTP. Further down, the host check
    (ALLOWED_HOSTS), the HTTPS redirect, sessions and the language redirect would answer them with 400 or 301,
    and a probe would take the server for dead. These two paths say nothing about anyone, so they are answered here,
    first, and never cached by a proxy. `/readyz` gives its details (which dependency failed) only to the bearer of
    HEALTH_CHECK_TOKEN; a balancer needs the status code alone.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == "/healthz":
            return _no_store(JsonResponse({"status": "alive"}))
        if request.path_info == "/readyz":
            results = readiness_cached()
            ready = all(result.ok for result in results)
            status = 200 if ready else 503
            if not is_health_inspector(request):
                return _no_store(HttpResponse(status=status))
            body = {
                "status": "ready" if ready else "not ready",
                "failing": [result.name for result in results if not result.ok],
                "checks": {result.name: result.as_dict() for result in results},
            }
            return _no_store(JsonResponse(body, status=status))
        return self.get_response(request)


def _no_store(response):
    response["Cache-Control"] = "no-store"
    return response
