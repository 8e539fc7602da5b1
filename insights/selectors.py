"""The registry in numbers: the headline figures of the public figures page, computed in the database.

Only aggregates leave this module: counts per governorate, per craft, per seller type, gender and working time,
never a name, a birth year or a contact. Everything counts the artisans and outlets buyers can see (verified by
the authority, `artisans.selectors.public_artisans`), and the pieces buyers can see
(`catalogue.selectors.browsable_products`).

`registry_figures()` runs the same five queries whatever the size of the registry (one per table it counts), and
keeps the result in the cache for FIGURES_CACHE_SECONDS, so a popular page does not aggregate the whole registry
on every request. The cached value holds both languages' names, so one entry serves Arabic and English pages. A
cache that fails only costs the queries.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from django.core.cache import cache
from django.db.models import Count, Q
from django.utils import timezone

from artisans.models import Artisan, DesignDeposit, Governorate
from artisans.selectors import public_artisans
from catalogue.selectors import browsable_products, crafts
from marketplace.bilingual import LocalizedText, localized_text

logger = logging.getLogger(__name__)

FIGURES_CACHE_SECONDS = 300
# Bump when RegistryFigures changes shape, so a cached value of the old shape is never read back.
FIGURES_CACHE_KEY = "insights:registry-figures:v1"


@dataclass(frozen=True)
class NamedCount:
    """How many verified artisans and outlets one governorate or one craft has."""

    code: str  # the governorate's slug or the craft's code: stable, the same in both languages
    name_ar: str
    name_en: str
    count: int

    @property
    def name(self) -> LocalizedText:
        return localized_text(ar=self.name_ar, en=self.name_en)


@dataclass(frozen=True)
class RegistryFigures:
    computed_at: datetime
    # Verified registry entries: individual artisans and outlets (artisan houses, training centres).
    total: int
    artisans: int
    outlets: int
    # Gender and working time are asked of individual artisans only (an outlet has neither).
    women: int
    men: int
    full_time: int
    pieces_on_sale: int
    registered_designs: int
    by_governorate: tuple[NamedCount, ...]  # all governorates, the empty ones included, most artisans first
    by_craft: tuple[NamedCount, ...]  # every craft; an artisan who practises several counts in each

    @property
    def gender_not_recorded(self) -> int:
        return self.artisans - self.women - self.men

    @property
    def not_full_time(self) -> int:
        return self.artisans - self.full_time

    @property
    def governorate_count(self) -> int:
        return len(self.by_governorate)

    @property
    def governorates_with_artisans(self) -> int:
        return sum(1 for row in self.by_governorate if row.count)


def registry_figures() -> RegistryFigures:
    """The figures, from the cache when computed less than FIGURES_CACHE_SECONDS ago, else from the database."""
    try:
        figures = cache.get(FIGURES_CACHE_KEY)
    except Exception:  # a cache that is away only costs the queries
        logger.warning("Could not read the registry figures from the cache", exc_info=True)
        figures = None
    if isinstance(figures, RegistryFigures):
        return figures
    figures = compute_registry_figures()
    try:
        cache.set(FIGURES_CACHE_KEY, figures, FIGURES_CACHE_SECONDS)
    except Exception:
        logger.warning("Could not store the registry figures in the cache", exc_info=True)
    return figures


def compute_registry_figures() -> RegistryFigures:
    """The figures straight from the database: five aggregate queries, whatever the number of artisans."""
    verified = Q(artisans__verification=Artisan.Verification.VERIFIED)
    individual = Q(seller_type=Artisan.SellerType.ARTISAN)
    totals = public_artisans().aggregate(
        total=Count("pk"),
        artisans=Count("pk", filter=individual),
        outlets=Count("pk", filter=Q(seller_type=Artisan.SellerType.OUTLET)),
        women=Count("pk", filter=individual & Q(gender=Artisan.Gender.FEMALE)),
        men=Count("pk", filter=individual & Q(gender=Artisan.Gender.MALE)),
        full_time=Count("pk", filter=individual & Q(full_time=True)),
    )
    by_governorate = (
        Governorate.objects.annotate(artisan_count=Count("artisans", filter=verified))
        .order_by("-artisan_count", "name_en")
        .values_list("slug", "name_ar", "name_en", "artisan_count")
    )
    by_craft = (
        crafts()
        .annotate(artisan_count=Count("artisans", filter=verified, distinct=True))
        .order_by("-artisan_count", "path")
        .values_list("code", "name_ar", "name", "artisan_count")
    )
    return RegistryFigures(
        computed_at=timezone.now(),
        **totals,
        pieces_on_sale=browsable_products().count(),
        registered_designs=DesignDeposit.objects.count(),
        by_governorate=tuple(NamedCount(*row) for row in by_governorate),
        by_craft=tuple(NamedCount(*row) for row in by_craft),
    )


def forget_registry_figures() -> None:
    """Drop the cached figures, so the next request computes them afresh (tests, or after a registry import)."""
    cache.delete(FIGURES_CACHE_KEY)
