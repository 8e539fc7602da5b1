"""E-mail sent by the worker, not by the request: `QueuedEmailBackend` turns each message into a `send_email` task
(django-tasks, kept by marketplace.tasks.DatabaseBackend), and the task delivers it with `EMAIL_DELIVERY_BACKEND`
(SMTP in production).

A buyer's page no longer waits on the mail server, an outage of the mail server loses nothing (the task is retried,
then kept as dead for an operator), and an e-mail written in a transaction that is rolled back is never sent. The
message is stored as JSON: every address list, the extra headers, the alternatives (the HTML part) and the
attachments (their bytes in base64), so the message delivered is the one written.

Production sets `EMAIL_BACKEND = "marketplace.mail_queue.QueuedEmailBackend"`; local runs and tests send directly,
unless a test switches the backend.
"""

from __future__ import annotations

import base64
import email
import logging
from email.message import Message
from email.mime.base import MIMEBase

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.utils.module_loading import import_string
from django_tasks import task

logger = logging.getLogger(__name__)


class QueuedEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages) -> int:
        queued = 0
        for message in email_messages:
            if not message.recipients():
                continue  # as Django's own backends: nobody to send it to
            try:
                # A savepoint of its own: a message that cannot be queued must not break the caller's transaction
                # when `fail_silently` lets the caller carry on.
                with transaction.atomic():
                    send_email.enqueue(**email_payload(message))
            except Exception:
                if not self.fail_silently:
                    raise
                logger.exception("An e-mail to %s recipients could not be queued", len(message.recipients()))
                continue
            queued += 1
        return queued


# --- The message as JSON, and back ---------------------------------------------------------------------------


def email_payload(message: EmailMessage) -> dict:
    """Everything needed to rebuild `message`, as JSON-serialisable values."""
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": str(message.from_email),
        "to": [str(address) for address in message.to],
        "cc": [str(address) for address in message.cc],
        "bcc": [str(address) for address in message.bcc],
        "reply_to": [str(address) for address in message.reply_to],
        "headers": {str(name): str(value) for name, value in message.extra_headers.items()},
        "alternatives": [
            {"content": str(content), "mimetype": str(mimetype)}
            for content, mimetype in getattr(message, "alternatives", [])
        ],
        "attachments": [_attachment_payload(attachment) for attachment in message.attachments],
        "content_subtype": message.content_subtype,
        "mixed_subtype": message.mixed_subtype,
        "alternative_subtype": getattr(message, "alternative_subtype", "alternative"),
        "encoding": str(message.encoding) if message.encoding else None,
    }


def _attachment_payload(attachment) -> dict:
    if isinstance(attachment, MIMEBase):
        # A ready-made MIME part (an inline image with its Content-ID, say): kept whole, headers and all.
        return {"mime_part": _b64(attachment.as_bytes())}
    filename, content, mimetype = attachment
    if isinstance(content, EmailMessage):  # a message/rfc822 attachment
        content = content.message().as_bytes()
    elif isinstance(content, Message):
        content = content.as_bytes()
    is_text = isinstance(content, str)
    return {
        "filename": filename,
        "mimetype": mimetype,
        "is_text": is_text,
        "content": _b64(content.encode() if is_text else content),
    }


def _b64(content: bytes) -> str:
    return base64.b64encode(content).decode("ascii")


class _ParsedMimePart(MIMEBase):
    """A MIME part read back from bytes: Django attaches any `MIMEBase` as it is."""

    def __init__(self) -> None:
        Message.__init__(self)


def email_from_payload(
    *,
    subject: str,
    body: str,
    from_email: str,
    to: list[str],
    cc: list[str] = (),
    bcc: list[str] = (),
    reply_to: list[str] = (),
    headers: dict | None = None,
    alternatives: list[dict] = (),
    attachments: list[dict] = (),
    content_subtype: str = "plain",
    mixed_subtype: str = "mixed",
    alternative_subtype: str = "alternative",
    encoding: str | None = None,
) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=subject,
        body=body,
        from_email=from_email,
        to=to,
        cc=cc,
        bcc=bcc,
        reply_to=reply_to,
        headers=headers,
        alternatives=[(alternative["content"], alternative["mimetype"]) for alternative in alternatives],
    )
    message.content_subtype = content_subtype
    message.mixed_subtype = mixed_subtype
    message.alternative_subtype = alternative_subtype
    if encoding:
        message.encoding = encoding
    for attachment in attachments:
        if "mime_part" in attachment:
            message.attach(email.message_from_bytes(base64.b64decode(attachment["mime_part"]), _class=_ParsedMimePart))
            continue
        content = base64.b64decode(attachment["content"])
        if attachment["is_text"]:
            content = content.decode()
        message.attach(attachment["filename"], content, attachment["mimetype"])
    return message


# --- The task ------------------------------------------------------------------------------------------------


@task
def send_email(**payload) -> None:
    """Deliver a queued message. Any failure raises (`fail_silently=False`), so the task is retried."""
    if issubclass(import_string(settings.EMAIL_DELIVERY_BACKEND), QueuedEmailBackend):
        raise ImproperlyConfigured("EMAIL_DELIVERY_BACKEND must send e-mail, not queue it again")
    message = email_from_payload(**payload)
    connection = get_connection(settings.EMAIL_DELIVERY_BACKEND, fail_silently=False)
    connection.send_messages([message])
