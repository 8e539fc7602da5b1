"""Joining an artisan who already has managers: the names and wilayat on the public artisan page prove nothing, so a
new manager needs the agreement of one of the current managers (who are e-mailed, and answer in their workshop), or a
call to the phone number in the registry that a reviewer records. The managers are told when someone asks and when
someone is added. Every step is in the audit trail."""

from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone, translation

from artisans.models import SellerApplication
from artisans.services import (
    ApplicationRefused,
    seller_application_answer,
    seller_application_approve,
    seller_application_record_call,
    seller_application_submit,
)
from audit.models import AuditEvent
from tests.factories import UserFactory, make_manager

from .conftest import url

pytestmark = pytest.mark.django_db


def apply_as(user, artisan, phone: str = "9988 7766") -> SellerApplication:
    """A request made with only what the public artisan page shows: the registry number, the names, the wilayat."""
    return seller_application_submit(
        user=user,
        registry_number=artisan.registry_number,
        seller_type=artisan.seller_type,
        name_ar=artisan.name_ar,
        name_en=artisan.name_en,
        governorate=artisan.governorate,
        wilayat=artisan.wilayat,
        phone=phone,
    )


@pytest.fixture
def stranger():
    return UserFactory(email="stranger@example.com")


@pytest.fixture
def stranger_request(salim, salim_manager, stranger, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        application = apply_as(stranger, salim)
    return application


def is_manager(artisan, user) -> bool:
    return artisan.partner.users.filter(pk=user.pk).exists()


# --- The review's finding, as it was reproduced ---------------------------------------------------------------------


def test_public_information_alone_no_longer_makes_a_second_manager(
    stranger_request, salim, stranger, reviewer_client, django_capture_on_commit_callbacks
):
    # Given a request whose names and wilayat all match the registry (they are on the public artisan page)
    with translation.override("en"):
        review = reviewer_client.get(url("authority:application", pk=stranger_request.pk)).content.decode()
    assert review.count("✓ matches") == 3
    assert "Anyone can copy them: they prove nothing about who sent the request." in review

    # When the reviewer approves it
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = reviewer_client.post(url("authority:application", pk=stranger_request.pk), {"decision": "approve"})

    # Then it is refused, saying what is missing; the request still waits and nobody was told anything
    assert response.status_code == 200
    assert "One of them must agree in their workshop" in response.content.decode()
    stranger_request.refresh_from_db()
    assert stranger_request.status == SellerApplication.Status.PENDING
    assert not is_manager(salim, stranger)
    assert mail.outbox == []


def test_the_current_managers_are_emailed_in_both_languages_when_someone_asks(stranger_request, salim_manager):
    [message] = mail.outbox
    assert message.to == [salim_manager.email]
    assert "stranger@example.com" in message.body and "9988 7766" in message.body
    assert message.body.index("/ar/workshop/") < message.body.index("/en/workshop/")  # Arabic first
    with translation.override("ar"):
        assert message.subject.index("يطلب") < message.subject.index("asks")


def test_a_request_for_an_artisan_nobody_manages_emails_nobody(salim, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        apply_as(UserFactory(), salim)
    assert mail.outbox == []


# --- The managers' agreement, in their workshop --------------------------------------------------------------------


def test_the_managers_see_the_request_in_their_workshop(stranger_request, salim, salim_manager):
    client = Client()
    client.force_login(salim_manager)

    dashboard = client.get(url("artisans:workshop-dashboard", registry_number=salim.registry_number)).content.decode()
    page = client.get(url("artisans:workshop-managers", registry_number=salim.registry_number)).content.decode()

    assert url("artisans:workshop-managers", registry_number=salim.registry_number) in dashboard
    assert "stranger@example.com" in page and "9988 7766" in page
    assert (
        url(
            "artisans:workshop-request-answer",
            registry_number=salim.registry_number,
            application_pk=stranger_request.pk,
        )
        in page
    )


def test_a_manager_agrees_then_the_reviewer_approves_and_every_manager_is_told(
    stranger_request, salim, salim_manager, stranger, reviewer, django_capture_on_commit_callbacks
):
    second = make_manager(salim)
    client = Client()
    client.force_login(salim_manager)
    answer = url(
        "artisans:workshop-request-answer", registry_number=salim.registry_number, application_pk=stranger_request.pk
    )

    assert client.post(answer, {"answer": "accept"}).status_code == 302
    stranger_request.refresh_from_db()
    assert stranger_request.status == SellerApplication.Status.PENDING  # the authority still decides
    assert stranger_request.managers_answer == SellerApplication.ManagersAnswer.ACCEPTED
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        seller_application_approve(application=stranger_request, reviewer=reviewer)

    assert is_manager(salim, stranger)
    added = [m for m in mail.outbox if "added" in m.subject]
    assert sorted(address for m in added for address in m.to) == sorted([salim_manager.email, second.email])
    assert "stranger@example.com" in added[0].body and salim_manager.email in added[0].body
    assert added[0].body.index("/ar/workshop/") < added[0].body.index("/en/workshop/")
    actions = list(AuditEvent.objects.filter(target_id=str(stranger_request.pk)).values_list("action", flat=True))
    assert {"verification.requested", "verification.managers_accepted", "verification.approved"} <= set(actions)


def test_a_manager_refuses_and_the_applicant_is_told_why(
    stranger_request, salim, salim_manager, stranger, django_capture_on_commit_callbacks
):
    client = Client()
    client.force_login(salim_manager)
    answer = url(
        "artisans:workshop-request-answer", registry_number=salim.registry_number, application_pk=stranger_request.pk
    )
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(answer, {"answer": "refuse"}).status_code == 302

    stranger_request.refresh_from_db()
    assert stranger_request.status == SellerApplication.Status.REJECTED
    assert stranger_request.rejection_reason == SellerApplication.RejectionReason.MANAGERS_REFUSED
    assert not is_manager(salim, stranger)
    [message] = mail.outbox
    assert message.to == ["stranger@example.com"]
    assert AuditEvent.objects.filter(action="verification.managers_refused", actor=salim_manager).exists()


def test_the_request_waits_until_someone_answers(stranger_request, reviewer):
    with pytest.raises(ApplicationRefused):
        seller_application_approve(application=stranger_request, reviewer=reviewer)
    stranger_request.refresh_from_db()
    assert stranger_request.status == SellerApplication.Status.PENDING and stranger_request.managers_answer == ""


def test_only_a_current_manager_of_that_artisan_may_answer(stranger_request, aisha_manager, stranger, aisha, salim):
    for who in (aisha_manager, stranger):
        with pytest.raises(ApplicationRefused):
            seller_application_answer(application=stranger_request, manager=who, accept=True)
    # through the workshop, another artisan's manager does not even find the request
    client = Client()
    client.force_login(aisha_manager)
    for number in (aisha.registry_number, salim.registry_number):
        answer = url("artisans:workshop-request-answer", registry_number=number, application_pk=stranger_request.pk)
        assert client.post(answer, {"answer": "accept"}).status_code == 404
    stranger_request.refresh_from_db()
    assert stranger_request.managers_answer == ""


def test_an_agreement_from_someone_no_longer_a_manager_does_not_count(stranger_request, salim, salim_manager, reviewer):
    seller_application_answer(application=stranger_request, manager=salim_manager, accept=True)
    salim.partner.users.remove(salim_manager)
    make_manager(salim)  # someone else manages it now

    with pytest.raises(ApplicationRefused):
        seller_application_approve(application=stranger_request, reviewer=reviewer)


def test_a_suspended_workshops_managers_cannot_let_anyone_in(stranger_request, salim, salim_manager):
    type(salim).objects.filter(pk=salim.pk).update(verification="suspended")
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(salim_manager)
    answer = url(
        "artisans:workshop-request-answer", registry_number=salim.registry_number, application_pk=stranger_request.pk
    )

    response = client.post(answer, {"answer": "accept"})

    assert response.status_code == 403 and "suspended" in response.content.decode()
    stranger_request.refresh_from_db()
    assert stranger_request.managers_answer == ""


# --- A call to the phone number in the registry, recorded by the reviewer ------------------------------------------


def call_post(**overrides) -> dict:
    data = {
        "number": "2441 0000",
        "made_by": "Muna Al Balushi",
        "made_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
        "outcome": "confirmed",
        "note": "Salim confirmed that his son sent the request.",
    }
    data.update(overrides)
    return data


def test_a_recorded_call_that_confirms_the_request_lets_the_reviewer_approve(
    stranger_request, salim, stranger, reviewer, reviewer_client
):
    response = reviewer_client.post(url("authority:application-call", pk=stranger_request.pk), call_post())

    assert response.status_code == 302
    stranger_request.refresh_from_db()
    assert (stranger_request.call_made_by, stranger_request.call_number) == ("Muna Al Balushi", "2441 0000")
    assert stranger_request.call_recorded_by == reviewer
    event = AuditEvent.objects.get(action="verification.call_recorded")
    assert event.actor == reviewer and event.after["call_outcome"] == "confirmed"
    assert (
        reviewer_client.post(url("authority:application", pk=stranger_request.pk), {"decision": "approve"}).status_code
        == 302
    )
    assert is_manager(salim, stranger)


@pytest.mark.parametrize("outcome", ["denied", "no_answer"])
def test_a_call_that_did_not_confirm_the_request_does_not_let_it_through(stranger_request, reviewer, outcome):
    seller_application_record_call(
        application=stranger_request,
        reviewer=reviewer,
        number="2441 0000",
        made_by="Muna",
        made_at=timezone.now(),
        outcome=outcome,
    )
    with pytest.raises(ApplicationRefused):
        seller_application_approve(application=stranger_request, reviewer=reviewer)


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"number": "call me"}, "Write the phone number with digits only"),
        ({"number": "9" * 30}, "at most 20 characters"),
        ({"made_by": ""}, "This field is required."),
        ({"made_by": "Muna\x00"}, "Null characters are not allowed"),
        ({"made_by": "Muna\x1b[31m"}, "characters that cannot be shown"),
        ({"made_by": "M" * 151}, "at most 150 characters"),
        ({"made_at": "yesterday"}, "Enter a valid date/time."),
        ({"made_at": (timezone.localtime() + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")}, "cannot be in the future"),
        ({"made_at": "2020-01-01T10:00"}, "before the request was sent"),
        ({"outcome": "probably"}, "Select a valid choice"),
        ({"note": "x" * 2001}, "at most 2000 characters"),
    ],
)
def test_a_bad_call_record_is_refused_with_a_reason_and_changes_nothing(
    stranger_request, reviewer_client, overrides, message
):
    with translation.override("en"):
        response = reviewer_client.post(
            url("authority:application-call", pk=stranger_request.pk), call_post(**overrides)
        )

    assert response.status_code == 200
    assert message in response.content.decode()
    stranger_request.refresh_from_db()
    assert stranger_request.call_outcome == ""
    assert not AuditEvent.objects.filter(action="verification.call_recorded").exists()


def test_only_a_reviewer_records_a_call(stranger_request, salim_manager, stranger):
    for user in (salim_manager, stranger):
        client = Client()
        client.force_login(user)
        assert client.post(url("authority:application-call", pk=stranger_request.pk), call_post()).status_code == 403
    assert Client().post(url("authority:application-call", pk=stranger_request.pk), call_post()).status_code == 302
    stranger_request.refresh_from_db()
    assert stranger_request.call_outcome == ""


def test_the_review_page_offers_the_call_and_the_numbers_on_file(
    salim, salim_manager, stranger, reviewer, reviewer_client
):
    # Salim's first manager joined with this number; the stranger gives another
    first = apply_as(UserFactory(), salim, phone="2441 0000")
    SellerApplication.objects.filter(pk=first.pk).update(status="approved", decided_at=timezone.now())
    application = apply_as(stranger, salim)

    with translation.override("en"):
        page = reviewer_client.get(url("authority:application", pk=application.pk)).content.decode()

    assert "2441 0000" in page
    assert url("authority:application-call", pk=application.pk) in page
    assert "Call the phone number in the registry, not the one in the request" in page


def test_the_applicant_is_told_the_managers_are_asked(stranger_request, stranger):
    client = Client()
    client.force_login(stranger)
    with translation.override("en"):
        page = client.get(url("artisans:workshop")).content.decode()
    assert "This workshop already has managers on Hirfa: they have been asked to agree." in page


def test_the_managers_page_reads_a_bounded_number_of_queries(salim, salim_manager, django_assert_max_num_queries):
    for _ in range(5):
        make_manager(salim)
        apply_as(UserFactory(), salim)
    client = Client()
    client.force_login(salim_manager)

    # A first request: it includes the menu's and footer's links (up to 4 queries while their caches are cold: 21-22
    # measured, 18 before them)
    with django_assert_max_num_queries(22):
        page = client.get(url("artisans:workshop-managers", registry_number=salim.registry_number))

    assert page.content.decode().count('value="accept"') == 5


def test_a_request_from_an_account_not_yet_active_is_neither_emailed_nor_shown_to_the_managers(
    salim, salim_manager, django_capture_on_commit_callbacks
):
    inactive = UserFactory(is_active=False)
    with django_capture_on_commit_callbacks(execute=True):
        apply_as(inactive, salim)

    assert mail.outbox == []
    client = Client()
    client.force_login(salim_manager)
    page = client.get(url("artisans:workshop-managers", registry_number=salim.registry_number)).content.decode()
    assert 'value="accept"' not in page


def test_a_request_made_with_a_new_account_reaches_the_managers_when_the_account_is_activated(
    salim, salim_manager, django_capture_on_commit_callbacks
):
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    from marketplace.registration import account_activate, activation_tokens

    # Given a request to manage Salim's workshop made with an account not yet activated
    newcomer = UserFactory(email="newcomer@example.com", is_active=False)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        apply_as(newcomer, salim)
    assert salim_manager.email not in {address for message in mail.outbox for address in message.to}
    # When the newcomer activates the account from the link in their e-mail
    with django_capture_on_commit_callbacks(execute=True):
        account_activate(
            uidb64=urlsafe_base64_encode(force_bytes(newcomer.pk)),
            token=activation_tokens.make_token(newcomer),
            password="a-long-test-password-1",
        )
    # Then Salim's manager is told that someone asks to manage the workshop
    told = [message for message in mail.outbox if salim_manager.email in message.to]
    assert len(told) == 1 and "someone asks to manage your workshop" in told[0].subject
