"""Approximate prices in the buyer's chosen currency, next to the rial price (the charge is always in OMR)."""

from django import template
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext as _

from marketplace.bilingual import active_language

from ..selectors import DISPLAY_CURRENCY_COOKIE, approximate_price

register = template.Library()


@register.simple_tag(takes_context=True)
def approx_price(context, amount):
    """`{% approx_price price %}`: "≈ USD 32.09" with the rate's date, when the reader chose a currency."""
    request = context.get("request")
    currency = request.COOKIES.get(DISPLAY_CURRENCY_COOKIE, "") if request else ""
    approximate = approximate_price(amount, currency) if currency else None
    if approximate is None:
        return ""
    value, as_of = approximate
    from babel.numbers import format_currency

    text = format_currency(value, currency, locale="ar" if active_language() == "ar" else "en")
    note = _("approximate, at the rate of %(date)s; you are charged in Omani rials") % {
        "date": date_format(as_of, "SHORT_DATE_FORMAT")
    }
    return format_html('<span class="price-approx" title="{}">≈ {} <small>({})</small></span>', note, text, note)
