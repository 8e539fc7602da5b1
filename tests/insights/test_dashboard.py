"""The authority's insights dashboard: every figure equals a direct count of what it summarises, the pages and their
CSV exports answer in a bounded number of queries, and bad input gets a clear answer."""

import csv
import io
from datetime import timedelta
from decimal import Decimal

import pytest
from django.db.models import Sum
from django.urls import reverse
from django.utils import timezone, translation
from oscar.core.loading import get_model

from artisans.models import Artisan, Governorate, Wilayat
from catalogue.models import Product
from catalogue.selectors import browsable_products, crafts
from insights.dashboard.period import Period
from insights.dashboard.sections import dashboard_section, dashboard_table
from ledger.models import LedgerEntry
from provenance.models import Certificate, FakeReport
from provenance.services import certificate_issue_by_authority
from search.models import SearchQueryRecord
from tests.factories import make_artisan, make_product

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")
ALL_TIME = Period("all")
LAST_12_MONTHS = Period("12m")


def rows(table) -> dict:
    return {row.code: row.values for row in table.rows}


def headlines(section) -> dict:
    with translation.override("en"):
        return {str(headline.label): headline.value for headline in section.headlines}


def url(name: str, *args, language: str = "en") -> str:
    with translation.override(language):
        return reverse(name, args=args)


# --- Every figure is a direct count ---------------------------------------------------------------------------------


def test_registry_figures_equal_direct_counts(marketplace):
    # Given the hand-built registry (five entries in five wilayats of four governorates)
    # When the registry section is computed
    section = dashboard_section("registry", ALL_TIME)
    tables = {table.code: table for table in section.tables}

    # Then each governorate's row counts its entries, and its verified ones
    for governorate in Governorate.objects.all():
        in_registry = Artisan.objects.filter(governorate=governorate).count()
        verified = Artisan.objects.filter(governorate=governorate, verification="verified").count()
        assert rows(tables["artisans-by-governorate"])[governorate.slug] == (in_registry, verified)
    assert rows(tables["artisans-by-governorate"])["ad_dakhiliyah"] == (2, 2)
    assert rows(tables["artisans-by-governorate"])["musandam"] == (1, 0)
    # and each wilayat, with its governorate
    for wilayat in Wilayat.objects.select_related("governorate"):
        in_registry = Artisan.objects.filter(wilayat=wilayat).count()
        assert rows(tables["artisans-by-wilayat"])[wilayat.slug][0] == in_registry
    assert rows(tables["artisans-by-wilayat"])["nizwa"] == (1, 1, ("الداخلية", "Ad Dakhiliyah"))
    # and each craft counts everyone who practises it (the silversmith in two crafts)
    for craft in crafts():
        assert rows(tables["artisans-by-craft"])[craft.code][0] == Artisan.objects.filter(crafts=craft).count()
    assert rows(tables["artisans-by-craft"])["pottery"] == (2, 1, 0)  # the potter and the outlet
    assert rows(tables["artisans-by-craft"])["khanjars"] == (1, 0, 1)
    # gender, age and working time count individual artisans only (not the outlet)
    assert rows(tables["artisans-by-gender"]) == {"female": (2,), "male": (1,), "not-recorded": (1,)}
    year = timezone.localdate().year
    expected_ages = {"under-25": 0, "25-34": 0, "35-44": 0, "45-54": 0, "55-64": 0, "65-plus": 0, "not-recorded": 1}
    for birth_year in (1990, 1950, 2005):
        age = year - birth_year
        band = next(
            code
            for code, low, high in (
                ("under-25", 0, 24), ("25-34", 25, 34), ("35-44", 35, 44), ("45-54", 45, 54), ("55-64", 55, 64),
                ("65-plus", 65, 200),
            )
            if low <= age <= high
        )  # fmt: skip
        expected_ages[band] += 1
    assert {code: value[0] for code, value in rows(tables["artisans-by-age"]).items()} == expected_ages
    assert rows(tables["artisans-by-working-time"]) == {"full-time": (2,), "part-time": (2,)}
    assert rows(tables["artisans-by-verification"]) == {
        "pending": (1,),
        "verified": (3,),
        "rejected": (1,),
        "suspended": (0,),
    }
    # and growth: all five were added this month
    growth = tables["registry-growth"].rows
    assert growth[-1].code == timezone.localdate().strftime("%Y-%m")
    assert growth[-1].values == (5, 5)
    assert sum(row.values[0] for row in growth) == Artisan.objects.count()
    # The headlines
    assert headlines(section) == {
        "In the registry": 5,
        "Verified": 3,
        "Individual artisans": 4,
        "Outlets": 1,
        "Women among artisans": Decimal("0.5000"),
        "Full time among artisans": Decimal("0.5000"),
    }


