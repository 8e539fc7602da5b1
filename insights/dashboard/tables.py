"""The shapes the dashboard's figures take (a table of rows and columns, a headline, a section), and
the helpers every section fills them with."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from functools import wraps
from typing import Any

from django.db.models import Q
from django.utils.functional import Promise
from django.utils.translation import override

from artisans.models import Governorate
from marketplace.bilingual import localized_text

from .period import Period

BAISA = Decimal("0.001")
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
        return fraction_of(row.value, self.total) if self.total else None

    @property
    def series(self) -> list[tuple[str, Any]]:
        """(label, value) per row in the reader's language: a time series for the column chart."""
        return [(str(row.name), row.value) for row in self.rows]

    @property
    def rows_on_page(self) -> tuple[Row, ...]:
        return self.rows if self.shown_rows is None else self.rows[: self.shown_rows]


def table_from_rows(title, name_label, columns, rows, **options) -> Table:
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


def both_languages(label) -> tuple[str, str]:
    """A label of ours in Arabic and in English (a row's two names)."""
    with override("ar"):
        arabic = str(label)
    with override("en"):
        english = str(label)
    return arabic, english


def governorate_rows():
    return Governorate.objects.order_by("name_en").values_list("pk", "slug", "name_ar", "name_en")


def every_row(reference, values_by_pk: dict, empty: tuple) -> list:
    """A row for every item of `reference` ((pk, code, Arabic, English): a governorate, a craft), with its values
    from `values_by_pk` or `empty`; the largest first value first, ties in the reference's order."""
    rows = [(code, ar, en, values_by_pk.get(pk, empty)) for pk, code, ar, en in reference]
    rows.sort(key=lambda row: row[3][0], reverse=True)
    return rows


def fraction_of(count: int, total: int) -> Decimal | None:
    """A share as an exact fraction (0 to 1, four decimals), or None when there is nothing to share."""
    if not total:
        return None
    return (Decimal(count) / Decimal(total)).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)


def prefixed_q(condition: Q, prefix: str) -> Q:
    """`condition` (on Product) seen from a related model through `prefix` ("craft_products__")."""
    prefixed = Q()
    prefixed.connector, prefixed.negated = condition.connector, condition.negated
    for child in condition.children:
        prefixed.children.append(prefixed_q(child, prefix) if isinstance(child, Q) else (prefix + child[0], child[1]))
    return prefixed
