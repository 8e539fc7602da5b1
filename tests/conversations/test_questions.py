"""Asking the artisan: a guest's question waits for their address to be confirmed (and, holding a link, for the
authority); the artisan answers in the workshop and the buyer gets it by e-mail and on their pages; neither side
sees the other's e-mail address or phone number."""

import re

import pytest
from django.core import mail
from django.test import Client

from conversations.models import Conversation, Message
from conversations.services import conversation_reply, guest_read_token, question_ask, question_confirm

from .conftest import BUYER_EMAIL, signed_in, url

pytestmark = pytest.mark.django_db

GUEST_EMAIL = "guest.secret@example.com"


@pytest.fixture(autouse=True)
def _on_commit(django_capture_on_commit_callbacks):
    """E-mails leave once the transaction commits: `sent()` runs what a request or a service left for then."""
    global sent
    sent = lambda: django_capture_on_commit_callbacks(execute=True)  # noqa: E731


def ask_as_guest(jar, body="Is the clay from Bahla?", language="en", **extra) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    data = {"first_name": "Huda", "country": "AE", "email": GUEST_EMAIL, "body": body, **extra}
    with sent():
        response = client.post(url("conversations:ask", language, product_pk=jar.pk), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return client


def confirm_link(message) -> str:
    return re.search(r"https?://[^/\s]+(/\S+/ask-the-maker/confirm/\S+/)", message.body).group(1)


def test_a_guests_question_waits_for_the_address_to_be_confirmed(
    jar, salim_manager, django_capture_on_commit_callbacks
):
    # Given a guest who asks about Salim's jar
    client = ask_as_guest(jar)

    # Then only the guest is written to, with a link; Salim's inbox shows nothing yet
    assert [m.to for m in mail.outbox] == [[GUEST_EMAIL]]
    conversation = Conversation.objects.get()
    assert conversation.status == Conversation.Status.UNCONFIRMED
    inbox = signed_in(salim_manager).get(
        url("conversations:workshop-inbox", registry_number=jar.artisan.registry_number)
    )
    assert "Huda" not in inbox.content.decode()

    # When the link is opened, nothing changes (mail scanners open links)
    link = confirm_link(mail.outbox[0])
    assert client.get(link).status_code == 200
    conversation.refresh_from_db()
    assert conversation.status == Conversation.Status.UNCONFIRMED

    # When the guest presses the button
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(link)

    # Then the question reaches Salim, who is told by e-mail without the guest's address
    conversation.refresh_from_db()
    assert conversation.status == Conversation.Status.OPEN and conversation.opened_at
    assert response.status_code == 302 and "/ask-the-maker/guest/" in response["Location"]
    notice = mail.outbox[-1]
    assert notice.to == ["salim.manager@example.com"]
    assert "Is the clay from Bahla?" in notice.body and GUEST_EMAIL not in notice.body
    inbox = signed_in(salim_manager).get(
        url("conversations:workshop-inbox", registry_number=jar.artisan.registry_number)
    )
    assert "Huda" in inbox.content.decode()


def test_a_forged_or_expired_confirmation_link_confirms_nothing(jar, settings):
    ask_as_guest(jar)
    client = Client()
    assert client.post(url("conversations:confirm", token="1:forged")).status_code == 404
    assert Conversation.objects.get().status == Conversation.Status.UNCONFIRMED


def test_a_link_in_a_guests_first_message_is_held_for_the_authority(jar, salim_manager, reviewer):
    # Given a guest whose first message holds a link, confirmed
    client = ask_as_guest(jar, body="Can you copy this? https://example.com/pattern.jpg")
    with sent():
        client.post(confirm_link(mail.outbox[0]))
    conversation = Conversation.objects.get()

    # Then it is held: not in Salim's inbox, and the guest is told why
    assert conversation.status == Conversation.Status.HELD
    number = jar.artisan.registry_number
    assert (
        signed_in(salim_manager)
        .get(url("conversations:workshop-conversation", registry_number=number, pk=conversation.pk))
        .status_code
        == 404
    )
    guest_page = Client().get(url("conversations:guest", token=guest_read_token(conversation)))
    assert "the craft authority reads it" in guest_page.content.decode()

    # When the authority releases it, it reaches Salim
    authority = signed_in(reviewer)
    assert (
        "example.com/pattern"
        in authority.get(url("conversations:authority-conversation", pk=conversation.pk)).content.decode()
    )
    authority.post(url("conversations:authority-conversation", pk=conversation.pk), {"decision": "release"})
    conversation.refresh_from_db()
    assert conversation.status == Conversation.Status.OPEN
    assert (
        signed_in(salim_manager)
        .get(url("conversations:workshop-conversation", registry_number=number, pk=conversation.pk))
        .status_code
        == 200
    )


def test_the_authority_can_refuse_a_held_question(jar, reviewer):
    client = ask_as_guest(jar, body="Cheaper at www.example.com")
    client.post(confirm_link(mail.outbox[0]))
    conversation = Conversation.objects.get()
    signed_in(reviewer).post(url("conversations:authority-conversation", pk=conversation.pk), {"decision": "refuse"})
    conversation.refresh_from_db()
    assert conversation.status == Conversation.Status.REFUSED and conversation.opened_at is None


def test_an_accounts_question_reaches_the_artisan_at_once(
    jar, buyer, salim_manager, django_capture_on_commit_callbacks
):
    client = signed_in(buyer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url("conversations:ask", product_pk=jar.pk),
            {"first_name": "Maryam", "country": "OM", "body": "Is the silver hallmarked?"},
        )
    conversation = Conversation.objects.get()
    assert response["Location"] == url("conversations:mine", pk=conversation.pk)
    assert conversation.status == Conversation.Status.OPEN and conversation.buyer == buyer
    assert mail.outbox[-1].to == ["salim.manager@example.com"] and BUYER_EMAIL not in mail.outbox[-1].body


def test_the_question_keeps_the_language_it_was_written_in(jar, buyer):
    signed_in(buyer, "en").post(
        url("conversations:ask", "en", product_pk=jar.pk), {"first_name": "مريم", "body": "هل يمكنك نقش اسم على الجرة؟"}
    )
    assert Conversation.objects.get().language == "ar"


def test_contact_details_are_masked_with_a_note_on_both_sides(jar, buyer, salim_manager):
    # Given a buyer who types their WhatsApp number and e-mail into the question
    signed_in(buyer).post(
        url("conversations:ask", product_pk=jar.pk),
        {"first_name": "Maryam", "body": "WhatsApp me on +968 9123 4567 or maryam@gmail.com"},
    )
    conversation = Conversation.objects.get()
    # Then they are never stored
    message = Message.objects.get()
    assert "9123" not in message.body and "gmail" not in message.body and message.masked

    # And the artisan reads the question with a note saying why, in Arabic
    page = signed_in(salim_manager, "ar").get(
        url(
            "conversations:workshop-conversation", "ar", registry_number=jar.artisan.registry_number, pk=conversation.pk
        )
    )
    body = page.content.decode()
    assert "WhatsApp me on [•••]" in body and "9123" not in body
    assert "أخفينا" in body or "أُخفيت" in body


def test_an_artisan_sees_the_buyers_first_name_and_country_only(conversation, salim_manager, jar):
    page = signed_in(salim_manager).get(
        url("conversations:workshop-conversation", registry_number=jar.artisan.registry_number, pk=conversation.pk)
    )
    body = page.content.decode()
    assert "Maryam" in body and "Oman" in body
    assert "Al Balushi" not in body and BUYER_EMAIL not in body and "maryam.private" not in body


def test_the_artisans_answer_reaches_the_buyer_by_email_and_in_their_account(
    conversation, salim_manager, buyer, jar, django_capture_on_commit_callbacks
):
    # When Salim answers from the workshop
    client = signed_in(salim_manager, "ar")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url(
                "conversations:workshop-conversation",
                "ar",
                registry_number=jar.artisan.registry_number,
                pk=conversation.pk,
            ),
            {"body": "Yes, any name, in Arabic or English."},
        )
    assert response.status_code == 302

    # Then Maryam gets it by e-mail, in English (the language she wrote in), with no address of Salim's
    answer = mail.outbox[-1]
    assert answer.to == [BUYER_EMAIL] and "Salim answered your question" in answer.subject
    assert "Yes, any name" in answer.body and "salim.manager@example.com" not in answer.body
    assert f"/en/my-questions/{conversation.pk}/" in answer.body

    # And on her "My questions" pages
    mine = signed_in(buyer)
    assert "Answered" in mine.get(url("conversations:my-questions")).content.decode()
    assert "Yes, any name" in mine.get(url("conversations:mine", pk=conversation.pk)).content.decode()
    conversation.refresh_from_db()
    assert not conversation.awaiting_artisan and conversation.first_answered_at


