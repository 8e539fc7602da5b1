"""The public figures page: the registry in numbers, in both languages, counted in the database, with no one named."""

import csv
import io
import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from artisans.models import Artisan, DesignDeposit, Governorate
from catalogue.selectors import browsable_products, crafts
from insights.selectors import FIGURES_CACHE_KEY, compute_registry_figures, forget_registry_figures, registry_figures
from insights.templatetags.figures import figure, figure_bar, percent, share
from marketplace.display import activate_digit_style, deactivate_digit_style
from tests.factories import make_artisan, make_deposit, make_product

pytestmark = pytest.mark.django_db

VERIFIED = Artisan.Verification.VERIFIED
# Five aggregate queries compute the figures (the page itself runs no other today); a little room is left for the
# site's header and footer, which other pages share.
PAGE_QUERY_BOUND = 10  # 8 before the menu's and footer's links, which cost 2 while their cache is cold


def url(name: str, language: str) -> str:
    with translation.override(language):
        return reverse(name)


def html_root(response) -> str:
    return re.search(r"<html[^>]*>", response.content.decode()).group(0)


@pytest.fixture
def registry():
    """Four verified entries (three artisans, one outlet) in three governorates, and two that buyers cannot see."""
    potter = make_artisan(
        name_en="Aisha Al Hinai",
        name_ar="عائشة الهنائية",
        birth_year=1937,
        wilayat_slug="nizwa",
        crafts=("pottery", "palm_frond"),
        gender=Artisan.Gender.FEMALE,
        full_time=True,
    )
    bahla_potter = make_artisan(wilayat_slug="bahla", crafts=("pottery",), gender=Artisan.Gender.MALE)
    incense_maker = make_artisan(
        wilayat_slug="salalah", crafts=("incense_cosmetics",), gender=Artisan.Gender.FEMALE, full_time=True
    )
    outlet = make_artisan(
        name_en="Muttrah Artisan House",
        name_ar="بيت الحرفي بمطرح",
        wilayat_slug="mutrah",
        crafts=("silverwork", "khanjars"),
        seller_type=Artisan.SellerType.OUTLET,
        gender="",
    )
    pending = make_artisan(
        name_en="Zayid Al Kumzari",
        name_ar="زايد الكمزاري",
        wilayat_slug="khasab",
        crafts=("pottery",),
        gender=Artisan.Gender.MALE,
        full_time=True,
        verification=Artisan.Verification.PENDING,
    )
    make_artisan(wilayat_slug="sohar", crafts=("woodwork",), verification=Artisan.Verification.REJECTED, full_time=True)
    make_product(artisan=potter)
    make_product(artisan=potter, craft_code="palm_frond", materials=("palm_frond",))
    make_product(artisan=potter, is_public=False)
    make_product(artisan=incense_maker, materials=("frankincense",))
    make_product(artisan=pending)  # public, but its maker is not verified: not on sale
    make_deposit(owner=potter)
    make_deposit()  # the authority's
    return {"potter": potter, "bahla_potter": bahla_potter, "outlet": outlet, "pending": pending}


