"""Writes of the content app that are not Wagtail's own: a visitor's message from the contact page."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from cms.forms import ContactForm
from marketplace.mail import email_subject


def contact_message_send(*, name: str, email: str, topic: str, order_number: str, message: str, language: str) -> None:
    """The message to the team's inbox (`settings.CONTACT_EMAIL`), with the visitor's address as Reply-To, so that the
    answer goes to them and their address is never written into a header from what they typed alone. The team reads
    it in English, with the language the visitor wrote in, so that they answer in it."""
    with translation.override("en"):
        topic_label = str(dict(ContactForm.TOPICS)[topic])
        subject = email_subject(f"[Hirfa contact] {topic_label} · {name}")
        body = render_to_string(
            "cms/emails/contact_message.txt",
            {
                "name": name,
                "email": email,
                "topic": topic_label,
                "order_number": order_number,
                "message": message,
                "language": dict(settings.LANGUAGES).get(language, language),
            },
        )
    EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[settings.CONTACT_EMAIL],
        reply_to=[email],
        headers={"X-Hirfa-Topic": topic},
    ).send(fail_silently=False)