def test_a_guest_reads_the_answer_and_replies_through_the_signed_link(jar, salim_manager):
    with sent():
        conversation = question_ask(
            product=jar, body="Blue glaze?", language="en", first_name="Huda", guest_email=GUEST_EMAIL
        )
        question_confirm(conversation=conversation)
        conversation_reply(conversation=conversation, side="artisan", author=salim_manager, body="Yes, in two weeks.")
    answer = next(m for m in mail.outbox if "answered" in m.subject)
    assert answer.to == [GUEST_EMAIL] and re.search(r"/en/ask-the-maker/guest/[^/\s]+/", answer.body)
    link = url("conversations:guest", token=guest_read_token(conversation))
    client = Client()
    assert "Yes, in two weeks." in client.get(link).content.decode()
    client.post(link, {"body": "Then I will order one."})
    conversation.refresh_from_db()
    assert conversation.awaiting_artisan and conversation.messages.count() == 3
    # A link signed for another conversation, or not signed, reads nothing
    assert Client().get(link[:-3] + "xx/").status_code == 404


def test_the_dashboard_counts_unanswered_questions_and_the_inbox_shows_the_median_time(
    conversation, salim_manager, jar
):
    number = jar.artisan.registry_number
    client = signed_in(salim_manager)
    dashboard = client.get(url("artisans:workshop-dashboard", registry_number=number)).content.decode()
    assert re.search(r'questions-tile"[^>]*><span class="workshop-tile__number">1</span>', dashboard)

    conversation_reply(conversation=conversation, side="artisan", author=salim_manager, body="Yes.")
    Conversation.objects.filter(pk=conversation.pk).update(
        first_answered_at=conversation.opened_at + __import__("datetime").timedelta(hours=3)
    )
    dashboard = client.get(url("artisans:workshop-dashboard", registry_number=number)).content.decode()
    assert re.search(r'questions-tile"[^>]*><span class="workshop-tile__number">0</span>', dashboard)
    inbox = client.get(url("conversations:workshop-inbox", registry_number=number)).content.decode()
    assert "3 hours" in inbox


