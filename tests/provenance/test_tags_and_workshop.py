"""Tags printed from the workshop: a PDF in both languages whose QR code leads to the certificate; only the
artisan's own managers reach them."""

import io

import pytest
import zxingcpp
from django.test import Client
from PIL import Image
from pypdf import PdfReader

from provenance import services
from provenance.models import Certificate
from provenance.tags import certificate_tag_pdf
from tests.factories import UserFactory, make_artisan, make_manager, make_product

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate():
    artisan = make_artisan(name_en="Salim Al Hinai", name_ar="سالم الهنائي")
    product = make_product(artisan=artisan, title_en="Bahla incense burner", title_ar="مبخرة بهلاء")
    return services.certificate_issue_by_authority(product=product, user=None)


def qr_codes_in(pdf: bytes) -> list[str]:
    found = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for image in page.images:
            found += [result.text for result in zxingcpp.read_barcodes(Image.open(io.BytesIO(image.data)))]
    return found


@pytest.mark.parametrize("size, millimetres", [("swing", (55, 90)), ("a6", (105, 148))])
def test_a_tag_carries_the_piece_in_both_languages_and_a_qr_code_to_its_certificate(
    certificate, size, millimetres, settings, client
):
    pdf = certificate_tag_pdf([certificate], size=size)
    reader = PdfReader(io.BytesIO(pdf))
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == millimetres
    text = reader.pages[0].extract_text()
    assert "Bahla incense burner" in text and certificate.artisan.registry_number in text
    # the QR code is the GS1 Digital Link address under the site's domain, and it leads to the verify page
    (address,) = qr_codes_in(pdf)
    assert (
        address == f"{settings.WAGTAILADMIN_BASE_URL}/8004/{settings.PROVENANCE_GS1_COMPANY_PREFIX}{certificate.token}"
    )
    landing = client.get(address.removeprefix(settings.WAGTAILADMIN_BASE_URL), HTTP_ACCEPT_LANGUAGE="ar", follow=True)
    assert landing.status_code == 200 and "أصلية" in landing.content.decode()


def test_an_artisan_prints_their_tags_from_the_workshop(certificate):
    client = Client()
    client.force_login(make_manager(certificate.artisan))
    page = client.get(f"/ar/workshop/{certificate.artisan.registry_number}/certificates/")
    assert page.status_code == 200 and "مبخرة بهلاء" in page.content.decode()
    tag = client.get(f"/ar/workshop/{certificate.artisan.registry_number}/certificates/{certificate.serial}/tag.pdf")
    assert tag["Content-Type"] == "application/pdf" and qr_codes_in(tag.content)


def test_an_outlet_sale_from_the_workshop_issues_a_certificate_and_refuses_a_piece_not_theirs():
    artisan = make_artisan()
    mine, theirs = make_product(artisan=artisan, stock=2), make_product(artisan=make_artisan(), stock=2)
    client = Client()
    client.force_login(make_manager(artisan))
    url = f"/en/workshop/{artisan.registry_number}/certificates/"
    assert client.post(url, {"product": theirs.pk}).status_code == 200  # not offered, so refused by the form
    assert client.post(url, {"product": "<script>"}).status_code == 200
    assert not Certificate.objects.exists()
    assert client.post(url, {"product": mine.pk}).status_code == 302
    assert Certificate.objects.get().product == mine
    assert mine.stockrecords.get().num_in_stock == 1


@pytest.mark.parametrize("who", ["another-artisan", "buyer", "guest"])
@pytest.mark.parametrize("path", ["certificates/", "certificates/{serial}/tag.pdf"])
def test_nobody_else_reaches_an_artisans_certificates_or_tags(certificate, who, path):
    client = Client()
    if who == "another-artisan":
        client.force_login(make_manager(make_artisan()))
    elif who == "buyer":
        client.force_login(UserFactory())
    url = f"/en/workshop/{certificate.artisan.registry_number}/" + path.format(serial=certificate.serial)
    response = client.get(url)
    assert response.status_code in (404, 302)
    if who != "guest":
        assert response.status_code == 404
    else:
        assert "/login/" in response["Location"]
