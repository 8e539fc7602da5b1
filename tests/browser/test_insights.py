"""The authority's insights dashboard in Chromium, in Arabic and in English: a registry officer reads the four sections
and the artisans' register at desktop width (right to left in Arabic, the governorate map and the monthly columns
drawn, nothing wider than the window, no console error or CSP violation) and downloads a table as CSV; an analyst
without the personal-data permission sees the register without birth years or e-mail addresses. Each page is
photographed to test-artifacts/ for a person to look at. Pages are read by class, id and URL; words only in English,
where they are the message ids."""

import codecs
import csv
import io
import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone

from insights.activity_generator import OrderLine, paid_order_create
from search.models import SearchQueryRecord
from tests.factories import make_product
from tests.insights.conftest import analyst, marketplace, registry_officer  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SECTIONS = ("registry", "listings", "sales", "searches")
SECTIONS_WITH_MAP = ("registry", "listings", "sales")
CSV_TABLE = {  # the table of each section whose CSV is downloaded
    "registry": "artisans-by-governorate",
    "listings": "listings-by-state",
    "sales": "sales-by-month",
    "searches": "top-searches",
}
LANGUAGES = {"ar": "ar-OM", "en": "en-GB"}
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
GOVERNORATES = 11
MONTHS_IN_PERIOD = 12  # the dashboard's default period: this month and the eleven before it
REGISTER_COLUMNS = 6
REGISTER_COLUMNS_WITH_PERSONAL_DATA = 11
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
LATIN_DIGIT = re.compile(r"[0-9]")


@pytest.fixture
def busy_marketplace(marketplace):  # noqa: F811 (the fixture imported above)
    """The hand-built marketplace, with sales in ten of the last twelve months and some seventy more searches, so the
    monthly columns and the map have something to draw."""
    frankincense = make_product(
        artisan=marketplace.incense_maker,
        craft_code="incense_cosmetics",
        title_en="Dhofari frankincense",
        title_ar="لبان ظفاري",
        price="6.500",
    )
    now = timezone.now()
    pieces = (marketplace.jar, marketplace.dagger, marketplace.bracelet, frankincense)
    countries = ("OM", "OM", "SA", "AE", "GB", "OM", "QA", "US", "OM", "KW")
    for months_ago in range(1, 11):
        lines = [
            OrderLine(piece, 1 + (months_ago + index) % 3, piece.stockrecords.get().price)
            for index, piece in enumerate(pieces)
            if (months_ago + index) % 2
        ]
        paid_order_create(
            number=f"T-1{months_ago:02d}",
            buyer_email=f"buyer{months_ago}@example.com",
            country_code=countries[months_ago - 1],
            lines=lines,
            placed_at=now - timedelta(days=30 * months_ago + 2),
        )
    searches = (
        ("لبان", "لبان", "ar", 4),
        ("فخار", "فخار", "ar", 2),
        ("frankincense", "frankincense", "en", 4),
        ("silver bracelet", "silver bracelet", "en", 1),
        ("مندوس", "مندوس", "ar", 0),
        ("sadu weaving", "sadu weaving", "en", 0),
    )
    SearchQueryRecord.objects.bulk_create(
        SearchQueryRecord(
            query=query,
            normalised=normalised,
            language=language,
            result_count=results,
            created_at=now - timedelta(days=days_ago),
        )
        for number, (query, normalised, language, results) in enumerate(searches)
        for days_ago in range(7, 7 + 30 * (number + 1), 9)
    )
    return marketplace


def sign_in(page, live_server, user, **cookies: str):
    """The user's session, made on the server side, as the browser's session cookie (as in test_portal.py)."""
    client = Client()
    client.force_login(user)
    cookies[settings.SESSION_COOKIE_NAME] = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": name, "value": value, "url": live_server.url} for name, value in cookies.items()]
    )


OVERFLOWING = """() => [...document.querySelectorAll("body *")]
    .map((element) => [element, element.getBoundingClientRect()])
    .filter(([element, box]) => box.width && (box.right > window.innerWidth + 1 || box.left < -1))
    .slice(0, 8)
    .map(([element, box]) => `${element.tagName.toLowerCase()}.${element.className} ${box.left}..${box.right}`)"""


WRAPPED_HEADLINES = """() => [...document.querySelectorAll(".workshop-tile__number")]
    .filter((number) => number.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(number).lineHeight))
    .map((number) => number.textContent)"""


def overflowing(page) -> list[str]:
    """The first elements that stick out of the window, for the failure message."""
    return page.evaluate(OVERFLOWING)


def check_page(page, language: str):
    """The page's language and direction, no horizontal scrolling of the document, tables, and no console error."""
    assert page.get_attribute("html", "lang") == language, page.url
    assert page.get_attribute("html", "dir") == ("rtl" if language == "ar" else "ltr"), page.url
    width, window = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert width <= window + 1, f"{page.url} is {width} px wide in a {window} px window: {overflowing(page)}"
    assert page.locator("#content_inner table").count(), page.url
    assert not page.problems, page.problems


def download_csv(page, link) -> list[list[str]]:
    """Clicks a CSV link; the file must start with the byte-order mark (so spreadsheets read Arabic as UTF-8)."""
    with page.expect_download() as download:
        link.click()
    data = Path(download.value.path()).read_bytes()
    assert data.startswith(codecs.BOM_UTF8), data[:20]
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def check_table_csv(page, code: str):
    """The table's CSV: a code and the two names, then the same columns as the table on the page, and its rows."""
    table = page.locator(f"table[aria-labelledby='figure-{code}']")
    headers = [text.strip() for text in table.locator("thead th").all_inner_texts()]
    rows = download_csv(page, page.locator(f"a[href*='/export/{code}.csv']"))
    header, body = rows[0], rows[1:]
    assert len(header) == 3 + len(headers) - 1 and all(header[:3]), header
    assert header[3:] == headers[1:], (header, headers)
    assert len(body) == table.locator("tbody tr").count(), body