def test_listing_figures_equal_direct_counts(marketplace):
    # Given seven listings: three on sale, one withdrawn, one of an unverified outlet, one waiting, one refused
    section = dashboard_section("listings", ALL_TIME)
    tables = {table.code: table for table in section.tables}

    # Then the states add up to every listing, and "on sale" is what buyers can browse
    states = rows(tables["listings-by-state"])
    assert states == {"on-sale": (3,), "approved-not-on-sale": (2,), "waiting": (1,), "not-approved": (1,)}
    assert states["on-sale"][0] == browsable_products().count()
    assert sum(value[0] for value in states.values()) == Product.objects.count()
    # per craft
    by_craft = rows(tables["listings-by-craft"])
    assert by_craft["pottery"] == (1, 0, 0)
    assert by_craft["silverwork"] == (1, 1, 0)
    assert by_craft["incense_cosmetics"] == (0, 0, 1)
    # per governorate of the maker: what buyers can see
    for governorate in Governorate.objects.all():
        on_sale = browsable_products().filter(artisan__governorate=governorate).count()
        assert rows(tables["listings-by-governorate"])[governorate.slug] == (on_sale,)
    # new listings per month
    assert sum(row.values[0] for row in tables["listings-growth"].rows) == Product.objects.count()
    assert headlines(section)["On sale"] == 3


def test_sales_figures_equal_the_ledger_over_the_period(marketplace):
    # Given two orders this month (one to the Emirates, partly refunded) and one more than a year ago
    section = dashboard_section("sales", LAST_12_MONTHS)
    tables = {table.code: table for table in section.tables}

    # Then the headlines are the ledger's sums for this year's orders
    assert headlines(section) == {
        "Net sales": Decimal("55.000"),  # 2 × 10.000 + 30.500 + 10.000 − 5.500
        "Refunds": Decimal("5.500"),
        "Orders": 2,
        "Average order value": Decimal("30.250"),  # 60.500 paid for pieces over 2 orders
        "Buyers": 2,
        "Buyers abroad": Decimal("0.5000"),  # the account's order went to the Emirates
        "Orders shipped abroad": Decimal("0.5000"),
    }
    recent = LedgerEntry.objects.filter(
        kind__in=["sale", "refund"], order__date_placed__gte=LAST_12_MONTHS.since
    ).aggregate(net=Sum("amount"))["net"]
    assert headlines(section)["Net sales"] == recent
    # by craft: the jar's pottery (three jars), the dagger's khanjars less the refund; the old bracelet is out
    assert rows(tables["sales-by-craft"]) == {
        "pottery": (Decimal("30.000"), 2, 3),
        "khanjars": (Decimal("25.000"), 1, 1),
    }
    # by governorate of the maker: both are in Ad Dakhiliyah; every governorate has a row
    by_governorate = rows(tables["sales-by-governorate"])
    assert by_governorate["ad_dakhiliyah"] == (Decimal("55.000"), 2, 4)
    assert by_governorate["dhofar"] == (Decimal("0.000"), 0, 0)
    assert len(by_governorate) == Governorate.objects.count()
    # by artisan
    by_artisan = rows(tables["sales-by-artisan"])
    assert by_artisan == {
        marketplace.potter.registry_number: (Decimal("30.000"), 2, 3),
        marketplace.silversmith.registry_number: (Decimal("25.000"), 1, 1),
    }
    # by destination, with Arabic and English country names
    destinations = {row.code: (row.name_ar, row.name_en, row.values) for row in tables["sales-by-destination"].rows}
    assert destinations["OM"] == ("عُمان", "Oman", (Decimal("20.000"), 1, 2, 1))
    assert destinations["AE"][1] == "United Arab Emirates"
    assert destinations["AE"][2] == (Decimal("35.000"), 1, 2, 1)
    # by month: this month has both orders, the other eleven nothing
    months = tables["sales-by-month"].rows
    assert len(months) == 12
    assert months[-1].values == (Decimal("55.000"), 2, 4)
    assert all(row.values == (Decimal("0.000"), 0, 0) for row in months[:-1])


