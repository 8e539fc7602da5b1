"""The months a figure covers: the period the reader picks, and a row for every month in it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from babel.dates import format_date
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

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


def month_rows(period: Period, values_by_month: dict[date, tuple], empty: tuple, first_seen: date | None):
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


def as_month(value) -> date:
    """TruncMonth gives a datetime (PostgreSQL, aware) or a date (SQLite, sometimes); the month as a date."""
    if isinstance(value, datetime):
        return timezone.localtime(value).date().replace(day=1) if timezone.is_aware(value) else value.date()
    return value.replace(day=1)
