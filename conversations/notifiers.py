"""How an artisan is told that a question or a reply is waiting in their workshop's inbox.

`ArtisanNotifier` is the interface; `EmailNotifier` (every manager of the artisan, Arabic then English, through the
mail queue) is the one in use, named by `settings.CONVERSATIONS_ARTISAN_NOTIFIER`. Many artisans read WhatsApp or
SMS before e-mail: `WhatsAppNotifier` marks where that channel goes and is not wired (it needs a provider account,
message templates approved by Meta, and the artisans' consent). A notice never carries the buyer's e-mail address
or phone number: only their first name, the piece, the message (already masked) and a link to the inbox.
"""

from __future__ import annotations

from abc import ABC, abstractmethod

from django.conf import settings
from django.utils import translation
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

QUESTION_SUBJECT = gettext_noop("A buyer asks you about a piece")
REPLY_SUBJECT = gettext_noop("A buyer replied to you")


class ArtisanNotifier(ABC):
    """One channel to an artisan's managers."""

    @abstractmethod
    def question_received(self, *, conversation, message) -> None:
        """A new question reached the artisan's inbox."""

    @abstractmethod
    def reply_received(self, *, conversation, message) -> None:
        """The buyer replied in a conversation."""


class EmailNotifier(ArtisanNotifier):
    def _send(self, conversation, message, *, subject: str) -> None:
        from marketplace.mail import send_bilingual_notice

        def subject_in(language: str) -> str:
            with translation.override(language):
                return _(subject)

        artisan = conversation.artisan
        send_bilingual_notice(
            recipients=artisan.partner.users.filter(is_active=True).values_list("email", flat=True),
            subject_in=subject_in,
            template_name="conversations/emails/artisan_notice.txt",
            context={"conversation": conversation, "message": message, "artisan": artisan},
            link=(
                "conversations:workshop-conversation",
                {"registry_number": artisan.registry_number, "pk": conversation.pk},
            ),
        )

    def question_received(self, *, conversation, message) -> None:
        self._send(conversation, message, subject=QUESTION_SUBJECT)

    def reply_received(self, *, conversation, message) -> None:
        self._send(conversation, message, subject=REPLY_SUBJECT)


class WhatsAppNotifier(ArtisanNotifier):
    """For later, not wired: a WhatsApp Business template message to the artisan's registered phone number (the
    registry's, never one typed in a message), with the same content as the e-mail. Until a provider is chosen and
    the templates approved, naming it in the settings fails loudly rather than telling nobody."""

    def question_received(self, *, conversation, message) -> None:
        raise NotImplementedError("WhatsApp notices are not available yet")

    def reply_received(self, *, conversation, message) -> None:
        raise NotImplementedError("WhatsApp notices are not available yet")


def artisan_notifier() -> ArtisanNotifier:
    return import_string(settings.CONVERSATIONS_ARTISAN_NOTIFIER)()
