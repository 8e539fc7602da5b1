"""Site-wide views that belong to no app: display preferences."""

from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from marketplace.display import DIGITS_COOKIE, digit_style_from_cookie

ONE_YEAR = 365 * 24 * 60 * 60


@require_POST
def set_digit_style(request):
    """Remember whether this reader wants Arabic-Indic or Latin digits, in a cookie, and go back to their page."""
    style = digit_style_from_cookie(request.POST.get("digits"))
    next_url = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"
    response = HttpResponseRedirect(next_url)
    response.set_cookie(DIGITS_COOKIE, style, max_age=ONE_YEAR, samesite="Lax", secure=request.is_secure())
    return response


@require_POST
def set_display_currency(request):
    """Remember the currency in which this reader wants approximate prices (or none), and go back to their page."""
    from django.conf import settings

    from payments.selectors import DISPLAY_CURRENCY_COOKIE

    currency = request.POST.get("currency", "")
    next_url = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"
    response = HttpResponseRedirect(next_url)
    if currency in settings.APPROXIMATE_PRICE_CURRENCIES:
        response.set_cookie(
            DISPLAY_CURRENCY_COOKIE, currency, max_age=ONE_YEAR, samesite="Lax", secure=request.is_secure()
        )
    else:
        response.delete_cookie(DISPLAY_CURRENCY_COOKIE)
    return response
