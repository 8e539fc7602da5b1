"""The dashboard's sections in the page's order, and any of its tables by the code its export's URL uses."""

from __future__ import annotations

from collections.abc import Callable

from django.utils.translation import gettext_lazy as _

from .certificates import certificate_headlines, certificates_by_craft, certificates_by_governorate
from .listings import listing_headlines, listings_by_craft, listings_by_governorate, listings_by_state, listings_growth
from .period import Period
from .registry import (
    artisans_by_age_band,
    artisans_by_craft,
    artisans_by_gender,
    artisans_by_governorate,
    artisans_by_verification,
    artisans_by_wilayat,
    artisans_by_working_time,
    registry_growth,
    registry_headlines,
)
from .sales import (
    sales_by_artisan,
    sales_by_craft,
    sales_by_destination,
    sales_by_governorate,
    sales_by_month,
    sales_headlines,
)
from .searches import search_headlines, searches_by_language, top_searches, zero_result_searches
from .tables import Headline, Section, Table

# --- Sections ------------------------------------------------------------------------------------------------------


SECTION_TITLES = {
    "registry": _("Registry"),
    "listings": _("Listings"),
    "sales": _("Sales"),
    "searches": _("Searches"),
    "certificates": _("Certificates"),
}

# The tables of each section, in the order the page shows them.
SECTION_TABLES: dict[str, tuple[Callable[[Period], Table], ...]] = {
    "registry": (
        artisans_by_governorate,
        artisans_by_craft,
        artisans_by_gender,
        artisans_by_age_band,
        artisans_by_working_time,
        artisans_by_verification,
        registry_growth,
        artisans_by_wilayat,
    ),
    "listings": (listings_by_state, listings_growth, listings_by_craft, listings_by_governorate),
    "sales": (sales_by_month, sales_by_governorate, sales_by_craft, sales_by_destination, sales_by_artisan),
    "searches": (top_searches, zero_result_searches, searches_by_language),
    "certificates": (certificates_by_governorate, certificates_by_craft),
}

SECTION_HEADLINES: dict[str, Callable[[Period], tuple[Headline, ...]]] = {
    "registry": lambda period: registry_headlines(),
    "listings": lambda period: listing_headlines(),
    "sales": sales_headlines,
    "searches": search_headlines,
    "certificates": certificate_headlines,
}


def dashboard_section(code: str, period: Period) -> Section:
    return Section(
        code=code,
        title=SECTION_TITLES[code],
        headlines=SECTION_HEADLINES[code](period),
        tables=tuple(builder(period) for builder in SECTION_TABLES[code]),
    )


def dashboard_table(code: str, period: Period) -> Table | None:
    """One table by its code (as in its export's URL), or None when there is no such table; only that table's
    queries run."""
    builder = TABLE_BUILDERS.get(code)
    return builder(period) if builder else None


TABLE_BUILDERS: dict[str, Callable[[Period], Table]] = {
    builder.code: builder for builders in SECTION_TABLES.values() for builder in builders
}
