"""The public figures page and its CSV: the registry in numbers, for anyone, with no personal data."""

from __future__ import annotations

import csv

from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.http import http_date
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, override
from django.views.decorators.http import require_safe

from insights.selectors import RegistryFigures, registry_figures

# Spreadsheets run a cell that starts with one of these as a formula; names are quoted so they stay text.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


@require_safe
def figures(request):
    data = registry_figures()
    response = render(request, "insights/figures.html", {"figures": data})
    response["Last-Modified"] = http_date(data.computed_at.timestamp())
    return response


@require_safe
def figures_csv(request):
    """The page's tables as one CSV: a row per figure, names in both languages, shares with their denominator."""
    data = registry_figures()
    stamp = timezone.localtime(data.computed_at).strftime("%Y-%m-%d-%H%M")
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="hirfa-registry-figures-{stamp}.csv"'
    response["Last-Modified"] = http_date(data.computed_at.timestamp())
    response.write("\ufeff")  # the byte-order mark that makes spreadsheet programs read Arabic as UTF-8
    writer = csv.writer(response)
    writer.writerow(
        [
            _("Table"),
            _("Code"),
            _("Name in Arabic"),
            _("Name in English"),
            _("Count"),
            _("Out of"),
            _("Share (percent)"),
        ]
    )
    for row in csv_rows(data):
        writer.writerow([safe_cell(cell) for cell in row])
    return response


def both_languages(message: str) -> tuple[str, str]:
    """A label of the project's own, in Arabic and in English (for the CSV's two name columns)."""
    with override("ar"):
        arabic = _(message)
    with override("en"):
        english = _(message)
    return arabic, english


def percent(count: int, total: int) -> str:
    return f"{100 * count / total:.1f}" if total else ""


def csv_rows(data: RegistryFigures):
    """Table, code, Arabic name, English name, count, denominator, share: the same figures as the page."""
    summary = _("Headline figures")
    for code, label, count in (
        ("artisans_and_outlets", gettext_noop("Verified artisans and outlets"), data.total),
        (
            "governorates_with_artisans",
            gettext_noop("Governorates with verified artisans"),
            data.governorates_with_artisans,
        ),
        ("pieces_on_sale", gettext_noop("Pieces on sale"), data.pieces_on_sale),
        ("registered_designs", gettext_noop("Registered designs"), data.registered_designs),
    ):
        out_of = data.governorate_count if code == "governorates_with_artisans" else ""
        yield (summary, code, *both_languages(label), count, out_of, percent(count, out_of) if out_of else "")

    table = _("Artisans and outlets by governorate")
    for row in data.by_governorate:
        yield (table, row.code, row.name_ar, row.name_en, row.count, data.total, percent(row.count, data.total))

    table = _("Artisans and outlets by craft")
    for row in data.by_craft:
        yield (table, row.code, row.name_ar, row.name_en, row.count, data.total, percent(row.count, data.total))

    table = _("Artisans and outlets")
    for code, label, count in (
        ("artisans", gettext_noop("Individual artisans"), data.artisans),
        ("outlets", gettext_noop("Outlets (artisan houses and training centres)"), data.outlets),
    ):
        yield (table, code, *both_languages(label), count, data.total, percent(count, data.total))

    table = _("Women and men")
    for code, label, count in (
        ("women", gettext_noop("Women"), data.women),
        ("men", gettext_noop("Men"), data.men),
        ("not_recorded", gettext_noop("Not recorded"), data.gender_not_recorded),
    ):
        yield (table, code, *both_languages(label), count, data.artisans, percent(count, data.artisans))

    table = _("Working time")
    for code, label, count in (
        ("full_time", gettext_noop("Full time"), data.full_time),
        ("not_full_time", gettext_noop("Part time or not recorded"), data.not_full_time),
    ):
        yield (table, code, *both_languages(label), count, data.artisans, percent(count, data.artisans))


def safe_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value
