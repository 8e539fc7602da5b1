"""An artisan joins with their registry number; the authority checks it against the registry and approves or
rejects it with a reason; only verified artisans list; a buyer's account cannot reach the portal."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.utils import translation

from artisans.models import Artisan, SellerApplication
from artisans.services import seller_application_approve, seller_application_reject
from audit.models import AuditEvent
from tests.factories import UserFactory, craft, make_artisan, wilayat

from .conftest import new_listing_post, url

User = get_user_model()
pytestmark = pytest.mark.django_db


def join_post(**overrides) -> dict:
    place = wilayat("bahla")
    data = {
        "account-email": "fatma@example.com",
        "account-password1": "clay-and-fire-2026",
        "account-password2": "clay-and-fire-2026",
        "registry-registry_number": "dak-2017-04321",
        "registry-seller_type": "artisan",
        "registry-name_ar": "فاطمة بنت سالم",
        "registry-name_en": "",
        "registry-governorate": place.governorate_id,
        "registry-wilayat": place.pk,
        "registry-crafts": [craft("pottery").pk],
        "registry-phone": "9123 4567",
    }
    data.update(overrides)
    return data


def join_and_activate(client, capture_on_commit) -> None:
    """Join without an account, then open the activation link the e-mail brings (marketplace/registration.py)."""
    with capture_on_commit(execute=True):
        response = client.post(url("artisans:workshop-join", "ar"), join_post())
    assert response.status_code == 302 and response["Location"] == url("account-check-inbox", "ar")
    link = re.search(r"https://[^/\s]+(/ar/shop/accounts/activate/\S+/)", mail.outbox[-1].body).group(1)
    assert client.post(link, {"password": "clay-and-fire-2026"}).status_code == 302
    mail.outbox.clear()


def test_someone_new_joins_with_their_registry_number_and_waits_for_verification(
    client, django_capture_on_commit_callbacks
):
    join_and_activate(client, django_capture_on_commit_callbacks)

    application = SellerApplication.objects.get()
    assert application.registry_number == "DAK-2017-04321"
    assert application.status == SellerApplication.Status.PENDING
    assert application.user.email == "fatma@example.com"
    home = client.get(url("artisans:workshop", "ar"), follow=True)
    assert home.status_code == 200
    assert "DAK-2017-04321" in home.content.decode()
    assert AuditEvent.objects.filter(action="verification.requested").count() == 1


def test_a_request_reaches_the_authority_only_once_its_account_is_activated(client, django_capture_on_commit_callbacks):
    from artisans.selectors import applications_to_verify

    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("artisans:workshop-join", "ar"), join_post())
    assert SellerApplication.objects.count() == 1
    assert not applications_to_verify().exists()

    link = re.search(r"https://[^/\s]+(/ar/shop/accounts/activate/\S+/)", mail.outbox[-1].body).group(1)
    client.post(link, {"password": "clay-and-fire-2026"})

    assert [application.registry_number for application in applications_to_verify()] == ["DAK-2017-04321"]


def test_a_signed_in_buyer_joins_without_a_second_account(client):
    buyer = UserFactory()
    client.force_login(buyer)
    data = {k: v for k, v in join_post().items() if not k.startswith("account-")}

    assert client.post(url("artisans:workshop-join"), data).status_code == 302
    assert SellerApplication.objects.get().user == buyer


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"registry-registry_number": "<script>"}, "Use the capital letters, digits and dashes on your card."),
        ({"registry-registry_number": "A" * 40}, "at most 32 characters"),
        ({"registry-wilayat": "999999"}, "Select a valid choice"),
        ({"registry-name_ar": "", "registry-name_en": ""}, "Write your name in Arabic or in English."),
        ({"registry-name_ar": "فاطمة\x00"}, "Null characters are not allowed"),
        ({"registry-phone": "call me"}, "Write the phone number with digits only"),
        ({"account-password2": "something-else-2026"}, "fields didn"),
        ({"account-email": "not-an-email"}, "Enter a valid email address."),
    ],
)
def test_bad_join_input_is_refused_with_a_reason_and_nothing_is_created(client, overrides, message):
    with translation.override("en"):
        response = client.post(url("artisans:workshop-join"), join_post(**overrides))

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not SellerApplication.objects.exists()
    assert not User.objects.filter(email="fatma@example.com").exists()


def test_a_wilayat_of_another_governorate_is_refused(client):
    data = join_post(**{"registry-wilayat": wilayat("sur").pk})
    response = client.post(url("artisans:workshop-join"), data)
    assert response.status_code == 200
    assert not SellerApplication.objects.exists()


def test_a_second_request_while_one_waits_is_refused(client, django_capture_on_commit_callbacks):
    join_and_activate(client, django_capture_on_commit_callbacks)
    data = {k: v for k, v in join_post().items() if not k.startswith("account-")}
    response = client.post(url("artisans:workshop-join"), data)
    assert response.status_code == 302  # back to the status page
    assert SellerApplication.objects.count() == 1


def test_a_buyer_cannot_reach_the_portal(client):
    client.force_login(UserFactory())
    response = client.get(url("artisans:workshop"))
    assert response.status_code == 403
    assert url("artisans:workshop-join") in response.content.decode()


# --- The authority's verification ------------------------------------------------------------------------------


@pytest.fixture
def applied(client, django_capture_on_commit_callbacks):
    join_and_activate(client, django_capture_on_commit_callbacks)
    return SellerApplication.objects.get()


def test_the_authority_sees_the_request_beside_the_registry_record(applied, reviewer_client):
    make_artisan(
        registry_number="DAK-2017-04321",
        name_ar="فاطمة بنت سالم",
        name_en="",
        verification=Artisan.Verification.PENDING,
    )
    with translation.override("en"):
        page = reviewer_client.get(url("authority:application", pk=applied.pk)).content.decode()
    assert "matches" in page
    assert "fatma@example.com" in page


def test_approving_links_the_account_to_the_registry_record_and_verifies_it(
    applied, reviewer_client, client, django_capture_on_commit_callbacks
):
    record = make_artisan(
        registry_number="DAK-2017-04321",
        name_ar="فاطمة بنت سالم",
        name_en="",
        verification=Artisan.Verification.PENDING,
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = reviewer_client.post(url("authority:application", pk=applied.pk), {"decision": "approve"})

    assert response.status_code == 302
    record.refresh_from_db()
    assert record.is_verified and record.partner.users.filter(pk=applied.user_id).exists()
    assert client.get(url("artisans:workshop")).status_code == 302  # to the artisan's dashboard
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["fatma@example.com"]
    assert "verified" in message.subject
    assert message.body.index("/ar/workshop/") < message.body.index("/en/workshop/")  # Arabic first
    event = AuditEvent.objects.get(action="verification.approved")
    assert (event.before["verification"], event.after["verification"]) == ("pending", "verified")


def test_approving_a_number_not_yet_in_the_registry_adds_the_artisan(applied, reviewer):
    artisan = seller_application_approve(application=applied, reviewer=reviewer)
    assert artisan.registry_number == "DAK-2017-04321"
    assert artisan.is_verified and artisan.name_ar == "فاطمة بنت سالم"
    assert list(artisan.crafts.values_list("code", flat=True)) == ["pottery"]


def test_a_rejected_applicant_reads_the_reason_in_arabic_and_can_send_again(
    applied, reviewer, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        seller_application_reject(
            application=applied,
            reviewer=reviewer,
            reason=SellerApplication.RejectionReason.DETAILS_DIFFER,
            note_ar="الاسم في السجل فاطمة بنت سعيد.",
            note_en="The registry has Fatma bint Said.",
        )

    page = client.get(url("artisans:workshop", "ar")).content.decode()
    assert "الاسم في السجل فاطمة بنت سعيد." in page
    with translation.override("ar"):
        assert str(SellerApplication.RejectionReason.DETAILS_DIFFER.label) in page
    body = mail.outbox[0].body
    assert "الاسم في السجل فاطمة بنت سعيد." in body and "The registry has Fatma bint Said." in body
    again = client.get(url("artisans:workshop-join")).content.decode()
    assert "DAK-2017-04321" in again  # the form starts from the request, to correct


def test_an_unverified_artisan_cannot_list_a_piece(client):
    pending = make_artisan(verification=Artisan.Verification.PENDING)
    manager = UserFactory()
    pending.partner.users.add(manager)
    client.force_login(manager)

    new = url("artisans:workshop-product-new", registry_number=pending.registry_number)
    assert client.get(new).status_code == 403
    assert client.post(new, new_listing_post()).status_code == 403
    assert not pending.products.exists()


def test_the_join_form_needs_its_csrf_token():
    client = Client(enforce_csrf_checks=True)
    assert client.post(url("artisans:workshop-join"), join_post()).status_code == 403
