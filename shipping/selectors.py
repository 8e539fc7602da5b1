"""What shipping to a destination looks like before the buyer gives an address: the basket's cheapest and fastest
methods to the chosen country with their charge and delivery time, what in the basket cannot go there, and which
destinations have no surface route (where perfume oils cannot go at all); and, after an order is placed, how it
travels in the reader's language."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.core.cache import cache
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from oscar.core.loading import get_class, get_model

from checkout import restrictions

from .destinations import country_name, shipping_country_codes

WeightBased = get_model("shipping", "WeightBased")
ShippingAddress = get_model("order", "ShippingAddress")

_NO_SURFACE_CACHE_KEY = "shipping:no-surface-route"
WORKING_DAYS_A_WEEK = 5
SHOWN_IN_WEEKS_FROM = 10  # working days: "4 to 8 weeks" reads better than "20 to 40 working days"


@dataclass(frozen=True)
class ShippingOffer:
    code: str
    name: str
    charge: Decimal
    min_days: int | None
    max_days: int | None

    @property
    def delivery_text(self) -> str:
        if self.min_days is None or self.max_days is None:
            return ""
        if self.min_days >= SHOWN_IN_WEEKS_FROM:
            low, high = self.min_days // WORKING_DAYS_A_WEEK, -(-self.max_days // WORKING_DAYS_A_WEEK)
            return ngettext("%(low)s to %(high)s week", "%(low)s to %(high)s weeks", high) % {"low": low, "high": high}
        return ngettext("%(low)s to %(high)s working day", "%(low)s to %(high)s working days", self.max_days) % {
            "low": self.min_days,
            "high": self.max_days,
        }


@dataclass
class BasketDelivery:
    country: str
    country_name: str
    cheapest: ShippingOffer | None = None
    fastest: ShippingOffer | None = None  # None when the cheapest is also the fastest
    refused: list[tuple[str, str]] = field(default_factory=list)  # (title, why)
    age_confirmation: list[str] = field(default_factory=list)
    surface_only: list[str] = field(default_factory=list)


def _offer(method, basket) -> ShippingOffer:
    price = method.calculate(basket)
    charge = price.incl_tax if price.is_tax_known else price.excl_tax
    inner = getattr(method, "method", method)  # Oscar wraps a method that an offer discounts
    timing = getattr(inner, "delivery_time", None) if isinstance(inner, WeightBased) else None
    return ShippingOffer(
        code=method.code,
        name=str(method.name),
        charge=charge,
        min_days=timing.min_days if timing else None,
        max_days=timing.max_days if timing else None,
    )


def basket_delivery(*, basket, country_code: str) -> BasketDelivery:
    """The basket's shipping to `country_code`: the shipping repository's methods for that country (surface only
    when a piece may not fly), priced for the basket's weight; the cheapest and, if another, the fastest; and the
    pieces the destination refuses, with why, or allows only with a step."""
    Repository = get_class("shipping.repository", "Repository")
    delivery = BasketDelivery(country=country_code, country_name=country_name(country_code))
    if basket.is_empty:
        return delivery
    address = ShippingAddress(country_id=country_code)
    methods = Repository().get_shipping_methods(basket=basket, shipping_addr=address)
    verdict = restrictions.basket_verdict(basket, country_code)
    delivery.refused = list(verdict.refused)
    delivery.age_confirmation = list(verdict.age_confirmation)
    delivery.surface_only = list(verdict.surface_only)
    surface = [m for m in methods if restrictions.is_surface_method(m)]
    if verdict.surface_only and not surface:
        reason = _("it can only travel by surface, which is not offered to this country")
        delivery.refused.extend((title, reason) for title in verdict.surface_only)
        delivery.surface_only = []
    offers = [_offer(method, basket) for method in methods]
    if not offers:
        return delivery
    delivery.cheapest = min(offers, key=lambda o: (o.charge, o.max_days or 9999))
    timed_offers = [o for o in offers if o.max_days is not None]
    fastest = min(timed_offers, key=lambda o: (o.max_days, o.min_days, o.charge)) if timed_offers else None
    delivery.fastest = fastest if fastest and fastest.code != delivery.cheapest.code else None
    return delivery


def countries_without_surface_route() -> list[str]:
    """The shipping countries no surface method serves (dangerous goods such as perfume oils cannot go there at
    all), read once every few minutes for the product pages."""
    codes = cache.get(_NO_SURFACE_CACHE_KEY)
    if codes is None:
        methods = list(WeightBased.objects.prefetch_related("countries"))
        by_country: dict[str, list] = {}
        default = []
        for method in methods:
            countries = list(method.countries.all())
            for country in countries:
                by_country.setdefault(country.pk, []).append(method)
            if not countries:
                default.append(method)
        codes = [
            code
            for code in shipping_country_codes()
            if not any(restrictions.is_surface_method(m) for m in by_country.get(code) or default)
        ]
        cache.set(_NO_SURFACE_CACHE_KEY, codes, 300)
    return codes


@dataclass(frozen=True)
class OrderShipping:
    """How an order travels, in the reader's language: the method's name and its delivery time."""

    name: str
    delivery_time: str


def order_shipping(order, *, language: str | None = None) -> OrderShipping:
    """The order's shipping method named in `language` (the active one by default). An order keeps the method's name
    as text, in the language it was placed in; the method itself is found again by the order's `shipping_code`.
    A method since deleted, or Oscar's own (free shipping), keeps the recorded name and no delivery time (one query)."""
    method = WeightBased.objects.filter(code=order.shipping_code).first() if order.shipping_code else None
    if method is None:
        return OrderShipping(name=order.shipping_method or "", delivery_time="")
    return OrderShipping(
        name=str(method.localized_name(language)), delivery_time=str(method.localized_description(language))
    )