def test_a_quick_reply_is_written_in_the_buyers_language_for_the_artisan_to_edit(jar, buyer, salim_manager):
    conversation = question_ask(product=jar, body="هل يمكن نقش اسم؟", language="ar", first_name="مريم", buyer=buyer)
    page = signed_in(salim_manager, "en").get(
        url(
            "conversations:workshop-conversation", "en", registry_number=jar.artisan.registry_number, pk=conversation.pk
        )
        + "?quick=engrave"
    )
    body = page.content.decode()
    assert "Name or words" in body  # the label in the artisan's language
    textarea = re.search(r"<textarea[^>]*>(.*?)</textarea>", body, re.S).group(1)
    assert "نعم" in textarea  # the text in the buyer's


# --- Reports ------------------------------------------------------------------------------------------------------


def test_either_side_reports_and_the_authority_reads_only_reported_conversations(
    conversation, salim_manager, reviewer, jar, buyer
):
    authority = signed_in(reviewer)
    # Before any report, the authority cannot read it
    assert authority.get(url("conversations:authority-conversation", pk=conversation.pk)).status_code == 404
    assert "Maryam" not in authority.get(url("conversations:authority-list")).content.decode()

    # When the artisan reports it
    signed_in(salim_manager).post(
        url(
            "conversations:workshop-conversation-report",
            registry_number=jar.artisan.registry_number,
            pk=conversation.pk,
        ),
        {"reason": "outside", "note": "Wants to pay by bank transfer"},
    )
    # Then the authority reads it, with the reason
    page = authority.get(url("conversations:authority-conversation", pk=conversation.pk)).content.decode()
    assert "Can you engrave a name on it?" in page and "Asks to pay or talk outside Hirfa" in page
    assert BUYER_EMAIL not in page

    # And the buyer may report too
    response = signed_in(buyer).post(url("conversations:mine-report", pk=conversation.pk), {"reason": "abuse"})
    assert response.status_code == 302 and conversation.reports.count() == 2


def test_the_reported_conversations_need_the_named_permission(conversation, jar):
    from tests.factories import UserFactory

    conversation.reports.create(side="buyer", reason="spam")
    staff = signed_in(UserFactory(is_staff=True))
    assert staff.get(url("conversations:authority-list")).status_code == 403
    assert staff.get(url("conversations:authority-conversation", pk=conversation.pk)).status_code == 403


# --- Bad input ----------------------------------------------------------------------------------------------------


def test_html_and_script_are_shown_as_text_never_run(jar, buyer, salim_manager):
    signed_in(buyer).post(
        url("conversations:ask", product_pk=jar.pk),
        {"first_name": "Maryam", "body": "<script>alert(1)</script><b>hi</b>"},
    )
    conversation = Conversation.objects.get()
    page = (
        signed_in(salim_manager)
        .get(
            url("conversations:workshop-conversation", registry_number=jar.artisan.registry_number, pk=conversation.pk)
        )
        .content.decode()
    )
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


