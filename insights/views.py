"""The public figures page and its CSV (the registry in numbers, for anyone, with no personal data); the
authority's insights dashboard, its CSV exports, and the artisans' register (personal data only with the
permission, its exports logged)."""

from __future__ import annotations

from decimal import Decimal
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, HttpResponseBadRequest, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.http import http_date
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, override
from django.views.decorators.http import require_safe

from insights.dashboard.period import Period
from insights.dashboard.sections import SECTION_TITLES, dashboard_section, dashboard_table
from insights.dashboard.tables import TEXT
from insights.forms import PeriodForm, RegisterFilterForm
from insights.register import may_see_dashboard, may_see_personal_data, personal_data_of, register_artisans
from insights.selectors import RegistryFigures, registry_figures
from insights.services import personal_data_export_record
from marketplace.bilingual import localized_text
from marketplace.spreadsheets import safe_csv_writer


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
    writer = safe_csv_writer(response)
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
        writer.writerow(row)
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


# --- The authority's dashboard ---------------------------------------------------------------------------------------


def _dashboard_staff(view):
    """Authority staff with the dashboard permission only: others signed in get 403, visitors the sign-in page."""

    @wraps(view)
    def guarded(request, *args, **kwargs):
        if not may_see_dashboard(request.user):
            return render(request, "moderation/forbidden.html", status=403)
        return view(request, *args, **kwargs)

    return login_required(guarded)


def _period(request) -> tuple[PeriodForm, Period]:
    form = PeriodForm(request.GET)
    period = Period(form.cleaned_data["period"]) if form.is_valid() else Period()
    return form, period


@require_safe
@_dashboard_staff
def dashboard(request, section: str = "registry"):
    if section not in SECTION_TITLES:
        raise Http404
    form, period = _period(request)
    context = {
        "section": dashboard_section(section, period),
        "sections": SECTION_TITLES,
        "period_form": form,
        "period": period,
        "personal": may_see_personal_data(request.user),
    }
    return render(request, "insights/dashboard.html", context, status=200 if form.is_valid() else 400)


@require_safe
@_dashboard_staff
def table_csv(request, code: str):
    """One of the dashboard's tables as CSV: its rows, names in both languages, each column's values, exact."""
    form, period = _period(request)
    if not form.is_valid():
        return HttpResponseBadRequest(_("Choose one of the periods offered."), content_type="text/plain; charset=utf-8")
    table = dashboard_table(code, period)
    if table is None:
        raise Http404
    stamp = timezone.localtime().strftime("%Y-%m-%d-%H%M")
    response = _csv_response(f"hirfa-{table.code}-{period.code}-{stamp}.csv")
    writer = safe_csv_writer(response)
    share_heading = [_("Share")] if table.shares else []  # in percent, two decimals: 12.35
    writer.writerow(
        [
            _("Code"),
            _("Name in Arabic"),
            _("Name in English"),
            *(str(column.label) for column in table.columns),
            *share_heading,
        ]
    )
    for row in table.rows:
        cells = [_csv_value(value, column.unit) for value, column in zip(row.values, table.columns, strict=True)]
        if table.shares:
            share = table.share_of(row)
            cells.append("" if share is None else (share * 100).quantize(Decimal("0.01")))
        writer.writerow((row.code, row.name_ar, row.name_en, *cells))
    return response


def _csv_response(filename: str) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    response.write("\ufeff")  # the byte-order mark that makes spreadsheet programs read Arabic as UTF-8
    return response


def _csv_value(value, unit: str):
    if unit == TEXT:
        return str(localized_text(ar=value[0], en=value[1]))
    if value is None:
        return ""
    return value  # ints and exact Decimals (money with 3 decimals, shares as fractions) as they are


@require_safe
@_dashboard_staff
def register(request):
    """The artisans a figure counts, by name; personal data only with the permission."""
    personal = may_see_personal_data(request.user)
    form = RegisterFilterForm(request.GET, personal=personal)
    if not form.is_valid():
        context = {"form": form, "personal": personal, "page": None}
        return render(request, "insights/register.html", context, status=400)
    artisans = register_artisans(form.chosen(), personal=personal)
    page = Paginator(artisans, REGISTER_PAGE_SIZE).get_page(request.GET.get("page"))
    rows = [(artisan, personal_data_of(artisan) if personal else None) for artisan in page.object_list]
    context = {"form": form, "personal": personal, "page": page, "rows": rows, "filters": form.chosen()}
    return render(request, "insights/register.html", context)


@require_safe
@_dashboard_staff
def register_csv(request):
    """The register with its personal data, as CSV: only with the permission, and every export is logged first."""
    if not may_see_personal_data(request.user):
        return render(request, "moderation/forbidden.html", status=403)
    form = RegisterFilterForm(request.GET, personal=True)
    if not form.is_valid():
        return HttpResponseBadRequest(
            _("These filters are not valid: %(fields)s")
            % {"fields": ", ".join(str(form[f].label) for f in form.errors)},
            content_type="text/plain; charset=utf-8",
        )
    filters = form.chosen()
    artisans = register_artisans(filters, personal=True)
    personal_data_export_record(user=request.user, filters=filters, row_count=artisans.count())
    stamp = timezone.localtime().strftime("%Y-%m-%d-%H%M")
    response = StreamingHttpResponse(_register_rows(artisans), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="hirfa-artisans-personal-data-{stamp}.csv"'
    response["Cache-Control"] = "private, no-store"
    return response


REGISTER_PAGE_SIZE = 50
REGISTER_COLUMNS = (
    gettext_noop("Registry number"),
    gettext_noop("Seller type"),
    gettext_noop("Name in Arabic"),
    gettext_noop("Name in English"),
    gettext_noop("Governorate"),
    gettext_noop("Wilayat"),
    gettext_noop("Crafts"),
    gettext_noop("Verification"),
    gettext_noop("Full time"),
    gettext_noop("Gender"),
    gettext_noop("Birth year"),
    gettext_noop("E-mail"),
    gettext_noop("Phone"),
    gettext_noop("Bank"),
    gettext_noop("IBAN (masked)"),
)


class _Echo:
    def write(self, value):
        return value


def _register_rows(artisans):
    """The CSV, a row at a time, the artisans read in chunks (their crafts and contacts prefetched per chunk)."""
    writer = safe_csv_writer(_Echo())
    yield "\ufeff" + writer.writerow([_(label) for label in REGISTER_COLUMNS])
    # Chunks stay under SQLite's 999 bound parameters for the prefetches of each chunk.
    for artisan in artisans.iterator(chunk_size=500):
        data = personal_data_of(artisan)
        cells = (
            artisan.registry_number,
            artisan.get_seller_type_display(),
            artisan.name_ar,
            artisan.name_en,
            str(localized_text(ar=artisan.governorate.name_ar, en=artisan.governorate.name_en)),
            str(localized_text(ar=artisan.wilayat.name_ar, en=artisan.wilayat.name_en)),
            ";".join(sorted(craft.code for craft in artisan.crafts.all())),
            artisan.get_verification_display(),
            _("yes") if artisan.full_time else _("no"),
            data.gender,
            data.birth_year or "",
            ";".join(data.emails),
            data.phone,
            data.bank,
            data.iban,
        )
        yield writer.writerow(cells)
