"""VAT: prices include 5% at home, exports are zero-rated; every amount exact, every charge a 10-baisa step."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from oscar.core.loading import get_model

from checkout.invoices import invoice_for
from checkout.tax import is_export, unit_price, vat_breakdown
from marketplace.money import format_omr, is_charge_step, to_minor_units
from payments.models import Payment

Order = get_model("order", "Order")

listing_prices = st.integers(min_value=1, max_value=10_000_000).map(lambda steps: Decimal(steps) * Decimal("0.010"))


@given(listing_prices)
def test_a_domestic_price_keeps_the_consumer_price_and_splits_out_whole_steps(price):
    unit = unit_price(price, export=False)
    assert unit.incl_tax == price
    assert is_charge_step(unit.excl_tax) and is_charge_step(unit.tax)
    assert abs(unit.excl_tax * Decimal("1.05") - price) <= Decimal("0.0105")


@given(listing_prices)
def test_an_export_price_drops_the_vat_and_can_be_charged(price):
    unit = unit_price(price, export=True)
    assert unit.tax == 0 and unit.incl_tax == unit.excl_tax
    to_minor_units(unit.incl_tax)  # raises if a card could not be charged this amount
    assert abs(unit.incl_tax - price / Decimal("1.05")) <= Decimal("0.005")


@given(st.integers(min_value=0, max_value=10**10).map(lambda b: Decimal(b) / 1000))
def test_the_invoice_breakdown_is_exact_to_the_baisa(gross):
    breakdown = vat_breakdown(gross)
    assert breakdown.net + breakdown.vat == gross
    assert breakdown.vat == breakdown.vat.quantize(Decimal("0.001"))
    assert abs(breakdown.vat - gross * 5 / 105) <= Decimal("0.0005")


def test_known_amounts():
    assert vat_breakdown(Decimal("12.340")) == type(vat_breakdown(Decimal(0)))(
        net=Decimal("11.752"), vat=Decimal("0.588"), gross=Decimal("12.340")
    )
    assert unit_price(Decimal("12.340"), export=True).incl_tax == Decimal("11.750")
    assert unit_price(Decimal("10.500"), export=False).excl_tax == Decimal("10.000")


@pytest.mark.parametrize("country, export", [("OM", False), ("om", False), (None, False), ("GB", True), ("AE", True)])
def test_what_is_an_export(country, export):
    assert is_export(country) is export


@pytest.mark.django_db
def test_an_export_order_drops_the_vat_and_says_so(buyer, two_artisans_products):
    jar, water_jar = two_artisans_products  # 12.340 + 7.500, VAT included
    buyer.add(jar)
    buyer.add(water_jar)
    preview = buyer.fill_checkout(country="GB")
    assert "exports are zero-rated" in preview.content.decode()
    buyer.place_order()
    order = Order.objects.get()
    # 12.340 / 1.05 = 11.752 -> 11.750; 7.500 / 1.05 = 7.142 -> 7.140; 22.000 to ship 1.6 kg abroad
    assert order.total_incl_tax == order.total_excl_tax == Decimal("40.89")
    assert order.shipping_incl_tax == Decimal("22.00") and "International" in order.shipping_method
    assert Payment.objects.get().amount == Decimal("40.890")


@pytest.mark.django_db
def test_a_domestic_order_records_the_vat_it_includes(buyer, two_artisans_products):
    buyer.add(two_artisans_products[0])
    preview = buyer.fill_checkout(country="OM").content.decode()
    buyer.place_order()
    order = Order.objects.get()
    # The preview announces the VAT the invoice then splits out: the piece's 0.588 and the delivery's.
    invoice = invoice_for(order)
    assert invoice.vat > Decimal("0.588")
    assert f"Prices include 5% Omani VAT ({format_omr(invoice.vat)} in this order)" in preview
    line = order.lines.get()
    assert (line.unit_price_incl_tax, line.unit_price_excl_tax) == (Decimal("12.34"), Decimal("11.75"))
    assert order.shipping_method.startswith("Oman") and order.shipping_incl_tax == Decimal("1.50")
    assert Payment.objects.get().amount == Decimal("13.840")


@pytest.mark.django_db
def test_the_arabic_preview_explains_the_export(stripe_settings, localstripe_url, two_artisans_products):
    from django.test import Client

    from tests.payments.conftest import Buyer

    buyer = Buyer(Client(HTTP_ACCEPT_LANGUAGE="ar"), "ar", localstripe_url)
    buyer.add(two_artisans_products[0])
    html = buyer.fill_checkout(country="GB").content.decode()
    assert '<html lang="ar" dir="rtl"' in html and "معفاة" in html