@pytest.mark.parametrize(
    ("body", "message_en", "message_ar"),
    [
        ("Is it real\u202egnp.exe", "hidden direction marks", "علامات اتجاه مخفية"),
        ("x" * 50_000, "at most 2000 characters", "2000"),
        ("Pay with 4242 4242 4242 4242?", "looks like a card number", "رقم بطاقة"),
    ],
)
@pytest.mark.parametrize("language", ["en", "ar"])
def test_hostile_or_oversized_questions_are_refused_with_what_was_typed_kept(
    jar, body, message_en, message_ar, language
):
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    response = client.post(
        url("conversations:ask", language, product_pk=jar.pk),
        {"first_name": "Huda", "email": GUEST_EMAIL, "body": body},
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert (message_en if language == "en" else message_ar) in page
    assert body[:40] in page or body[:40].replace("\u202e", "") in page.replace("\u202e", "")
    assert not Conversation.objects.exists()


def test_a_name_with_a_line_break_or_direction_control_is_refused(jar):
    response = Client().post(
        url("conversations:ask", product_pk=jar.pk), {"first_name": "Hu\u202eda", "email": GUEST_EMAIL, "body": "Hello"}
    )
    assert response.status_code == 200 and not Conversation.objects.exists()


def test_a_question_about_a_piece_not_on_sale_is_not_found(salim):
    from tests.factories import make_product

    hidden = make_product(artisan=salim, is_public=False)
    assert Client().get(url("conversations:ask", product_pk=hidden.pk)).status_code == 404


def test_a_suspended_workshop_cannot_answer(conversation, salim_manager, jar):
    type(jar.artisan).objects.filter(pk=jar.artisan.pk).update(verification="suspended")
    response = signed_in(salim_manager).post(
        url("conversations:workshop-conversation", registry_number=jar.artisan.registry_number, pk=conversation.pk),
        {"body": "Yes"},
    )
    assert response.status_code == 403 and conversation.messages.count() == 1


# --- Rate limits --------------------------------------------------------------------------------------------------


def test_questions_are_limited_per_address(jar, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "question": "2/h"}
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    data = {"first_name": "Huda", "email": GUEST_EMAIL, "body": "Hello?"}
    for _ in range(2):
        assert client.post(url("conversations:ask", product_pk=jar.pk), data).status_code == 302
    response = client.post(url("conversations:ask", product_pk=jar.pk), data)
    assert response.status_code == 429 and int(response["Retry-After"]) > 0
    assert Conversation.objects.count() == 2


def test_questions_are_limited_per_account_whatever_the_address(jar, buyer, settings):
    settings.RATE_LIMITS_PER_ACCOUNT = {**settings.RATE_LIMITS_PER_ACCOUNT, "question": "2/h"}
    data = {"first_name": "Maryam", "body": "Hello?"}
    for number in range(2):
        client = signed_in(buyer)
        response = client.post(url("conversations:ask", product_pk=jar.pk), data, REMOTE_ADDR=f"10.0.0.{number + 1}")
        assert response.status_code == 302
    response = signed_in(buyer).post(url("conversations:ask", product_pk=jar.pk), data, REMOTE_ADDR="10.0.0.9")
    assert response.status_code == 429
    assert Conversation.objects.count() == 2


@pytest.mark.parametrize("language", ["en", "ar"])
def test_an_oversized_or_hostile_answer_is_refused_with_what_was_typed_kept(conversation, salim_manager, jar, language):
    page_url = url(
        "conversations:workshop-conversation", language, registry_number=jar.artisan.registry_number, pk=conversation.pk
    )
    client = signed_in(salim_manager, language)
    for body, message in (
        ("y" * 50_000, {"en": "at most 2000 characters", "ar": "2000"}),
        ("Yes \u2067hidden\u2069", {"en": "hidden direction marks", "ar": "علامات اتجاه مخفية"}),
    ):
        response = client.post(page_url, {"body": body})
        assert response.status_code == 200
        assert message[language] in response.content.decode()
        assert body[:30] in response.content.decode()
    assert conversation.messages.count() == 1 and not mail.outbox


def test_the_authoritys_decision_on_a_held_question_is_in_the_audit_trail(jar, reviewer):
    from audit.labels import action_label
    from audit.models import AuditEvent

    client = ask_as_guest(jar, body="Like this one: https://example.com/x")
    client.post(confirm_link(mail.outbox[0]))
    conversation = Conversation.objects.get()
    signed_in(reviewer).post(url("conversations:authority-conversation", pk=conversation.pk), {"decision": "release"})
    event = AuditEvent.objects.get(action="question.released")
    assert event.artisan == jar.artisan and action_label(event.action) == "Held question sent to the artisan"
