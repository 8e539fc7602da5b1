"""The authority's insights dashboard: the registry, the listings, the sales and the searches in numbers (selectors).

Every figure is one aggregate query in the database (`GROUP BY` with conditional counts and sums): nothing here
loops over artisans, products, orders or searches in Python, so a section costs the same handful of queries with
twenty artisans or twenty thousand. Python only fills the months that had nothing, and names countries.

Only counts and sums leave this module; the register of named artisans, with their personal data, is
`insights.register`.

A figure is a `Table`: its rows (a code that is the same in both languages, the name in Arabic and in English, and
one value per column), the column that is charted, and what the chart is (bars, a map of the governorates, or a
time series). The page draws the chart beside the table, and the CSV export writes the same table.

Definitions (the page states them too):
- **Registry**: every artisan and outlet in the registry, verified or not; gender, age and working time are asked of
  individual artisans only. Age is the years since the recorded birth year.
- **Sales** come from the ledger: an order line is a sale once its payment succeeded (`LedgerEntry` SALE: what the
  buyer paid for the piece, VAT included, shipping excluded); refunds are subtracted in the month of the order.
  Sales are dated by the order, grouped by the artisan's governorate and the piece's craft.
- **Buyers** are told apart by their e-mail address (an account's, else the guest's); a buyer is abroad when an
  order of theirs in the period was shipped outside Oman.
- **Searches** are grouped by the normalised query (the search app's spelling-folding), so "Khanjar", "khanjer" and
  "خنجر" that read the same are one row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal
from functools import wraps
from typing import Any

from babel import Locale
from babel.dates import format_date
from django.db.models import Case, CharField, Count, Max, Min, Q, Sum, Value, When
from django.db.models.functions import Coalesce, NullIf, TruncMonth
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override

from artisans.models import Artisan, Governorate, Wilayat
from catalogue.models import Product
from catalogue.selectors import crafts
from ledger.models import LedgerEntry
from marketplace.bilingual import localized_text
from moderation.models import ListingSubmission
from search.models import SearchQueryRecord

BAISA = Decimal("0.001")
HOME_COUNTRY = "OM"
TOP_ROWS = 50  # rows shown for the long tables (artisans by sales, searches); the CSV has them all

COUNT = "count"
MONEY = "omr"
PERCENT = "percent"
TEXT = "text"


# --- The shapes --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    label: Promise | str
    unit: str = COUNT


@dataclass(frozen=True)
class Row:
    code: str  # stable and the same in both languages: a slug, a registry number, a month (2026-11), a query
    name_ar: str
    name_en: str
    values: tuple  # one per column: int, Decimal, or (for a TEXT column) a pair (Arabic, English)
    units: tuple = ()  # the columns' units, so a row can format its own cells

    @property
    def name(self):
        return localized_text(ar=self.name_ar, en=self.name_en)

    @property
    def value(self):
        """The charted value (the first column's)."""
        return self.values[0]

    @property
    def count(self):
        """The charted value, under the name the map tag reads (`insights.templatetags.charts`)."""
        return self.values[0]

    @property
    def cells(self) -> list[tuple[Any, str]]:
        """(value, unit) per column, TEXT values in the reader's language, for the template."""
        return [
            (localized_text(ar=value[0], en=value[1]) if unit == TEXT else value, unit)
            for value, unit in zip(self.values, self.units, strict=True)
        ]


@dataclass(frozen=True)
class Table:
    code: str  # in the export's URL: /authority/insights/export/<code>.csv
    title: Promise | str
    name_label: Promise | str  # the heading of the names column
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    chart: str = "bars"  # bars | map | columns | none
    note: Promise | str = ""
    # The register filter a row's code selects (governorate, wilayat, craft, ...), so a row can link to the
    # artisans it counts; `drill_is_personal` when that filter itself reveals personal data (gender, age).
    drill: str = ""
    drill_is_personal: bool = False
    shown_rows: int | None = None  # the page shows the first N rows; the CSV all of them
    # The rows split one whole (each counted once), so each row's share of the first column's total means something.
    shares: bool = False

    @property
    def unit(self) -> str:
        return self.columns[0].unit

    @property
    def maximum(self):
        return max((row.value for row in self.rows), default=0)

    @property
    def total(self):
        """The first column's total, of which the shares are taken."""
        return sum((row.value for row in self.rows), 0)

    def share_of(self, row: Row) -> Decimal | None:
        return _share(row.value, self.total) if self.total else None

    @property
    def series(self) -> list[tuple[str, Any]]:
        """(label, value) per row in the reader's language: a time series for the column chart."""
        return [(str(row.name), row.value) for row in self.rows]

    @property
    def rows_on_page(self) -> tuple[Row, ...]:
        return self.rows if self.shown_rows is None else self.rows[: self.shown_rows]


def _table(title, name_label, columns, rows, **options) -> Table:
    """A table from (code, Arabic name, English name, values) tuples; its code is set by `table_builder`."""
    units = tuple(column.unit for column in columns)
    rows = tuple(
        Row(code=str(code), name_ar=ar or "", name_en=en or "", values=tuple(values), units=units)
        for code, ar, en, values in rows
    )
    return Table(code="", title=title, name_label=name_label, columns=tuple(columns), rows=rows, **options)


def table_builder(code: str):
    """Names a table: the code its export's URL uses (/authority/insights/export/<code>.csv)."""

    def name(builder: Callable[[Period], Table]) -> Callable[[Period], Table]:
        @wraps(builder)
        def build(period: Period) -> Table:
            return replace(builder(period), code=code)

        build.code = code
        return build

    return name


@dataclass(frozen=True)
class Headline:
    label: Promise | str
    value: Any
    unit: str = COUNT
    note: Promise | str = ""


@dataclass(frozen=True)
class Section:
    code: str
    title: Promise | str
    headlines: tuple[Headline, ...]
    tables: tuple[Table, ...]
    notes: tuple[Promise | str, ...] = field(default=())


# --- The period ----------------------------------------------------------------------------------------------------


PERIOD_MONTHS = {"12m": 12, "24m": 24, "all": None}
PERIOD_LABELS = {"12m": _("The last 12 months"), "24m": _("The last 24 months"), "all": _("All time")}
DEFAULT_PERIOD = "12m"


@dataclass(frozen=True)
class Period:
    """Calendar months: "the last 12 months" is this month and the eleven before it, from their first day."""

    code: str = DEFAULT_PERIOD
    today: date | None = None

    @property
    def first_month(self) -> date | None:
        months = PERIOD_MONTHS[self.code]
        if months is None:
            return None
        today = self.today or timezone.localdate()
        return _add_months(today.replace(day=1), -(months - 1))

    @property
    def since(self) -> datetime | None:
        first = self.first_month
        return None if first is None else timezone.make_aware(datetime.combine(first, time.min))

    @property
    def last_month(self) -> date:
        return (self.today or timezone.localdate()).replace(day=1)

    @property
    def label(self):
        return PERIOD_LABELS[self.code]


def _add_months(month: date, months: int) -> date:
    index = month.year * 12 + month.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _months(first: date, last: date) -> list[date]:
    months, month = [], first
    while month <= last:
        months.append(month)
        month = _add_months(month, 1)
    return months


def _month_label(month: date, language: str) -> str:
    return format_date(month, "MMM y", locale=language)


def _month_rows(period: Period, values_by_month: dict[date, tuple], empty: tuple, first_seen: date | None):
    """A row per calendar month of the period, months without data as `empty`. For "all time" the months start at
    the first with data (`first_seen`)."""
    first = period.first_month or first_seen
    if first is None:
        return []
    return [
        (
            month.strftime("%Y-%m"),
            _month_label(month, "ar"),
            _month_label(month, "en"),
            values_by_month.get(month, empty),
        )
        for month in _months(first, period.last_month)
    ]


def _as_month(value) -> date:
    """TruncMonth gives a datetime (PostgreSQL, aware) or a date (SQLite, sometimes); the month as a date."""
    if isinstance(value, datetime):
        return timezone.localtime(value).date().replace(day=1) if timezone.is_aware(value) else value.date()
    return value.replace(day=1)


# --- Registry ------------------------------------------------------------------------------------------------------

INDIVIDUAL = Q(seller_type=Artisan.SellerType.ARTISAN)

AGE_BANDS = (  # (code, youngest, oldest); ages in whole years since the birth year
    ("under-25", 0, 24),
    ("25-34", 25, 34),
    ("35-44", 35, 44),
    ("45-54", 45, 54),
    ("55-64", 55, 64),
    ("65-plus", 65, 200),
)
AGE_BAND_LABELS = {
    "under-25": _("Under 25"),
    "25-34": _("25 to 34"),
    "35-44": _("35 to 44"),
    "45-54": _("45 to 54"),
    "55-64": _("55 to 64"),
    "65-plus": _("65 and over"),
    "not-recorded": _("Not recorded"),
}


def _both(label) -> tuple[str, str]:
    """A label of ours in Arabic and in English (a row's two names)."""
    with override("ar"):
        arabic = str(label)
    with override("en"):
        english = str(label)
    return arabic, english


def age_band_expression(reference_year: int) -> Case:
    """The age band of an artisan, computed in the database from the birth year."""
    whens = [
        When(birth_year__gte=reference_year - oldest, birth_year__lte=reference_year - youngest, then=Value(code))
        for code, youngest, oldest in AGE_BANDS
    ]
    return Case(*whens, default=Value("not-recorded"), output_field=CharField())


def age_band_range(code: str, reference_year: int) -> tuple[int, int] | None:
    """The birth years of an age band (for the register's filter), or None for "not recorded"."""
    for band, youngest, oldest in AGE_BANDS:
        if band == code:
            return reference_year - oldest, reference_year - youngest
    return None


@table_builder("artisans-by-governorate")
def artisans_by_governorate(period: Period) -> Table:
    rows = (
        Governorate.objects.annotate(
            entries=Count("artisans"),
            verified=Count("artisans", filter=Q(artisans__verification=Artisan.Verification.VERIFIED)),
        )
        .order_by("-entries", "name_en")
        .values_list("slug", "name_ar", "name_en", "entries", "verified")
    )
    return _table(
        _("Artisans and outlets by governorate"),
        _("Governorate"),
        [Column(_("In the registry")), Column(_("Verified"))],
        [(slug, ar, en, (entries, verified)) for slug, ar, en, entries, verified in rows],
        chart="map",
        drill="governorate",
        shares=True,
    )


@table_builder("artisans-by-wilayat")
def artisans_by_wilayat(period: Period) -> Table:
    rows = (
        Wilayat.objects.annotate(
            entries=Count("artisans"),
            verified=Count("artisans", filter=Q(artisans__verification=Artisan.Verification.VERIFIED)),
        )
        .order_by("-entries", "name_en")
        .values_list(
            "slug", "name_ar", "name_en", "entries", "verified", "governorate__name_ar", "governorate__name_en"
        )
    )
    return _table(
        _("Artisans and outlets by wilayat"),
        _("Wilayat"),
        [Column(_("In the registry")), Column(_("Verified")), Column(_("Governorate"), TEXT)],
        [
            (slug, ar, en, (entries, verified, (gov_ar, gov_en)))
            for slug, ar, en, entries, verified, gov_ar, gov_en in rows
        ],
        drill="wilayat",
        shares=True,
    )


@table_builder("artisans-by-craft")
def artisans_by_craft(period: Period) -> Table:
    rows = (
        crafts()
        .annotate(
            entries=Count("artisans", distinct=True),
            women=Count("artisans", distinct=True, filter=Q(artisans__gender=Artisan.Gender.FEMALE)),
            men=Count("artisans", distinct=True, filter=Q(artisans__gender=Artisan.Gender.MALE)),
        )
        .order_by("-entries", "path")
        .values_list("code", "name_ar", "name", "entries", "women", "men")
    )
    return _table(
        _("Artisans and outlets by craft"),
        _("Craft"),
        [Column(_("In the registry")), Column(_("Women")), Column(_("Men"))],
        [(code, ar, en, (entries, women, men)) for code, ar, en, entries, women, men in rows],
        note=_("An artisan who practises several crafts is counted in each."),
        drill="craft",
    )


def _individual_breakdown(expression, order: list[str]) -> dict[str, int]:
    """Individual artisans counted by `expression` (one GROUP BY), every group of `order` present."""
    counts = dict(
        Artisan.objects.filter(INDIVIDUAL)
        .annotate(group=expression)
        .values("group")
        .annotate(n=Count("pk"))
        .values_list("group", "n")
    )
    return {code: counts.get(code, 0) for code in order}


@table_builder("artisans-by-gender")
def artisans_by_gender(period: Period) -> Table:
    labels = {"female": _("Women"), "male": _("Men"), "": _("Not recorded")}
    counts = _individual_breakdown(Coalesce("gender", Value("")), ["female", "male", ""])
    return _table(
        _("Individual artisans by gender"),
        _("Gender"),
        [Column(_("Artisans"))],
        [(code or "not-recorded", *_both(labels[code]), (counts[code],)) for code in counts],
        drill="gender",
        drill_is_personal=True,
        shares=True,
    )


@table_builder("artisans-by-age")
def artisans_by_age_band(period: Period) -> Table:
    year = (period.today or timezone.localdate()).year
    order = [code for code, *_bounds in AGE_BANDS] + ["not-recorded"]
    counts = _individual_breakdown(age_band_expression(year), order)
    return _table(
        _("Individual artisans by age"),
        _("Age"),
        [Column(_("Artisans"))],
        [(code, *_both(AGE_BAND_LABELS[code]), (counts[code],)) for code in order],
        note=_("Age is counted in years since the recorded birth year."),
        drill="age",
        drill_is_personal=True,
        shares=True,
    )


@table_builder("artisans-by-working-time")
def artisans_by_working_time(period: Period) -> Table:
    labels = {"full-time": _("Full time"), "part-time": _("Part time or not recorded")}
    expression = Case(
        When(full_time=True, then=Value("full-time")), default=Value("part-time"), output_field=CharField()
    )
    counts = _individual_breakdown(expression, list(labels))
    return _table(
        _("Individual artisans by working time"),
        _("Working time"),
        [Column(_("Artisans"))],
        [(code, *_both(labels[code]), (counts[code],)) for code in counts],
        drill="working_time",
        shares=True,
    )


@table_builder("artisans-by-verification")
def artisans_by_verification(period: Period) -> Table:
    verifications = Artisan.Verification
    counts = dict(Artisan.objects.values("verification").annotate(n=Count("pk")).values_list("verification", "n"))
    return _table(
        _("Registry entries by verification"),
        _("Verification"),
        [Column(_("Artisans and outlets"))],
        [(value, *_both(label), (counts.get(value, 0),)) for value, label in verifications.choices],
        drill="verification",
        shares=True,
    )


@table_builder("registry-growth")
def registry_growth(period: Period) -> Table:
    """New registry entries per month, and the registry's size at the end of each month."""
    entries = Artisan.objects.all()
    since = period.since
    totals = entries.aggregate(
        # With no start ("all time") nothing comes before: count rows created before the Unix epoch, i.e. none.
        before=Count("pk", filter=Q(created_at__lt=since) if since else Q(pk__in=[])),
        first=Min("created_at"),
    )
    by_month = dict(
        (entries.filter(created_at__gte=since) if since else entries)
        .annotate(month=TruncMonth("created_at"))
        .values("month")
        .annotate(n=Count("pk"))
        .values_list("month", "n")
    )
    by_month = {_as_month(month): n for month, n in by_month.items()}
    first_seen = _as_month(timezone.localtime(totals["first"])) if totals["first"] else None
    rows, running = [], totals["before"] or 0
    for code, ar, en, (added,) in _month_rows(period, {m: (n,) for m, n in by_month.items()}, (0,), first_seen):
        running += added
        rows.append((code, ar, en, (added, running)))
    return _table(
        _("New registry entries per month"),
        _("Month"),
        [Column(_("Added")), Column(_("In the registry at the month's end"))],
        rows,
        chart="columns",
        note=_("The month an entry was added to the marketplace's registry."),
    )


def registry_headlines() -> tuple[Headline, ...]:
    totals = Artisan.objects.aggregate(
        entries=Count("pk"),
        verified=Count("pk", filter=Q(verification=Artisan.Verification.VERIFIED)),
        artisans=Count("pk", filter=INDIVIDUAL),
        outlets=Count("pk", filter=Q(seller_type=Artisan.SellerType.OUTLET)),
        women=Count("pk", filter=INDIVIDUAL & Q(gender=Artisan.Gender.FEMALE)),
        full_time=Count("pk", filter=INDIVIDUAL & Q(full_time=True)),
    )
    return (
        Headline(_("In the registry"), totals["entries"]),
        Headline(_("Verified"), totals["verified"]),
        Headline(_("Individual artisans"), totals["artisans"]),
        Headline(_("Outlets"), totals["outlets"]),
        Headline(_("Women among artisans"), _share(totals["women"], totals["artisans"]), PERCENT),
        Headline(_("Full time among artisans"), _share(totals["full_time"], totals["artisans"]), PERCENT),
    )


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
    return _table(
        _("Listings by review state"),
        _("State"),
        [Column(_("Listings"))],
        [(code, *_both(label), (counts[code],)) for code, label, _condition in LISTING_STATES],
        shares=True,
    )


def _prefixed(condition: Q, prefix: str) -> Q:
    """`condition` (on Product) seen from a related model through `prefix` ("craft_products__")."""
    prefixed = Q()
    prefixed.connector, prefixed.negated = condition.connector, condition.negated
    for child in condition.children:
        prefixed.children.append(_prefixed(child, prefix) if isinstance(child, Q) else (prefix + child[0], child[1]))
    return prefixed


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
    return _table(
        _("Listings by craft"),
        _("Craft"),
        [Column(_("On sale")), Column(_("Waiting for review")), Column(_("Not approved"))],
        _every_row(crafts().values_list("pk", "code", "name_ar", "name"), counts, (0, 0, 0)),
    )


@table_builder("listings-by-governorate")
def listings_by_governorate(period: Period) -> Table:
    counts = {
        row["artisan__governorate_id"]: (row["on_sale"],)
        # A conditional count over every product: PostgreSQL plans it better than the same filter in WHERE.
        for row in Product.objects.values("artisan__governorate_id").annotate(on_sale=Count("pk", filter=ON_SALE))
    }
    return _table(
        _("Pieces on sale by the artisan's governorate"),
        _("Governorate"),
        [Column(_("On sale"))],
        _every_row(_governorates(), counts, (0,)),
        chart="map",
        shares=True,
    )


def _governorates():
    return Governorate.objects.order_by("name_en").values_list("pk", "slug", "name_ar", "name_en")


def _every_row(reference, values_by_pk: dict, empty: tuple) -> list:
    """A row for every item of `reference` ((pk, code, Arabic, English): a governorate, a craft), with its values
    from `values_by_pk` or `empty`; the largest first value first, ties in the reference's order."""
    rows = [(code, ar, en, values_by_pk.get(pk, empty)) for pk, code, ar, en in reference]
    rows.sort(key=lambda row: row[3][0], reverse=True)
    return rows


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
    values = {_as_month(month): (n,) for month, n in by_month}
    first_seen = _as_month(timezone.localtime(first)) if first else None
    return _table(
        _("New listings per month"),
        _("Month"),
        [Column(_("Listed"))],
        _month_rows(period, values, (0,), first_seen),
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
        "orders": Count(f"{prefix}order", distinct=True, filter=_prefixed(SALE, prefix)),
        "pieces": Coalesce(Sum(f"{prefix}line__quantity", filter=_prefixed(SALE, prefix)), Value(0)),
    }


def _money(value) -> Decimal:
    return Decimal(value or 0).quantize(BAISA, rounding=ROUND_HALF_UP)


@table_builder("sales-by-month")
def sales_by_month(period: Period) -> Table:
    entries = sale_entries(period)
    first = None if period.since else entries.aggregate(first=Min("order__date_placed"))["first"]
    rows = entries.annotate(month=TruncMonth("order__date_placed")).values("month").annotate(**_sales_sums())
    values = {_as_month(r["month"]): (_money(r["net"]), r["orders"], r["pieces"]) for r in rows}
    first_seen = _as_month(timezone.localtime(first)) if first else None
    return _table(
        _("Sales by month"),
        _("Month"),
        SALES_COLUMNS,
        _month_rows(period, values, (Decimal("0.000"), 0, 0), first_seen),
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
    return _table(
        _("Sales by craft"),
        _("Craft"),
        SALES_COLUMNS,
        [
            (
                r["line__product__craft__code"] or "unknown",
                *(
                    (r["line__product__craft__name_ar"], r["line__product__craft__name"])
                    if r["line__product__craft__code"]
                    else _both(_("Piece no longer listed"))
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
    rows = _every_row(_governorates(), sums, (Decimal("0.000"), 0, 0))
    return _table(
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
    return _table(
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
    return _table(
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
        return _both(_("Not recorded"))
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
            _share(totals["buyers_abroad"], totals["buyers"]),
            PERCENT,
            _("Share of buyers with an order shipped outside Oman."),
        ),
        Headline(_("Orders shipped abroad"), _share(totals["orders_abroad"], totals["orders"]), PERCENT),
    )


# --- Searches ------------------------------------------------------------------------------------------------------

SEARCH_TERM = Coalesce(NullIf("normalised", Value("")), "query")


def search_records(period: Period):
    since = period.since
    records = SearchQueryRecord.objects.all()
    return records.filter(created_at__gte=since) if since else records


def _search_term_rows(records) -> list:
    rows = (
        records.annotate(term=SEARCH_TERM)
        .values("term")
        .annotate(searches=Count("pk"), found_nothing=Count("pk", filter=Q(result_count=0)), example=Max("query"))
        .order_by("-searches", "term")
    )
    # The term is what the buyer typed (folded): the same text in both languages.
    return [(r["term"], r["example"], r["example"], (r["searches"], r["found_nothing"])) for r in rows]


@table_builder("top-searches")
def top_searches(period: Period) -> Table:
    return _table(
        _("Top searches"),
        _("Search"),
        [Column(_("Searches")), Column(_("Found nothing"))],
        _search_term_rows(search_records(period)),
        shown_rows=TOP_ROWS,
        note=_("Spellings that read the same are one row; the example is one of them as typed."),
    )


@table_builder("zero-result-searches")
def zero_result_searches(period: Period) -> Table:
    return _table(
        _("Searches that found nothing"),
        _("Search"),
        [Column(_("Searches")), Column(_("Found nothing"))],
        _search_term_rows(search_records(period).filter(result_count=0)),
        shown_rows=TOP_ROWS,
        note=_("Words to add to the search glossary, or pieces buyers look for that nobody lists."),
    )


@table_builder("searches-by-language")
def searches_by_language(period: Period) -> Table:
    labels = {"ar": _("Arabic"), "en": _("English")}
    rows = (
        search_records(period)
        .values("language")
        .annotate(searches=Count("pk"), found_nothing=Count("pk", filter=Q(result_count=0)))
        .order_by("-searches", "language")
    )
    return _table(
        _("Searches by the page's language"),
        _("Language"),
        [Column(_("Searches")), Column(_("Found nothing"))],
        [
            (
                r["language"],
                *(_both(labels[r["language"]]) if r["language"] in labels else (r["language"],) * 2),
                (r["searches"], r["found_nothing"]),
            )
            for r in rows
        ],
        shares=True,
    )


def search_headlines(period: Period) -> tuple[Headline, ...]:
    totals = search_records(period).aggregate(searches=Count("pk"), found_nothing=Count("pk", filter=Q(result_count=0)))
    return (
        Headline(_("Searches"), totals["searches"]),
        Headline(_("Found nothing"), totals["found_nothing"]),
        Headline(_("Share that found nothing"), _share(totals["found_nothing"], totals["searches"]), PERCENT),
    )


# --- Sections ------------------------------------------------------------------------------------------------------


def _share(count: int, total: int) -> Decimal | None:
    """A share as an exact fraction (0 to 1, four decimals), or None when there is nothing to share."""
    if not total:
        return None
    return (Decimal(count) / Decimal(total)).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)


SECTION_TITLES = {
    "registry": _("Registry"),
    "listings": _("Listings"),
    "sales": _("Sales"),
    "searches": _("Searches"),
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
}

SECTION_HEADLINES: dict[str, Callable[[Period], tuple[Headline, ...]]] = {
    "registry": lambda period: registry_headlines(),
    "listings": lambda period: listing_headlines(),
    "sales": sales_headlines,
    "searches": search_headlines,
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
