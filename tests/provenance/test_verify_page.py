"""The public verify page, its JSON, the published keys, the QR code's address, and offline verification."""

import json
import subprocess
import sys

import pytest
from django.core.cache import cache
from django.core.management import CommandError, call_command

from provenance import services
from provenance.models import Certificate
from tests.factories import make_artisan, make_deposit, make_product

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate():
    artisan = make_artisan(name_en="Salim Al Hinai", name_ar="سالم الهنائي")
    product = make_product(artisan=artisan, title_en="Bahla incense burner", title_ar="مبخرة بهلاء",
                           design_deposit=make_deposit(owner=artisan))  # fmt: skip
    return services.certificate_issue_by_authority(product=product, user=None)


@pytest.mark.parametrize("language, verdict, title", [
    ("en", "Genuine: certified by the craft authority", "Bahla incense burner"),
    ("ar", "أصلية", "مبخرة بهلاء"),
])  # fmt: skip
def test_a_genuine_certificate_reads_as_genuine_in_the_readers_language(client, certificate, language, verdict, title):
    response = client.get(f"/{language}/verify/{certificate.token}/")
    page = response.content.decode()
    assert response.status_code == 200
    assert verdict in page and title in page
    assert f"/{language}/artisans/{certificate.artisan.registry_number}/" in page
    assert certificate.payload["design_deposit"] in page


def test_the_json_form_states_the_signature_check(client, certificate):
    answer = client.get(f"/en/verify/{certificate.token}/", HTTP_ACCEPT="application/json").json()
    assert (answer["status"], answer["signature"]) == ("genuine", "valid")
    assert answer["certificate"]["artisan"]["name_ar"] == "سالم الهنائي"
    assert answer["jws"] == certificate.jws


@pytest.mark.parametrize("alter", [
    lambda t: t[:-1],
    lambda t: t[:-1] + ("A" if t[-1] != "A" else "B"),
    lambda t: t.lower(),
    lambda t: "A" * 20,
    lambda t: t + "<script>",
    lambda t: "x" * 5000,
], ids=["truncated", "altered", "lower-case", "guessed", "hostile", "oversized"])  # fmt: skip
def test_a_guessed_truncated_or_altered_token_is_not_a_hirfa_certificate(client, certificate, alter):
    response = client.get(f"/en/verify/{alter(certificate.token)}/")
    assert response.status_code == 404
    assert "Not a Hirfa certificate" in response.content.decode()
    answer = client.get(f"/en/verify/{alter(certificate.token)}/", HTTP_ACCEPT="application/json").json()
    assert answer == {"status": "unknown", "signature": "invalid"}


def test_a_certificate_whose_signed_content_was_changed_in_the_database_is_not_genuine(client, certificate):
    header, payload, signature = certificate.jws.split(".")
    other = services.certificate_issue_by_authority(product=make_product(), user=None)
    # another certificate's genuine signature, moved onto this token: signed, but not for this token
    Certificate.objects.filter(pk=certificate.pk).update(jws=other.jws)
    assert client.get(f"/en/verify/{certificate.token}/").status_code == 404
    # a signature over other bytes
    Certificate.objects.filter(pk=certificate.pk).update(jws=f"{header}.{other.jws.split('.')[1]}.{signature}")
    assert client.get(f"/en/verify/{certificate.token}/").status_code == 404


@pytest.mark.parametrize("language, words", [
    ("en", ["Revoked certificate", "Reported as a counterfeit"]),
    ("ar", ["شهادة ملغاة", "أُبلغ عنها"]),
])  # fmt: skip
def test_a_revoked_certificate_never_reads_as_genuine(client, certificate, language, words):
    services.certificate_revoke(certificate=certificate, reason="counterfeit", user=None)
    page = client.get(f"/{language}/verify/{certificate.token}/").content.decode()
    assert all(word in page for word in words)
    assert "Genuine: certified" not in page
    answer = client.get(f"/en/verify/{certificate.token}/", HTTP_ACCEPT="application/json").json()
    assert (answer["status"], answer["revocation_reason"]) == ("revoked", "counterfeit")


def test_the_public_history_has_dates_and_never_an_owner(client, certificate):
    from tests.factories import UserFactory

    owner = UserFactory(email="owner@example.com", first_name="Maryam")
    Certificate.objects.filter(pk=certificate.pk).update(owner=owner)
    code = services.certificate_claim_link_make(certificate=certificate, user=owner)
    services.certificate_claim(token=certificate.token, code=code, user=UserFactory(email="new@example.com"))
    page = client.get(f"/en/verify/{certificate.token}/").content.decode()
    assert "Passed to a new owner" in page
    assert "owner@example.com" not in page and "new@example.com" not in page and "Maryam" not in page


