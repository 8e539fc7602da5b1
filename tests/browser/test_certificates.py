"""A certificate end to end in a browser: the artisan issues one for an outlet sale and prints its tag in the
workshop (Arabic, 390 px), a buyer scans the tag's QR code and lands on the verify page (genuine), the authority
revokes it, and the same scan now says revoked (English, 1366 px)."""

import io

import pytest
import zxingcpp
from django.conf import settings
from PIL import Image
from pypdf import PdfReader

from provenance import services
from provenance.models import Certificate
from tests.browser.test_portal import sign_in
from tests.factories import make_artisan, make_manager, make_product

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_tag_then_verify_then_revoked(page_factory, live_server, artifacts):
    artisan = make_artisan(name_en="Salim Al Hinai", name_ar="سالم الهنائي")
    product = make_product(artisan=artisan, title_en="Bahla incense burner", title_ar="مبخرة بهلاء", stock=3)
    manager = make_manager(artisan)

    phone = page_factory(locale="ar-OM", width=390, height=844)
    sign_in(phone, live_server, manager)
    phone.goto(f"{live_server.url}/ar/workshop/{artisan.registry_number}/certificates/")
    phone.select_option("#id_product", str(product.pk))
    phone.locator("#outlet-sale-form button[type=submit]").click()
    phone.wait_for_load_state()
    certificate = Certificate.objects.get()
    assert phone.get_attribute("html", "dir") == "rtl"
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    phone.screenshot(path=artifacts / "certificates-workshop-ar-390.png", full_page=True)

    tag_link = phone.locator(f"a[href$='/certificates/{certificate.serial}/tag.pdf?size=swing']")
    answer = phone.request.get(live_server.url + tag_link.get_attribute("href"))
    assert answer.headers["content-type"] == "application/pdf"
    images = [image for page in PdfReader(io.BytesIO(answer.body())).pages for image in page.images]
    (scanned,) = [r.text for image in images for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(image.data)))]
    assert scanned.startswith(settings.WAGTAILADMIN_BASE_URL)
    scanned_path = scanned.removeprefix(settings.WAGTAILADMIN_BASE_URL)

    phone.goto(live_server.url + scanned_path)
    assert phone.url.endswith(f"/ar/verify/{certificate.token}/")
    assert phone.locator(".certificate-check--genuine").count() == 1
    assert "مبخرة بهلاء" in phone.locator(".certificate-check").inner_text()
    phone.screenshot(path=artifacts / "certificate-genuine-ar-390.png", full_page=True)
    assert not phone.problems, phone.problems

    services.certificate_revoke(certificate=certificate, reason="counterfeit", user=None)
    desk = page_factory(locale="en-GB", width=1366, height=900)
    desk.goto(live_server.url + scanned_path)
    assert desk.url.endswith(f"/en/verify/{certificate.token}/")
    assert desk.locator(".certificate-check--revoked").count() == 1
    assert desk.locator(".certificate-check--genuine").count() == 0
    desk.screenshot(path=artifacts / "certificate-revoked-en-1366.png", full_page=True)
    assert not desk.problems, desk.problems


def test_the_verify_page_and_the_report_form_on_a_phone_in_both_languages(page_factory, live_server, artifacts):
    certificate = services.certificate_issue_by_authority(
        product=make_product(title_en="Bahla incense burner", title_ar="مبخرة بهلاء"), user=None
    )
    for language, locale in (("en", "en-GB"), ("ar", "ar-OM")):
        phone = page_factory(locale=locale, width=390, height=844)
        phone.goto(f"{live_server.url}/{language}/verify/{certificate.token}/")
        assert phone.locator(".certificate-check--genuine").count() == 1
        assert phone.evaluate("document.documentElement.scrollWidth") <= 390
        phone.screenshot(path=artifacts / f"certificate-genuine-{language}-390.png", full_page=True)
        # a report with nothing said is refused, in the page's language, and what was typed is kept
        phone.locator(".certificate-check__report a").click()
        phone.fill("#id_where_seen", "Mutrah souq")
        phone.locator("#fake-report-form button[type=submit]").click()
        phone.wait_for_load_state()
        assert phone.input_value("#id_where_seen") == "Mutrah souq"
        assert phone.locator(
            "#fake-report-form .invalid-feedback, #fake-report-form .error-block, #fake-report-form [role=alert]"
        ).count()
        assert phone.evaluate("document.documentElement.scrollWidth") <= 390
        phone.screenshot(path=artifacts / f"certificate-report-refused-{language}-390.png", full_page=True)
        # the refused form is answered 400, which the console reports; nothing else may be there
        assert [p for p in phone.problems if "status of 400" not in p] == [], phone.problems
