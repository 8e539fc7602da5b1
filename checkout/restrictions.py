"""Restricted items at checkout: what the destination refuses, or allows only with the buyer's age confirmation or by
surface shipping, decided before payment from the products' flags and the authority's RestrictionRule table.

A rule for the destination country wins over the generic rule (no country), which covers every destination outside
Oman; inside Oman only rules naming Oman apply.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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