def test_each_figure_equals_a_direct_count_of_the_verified_registry(registry):
    # Given the registry above
    verified = Artisan.objects.filter(verification=VERIFIED)
    individuals = verified.filter(seller_type=Artisan.SellerType.ARTISAN)

    # When the figures are computed
    figures = compute_registry_figures()

    # Then each equals a direct count that leaves out the artisans the authority has not verified
    assert figures.total == verified.count() == 4
    assert figures.artisans == individuals.count() == 3
    assert figures.outlets == verified.filter(seller_type=Artisan.SellerType.OUTLET).count() == 1
    assert figures.women == individuals.filter(gender=Artisan.Gender.FEMALE).count() == 2
    assert figures.men == individuals.filter(gender=Artisan.Gender.MALE).count() == 1
    assert figures.gender_not_recorded == 0
    assert figures.full_time == individuals.filter(full_time=True).count() == 2
    assert figures.not_full_time == 1
    assert figures.pieces_on_sale == browsable_products().count() == 3
    assert figures.registered_designs == DesignDeposit.objects.count() == 2

    by_governorate = {row.code: row.count for row in figures.by_governorate}
    assert by_governorate == {g.slug: verified.filter(governorate=g).count() for g in Governorate.objects.all()}
    assert len(figures.by_governorate) == 11
    assert by_governorate["ad_dakhiliyah"] == 2
    assert by_governorate["dhofar"] == 1
    assert by_governorate["muscat"] == 1
    assert by_governorate["musandam"] == 0  # only the pending artisan works there
    assert figures.governorates_with_artisans == 3

    by_craft = {row.code: row.count for row in figures.by_craft}
    assert by_craft == {c.code: verified.filter(crafts=c).count() for c in crafts()}
    assert by_craft["pottery"] == 2
    assert by_craft["palm_frond"] == 1
    assert by_craft["woodwork"] == 0  # only the rejected artisan
    # An artisan with several crafts counts once in each: the crafts add up to more than the artisans.
    assert sum(by_craft.values()) == 6 > figures.total


def test_governorates_and_crafts_come_most_artisans_first_with_names_in_both_languages(registry):
    figures = compute_registry_figures()

    counts = [row.count for row in figures.by_governorate]
    assert counts == sorted(counts, reverse=True)
    assert [row.count for row in figures.by_craft] == sorted((row.count for row in figures.by_craft), reverse=True)
    dakhiliyah = figures.by_governorate[0]
    assert (dakhiliyah.code, dakhiliyah.name_en, dakhiliyah.name_ar) == ("ad_dakhiliyah", "Ad Dakhiliyah", "الداخلية")
    with translation.override("ar"):
        assert str(dakhiliyah.name) == "الداخلية"
    with translation.override("en"):
        assert str(dakhiliyah.name) == "Ad Dakhiliyah"


def test_an_empty_registry_gives_zeros_not_errors(client):
    figures = compute_registry_figures()
    assert (figures.total, figures.pieces_on_sale, figures.governorates_with_artisans) == (0, 0, 0)
    assert len(figures.by_governorate) == 11
    assert all(row.count == 0 for row in figures.by_governorate)

    response = client.get(url("insights:figures", "en"))
    assert response.status_code == 200
    assert "–" in response.content.decode()  # shares of nothing


@pytest.mark.parametrize(("language", "direction"), [("ar", "rtl"), ("en", "ltr")])
def test_the_page_is_public_in_both_languages_with_the_right_direction(client, registry, language, direction):
    # Given a visitor who is not signed in
    # When they open the figures page in either language
    response = client.get(url("insights:figures", language))

    # Then it is there, in that language and direction
    assert response.status_code == 200
    assert html_root(response) == f'<html lang="{language}" dir="{direction}" class="no-js">'
    page = response.content.decode()
    with translation.override(language):
        assert str(Governorate.objects.get(slug="dhofar").name) in page
        assert str(crafts().get(code="pottery").localized_name) in page
    assert url("insights:figures-csv", language) in page
    assert "<time datetime=" in page


def test_the_page_shows_the_figures(client_en, registry):
    page = client_en.get(url("insights:figures", "en")).content.decode()
    tiles = re.findall(r'<span class="workshop-tile__number">([^<]*)</span>', page)
    assert tiles == ["4", "3", "3", "2"]  # artisans and outlets, governorates, pieces on sale, designs
    dakhiliyah = re.search(r"<th scope=\"row\">Ad Dakhiliyah</th>\s*<td[^>]*>(\d+)</td>\s*<td[^>]*>([^<]*)</td>", page)
    assert dakhiliyah.groups() == ("2", "50%")
    assert "One artisan may practise several crafts" in page
    assert "updated every few minutes" in page


