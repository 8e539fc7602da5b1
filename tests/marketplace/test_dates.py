"""Dates as an Omani reader writes them, in both languages: the day first, the month by name where there is room
(7 December 2026, 7 ديسمبر 2026), else dd/mm/yyyy, never the American month-first 12/07/2026."""

from datetime import date

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from tests.factories import make_deposit

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "language, written",
    [("en", "7 December 2026"), ("ar", "7 ديسمبر 2026")],
)
def test_a_deposit_page_writes_its_date_day_first_with_the_months_name(language, written):
    deposit = make_deposit(deposited_on=date(2026, 12, 7))
    html = Client().get(f"/{language}/designs/{deposit.number}/").content.decode()
    assert written in BeautifulSoup(html, "html.parser").select_one("main").get_text(" ")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_deposits_table_writes_a_date_the_same_way(language):
    make_deposit(deposited_on=date(2026, 3, 4))
    text = BeautifulSoup(Client().get(f"/{language}/designs/").content, "html.parser").select_one("main").get_text(" ")
    assert ("4 March 2026" if language == "en" else "4 مارس 2026") in text
    assert "03/04/2026" not in text and "March 4, 2026" not in text
