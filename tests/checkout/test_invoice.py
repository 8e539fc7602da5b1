"""The invoice: VAT to the baisa at home, zero-rated abroad, only for the buyer and the authority's staff who may see
orders."""

from decimal import Decimal

import pytest
from django.test import Client

from checkout.invoices import invoice_for
from payments.models import Payment
from payments.roles import ORDER_DESK_GROUP
from tests.factories import UserFactory, make_staff
from tests.payments.test_checkout import place

pytestmark = pytest.mark.django_db


def paid(buyer, *products, country="OM"):
    for product in products:
        buyer.add(product)
    buyer.fill_checkout(country=country)
    buyer.place_order()
    payment = Payment.objects.get()
    buyer.pay(payment)
    buyer.come_back(payment)
    return payment.order


def test_a_domestic_invoice_shows_the_vat_to_the_baisa(buyer, two_artisans_products):
    order = paid(buyer, *two_artisans_products)
    invoice = invoice_for(order)
    assert [(line.net, line.vat, line.gross) for line in invoice.lines] == [
        (Decimal("11.752"), Decimal("0.588"), Decimal("12.340")),
        (Decimal("7.143"), Decimal("0.357"), Decimal("7.500")),
    ]
    # Domestic shipping (1.500 for each of the two artisans) contains VAT too.
    assert (invoice.shipping_net, invoice.shipping_vat, invoice.shipping) == (
        Decimal("2.857"),
        Decimal("0.143"),
        Decimal("3.000"),
    )
    assert (invoice.net, invoice.vat) == (Decimal("21.752"), Decimal("1.088"))
    assert invoice.net + invoice.vat == invoice.total == Decimal("22.840")
    html = buyer.client.get(f"/en/shop/checkout/invoice/{order.number}/").content.decode()
    assert "OMR 0.588" in html and "OMR 0.143" in html and "OMR 1.088" in html and "OMR 22.840" in html
    assert f"/en/shop/checkout/invoice/{order.number}/pdf/" in html


def test_an_export_invoice_is_zero_rated(buyer, two_artisans_products):
    order = paid(buyer, two_artisans_products[0], country="GB")
    invoice = invoice_for(order)
    assert invoice.vat == invoice.shipping_vat == 0 and invoice.is_export
    assert invoice.net == invoice.total and invoice.shipping_net == invoice.shipping
    html = buyer.client.get(f"/ar/shop/checkout/invoice/{order.number}/").content.decode()
    assert 'dir="rtl"' in html and "معفاة" in html


def test_nobody_else_sees_the_invoice(buyer, two_artisans_products):
    order = paid(buyer, two_artisans_products[0])
    assert Client().get(f"/en/shop/checkout/invoice/{order.number}/").status_code == 404
    stranger = Client()
    stranger.force_login(UserFactory())
    assert stranger.get(f"/en/shop/checkout/invoice/{order.number}/").status_code == 404
    # Being staff is not enough: only staff who may see orders
    staff = Client()
    staff.force_login(UserFactory(is_staff=True))
    assert staff.get(f"/en/shop/checkout/invoice/{order.number}/").status_code == 404
    order_desk = Client()
    order_desk.force_login(make_staff(ORDER_DESK_GROUP))
    assert order_desk.get(f"/en/shop/checkout/invoice/{order.number}/").status_code == 200


def test_an_unpaid_order_has_no_invoice(buyer, two_artisans_products):
    place(buyer, two_artisans_products[0])
    number = Payment.objects.get().order.number
    assert buyer.client.get(f"/en/shop/checkout/invoice/{number}/").status_code == 404