def test_over_all_time_the_old_order_and_its_buyer_abroad_count(marketplace):
    section = dashboard_section("sales", ALL_TIME)
    figures = headlines(section)
    assert figures["Orders"] == Order.objects.count() == 3
    assert figures["Net sales"] == Decimal("63.000")
    assert figures["Buyers"] == 2  # the guest ordered twice
    assert figures["Buyers abroad"] == Decimal("1.0000")  # both had an order shipped outside Oman
    by_month = {row.code: row.values for row in dashboard_table("sales-by-month", ALL_TIME).rows}
    assert sum(values[1] for values in by_month.values()) == 3
    assert len(by_month) >= 13  # from the first order's month to this one, empty months included


def test_search_figures_equal_direct_counts(marketplace):
    section = dashboard_section("searches", LAST_12_MONTHS)
    tables = {table.code: table for table in section.tables}
    recent = SearchQueryRecord.objects.filter(created_at__gte=LAST_12_MONTHS.since)
    assert recent.count() == 6
    assert headlines(section) == {
        "Searches": recent.count(),
        "Found nothing": recent.filter(result_count=0).count(),
        "Share that found nothing": Decimal("0.5000"),
    }
    # Spellings that fold to the same text are one row
    top = rows(tables["top-searches"])
    assert top["khanjar"] == (2, 0)
    assert top["halwa"] == (2, 2)
    assert "old search" not in top
    assert rows(tables["zero-result-searches"]) == {"halwa": (2, 2), "بشت": (1, 1)}
    assert rows(tables["searches-by-language"]) == {"en": (4, 2), "ar": (2, 1)}


def test_certificate_figures_equal_direct_counts(marketplace):
    from django.core.cache import cache

    from provenance.services import certificate_scan_count, certificate_scans_flush

    sur = make_artisan(wilayat_slug="sur", crafts=("woodwork",))
    chest = make_product(artisan=sur, craft_code="woodwork")
    first = certificate_issue_by_authority(product=chest, user=None)
    certificate_issue_by_authority(product=chest, user=None)
    cache.clear()
    for _scan in range(3):
        certificate_scan_count(first)
    certificate_scans_flush()
    FakeReport.objects.create(certificate=first, description="seen in a souq", language="ar")
    FakeReport.objects.create(certificate=None, token_seen="FAKE", description="not ours", language="en")
    section = dashboard_section("certificates", ALL_TIME)
    tables = {table.code: table for table in section.tables}
    assert rows(tables["certificates-by-governorate"])[sur.governorate.slug] == (2, 3, 1)
    assert rows(tables["certificates-by-craft"])["woodwork"] == (2, 3, 1)
    assert sum(row[0] for row in rows(tables["certificates-by-craft"]).values()) == Certificate.objects.count()
    assert headlines(section) == {
        "Certificates issued": 2, "Scans": 3, "Revoked": 0, "Reports of fakes waiting": 2,
    }  # fmt: skip


# --- Pages and exports ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("section", ["registry", "listings", "sales", "searches", "certificates"])
@pytest.mark.parametrize("language", ["ar", "en"])
def test_each_section_shows_its_charts_tables_and_exports(client, analyst, marketplace, section, language):
    client.force_login(analyst)
    response = client.get(url("insights:section", section, language=language))
    assert response.status_code == 200
    page = response.content.decode()
    assert f'lang="{language}"' in page
    assert "<svg" in page
    assert "style=" not in page.split("<main", 1)[-1]  # the CSP allows no inline style
    for table in response.context["section"].tables:
        assert url("insights:table-csv", table.code, language=language) in page


def test_the_governorate_map_and_the_monthly_chart_are_drawn(client, analyst, marketplace):
    client.force_login(analyst)
    with translation.override("en"):
        page = client.get(url("insights:section", "sales")).content.decode()
    assert page.count('class="insights-map') >= 1
    assert "Ad Dakhiliyah" in page


