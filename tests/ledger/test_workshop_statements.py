"""Statements in the workshop: an artisan's managers see what they were paid, settlement by settlement, and what is
owed but not yet settled; each statement opens in the reader's language and downloads as CSV, for its owner only."""

import csv
import io
from datetime import timedelta
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from ledger.services import ledger_add_correction, payout_account_save, settlement_run
from tests.downloads import download
from tests.factories import make_artisan, make_manager

pytestmark = pytest.mark.django_db

# Measured (12, for 1 statement and for 12 alike): the session and user (2), the artisan (1), the statements and
# their count (2), the unsettled balance (1), whether bank details are on file (1), and what the site's layout reads
# for any signed-in page (basket, notifications, workshop link: 5).
LIST_QUERIES = 12


def url(name: str, artisan, language: str = "en", **kwargs) -> str:
    with translation.override(language):
        return reverse(f"ledger:{name}", kwargs={"registry_number": artisan.registry_number, **kwargs})


def statement_url(statement, artisan=None, language: str = "en", name: str = "workshop-statement") -> str:
    return url(name, artisan or statement.artisan, language, statement_pk=statement.pk)


_keys = iter(range(10**6))


def settle(reference: str, *owed, after: int = 1):
    """A settlement run closing these (artisan, amount) entries, `after` seconds from now."""
    for artisan, amount in owed:
        ledger_add_correction(artisan=artisan, amount=Decimal(amount), memo="Sales", key=f"t{next(_keys)}")
    return settlement_run(period_end=timezone.now() + timedelta(seconds=after), reference=reference)


@pytest.fixture
def aisha():
    return make_artisan(registry_number="TS-DAK-00401", name_en="Aisha", name_ar="عائشة")


@pytest.fixture
def salim():
    return make_artisan(registry_number="TS-SHS-00402", name_en="Salim", name_ar="سالم", wilayat_slug="sur")


@pytest.fixture
def signed_in(aisha) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(make_manager(aisha))
    return client


@pytest.fixture
def aisha_statement(aisha):
    settlement = settle("S-2025-01", (aisha, "11.106"))
    return settlement.statements.get(artisan=aisha)


@pytest.fixture
def salim_statement(salim):
    settlement = settle("S-2025-07", (salim, "6.750"))
    return settlement.statements.get(artisan=salim)


# --- Who may see them --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["workshop-statement", "workshop-statement-csv"])
def test_anonymous_visitors_are_asked_to_sign_in_for_a_statement(client, aisha_statement, name):
    response = client.get(statement_url(aisha_statement, name=name))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_anonymous_visitors_are_asked_to_sign_in_for_the_list(client, aisha):
    response = client.get(url("workshop-statements", aisha))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_another_artisans_statements_list_is_not_found_and_shows_nothing_of_theirs(signed_in, salim, salim_statement):
    response = signed_in.get(url("workshop-statements", salim))

    assert response.status_code == 404
    assert "S-2025-07" not in response.content.decode()


@pytest.mark.parametrize("name", ["workshop-statement", "workshop-statement-csv"])
def test_another_artisans_statement_under_ones_own_registry_number_is_not_found(
    signed_in, aisha, aisha_statement, salim_statement, name
):
    response = signed_in.get(statement_url(salim_statement, artisan=aisha, name=name))

    assert response.status_code == 404
    assert b"6.750" not in response.content and b"S-2025-07" not in response.content


@pytest.mark.parametrize("name", ["workshop-statement", "workshop-statement-csv"])
def test_another_artisans_statement_under_their_registry_number_is_not_found(signed_in, salim_statement, name):
    response = signed_in.get(statement_url(salim_statement, name=name))

    assert response.status_code == 404
    assert b"6.750" not in response.content


# --- The list ----------------------------------------------------------------------------------------------------


def test_the_list_shows_the_statements_newest_first_with_reference_and_total(signed_in, aisha):
    settle("S-2025-01", (aisha, "11.106"), after=1)
    settle("S-2025-02", (aisha, "4.250"), after=2)

    page = signed_in.get(url("workshop-statements", aisha)).content.decode()

    assert page.index("S-2025-02") < page.index("S-2025-01")
    assert "OMR 4.250" in page and "OMR 11.106" in page


def test_the_list_shows_what_is_owed_and_not_yet_settled(signed_in, aisha, aisha_statement):
    ledger_add_correction(artisan=aisha, amount=Decimal("2.345"), memo="Sale after the run", key="later")

    response = signed_in.get(url("workshop-statements", aisha))

    assert response.context["unsettled"] == Decimal("2.345")
    assert "OMR 2.345" in response.content.decode()


def test_the_list_asks_for_bank_details_when_none_are_on_file(signed_in, aisha):
    page = signed_in.get(url("workshop-statements", aisha)).content.decode()

    assert url("workshop-bank", aisha) in page
    assert "We do not have your bank account yet" in page


def test_the_list_does_not_ask_for_bank_details_already_on_file(signed_in, aisha):
    payout_account_save(
        artisan=aisha, actor=None, account_holder="Aisha", bank="Bank Muscat", iban="OM810180000001299123456"
    )

    page = signed_in.get(url("workshop-statements", aisha)).content.decode()

    assert "We do not have your bank account yet" not in page


def test_the_list_reads_a_bounded_number_of_queries(signed_in, aisha, salim, django_assert_max_num_queries):
    for month in range(1, 13):
        settle(f"S-2025-{month:02d}", (aisha, "1.000"), (salim, "2.000"), after=month)
    signed_in.get(url("workshop-statements", aisha))  # the session's first read

    with django_assert_max_num_queries(LIST_QUERIES):
        response = signed_in.get(url("workshop-statements", aisha))

    assert response.status_code == 200
    assert len(response.context["statements"]) == 12


# --- One statement -----------------------------------------------------------------------------------------------


def test_a_statement_opens_in_english_for_an_english_reader(signed_in, aisha_statement):
    response = signed_in.get(statement_url(aisha_statement, language="en"))

    page = response.content.decode()
    assert response.status_code == 200 and response["Content-Type"].startswith("text/html")
    assert '<html lang="en" dir="ltr">' in page
    assert "Settlement statement S-2025-01" in page and "OMR 11.106" in page


def test_a_statement_opens_in_arabic_for_an_arabic_reader(signed_in, aisha_statement):
    response = signed_in.get(statement_url(aisha_statement, language="ar"))

    page = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl">' in page
    assert "S-2025-01" in page and "عائشة" in page


def test_a_statement_downloads_as_csv(signed_in, aisha_statement):
    csv_file = download(signed_in, statement_url(aisha_statement, name="workshop-statement-csv"))

    assert csv_file.content_type.startswith("text/csv")
    assert csv_file.disposition == 'attachment; filename="S-2025-01-TS-DAK-00401.csv"'
    rows = list(csv.reader(io.StringIO(csv_file.content.decode("utf-8-sig"))))
    assert rows[0] == ["date", "order", "kind", "memo", "amount_omr"]
    assert rows[1][2:] == ["correction", "Sales", "11.106"]
    assert rows[-1] == ["", "", "total", "", "11.106"]
