"""Where a buyer wants their pieces delivered, before there is an address: the "Deliver to" choice of the footer and
the basket, kept in a cookie, and the countries' names in the reader's language.

The choice is a country the marketplace ships to (Oscar's `Country.is_shipping_country`). Without a valid cookie the
destination defaults from the buyer's language, as the product page's script does with `navigator.language`: the
region of the first language the browser asks for (en-GB: the United Kingdom, ar-AE: the UAE) when the marketplace
ships there, else Oman. The product page's HTML never depends on it (the page is cached without the cookie in its
key): the page carries the rules as data and hirfa.js applies the cookie.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from babel import Locale
from django.core.cache import cache
from django.utils.translation.trans_real import parse_accept_lang_header
from oscar.core.loading import get_model

from marketplace.bilingual import active_language

DESTINATION_COOKIE = "hirfa_destination"
HOME_COUNTRY = "OM"
_COUNTRIES_CACHE_KEY = "shipping:destinations"
_COUNTRIES_CACHE_SECONDS = 300  # a country the authority adds in the dashboard shows in the footer within minutes
_CODE = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class Destination:
    code: str
    name: str  # in the reader's language


def country_name(code: str, language: str | None = None, *, fallback: str = "") -> str:
    """The country's name in the reader's language (Babel's territory names, from the Unicode CLDR); Oscar's English
    `printable_name` is only a fallback for a code CLDR does not know."""
    locale = Locale.parse(language or active_language())
    return locale.territories.get(code.upper(), fallback or code.upper())


def _shipping_countries() -> tuple[tuple[str, int], ...]:
    """(code, display order) of the countries the marketplace ships to, read once every few minutes: the footer of
    every page lists them."""
    countries = cache.get(_COUNTRIES_CACHE_KEY)
    if countries is None:
        Country = get_model("address", "Country")
        countries = tuple(
            Country.objects.filter(is_shipping_country=True)
            .order_by("-display_order", "printable_name")
            .values_list("iso_3166_1_a2", "display_order")
        )
        cache.set(_COUNTRIES_CACHE_KEY, countries, _COUNTRIES_CACHE_SECONDS)
    return countries


def shipping_country_codes() -> tuple[str, ...]:
    return tuple(code for code, _order in _shipping_countries())


def destinations(language: str | None = None) -> list[Destination]:
    """The shipping countries named in the reader's language, in Oscar's display order (Oman first, the Gulf, then
    the rest), each group in the alphabetical order of the reader's language rather than the English one."""
    language = language or active_language()
    named = [(order, Destination(code, country_name(code, language))) for code, order in _shipping_countries()]
    return [destination for _order, destination in sorted(named, key=lambda pair: (-pair[0], pair[1].name))]


def valid_destination(value: str | None) -> str | None:
    """The country code when `value` names a country the marketplace ships to, else None (whatever the value was:
    a cookie or a form field may hold anything)."""
    code = (value or "").strip().upper()
    if not _CODE.match(code):
        return None
    return code if code in shipping_country_codes() else None


def destination_from_language(accept_language: str | None) -> str:
    """The default destination: the region of the browser's first language when the marketplace ships there, else
    Oman (the same rule as hirfa.js applies to `navigator.language`)."""
    for tag, _quality in parse_accept_lang_header(accept_language or "")[:1]:
        parts = tag.replace("_", "-").split("-")
        if len(parts) > 1:
            return valid_destination(parts[-1]) or HOME_COUNTRY
    return HOME_COUNTRY


@dataclass(frozen=True)
class DestinationChoice:
    code: str
    chosen: bool  # the buyer chose it (a valid cookie) rather than it being the default from their language
    unreadable: bool  # the cookie held something that is not a country the marketplace ships to


def destination_for_request(request) -> DestinationChoice:
    raw = request.COOKIES.get(DESTINATION_COOKIE)
    code = valid_destination(raw)
    if code:
        return DestinationChoice(code=code, chosen=True, unreadable=False)
    fallback = destination_from_language(request.META.get("HTTP_ACCEPT_LANGUAGE"))
    return DestinationChoice(code=fallback, chosen=False, unreadable=bool(raw))
