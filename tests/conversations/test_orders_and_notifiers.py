"""A paid order that follows a conversation is linked to it and shown on both order pages; artisans are told through
the notifier interface."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from conversations.models import Conversation
from conversations.notifiers import ArtisanNotifier, EmailNotifier, WhatsAppNotifier, artisan_notifier
from conversations.services import conversation_reply, conversations_link_order, question_ask
from tests.factories import make_product

from .conftest import paid_order, signed_in, url

pytestmark = pytest.mark.django_db


def test_the_buyers_next_order_from_the_artisan_links_the_conversation(conversation, buyer, jar, salim_manager):
    # Given Maryam's conversation with Salim, then her order of the jar
    order = paid_order(buyer, jar)

    # When the order is paid
    assert conversations_link_order(order) == 1

    # Then the conversation names the order, on the workshop's order page and on Maryam's
    conversation.refresh_from_db()
    assert conversation.order == order
    number = jar.artisan.registry_number
    workshop_order = signed_in(salim_manager).get(
        url("fulfilment:workshop-order", registry_number=number, number=order.number)
    )
    assert (
        url("conversations:workshop-conversation", registry_number=number, pk=conversation.pk)
        in workshop_order.content.decode()
    )
    buyer_order = signed_in(buyer).get(url("customer:order", order_number=order.number))
    assert url("conversations:mine", pk=conversation.pk) in buyer_order.content.decode()
    # And the conversation names the order to the artisan
    page = signed_in(salim_manager).get(
        url("conversations:workshop-conversation", registry_number=number, pk=conversation.pk)
    )
    assert str(order.number) in page.content.decode()

    # A second order links nothing more
    assert conversations_link_order(paid_order(buyer, jar)) == 0


def test_an_old_conversation_or_another_artisan_or_buyer_links_nothing(conversation, buyer, jar, aisha, settings):
    from tests.factories import UserFactory

    assert conversations_link_order(paid_order(UserFactory(), jar)) == 0  # another buyer
    assert conversations_link_order(paid_order(buyer, make_product(artisan=aisha))) == 0  # another artisan
    Conversation.objects.filter(pk=conversation.pk).update(
        last_message_at=timezone.now() - timedelta(days=settings.CONVERSATION_ORDER_LINK_DAYS + 1)
    )
    assert conversations_link_order(paid_order(buyer, jar)) == 0  # too long ago


def test_a_guests_order_with_the_confirmed_address_links_their_conversation(jar):
    from conversations.services import question_confirm

    conversation = question_ask(
        product=jar, body="Blue?", language="en", first_name="Huda", guest_email="Huda@Example.com"
    )
    question_confirm(conversation=conversation)
    order = paid_order(None, jar, guest_email="huda@example.com")
    assert conversations_link_order(order) == 1


class RecordingNotifier(ArtisanNotifier):
    """The notifier's fake, for this test only: what the services hand to whatever channel is configured."""

    notices: list = []

    def question_received(self, *, conversation, message) -> None:
        self.notices.append(("question", conversation.pk, message.body))

    def reply_received(self, *, conversation, message) -> None:
        self.notices.append(("reply", conversation.pk, message.body))


def test_the_services_tell_the_artisan_through_the_configured_notifier(
    jar, buyer, settings, django_capture_on_commit_callbacks
):
    settings.CONVERSATIONS_ARTISAN_NOTIFIER = f"{__name__}.RecordingNotifier"
    RecordingNotifier.notices = []
    with django_capture_on_commit_callbacks(execute=True):
        conversation = question_ask(product=jar, body="Hallmarked?", language="en", first_name="Maryam", buyer=buyer)
        conversation_reply(conversation=conversation, side="buyer", author=buyer, body="And the weight?")
    assert RecordingNotifier.notices == [
        ("question", conversation.pk, "Hallmarked?"),
        ("reply", conversation.pk, "And the weight?"),
    ]
    assert not mail.outbox  # nothing went by e-mail besides the configured channel


def test_the_email_notifier_writes_to_every_manager_in_both_languages(
    conversation, salim_manager, jar, django_capture_on_commit_callbacks
):
    from tests.factories import make_manager

    second = make_manager(jar.artisan, email="second.manager@example.com")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        EmailNotifier().question_received(conversation=conversation, message=conversation.messages.first())
    notice = mail.outbox[-1]
    assert sorted(notice.to) == sorted([salim_manager.email, second.email])
    assert "مشترٍ يسألك عن قطعة" in notice.subject and "A buyer asks you about a piece" in notice.subject
    assert f"/ar/workshop/{jar.artisan.registry_number}/questions/{conversation.pk}/" in notice.body


def test_the_default_notifier_is_email_and_whatsapp_is_not_wired(settings):
    assert isinstance(artisan_notifier(), EmailNotifier)
    with pytest.raises(NotImplementedError):
        WhatsAppNotifier().question_received(conversation=None, message=None)
