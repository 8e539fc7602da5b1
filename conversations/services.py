"""Writes of questions and conversations. Every entry point (the product's question page, the buyer's and the
guest's conversation pages, the workshop's inbox, the authority's page, the payment that follows) calls these.

A message is stored with contact details masked (`contact.mask_contact_details`). A guest's question waits for
their e-mail address to be confirmed by a link; a guest's first message holding a link then waits for the
authority. Only then does it reach the artisan, who is told through the notifier (`notifiers.artisan_notifier`).
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from audit.services import audit_record
from marketplace.mail import absolute_url, email_subject

from .contact import contains_link, mask_contact_details
from .models import Conversation, Message, Report
from .notifiers import artisan_notifier

GUEST_READ_SALT = "conversations.guest-read"
CONFIRM_SALT = "conversations.confirm"
CONFIRM_LINK_DAYS = 3
CONFIRM_SUBJECT = gettext_noop("Confirm your question to %(artisan)s")
ANSWER_SUBJECT = gettext_noop("%(artisan)s answered your question")


class ConversationRefused(ValidationError):
    """A message that cannot be sent now (the workshop is closed, the conversation is not open)."""


# --- Links for guests ---------------------------------------------------------------------------------------------


def guest_read_token(conversation: Conversation) -> str:
    """The signed token of a guest's link to their conversation (no expiry: the e-mails keep working)."""
    return signing.dumps(conversation.pk, salt=GUEST_READ_SALT)


def confirm_token(conversation: Conversation) -> str:
    return signing.dumps(conversation.pk, salt=CONFIRM_SALT)


def _conversation_link(conversation: Conversation) -> str:
    with translation.override(conversation.language):
        if conversation.is_guest:
            path = reverse("conversations:guest", kwargs={"token": guest_read_token(conversation)})
        else:
            path = reverse("conversations:mine", kwargs={"pk": conversation.pk})
    return absolute_url(path)


def _mail_buyer(conversation: Conversation, *, template: str, subject: str, context: dict) -> None:
    """An e-mail to the buyer, in the language they wrote in, sent once the transaction commits."""
    recipient = conversation.buyer_email
    if not recipient:
        return
    with translation.override(conversation.language):
        body = render_to_string(template, {"conversation": conversation, **context}).strip()
        subject = email_subject(_(subject) % {"artisan": conversation.artisan.name})

    transaction.on_commit(lambda: send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [recipient]))


# --- Asking ------------------------------------------------------------------------------------------------------


def _add_message(conversation: Conversation, *, side: str, author, body: str) -> Message:
    result = mask_contact_details(body.strip())
    now = timezone.now()
    message = Message.objects.create(
        conversation=conversation, side=side, author=author, body=result.text, masked=result.masked
    )
    conversation.last_message_at = now
    conversation.awaiting_artisan = side == Conversation.Side.BUYER
    if side == Conversation.Side.ARTISAN and conversation.first_answered_at is None:
        conversation.first_answered_at = now
    conversation.save(update_fields=["last_message_at", "awaiting_artisan", "first_answered_at"])
    return message


def _open(conversation: Conversation) -> None:
    """The question reaches the artisan: their inbox shows it and they are told."""
    conversation.status = Conversation.Status.OPEN
    conversation.opened_at = timezone.now()
    conversation.save(update_fields=["status", "opened_at"])
    first = conversation.messages.first()
    notifier = artisan_notifier()
    transaction.on_commit(lambda: notifier.question_received(conversation=conversation, message=first))


@transaction.atomic
def question_ask(
    *,
    product,
    body: str,
    language: str,
    first_name: str,
    country: str = "",
    buyer=None,
    guest_email: str = "",
) -> Conversation:
    """A question about `product` to its artisan. From an account it reaches the artisan at once; from a guest it
    waits for their address to be confirmed (they are sent the link)."""
    if buyer is None and not guest_email:
        raise ValidationError(_("Give your e-mail address, so that the artisan's answer can reach you."))
    conversation = Conversation.objects.create(
        artisan=product.artisan,
        product=product,
        buyer=buyer,
        guest_email="" if buyer else guest_email,
        first_name=first_name.strip(),
        country=country,
        language=language,
        status=Conversation.Status.OPEN if buyer else Conversation.Status.UNCONFIRMED,
        first_message_has_link=contains_link(body),
    )
    _add_message(conversation, side=Conversation.Side.BUYER, author=buyer, body=body)
    if buyer is not None:
        _open(conversation)
    else:
        with translation.override(language):
            link = absolute_url(reverse("conversations:confirm", kwargs={"token": confirm_token(conversation)}))
        _mail_buyer(
            conversation,
            template="conversations/emails/confirm.txt",
            subject=CONFIRM_SUBJECT,
            context={"link": link, "days": CONFIRM_LINK_DAYS},
        )
    return conversation


