"""The registry section: artisans and outlets by place, craft, gender, age, working time and verification."""

from __future__ import annotations

from django.db.models import Case, CharField, Count, Min, Q, Value, When
from django.db.models.functions import Coalesce, TruncMonth
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from artisans.models import Artisan, Governorate, Wilayat
from catalogue.selectors import crafts

from .period import Period, as_month, month_rows
from .tables import PERCENT, TEXT, Column, Headline, Table, both_languages, fraction_of, table_builder, table_from_rows

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
    return table_from_rows(
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
    return table_from_rows(
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
    return table_from_rows(
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
    return table_from_rows(
        _("Individual artisans by gender"),
        _("Gender"),
        [Column(_("Artisans"))],
        [(code or "not-recorded", *both_languages(labels[code]), (counts[code],)) for code in counts],
        drill="gender",
        drill_is_personal=True,
        shares=True,
    )


@table_builder("artisans-by-age")
def artisans_by_age_band(period: Period) -> Table:
    year = (period.today or timezone.localdate()).year
    order = [code for code, *_bounds in AGE_BANDS] + ["not-recorded"]
    counts = _individual_breakdown(age_band_expression(year), order)
    return table_from_rows(
        _("Individual artisans by age"),
        _("Age"),
        [Column(_("Artisans"))],
        [(code, *both_languages(AGE_BAND_LABELS[code]), (counts[code],)) for code in order],
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
    return table_from_rows(
        _("Individual artisans by working time"),
        _("Working time"),
        [Column(_("Artisans"))],
        [(code, *both_languages(labels[code]), (counts[code],)) for code in counts],
        drill="working_time",
        shares=True,
    )


@table_builder("artisans-by-verification")
def artisans_by_verification(period: Period) -> Table:
    verifications = Artisan.Verification
    counts = dict(Artisan.objects.values("verification").annotate(n=Count("pk")).values_list("verification", "n"))
    return table_from_rows(
        _("Registry entries by verification"),
        _("Verification"),
        [Column(_("Artisans and outlets"))],
        [(value, *both_languages(label), (counts.get(value, 0),)) for value, label in verifications.choices],
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
    by_month = {as_month(month): n for month, n in by_month.items()}
    first_seen = as_month(timezone.localtime(totals["first"])) if totals["first"] else None
    rows, running = [], totals["before"] or 0
    for code, ar, en, (added,) in month_rows(period, {m: (n,) for m, n in by_month.items()}, (0,), first_seen):
        running += added
        rows.append((code, ar, en, (added, running)))
    return table_from_rows(
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
        Headline(_("Women among artisans"), fraction_of(totals["women"], totals["artisans"]), PERCENT),
        Headline(_("Full time among artisans"), fraction_of(totals["full_time"], totals["artisans"]), PERCENT),
    )
