"""Restricted items at checkout: what the destination refuses, or allows only with the buyer's age confirmation or by
surface shipping, decided before payment from the products' flags and the authority's RestrictionRule table.

A rule for the destination country wins over the generic rule (no country), which covers every destination outside
Oman; inside Oman only rules naming Oman apply.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.cache import cache
from django.utils.translation import gettext as _

from .models import RestrictionRule
from .tax import HOME_COUNTRY

SURFACE_METHOD_PREFIX = "surface"


@dataclass
class Verdict:
    refused: list[tuple[str, str]] = field(default_factory=list)  # (title, why)
    age_confirmation: list[str] = field(default_factory=list)  # titles
    surface_only: list[str] = field(default_factory=list)  # titles

    @property
    def allowed(self) -> bool:
        return not self.refused


def refusal_reason(flag: str) -> str:
    if flag == RestrictionRule.Flag.BLADED:
        return _("bladed items cannot be delivered to this country")
    return _("couriers do not carry it to this country")


def rules_for(country_code: str | None) -> dict[str, RestrictionRule]:
    country = (country_code or HOME_COUNTRY).upper()
    rules: dict[str, RestrictionRule] = {}
    if country != HOME_COUNTRY:
        rules.update((r.flag, r) for r in RestrictionRule.objects.filter(country__isnull=True))
    rules.update((r.flag, r) for r in RestrictionRule.objects.filter(country_id=country))
    return rules


def evaluate(products, country_code: str | None) -> Verdict:
    verdict = Verdict()
    rules = rules_for(country_code)
    if not rules:
        return verdict
    for product in products:
        title = product.get_title()
        for flag in sorted(product.restriction_flags):
            rule = rules.get(flag)
            if rule is None:
                continue
            if rule.action == RestrictionRule.Action.REFUSE:
                why = rule.reason or refusal_reason(flag)
                verdict.refused.append((title, why))
            elif rule.action == RestrictionRule.Action.AGE_18:
                verdict.age_confirmation.append(title)
            elif rule.action == RestrictionRule.Action.SURFACE_ONLY:
                verdict.surface_only.append(title)
    return verdict


def basket_verdict(basket, country_code: str | None) -> Verdict:
    return evaluate([line.product for line in basket.all_lines()], country_code)


def is_surface_method(method) -> bool:
    return str(getattr(method, "code", "")).startswith(SURFACE_METHOD_PREFIX)


_RULES_CACHE_KEY = "checkout:restriction-rules"


def restriction_rules_table() -> list[dict]:
    """Every restriction rule, as the product pages' script applies them, read once every few minutes (the table is
    small; the checkout itself always reads the rules afresh)."""
    table = cache.get(_RULES_CACHE_KEY)
    if table is None:
        table = [
            {"country": rule.country_id, "flag": rule.flag, "action": rule.action, "reason": rule.reason}
            for rule in RestrictionRule.objects.order_by("pk")
        ]
        cache.set(_RULES_CACHE_KEY, table, 300)
    return table


def product_restriction_data(product, *, countries: dict[str, str], no_surface: list[str]) -> dict | None:
    """What the product page's script needs to tell a buyer, before "Add to basket", what their destination does to
    this piece: its flags, the rules that concern them, the destinations without a surface route (for pieces that
    may not fly), the countries' names and the messages in the page's language. None for a piece with no flag.

    The page is the same for every destination (it is cached without the destination cookie): the script picks the
    destination; the checkout applies the same rules again, from the database, before any payment."""
    flags = sorted(product.restriction_flags)
    if not flags:
        return None
    return {
        "home": HOME_COUNTRY,
        "flags": flags,
        "rules": [rule for rule in restriction_rules_table() if rule["flag"] in flags],
        "noSurface": no_surface if RestrictionRule.Flag.DANGEROUS_GOODS in flags else [],
        "countries": countries,
        "reasons": {
            RestrictionRule.Flag.BLADED: refusal_reason(RestrictionRule.Flag.BLADED),
            RestrictionRule.Flag.DANGEROUS_GOODS: refusal_reason(RestrictionRule.Flag.DANGEROUS_GOODS),
            "no_surface": _("it can only travel by surface, which is not offered to this country"),
        },
        "messages": {
            RestrictionRule.Action.REFUSE: _("This piece cannot be delivered to %(country)s: %(reason)s."),
            RestrictionRule.Action.AGE_18: _(
                "Delivery to %(country)s: bladed items are sold only to adults. At checkout you will confirm that "
                "you are 18 or over."
            ),
            RestrictionRule.Action.SURFACE_ONLY: _(
                "Delivery to %(country)s: perfume oils may not fly, so this piece travels by land and sea, which "
                "takes several weeks."
            ),
            "change": _("Deliver somewhere else"),
        },
    }
