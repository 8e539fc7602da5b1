"""The searches section: the top searches, those that found nothing, and the searches' languages."""

from __future__ import annotations

from django.db.models import Count, Max, Q, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import gettext_lazy as _

from search.models import SearchQueryRecord

from .period import Period
from .tables import (
    PERCENT,
    TOP_ROWS,
    Column,
    Headline,
    Table,
    both_languages,
    fraction_of,
    table_builder,
    table_from_rows,
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
    return table_from_rows(
        _("Top searches"),
        _("Search"),
        [Column(_("Searches")), Column(_("Found nothing"))],
        _search_term_rows(search_records(period)),
        shown_rows=TOP_ROWS,
        note=_("Spellings that read the same are one row; the example is one of them as typed."),
    )


@table_builder("zero-result-searches")
def zero_result_searches(period: Period) -> Table:
    return table_from_rows(
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
    return table_from_rows(
        _("Searches by the page's language"),
        _("Language"),
        [Column(_("Searches")), Column(_("Found nothing"))],
        [
            (
                r["language"],
                *(both_languages(labels[r["language"]]) if r["language"] in labels else (r["language"],) * 2),
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
        Headline(_("Share that found nothing"), fraction_of(totals["found_nothing"], totals["searches"]), PERCENT),
    )
