"""The listings section: pieces by state, craft and governorate, and listings over time."""

from __future__ import annotations

from django.db.models import Count, Min, Q
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from artisans.models import Artisan
from catalogue.models import Product
from catalogue.selectors import crafts
from moderation.models import ListingSubmission

from .period import Period, as_month, month_rows
from .tables import Column, Headline, Table, both_languages, every_row, governorate_rows, table_builder, table_from_rows

# --- Listings ------------------------------------------------------------------------------------------------------

ON_SALE = Q(
    is_public=True,
    moderation_status=Product.Moderation.APPROVED,
    structure__in=[Product.STANDALONE, Product.PARENT],
    artisan__verification=Artisan.Verification.VERIFIED,
)
LISTING_STATES = (
    ("on-sale", _("On sale"), ON_SALE),
    (
        "approved-not-on-sale",
        _("Approved, not on sale (withdrawn, or the artisan is not verified)"),
        Q(moderation_status=Product.Moderation.APPROVED) & ~ON_SALE,
    ),
    ("waiting", _("Waiting for review"), Q(moderation_status=Product.Moderation.PENDING)),
    ("not-approved", _("Not approved"), Q(moderation_status=Product.Moderation.REJECTED)),
)


@table_builder("listings-by-state")
def listings_by_state(period: Period) -> Table:
    listings = Product.objects.exclude(structure=Product.CHILD)
    counts = listings.aggregate(**{code: Count("pk", filter=condition) for code, _label, condition in LISTING_STATES})
    return table_from_rows(
        _("Listings by review state"),
        _("State"),
        [Column(_("Listings"))],
        [(code, *both_languages(label), (counts[code],)) for code, label, _condition in LISTING_STATES],
        shares=True,
    )


@table_builder("listings-by-craft")
def listings_by_craft(period: Period) -> Table:
    # Grouped from the products (one pass over them, joined to their artisan only), then every craft named.
    counts = {
        row["craft_id"]: (row["on_sale"], row["waiting"], row["not_approved"])
        for row in Product.objects.exclude(structure=Product.CHILD)
        .values("craft_id")
        .annotate(
            on_sale=Count("pk", filter=ON_SALE),
            waiting=Count("pk", filter=Q(moderation_status=Product.Moderation.PENDING)),
            not_approved=Count("pk", filter=Q(moderation_status=Product.Moderation.REJECTED)),
        )
    }
    return table_from_rows(
        _("Listings by craft"),
        _("Craft"),
        [Column(_("On sale")), Column(_("Waiting for review")), Column(_("Not approved"))],
        every_row(crafts().values_list("pk", "code", "name_ar", "name"), counts, (0, 0, 0)),
    )


@table_builder("listings-by-governorate")
def listings_by_governorate(period: Period) -> Table:
    counts = {
        row["artisan__governorate_id"]: (row["on_sale"],)
        # A conditional count over every product: PostgreSQL plans it better than the same filter in WHERE.
        for row in Product.objects.values("artisan__governorate_id").annotate(on_sale=Count("pk", filter=ON_SALE))
    }
    return table_from_rows(
        _("Pieces on sale by the artisan's governorate"),
        _("Governorate"),
        [Column(_("On sale"))],
        every_row(governorate_rows(), counts, (0,)),
        chart="map",
        shares=True,
    )


@table_builder("listings-growth")
def listings_growth(period: Period) -> Table:
    listings = Product.objects.exclude(structure=Product.CHILD)
    since = period.since
    first = None if since else listings.aggregate(first=Min("date_created"))["first"]
    by_month = (
        (listings.filter(date_created__gte=since) if since else listings)
        .annotate(month=TruncMonth("date_created"))
        .values("month")
        .annotate(n=Count("pk"))
        .values_list("month", "n")
    )
    values = {as_month(month): (n,) for month, n in by_month}
    first_seen = as_month(timezone.localtime(first)) if first else None
    return table_from_rows(
        _("New listings per month"),
        _("Month"),
        [Column(_("Listed"))],
        month_rows(period, values, (0,), first_seen),
        chart="columns",
    )


def listing_headlines() -> tuple[Headline, ...]:
    waiting = ListingSubmission.objects.filter(status=ListingSubmission.Status.PENDING).aggregate(
        new=Count("pk", filter=Q(kind=ListingSubmission.Kind.NEW)),
        changes=Count("pk", filter=Q(kind=ListingSubmission.Kind.CHANGE)),
    )
    on_sale = Product.objects.aggregate(on_sale=Count("pk", filter=ON_SALE))["on_sale"]
    return (
        Headline(_("On sale"), on_sale),
        Headline(_("New listings waiting for review"), waiting["new"]),
        Headline(_("Changes waiting for review"), waiting["changes"]),
    )