def test_the_keys_are_published_without_their_private_part(client, certificate):
    keys = client.get("/.well-known/hirfa-keys.json").json()["keys"]
    assert keys[0]["kid"] == certificate.key_id
    assert {k["kty"] for k in keys} == {"OKP"} and all("d" not in k for k in keys)


def test_the_qr_codes_digital_link_leads_to_the_verify_page_in_the_readers_language(client, certificate, settings):
    giai = settings.PROVENANCE_GS1_COMPANY_PREFIX + certificate.token
    response = client.get(f"/8004/{giai}", HTTP_ACCEPT_LANGUAGE="ar")
    assert response.status_code == 302 and response["Location"] == f"/ar/verify/{certificate.token}/"
    assert client.get(f"/8004/9999999{certificate.token}", follow=True).status_code == 404


def test_scans_are_counted_without_writing_on_the_get_and_flushed_by_the_worker(client, certificate):
    cache.clear()
    for _scan in range(3):
        client.get(f"/en/verify/{certificate.token}/")
    certificate.refresh_from_db()
    assert certificate.scan_count == 0  # nothing written by the GETs
    assert services.certificate_scans_flush() == 3
    certificate.refresh_from_db()
    assert certificate.scan_count == 3
    assert services.certificate_scans_flush() == 0


def test_the_command_verifies_a_certificate_file_and_refuses_a_forged_one(certificate, tmp_path, capsys):
    good = tmp_path / "good.jws"
    good.write_text(certificate.jws)
    call_command("verify_certificate", str(good))
    assert "GENUINE" in capsys.readouterr().out
    forged = tmp_path / "forged.jws"
    forged.write_text(certificate.jws[:-4] + "AAAA")
    with pytest.raises(CommandError, match="NOT GENUINE"):
        call_command("verify_certificate", str(forged))


def test_the_offline_script_needs_only_the_public_keys(client, certificate, tmp_path):
    keys = tmp_path / "keys.json"
    keys.write_text(client.get("/.well-known/hirfa-keys.json").content.decode())
    answer = tmp_path / "answer.json"
    answer.write_text(client.get(f"/en/verify/{certificate.token}/", HTTP_ACCEPT="application/json").content.decode())
    script = "provenance/offline/verify_certificate.py"
    # run as a plain script, outside Django, with only joserfc importable beside the standard library
    run = subprocess.run([sys.executable, script, str(answer), str(keys)], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "GENUINE" in run.stdout and json.dumps("سالم الهنائي", ensure_ascii=False) in run.stdout
    tampered = tmp_path / "tampered.json"
    tampered.write_text(json.dumps({"jws": certificate.jws.replace(".", ".e30", 1)}))
    run = subprocess.run(
        [sys.executable, script, str(tampered), str(keys)], capture_output=True, text=True, check=False
    )
    assert run.returncode == 1 and "NOT GENUINE" in run.stdout


def test_anyone_reports_a_suspected_fake_with_a_photo_and_hostile_input_is_refused_in_their_language(
    client, certificate
):
    from provenance.models import FakeReport
    from tests.image_files import decompression_bomb, jpeg_with_gps, oversized_jpeg, pdf_renamed

    url = f"/ar/verify/{certificate.token}/report/"
    refused = [
        {"description": ""},
        {"description": "x" * 2001},
        {"description": "ok", "where_seen": "souq\u202eevil"},
        {"description": "ok", "email": "not-an-address"},
        {"description": "ok", "photo": _text_as_jpeg()},
        {"description": "ok", "photo": oversized_jpeg()},
        {"description": "ok", "photo": decompression_bomb()},
        {"description": "ok", "photo": pdf_renamed()},
    ]
    for data in refused:
        response = client.post(url, data)
        assert response.status_code == 400, data
        assert 'lang="ar"' in response.content.decode()
    assert not FakeReport.objects.exists()
    response = client.post(
        url, {"description": "الختم مختلف", "where_seen": "سوق مطرح", "photo": jpeg_with_gps("t.jpg")}
    )
    assert response.status_code == 302
    report = FakeReport.objects.get()
    assert report.certificate == certificate and report.language == "ar"
    from PIL import Image

    with report.photo.open("rb") as photo:
        assert not Image.open(photo).getexif().get_ifd(0x8825)  # re-encoded: no GPS block, no location


def test_a_report_from_a_tag_that_is_not_a_hirfa_certificate_is_kept_with_the_code_seen(client):
    from provenance.models import FakeReport

    assert (
        client.post("/en/verify/FAKEFAKEFAKE/report/", {"description": "Tag looks printed at home"}).status_code == 302
    )
    report = FakeReport.objects.get()
    assert report.certificate is None and report.token_seen == "FAKEFAKEFAKE"


def _text_as_jpeg():
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("fake.jpg", b"<?php echo 'not a photo'; ?>", content_type="image/jpeg")