def test_a_table_exports_as_csv_with_exact_values_and_both_names(client, analyst, marketplace):
    client.force_login(analyst)
    response = client.get(url("insights:table-csv", "sales-by-governorate"), {"period": "12m"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert response["Cache-Control"] == "private, no-store"
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    table = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert table[0] == ["Code", "Name in Arabic", "Name in English", "Net sales (OMR)", "Orders", "Pieces", "Share"]
    assert ["ad_dakhiliyah", "الداخلية", "Ad Dakhiliyah", "55.000", "2", "4", "100.00"] in table
    assert ["dhofar", "ظفار", "Dhofar", "0.000", "0", "0", "0.00"] in table
    assert len(table) == 1 + Governorate.objects.count()


def test_the_shares_of_a_table_that_splits_a_whole_add_up(client, analyst, marketplace):
    # Given four individual artisans: two women, a man, and one whose gender is not recorded
    table = dashboard_table("artisans-by-gender", ALL_TIME)
    assert table.shares
    assert [table.share_of(row) for row in table.rows] == [Decimal("0.5000"), Decimal("0.2500"), Decimal("0.2500")]
    # The page shows them as percentages, the CSV in percent with two decimals
    client.force_login(analyst)
    with translation.override("en"):
        page = client.get(url("insights:section", "registry")).content.decode()
    assert "50%" in page
    text = client.get(url("insights:table-csv", "artisans-by-gender")).content.decode().lstrip("\ufeff")
    assert [row[-1] for row in csv.reader(io.StringIO(text))] == ["Share", "50.00", "25.00", "25.00"]
    # Crafts overlap (an artisan in two crafts counts in each): no shares there
    assert not dashboard_table("artisans-by-craft", ALL_TIME).shares


def test_an_exported_name_that_looks_like_a_formula_stays_text(client, analyst, marketplace):
    client.force_login(analyst)
    make_product(artisan=marketplace.unknown)  # not on sale, but in the registry's tables
    response = client.get(url("insights:table-csv", "artisans-by-wilayat"))
    assert response.status_code == 200
    # Names of places come from reference data; an artisan's name appears in the sales table
    text = client.get(url("insights:table-csv", "sales-by-artisan"), {"period": "all"}).content.decode()
    assert "=HYPERLINK" not in text.replace("'=HYPERLINK", "")


def test_an_unknown_table_is_not_found(client, analyst):
    client.force_login(analyst)
    assert client.get(url("insights:table-csv", "users-and-passwords")).status_code == 404
    assert client.get("/en/authority/insights/payroll/").status_code == 404


@pytest.mark.parametrize("period", ["forever", "<script>alert(1)</script>", "12m'--", "x" * 5000])
def test_a_bad_period_is_refused_in_the_readers_language(client, analyst, marketplace, period):
    client.force_login(analyst)
    response = client.get(url("insights:section", "sales", language="ar"), {"period": period})
    assert response.status_code == 400
    page = response.content.decode()
    assert "<script>alert(1)</script>" not in page
    with translation.override("ar"):
        from django.utils.translation import gettext

        assert gettext("Choose one of the periods offered. The page shows the last 12 months.") in page
    csv_response = client.get(url("insights:table-csv", "sales-by-month"), {"period": period})
    assert csv_response.status_code == 400


# --- Bounded queries --------------------------------------------------------------------------------------------------


def more_of_everything(marketplace, n: int = 6):
    now = timezone.now()
    from insights.activity_generator import OrderLine, paid_order_create

    for index in range(n):
        artisan = make_artisan(wilayat_slug=["sur", "sohar", "ibri", "rustaq"][index % 4], crafts=("woodwork",))
        product = make_product(artisan=artisan, craft_code="woodwork", price="15.000")
        paid_order_create(
            number=f"T-MORE-{index}",
            buyer_email=f"more{index}@example.com",
            country_code=["OM", "SA", "US"][index % 3],
            lines=[OrderLine(product, 1, Decimal("15.000"))],
            placed_at=now - timedelta(days=40 * index),
        )
        SearchQueryRecord.objects.create(
            query=f"query {index}", normalised=f"query {index}", language="en", result_count=index % 2
        )
        certificate = certificate_issue_by_authority(product=product, user=None)
        FakeReport.objects.create(certificate=certificate, description="x", language="en")


@pytest.mark.parametrize(
    ("section", "bound"), [("registry", 24), ("listings", 20), ("sales", 20), ("searches", 16), ("certificates", 18)]
)
def test_a_section_runs_the_same_queries_whatever_the_amount_of_data(
    client, analyst, marketplace, section, bound, django_assert_max_num_queries
):
    client.force_login(analyst)
    page = url("insights:section", section)
    client.get(page)  # warm the session and the site's caches
    with django_assert_max_num_queries(bound) as few:
        assert client.get(page, {"period": "all"}).status_code == 200
    more_of_everything(marketplace)
    with django_assert_max_num_queries(bound) as many:
        assert client.get(page, {"period": "all"}).status_code == 200
    assert len(many.captured_queries) == len(few.captured_queries)