@transaction.atomic
def question_confirm(*, conversation: Conversation) -> Conversation:
    """A guest confirmed their address. A first message holding a link waits for the authority; otherwise the
    question reaches the artisan. Confirming again changes nothing."""
    conversation = Conversation.objects.select_for_update().get(pk=conversation.pk)
    if conversation.status != Conversation.Status.UNCONFIRMED:
        return conversation
    if conversation.first_message_has_link:
        conversation.status = Conversation.Status.HELD
        conversation.save(update_fields=["status"])
    else:
        _open(conversation)
    return conversation


# --- Replies -----------------------------------------------------------------------------------------------------


@transaction.atomic
def conversation_reply(*, conversation: Conversation, side: str, author, body: str) -> Message:
    """A reply from either side. The artisan's reaches the buyer by e-mail; the buyer's is announced to the
    artisan through the notifier."""
    conversation = Conversation.objects.select_for_update().select_related("artisan").get(pk=conversation.pk)
    if conversation.status != Conversation.Status.OPEN:
        raise ConversationRefused(_("This conversation is not open, so no reply can be sent."))
    if side == Conversation.Side.ARTISAN:
        from artisans.services import artisan_check_may_change

        artisan_check_may_change(conversation.artisan)
    message = _add_message(conversation, side=side, author=author, body=body)
    if side == Conversation.Side.ARTISAN:
        _mail_buyer(
            conversation,
            template="conversations/emails/answer.txt",
            subject=ANSWER_SUBJECT,
            context={"message": message, "link": _conversation_link(conversation)},
        )
    else:
        notifier = artisan_notifier()
        transaction.on_commit(lambda: notifier.reply_received(conversation=conversation, message=message))
    return message


# --- Reports and the authority -----------------------------------------------------------------------------------


@transaction.atomic
def conversation_report(*, conversation: Conversation, side: str, reason: str, note: str = "") -> Report:
    """Either side reports the conversation: from then on the authority may read it."""
    return Report.objects.create(conversation=conversation, side=side, reason=reason, note=note.strip())


@transaction.atomic
def held_question_decide(*, conversation: Conversation, release: bool, by) -> Conversation:
    """The authority releases a held question to the artisan, or refuses it (it never reaches them)."""
    conversation = Conversation.objects.select_for_update().get(pk=conversation.pk)
    if conversation.status != Conversation.Status.HELD:
        raise ConversationRefused(_("This question is no longer waiting for review."))
    if release:
        _open(conversation)
    else:
        conversation.status = Conversation.Status.REFUSED
        conversation.save(update_fields=["status"])
    audit_record(
        actor=by,
        action="question.released" if release else "question.refused",
        target=conversation,
        artisan=conversation.artisan,
    )
    return conversation


# --- The sale that follows -------------------------------------------------------------------------------------


def conversations_link_order(order) -> int:
    """Called when an order is paid: each of the order's artisans' latest open conversation with this buyer (by
    account, or a guest by the confirmed address the order was placed with), active in the last
    CONVERSATION_ORDER_LINK_DAYS days and not linked yet, is linked to the order, preferring one about a piece of
    the order. Returns how many were linked."""
    since = timezone.now() - timedelta(days=settings.CONVERSATION_ORDER_LINK_DAYS)
    if order.user_id:
        whose = {"buyer_id": order.user_id}
    elif order.guest_email:
        whose = {"buyer__isnull": True, "guest_email__iexact": order.guest_email}
    else:
        return 0
    lines = list(order.lines.values_list("partner_id", "product_id"))
    product_ids = {product_id for _partner, product_id in lines}
    linked = 0
    for partner_id in {partner for partner, _product in lines}:
        candidates = list(
            Conversation.objects.select_for_update()
            .filter(
                **whose,
                artisan__partner_id=partner_id,
                status=Conversation.Status.OPEN,
                order__isnull=True,
                last_message_at__gte=since,
            )
            .order_by("-last_message_at")
        )
        if not candidates:
            continue
        chosen = next((c for c in candidates if c.product_id in product_ids), candidates[0])
        chosen.order = order
        chosen.save(update_fields=["order"])
        linked += 1
    return linked
