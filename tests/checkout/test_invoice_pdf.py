"""The invoice as a PDF: the same amounts as the HTML invoice, in the page's language, for the same readers."""

import io
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.test import Client
from django.utils import timezone, translation
from pypdf import PdfReader

from checkout.invoice_pdf import invoice_pdf
from checkout.invoices import Invoice, InvoiceLine, invoice_for
from payments.models import Payment
from payments.roles import FINANCE_GROUP
from tests.checkout.test_invoice import paid
from tests.downloads import download
from tests.factories import UserFactory, make_staff
from tests.payments.test_checkout import place

pytestmark = pytest.mark.django_db


def pdf_url(number, language="en"):
    return f"/{language}/shop/checkout/invoice/{number}/pdf/"


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_a_domestic_pdf_invoice_shows_the_vat_to_the_baisa(buyer, two_artisans_products):
    order = paid(buyer, *two_artisans_products)
    pdf = download(buyer.client, pdf_url(order.number)).content
    assert pdf.startswith(b"%PDF")
    text = text_of(pdf)
    assert order.number in text
    # The first piece's VAT, the shipping's VAT and the total, formatted as the HTML invoice formats them.
    assert "OMR 0.588" in text and "OMR 0.143" in text and "OMR 22.840" in text
    assert "Prices include 5% Omani VAT" in text and "Paid by card in Omani rials (OMR)." in text


def test_the_pdf_invoice_is_a_download_named_for_the_order(buyer, two_artisans_products):
    order = paid(buyer, two_artisans_products[0])
    pdf = download(buyer.client, pdf_url(order.number))
    assert pdf.content_type == "application/pdf"
    assert pdf.disposition == f'attachment; filename="hirfa-invoice-{order.number}.pdf"'


def test_the_pdf_invoice_is_made_once_and_kept_as_issued(buyer, two_artisans_products):
    order = paid(buyer, two_artisans_products[0])
    first = download(buyer.client, pdf_url(order.number))
    order.lines.update(title="Changed after the invoice was issued")

    again = download(buyer.client, pdf_url(order.number))

    assert again.content == first.content
    assert "Changed after" not in text_of(again.content)


def test_an_arabic_pdf_invoice_of_an_export_is_zero_rated(buyer, two_artisans_products):
    order = paid(buyer, *two_artisans_products, country="GB")
    invoice = invoice_for(order)
    text = text_of(download(buyer.client, pdf_url(order.number, "ar")).content)
    assert order.number in text
    for amount in [line.gross for line in invoice.lines] + [invoice.shipping, invoice.total]:
        assert str(amount) in text
    assert "معفاة" in text and "فاتورة" in text and "OMR" not in text.replace("(OMR)", "")


def test_nobody_else_gets_the_pdf_invoice(buyer, two_artisans_products):
    order = paid(buyer, two_artisans_products[0])
    assert Client().get(pdf_url(order.number)).status_code == 404
    stranger = Client()
    stranger.force_login(UserFactory())
    assert stranger.get(pdf_url(order.number)).status_code == 404
    staff = Client()
    staff.force_login(UserFactory(is_staff=True))
    assert staff.get(pdf_url(order.number)).status_code == 404
    finance = Client()
    finance.force_login(make_staff(FINANCE_GROUP))
    assert download(finance, pdf_url(order.number)).content.startswith(b"%PDF")


def test_an_unpaid_order_has_no_pdf_invoice(buyer, two_artisans_products):
    place(buyer, two_artisans_products[0])
    number = Payment.objects.get().order.number
    assert buyer.client.get(pdf_url(number)).status_code == 404


def test_a_piece_titled_in_arabic_keeps_its_reference_on_an_english_pdf():
    address = SimpleNamespace(active_address_fields=lambda: ["مريم البلوشية", "Muscat", "Oman"])
    order = SimpleNamespace(number="100777", date_placed=timezone.now(), shipping_address=address)
    amounts = (Decimal("12.340"), Decimal("11.752"), Decimal("0.588"))
    invoice = Invoice(
        order=order,
        lines=[InvoiceLine("جحلة", "JAR-7", 1, *amounts), InvoiceLine("Clay water jar", "JAR-8", 1, *amounts)],
        shipping=Decimal("0.000"),
        shipping_net=Decimal("0.000"),
        shipping_vat=Decimal("0.000"),
        is_export=False,
        vat_percent=Decimal("5"),
    )
    with translation.override("en"):
        text = text_of(invoice_pdf(invoice))
    # Arabic runs use the fallback font; the Latin text after them must still be drawn in the right font.
    assert "JAR-7" in text and "Muscat" in text and "Clay water jar" in text and "OMR 24.680" in text
