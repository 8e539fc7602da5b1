"""The sales section, from the ledger: by month, craft, governorate, artisan and destination."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from babel import Locale
from django.db.models import Count, Min, Q, Sum, Value
from django.db.models.functions import Coalesce, NullIf, TruncMonth
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ledger.models import LedgerEntry

from .period import Period, as_month, month_rows
from .tables import (
    BAISA,
    MONEY,
    PERCENT,
    TOP_ROWS,
    Column,
    Headline,
    Table,
    both_languages,
    every_row,
    fraction_of,
    governorate_rows,
    prefixed_q,
    table_builder,
    table_from_rows,
)

HOME_COUNTRY = "OM"
# --- Sales ---------------------------------------------------------------------------------------------------------

SALE = Q(kind=LedgerEntry.Kind.SALE)
ABROAD = Q(order__shipping_address__country__isnull=False) & ~Q(order__shipping_address__country=HOME_COUNTRY)


def sale_entries(period: Period):
    """The ledger's sales and refunds of orders placed in the period."""
    entries = LedgerEntry.objects.filter(kind__in=[LedgerEntry.Kind.SALE, LedgerEntry.Kind.REFUND])
    since = period.since
    return entries.filter(order__date_placed__gte=since) if since else entries


SALES_COLUMNS = (Column(_("Net sales (OMR)"), MONEY), Column(_("Orders")), Column(_("Pieces")))


def _sales_sums(prefix: str = "") -> dict:
    return {
        "net": Coalesce(Sum(f"{prefix}amount"), Value(Decimal("0.000"))),
        "orders": Count(f"{prefix}order", distinct=True, filter=prefixed_q(SALE, prefix)),
        "pieces": Coalesce(Sum(f"{prefix}line__quantity", filter=prefixed_q(SALE, prefix)), Value(0)),
    }


def _money(value) -> Decimal:
    return Decimal(value or 0).quantize(BAISA, rounding=ROUND_HALF_UP)


@table_builder("sales-by-month")
def sales_by_month(period: Period) -> Table:
    entries = sale_entries(period)
    first = None if period.since else entries.aggregate(first=Min("order__date_placed"))["first"]
    rows = entries.annotate(month=TruncMonth("order__date_placed")).values("month").annotate(**_sales_sums())
    values = {as_month(r["month"]): (_money(r["net"]), r["orders"], r["pieces"]) for r in rows}
    first_seen = as_month(timezone.localtime(first)) if first else None
    return table_from_rows(
        _("Sales by month"),
        _("Month"),
        SALES_COLUMNS,
        month_rows(period, values, (Decimal("0.000"), 0, 0), first_seen),
        chart="columns",
    )


@table_builder("sales-by-craft")
def sales_by_craft(period: Period) -> Table:
    rows = (
        sale_entries(period)
        .values("line__product__craft__code", "line__product__craft__name_ar", "line__product__craft__name")
        .annotate(**_sales_sums())
        .order_by("-net", "line__product__craft__code")
    )
    return table_from_rows(
        _("Sales by craft"),
        _("Craft"),
        SALES_COLUMNS,
        [
            (
                r["line__product__craft__code"] or "unknown",
                *(
                    (r["line__product__craft__name_ar"], r["line__product__craft__name"])
                    if r["line__product__craft__code"]
                    else both_languages(_("Piece no longer listed"))
                ),
                (_money(r["net"]), r["orders"], r["pieces"]),
            )
            for r in rows
        ],
        shares=True,
    )


@table_builder("sales-by-governorate")
def sales_by_governorate(period: Period) -> Table:
    sums = {
        row["artisan__governorate"]: (_money(row["net"]), row["orders"], row["pieces"])
        for row in sale_entries(period).values("artisan__governorate").annotate(**_sales_sums())
    }
    # Every governorate is a row (and a region of the map), those without sales too.
    rows = every_row(governorate_rows(), sums, (Decimal("0.000"), 0, 0))
    return table_from_rows(
        _("Sales by the artisan's governorate"),
        _("Governorate"),
        SALES_COLUMNS,
        rows,
        chart="map",
        shares=True,
    )


@table_builder("sales-by-artisan")
def sales_by_artisan(period: Period) -> Table:
    rows = (
        sale_entries(period)
        .values("artisan__registry_number", "artisan__name_ar", "artisan__name_en")
        .annotate(**_sales_sums())
        .order_by("-net", "artisan__registry_number")
    )
    return table_from_rows(
        _("Sales by artisan"),
        _("Artisan or outlet"),
        SALES_COLUMNS,
        [
            (
                r["artisan__registry_number"],
                r["artisan__name_ar"],
                r["artisan__name_en"],
                (_money(r["net"]), r["orders"], r["pieces"]),
            )
            for r in rows
        ],
        shown_rows=TOP_ROWS,
        note=_("The page shows the 50 with the most sales; the CSV has every artisan who sold."),
    )


BUYER = Coalesce(NullIf("order__user__email", Value("")), NullIf("order__guest_email", Value("")))


@table_builder("sales-by-destination")
def sales_by_destination(period: Period) -> Table:
    rows = (
        sale_entries(period)
        .values("order__shipping_address__country")
        .annotate(**_sales_sums(), buyers=Count(BUYER, distinct=True, filter=SALE))
        .order_by("-net", "order__shipping_address__country")
    )
    return table_from_rows(
        _("Sales by destination"),
        _("Shipped to"),
        [*SALES_COLUMNS, Column(_("Buyers"))],
        [
            (
                r["order__shipping_address__country"] or "unknown",
                *country_names(r["order__shipping_address__country"]),
                (_money(r["net"]), r["orders"], r["pieces"], r["buyers"]),
            )
            for r in rows
        ],
        shares=True,
    )


def country_names(code: str | None) -> tuple[str, str]:
    if not code:
        return both_languages(_("Not recorded"))
    return tuple(Locale(language).territories.get(code.upper(), code.upper()) for language in ("ar", "en"))


def sales_headlines(period: Period) -> tuple[Headline, ...]:
    entries = sale_entries(period)
    totals = entries.aggregate(
        gross=Coalesce(Sum("amount", filter=SALE), Value(Decimal("0.000"))),
        net=Coalesce(Sum("amount"), Value(Decimal("0.000"))),
        orders=Count("order", distinct=True, filter=SALE),
        orders_abroad=Count("order", distinct=True, filter=SALE & ABROAD),
        buyers=Count(BUYER, distinct=True, filter=SALE),
        buyers_abroad=Count(BUYER, distinct=True, filter=SALE & ABROAD),
    )
    gross, net = _money(totals["gross"]), _money(totals["net"])
    average = _money(gross / totals["orders"]) if totals["orders"] else Decimal("0.000")
    return (
        Headline(_("Net sales"), net, MONEY, _("What buyers paid for pieces, VAT included, less refunds.")),
        Headline(_("Refunds"), gross - net, MONEY),
        Headline(_("Orders"), totals["orders"]),
        Headline(_("Average order value"), average, MONEY, _("Pieces only, before refunds; shipping excluded.")),
        Headline(_("Buyers"), totals["buyers"]),
        Headline(
            _("Buyers abroad"),
            fraction_of(totals["buyers_abroad"], totals["buyers"]),
            PERCENT,
            _("Share of buyers with an order shipped outside Oman."),
        ),
        Headline(_("Orders shipped abroad"), fraction_of(totals["orders_abroad"], totals["orders"]), PERCENT),
    )