def check_section(page, section: str, language: str):
    check_page(page, language)
    assert page.locator(".insights-headlines .workshop-tile__number").count(), page.url
    assert not page.evaluate(WRAPPED_HEADLINES), f"headline figures over two lines on {page.url}"
    assert page.locator(".insights-tabs [aria-current=page]").get_attribute("href").endswith(f"/{section}/?period=12m")
    maps = page.locator(".insights-map svg.insights-map__map")
    if section in SECTIONS_WITH_MAP:
        assert maps.count() == 1, page.url
        assert maps.locator("path[data-governorate]").count() == GOVERNORATES, page.url
        assert page.locator(".insights-map .insights-legend__item").count() >= 2, page.url
    else:
        assert maps.count() == 0, page.url
    if section == "sales":
        chart = page.locator("#figure-sales-by-month ~ .insights-chart svg.insights-chart__chart")
        assert chart.count() == 1, page.url
        # a column per month, each a transparent slot (for its hover title) and a bar
        assert chart.locator("g > g > title").count() == MONTHS_IN_PERIOD, page.url
        assert chart.locator("g > g > rect").count() == 2 * MONTHS_IN_PERIOD, page.url
        assert page.locator(".insights-chart ~ .table-responsive th[scope=row]").count() == MONTHS_IN_PERIOD
    if language == "ar":
        # The reader chose Arabic-Indic digits: the tables' numbers, the charts' and the months' years are in them.
        numbers = [
            *page.locator(".figures-table td.text-right").all_inner_texts(),
            *page.locator(".insights-chart ~ .table-responsive th[scope=row]").all_inner_texts(),
            *page.locator("svg.insights-chart__chart text, svg.insights-map__map text").all_text_contents(),
            *page.locator(".insights-legend__item, .workshop-tile__number").all_inner_texts(),
        ]
        assert numbers and not LATIN_DIGIT.search(" ".join(numbers)), numbers
    check_table_csv(page, CSV_TABLE[section])


def test_a_registry_officer_reads_every_section_in_arabic_and_english(
    live_server,
    page_factory,
    artifacts,
    busy_marketplace,
    registry_officer,  # noqa: F811 (the fixture imported above)
):
    for language, locale in LANGUAGES.items():
        page = page_factory(locale=locale, **DESKTOP)
        # In Arabic, the reader has chosen Arabic-Indic digits (the site's digits switch, a cookie).
        sign_in(page, live_server, registry_officer, **({"hirfa_digits": "arab"} if language == "ar" else {}))
        base = f"{live_server.url}/{language}/authority/insights/"
        for section in SECTIONS:
            response = page.goto(base if section == "registry" else f"{base}{section}/")
            assert response.status == 200, page.url
            check_section(page, section, language)
            page.screenshot(path=str(artifacts / f"insights-{section}-{language}.png"), full_page=True)

        # The register, with the personal data the officer may see
        response = page.goto(f"{base}artisans/")
        assert response.status == 200
        check_page(page, language)
        register = page.locator("table.insights-register")
        assert register.locator("thead th").count() == REGISTER_COLUMNS_WITH_PERSONAL_DATA
        assert register.locator("tbody tr").count() == 5  # everyone in the registry, verified or not
        assert busy_marketplace.manager_email in register.inner_text()
        if language == "en":
            assert register.locator("thead th", has_text="Birth year").count() == 1
            assert "،" not in register.inner_text()  # the crafts are listed with the English comma
        rows = download_csv(page, page.locator("a[href*='/authority/insights/artisans.csv']"))
        assert len(rows) == 1 + 5, rows
        assert any(busy_marketplace.manager_email in cell for row in rows[1:] for cell in row), rows
        if language == "ar":
            page.screenshot(path=str(artifacts / "insights-register-ar.png"), full_page=True)

    # The sales section on a phone, in Arabic
    phone = page_factory(locale=LANGUAGES["ar"], **PHONE)
    sign_in(phone, live_server, registry_officer, hirfa_digits="arab")
    phone.goto(f"{live_server.url}/ar/authority/insights/sales/")
    check_page(phone, "ar")
    assert not phone.evaluate(WRAPPED_HEADLINES), "headline figures over two lines on a phone"
    assert phone.locator(".insights-map svg.insights-map__map path[data-governorate]").count() == GOVERNORATES
    phone.screenshot(path=str(artifacts / "insights-sales-ar-phone.png"), full_page=True)


def test_an_analyst_sees_the_register_without_personal_data(
    live_server,
    page_factory,
    artifacts,
    busy_marketplace,
    analyst,  # noqa: F811 (the fixture imported above)
):
    page = page_factory(**DESKTOP)
    sign_in(page, live_server, analyst)
    response = page.goto(f"{live_server.url}/en/authority/insights/artisans/")
    assert response.status == 200
    check_page(page, "en")
    register = page.locator("table.insights-register")
    assert register.locator("tbody tr").count() == 5
    assert register.locator("thead th").count() == REGISTER_COLUMNS
    assert register.locator("thead th", has_text="Birth year").count() == 0
    assert page.locator("a[href*='/authority/insights/artisans.csv']").count() == 0
    content = page.locator("#content_inner").inner_text()
    assert not EMAIL.search(content), EMAIL.findall(content)
    assert busy_marketplace.manager_email not in page.content()
    page.screenshot(path=str(artifacts / "insights-register-analyst-en.png"), full_page=True)