def test_no_one_is_named_on_the_page_or_in_the_csv(client, registry):
    # Given artisans with names, birth years and registry numbers
    people = [registry["potter"], registry["bahla_potter"], registry["outlet"], registry["pending"]]
    for language in ("ar", "en"):
        # When anyone reads the figures
        page = client.get(url("insights:figures", language)).content.decode()
        table = client.get(url("insights:figures-csv", language)).content.decode()
        # Then none of them is named or otherwise identified
        for text in (page, table):
            for person in people:
                for detail in (person.name_en, person.name_ar, person.registry_number):
                    assert detail not in text
            assert "1937" not in text


def test_the_page_runs_no_inline_style_or_script_of_its_own(client_ar, registry):
    page = client_ar.get(url("insights:figures", "ar")).content.decode()
    assert "style=" not in page
    assert len(re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", page)) == len(re.findall(r"<script nonce=", page))


def test_only_safe_methods_are_allowed(client):
    assert client.post(url("insights:figures", "en")).status_code == 405
    assert client.post(url("insights:figures-csv", "en")).status_code == 405


def build_registry(size: int) -> None:
    wilayats = ["nizwa", "salalah", "sohar", "sur", "khasab", "mutrah"]
    craft_sets = [("pottery",), ("silverwork", "khanjars"), ("palm_frond", "pottery", "woodwork")]
    for i in range(size):
        artisan = make_artisan(
            wilayat_slug=wilayats[i % len(wilayats)],
            crafts=craft_sets[i % len(craft_sets)],
            gender=Artisan.Gender.FEMALE if i % 2 else Artisan.Gender.MALE,
            full_time=bool(i % 3),
        )
        if i % 10 == 0:
            make_product(artisan=artisan, craft_code=craft_sets[i % len(craft_sets)][0])


def page_queries(language: str = "en") -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        response = Client().get(url("insights:figures", language))
    assert response.status_code == 200
    return [query["sql"] for query in queries.captured_queries]


@pytest.mark.parametrize("size", [3, 30])
def test_the_page_runs_a_bounded_number_of_queries_whatever_the_registry_size(django_assert_max_num_queries, size):
    # Given a registry of 3 or 30 artisans
    build_registry(size)
    forget_registry_figures()

    # When the page is computed afresh, then it stays within the same bound
    with django_assert_max_num_queries(PAGE_QUERY_BOUND):
        assert Client().get(url("insights:figures", "ar")).status_code == 200


def test_query_count_does_not_grow_with_the_registry_and_the_cached_page_runs_five_fewer():
    build_registry(3)
    page_queries()  # what every page caches for itself (the footer's countries, ...) is warm from here on
    forget_registry_figures()
    small_fresh = page_queries()
    small_cached = page_queries()

    build_registry(27)
    forget_registry_figures()
    large_fresh = page_queries()
    large_cached = page_queries()

    assert len(small_fresh) == len(large_fresh)
    assert len(small_cached) == len(large_cached) == len(small_fresh) - 5


def test_a_visit_writes_nothing_to_the_database(registry):
    forget_registry_figures()
    for sql in page_queries("ar") + page_queries("en"):
        assert not sql.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE", "REPLACE")), sql


def test_the_figures_are_cached_for_a_few_minutes_for_both_languages(client, registry):
    # Given figures computed once (by an Arabic visit)
    assert client.get(url("insights:figures", "ar")).status_code == 200
    assert registry_figures().total == 4

    # When an artisan is verified meanwhile
    make_artisan(wilayat_slug="sur", crafts=("pottery",))

    # Then both languages still show the cached figures, with no aggregate query
    with CaptureQueriesContext(connection) as queries:
        english = client.get(url("insights:figures", "en")).content.decode()
    assert not any("COUNT(" in query["sql"].upper() for query in queries.captured_queries)
    assert '<span class="workshop-tile__number">4</span>' in english

    # And once the cached figures expire (here: are dropped) the new artisan is counted
    forget_registry_figures()
    assert '<span class="workshop-tile__number">5</span>' in client.get(url("insights:figures", "en")).content.decode()


def test_a_cache_that_fails_only_costs_the_queries(registry, monkeypatch):
    from django.core.cache import cache

    def broken(*args, **kwargs):
        raise ConnectionError("cache away")

    monkeypatch.setattr(cache, "get", broken)
    monkeypatch.setattr(cache, "set", broken)
    assert registry_figures().total == 4


def test_the_cache_key_carries_a_version():
    assert re.search(r":v\d+$", FIGURES_CACHE_KEY)


def read_csv(response) -> list[list[str]]:
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def test_the_csv_holds_the_same_tables(client, registry):
    # When anyone downloads the figures
    response = client.get(url("insights:figures-csv", "en"))

    # Then they get a CSV file of the page's tables
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert re.match(
        r'attachment; filename="hirfa-registry-figures-\d{4}-\d\d-\d\d-\d{4}\.csv"', response["Content-Disposition"]
    )
    rows = read_csv(response)
    assert rows[0] == ["Table", "Code", "Name in Arabic", "Name in English", "Count", "Out of", "Share (percent)"]
    by_code = {(row[0], row[1]): row[2:] for row in rows[1:]}
    assert by_code[("Headline figures", "artisans_and_outlets")][2] == "4"
    assert by_code[("Headline figures", "governorates_with_artisans")][2:] == ["3", "11", "27.3"]
    assert by_code[("Headline figures", "pieces_on_sale")][2] == "3"
    assert by_code[("Headline figures", "registered_designs")][2] == "2"
    assert by_code[("Artisans and outlets by governorate", "ad_dakhiliyah")] == [
        "الداخلية",
        "Ad Dakhiliyah",
        "2",
        "4",
        "50.0",
    ]
    assert by_code[("Artisans and outlets by governorate", "al_wusta")][2:] == ["0", "4", "0.0"]
    assert by_code[("Artisans and outlets by craft", "pottery")] == ["الفخار", "Pottery", "2", "4", "50.0"]
    assert by_code[("Artisans and outlets", "outlets")][2:] == ["1", "4", "25.0"]
    assert by_code[("Women and men", "women")][2:] == ["2", "3", "66.7"]
    assert by_code[("Women and men", "not_recorded")][2:] == ["0", "3", "0.0"]
    assert by_code[("Working time", "full_time")][2:] == ["2", "3", "66.7"]
    assert sum(1 for row in rows if row[0] == "Artisans and outlets by governorate") == 11
    assert sum(1 for row in rows if row[0] == "Artisans and outlets by craft") == crafts().count()


def test_the_arabic_csv_keeps_the_codes_and_numbers(client, registry):
    rows = read_csv(client.get(url("insights:figures-csv", "ar")))
    codes = {row[1]: row[4] for row in rows[1:]}
    assert codes["artisans_and_outlets"] == "4"
    assert codes["ad_dakhiliyah"] == "2"
    assert codes["pottery"] == "2"


def test_numbers_follow_the_readers_language_and_digits():
    with translation.override("en"):
        assert figure(12345) == "12,345"
        assert share(1, 3) == "33.3%"
        assert share(1, 0) == "–"
    with translation.override("ar"):
        assert figure(12345) == "12,345"
        token = activate_digit_style("arab")
        try:
            assert figure(12345) == "١٢٬٣٤٥"
            assert share(1, 2) == "٥٠٪؜"
            assert percent(Decimal("0.5830")) == "٥٨٫٣٪؜"
        finally:
            deactivate_digit_style(token)


def test_the_arabic_page_uses_the_digits_the_reader_chose(registry):
    browser = Client()
    browser.cookies["hirfa_digits"] = "arab"
    page = browser.get(url("insights:figures", "ar")).content.decode()
    assert '<span class="workshop-tile__number">٤</span>' in page


def test_bars_grow_from_the_start_of_the_line_in_either_direction():
    with translation.override("en"):
        assert '<rect x="0" y="2" width="25.0"' in figure_bar(1, 4)
    with translation.override("ar"):
        assert '<rect x="75.0" y="2" width="25.0"' in figure_bar(1, 4)
        assert '<rect x="100" y="2" width="0"' in figure_bar(0, 0)
