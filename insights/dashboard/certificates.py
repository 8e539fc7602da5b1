"""The certificates section: certificates issued, their scans and reports of suspected fakes, by the artisan's
governorate and craft (the craft of the piece, as signed)."""

from __future__ import annotations

from django.db.models import Count, Q, Sum
from django.utils.translation import gettext_lazy as _

from catalogue.selectors import crafts
from provenance.models import Certificate, FakeReport

from .period import Period
from .tables import Column, Headline, Table, every_row, governorate_rows, table_builder, table_from_rows

COLUMNS = (Column(_("Certificates issued")), Column(_("Scans")), Column(_("Reports of fakes")))


def _issued_in(period: Period):
    return Certificate.objects.filter(issued_at__gte=period.since) if period.since else Certificate.objects.all()


def _counts_by(period: Period, field: str) -> dict:
    counts = {
        row[field]: [row["issued"], row["scans"] or 0, 0]
        for row in _issued_in(period).values(field).annotate(issued=Count("pk"), scans=Sum("scan_count"))
    }
    reports = FakeReport.objects.filter(certificate__isnull=False)
    if period.since:
        reports = reports.filter(created_at__gte=period.since)
    for row in reports.values(f"certificate__{field}").annotate(n=Count("pk")):
        counts.setdefault(row[f"certificate__{field}"], [0, 0, 0])[2] = row["n"]
    return {key: tuple(value) for key, value in counts.items()}


@table_builder("certificates-by-governorate")
def certificates_by_governorate(period: Period) -> Table:
    return table_from_rows(
        _("Certificates by the artisan's governorate"),
        _("Governorate"),
        list(COLUMNS),
        every_row(governorate_rows(), _counts_by(period, "artisan__governorate_id"), (0, 0, 0)),
        chart="map",
    )


@table_builder("certificates-by-craft")
def certificates_by_craft(period: Period) -> Table:
    return table_from_rows(
        _("Certificates by craft"),
        _("Craft"),
        list(COLUMNS),
        every_row(
            crafts().values_list("pk", "code", "name_ar", "name"), _counts_by(period, "product__craft_id"), (0, 0, 0)
        ),  # fmt: skip
    )


def certificate_headlines(period: Period) -> tuple[Headline, ...]:
    totals = _issued_in(period).aggregate(
        issued=Count("pk"), scans=Sum("scan_count"), revoked=Count("pk", filter=Q(revoked_at__isnull=False))
    )
    unhandled = FakeReport.objects.filter(handled_at__isnull=True).count()
    return (
        Headline(_("Certificates issued"), totals["issued"]),
        Headline(_("Scans"), totals["scans"] or 0),
        Headline(_("Revoked"), totals["revoked"]),
        Headline(_("Reports of fakes waiting"), unhandled),
    )
