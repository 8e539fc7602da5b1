"""Approximate prices for buyers abroad, from the authority's rate table; the charge stays in rials."""

from datetime import date
from decimal import Decimal

import pytest
from django.utils import translation

from payments.models import ExchangeRate
from payments.selectors import approximate_price
from tests.factories import make_product

pytestmark = pytest.mark.django_db


def test_a_rial_price_in_dollars_uses_the_peg():
    assert approximate_price(Decimal("12.340"), "USD") == (Decimal("32.09"), date(2026, 11, 20))
    assert approximate_price(Decimal("12.340"), "XYZ") is None


def test_a_buyer_who_chooses_pounds_sees_them_next_to_the_rial_price(client_en):
    piece = make_product(price="12.340")
    with translation.override("en"):
        url = piece.get_absolute_url()
    response = client_en.post("/preferences/currency/", {"currency": "GBP", "next": url})
    assert response.status_code == 302 and response["Location"] == url
    html = client_en.get(url).content.decode()
    assert "OMR 12.340" in html and "≈ £24.43" in html and "you are charged in Omani rials" in html


def test_an_updated_rate_shows_its_date(client_en):
    from django.core.cache import cache

    piece = make_product(price="10.000")
    with translation.override("en"):
        url = piece.get_absolute_url()
    ExchangeRate.objects.filter(currency="EUR").update(per_rial=Decimal("2.5"), as_of=date(2026, 11, 23))
    cache.clear()
    client_en.post("/preferences/currency/", {"currency": "EUR", "next": "/"})
    html = client_en.get(url).content.decode()
    assert "€25.00" in html and "23/11/2026" in html  # the day first, as the reader writes it


@pytest.mark.parametrize("currency", ["", "XYZ", "<script>", "USD" * 100])
def test_no_or_an_unknown_currency_shows_rials_only(client_en, currency):
    piece = make_product(price="12.340")
    client_en.post("/preferences/currency/", {"currency": currency, "next": "https://evil.example/"})
    with translation.override("en"):
        html = client_en.get(piece.get_absolute_url()).content.decode()
    assert "price-approx" not in html


def test_the_preference_never_redirects_elsewhere(client_en):
    response = client_en.post("/preferences/currency/", {"currency": "USD", "next": "https://evil.example/"})
    assert response["Location"] == "/"


def test_arabic_pages_show_the_approximation_in_arabic(client_ar):
    piece = make_product(price="12.340")
    client_ar.post("/preferences/currency/", {"currency": "AED", "next": "/"})
    with translation.override("ar"):
        html = client_ar.get(piece.get_absolute_url()).content.decode()
    assert "price-approx" in html and "د.إ." in html
