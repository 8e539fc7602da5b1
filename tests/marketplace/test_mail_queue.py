"""E-mail through the worker: a request only queues its messages; the worker delivers them as written, with the
request's id in its log lines, and keeps trying while the mail server is away."""

import logging
import socket
from email.mime.image import MIMEImage
from io import BytesIO

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives, send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from PIL import Image

from marketplace.models import BackgroundTask
from marketplace.observability import RequestIdFilter
from marketplace.selectors import dead_task_count
from marketplace.tasks import retry_delay, run_due_tasks
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

QUEUED = "marketplace.mail_queue.QueuedEmailBackend"
LOCMEM = "django.core.mail.backends.locmem.EmailBackend"
SMTP = "django.core.mail.backends.smtp.EmailBackend"


@pytest.fixture
def queued_mail(settings):
    """The production arrangement: requests queue e-mail, the worker delivers it (here to Django's outbox)."""
    settings.EMAIL_BACKEND = QUEUED
    settings.EMAIL_DELIVERY_BACKEND = LOCMEM
    return settings


@pytest.fixture
def mail_server_away(queued_mail):
    """Delivery by SMTP to a port on this machine where nothing listens: every connection is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    queued_mail.EMAIL_DELIVERY_BACKEND = SMTP
    queued_mail.EMAIL_HOST, queued_mail.EMAIL_PORT, queued_mail.EMAIL_TIMEOUT = "127.0.0.1", port, 5
    return queued_mail


def pixel_gif() -> bytes:
    buffer = BytesIO()
    Image.new("RGB", (1, 1), (180, 90, 40)).save(buffer, format="GIF")
    return buffer.getvalue()


def order_confirmation() -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject="تم استلام طلبك رقم ١٠٠٠٤٢ | Your order 100042 is confirmed",
        body="شكراً لطلبك من حرفة.\n\nThank you for your order.",
        from_email="Hirfa <no-reply@hirfa.om>",
        to=["سالمة <salma@example.com>"],
        cc=["aisha.workshop@example.com"],
        bcc=["orders-archive@hirfa.om"],
        reply_to=["help@hirfa.om"],
        headers={"X-Hirfa-Order": "100042"},
    )
    message.attach_alternative('<p dir="rtl">شكراً لطلبك من <strong>حرفة</strong>.</p>', "text/html")
    message.attach("receipt-100042.pdf", b"%PDF-1.4\n\x00\xff\xfe binary \x80", "application/pdf")
    message.attach("care.txt", "لا تغسل الجرة بالصابون.", "text/plain")
    return message


def test_a_queued_email_is_delivered_by_the_worker_exactly_as_written(queued_mail):
    # Given an e-mail in Arabic and English with an HTML part and two attachments, sent in a request
    message = order_confirmation()
    sent = message.send()
    assert sent == 1 and mail.outbox == []  # queued, not sent

    # When the worker runs
    assert run_due_tasks() == 1

    # Then the message delivered is the one written
    [delivered] = mail.outbox
    for part in ("subject", "body", "from_email", "to", "cc", "bcc", "reply_to", "extra_headers"):
        assert getattr(delivered, part) == getattr(message, part), part
    assert delivered.alternatives == message.alternatives
    assert delivered.attachments == message.attachments
    assert delivered.message()["X-Hirfa-Order"] == "100042"
    assert not BackgroundTask.objects.exists()


def test_an_inline_image_keeps_its_content_id(queued_mail):
    message = EmailMultiAlternatives("Logo", "See the logo.", to=["salma@example.com"])
    message.attach_alternative('<img src="cid:logo">', "text/html")
    logo = MIMEImage(pixel_gif(), "gif")
    logo.add_header("Content-ID", "<logo>")
    message.attach(logo)
    message.send()

    run_due_tasks()

    [delivered] = mail.outbox
    [image] = delivered.attachments
    assert image["Content-ID"] == "<logo>"
    assert image.get_content_type() == "image/gif"
    assert image.get_payload(decode=True) == pixel_gif()


def test_an_email_sent_in_a_rolled_back_transaction_is_never_delivered(queued_mail):
    with pytest.raises(RuntimeError), transaction.atomic():
        send_mail("Your deposit is registered", "…", None, ["salma@example.com"])
        raise RuntimeError("the deposit is refused after all")

    run_due_tasks()

    assert mail.outbox == [] and not BackgroundTask.objects.exists()


def test_a_password_reset_email_is_sent_by_the_worker_under_the_requests_id(client, queued_mail, caplog):
    # Given a buyer who forgot her password
    UserFactory(email="salma@example.com")
    with translation.override("en"):
        reset_url = reverse("password-reset")

    # When she asks for a reset link, in a request the balancer named "req-reset-7"
    response = client.post(reset_url, {"email": "salma@example.com"}, HTTP_X_REQUEST_ID="req-reset-7")
    assert response.status_code == 302
    assert mail.outbox == []  # the request only queued it

    # and the worker then runs
    caplog.handler.addFilter(RequestIdFilter())
    with caplog.at_level(logging.INFO, logger="marketplace.tasks"):
        assert run_due_tasks() == 1

    # Then the link arrives, and the worker's log line for it carries the request's id
    [delivered] = mail.outbox
    assert delivered.to == ["salma@example.com"]
    assert "/password-reset/confirm/" in delivered.body
    [done] = [record for record in caplog.records if record.name == "marketplace.tasks"]
    assert "send_email" in done.getMessage()
    assert done.request_id == "req-reset-7"


def test_an_email_the_mail_server_refuses_is_retried_later_then_given_up(mail_server_away, caplog):
    # Given a mail server that is away, and three attempts allowed
    mail_server_away.TASK_MAX_ATTEMPTS = 3
    send_mail("Your piece is approved", "…", None, ["aisha@example.com"])

    # When the worker tries to deliver it
    before = timezone.now()
    with caplog.at_level(logging.ERROR, logger="marketplace.tasks"):
        run_due_tasks()

    # Then it is kept, with the refusal, to be tried again a minute later
    waiting = BackgroundTask.objects.get()
    assert waiting.attempts == 1 and "ConnectionRefusedError" in waiting.last_error
    assert waiting.available_at >= before + retry_delay(1)

    # and when it has been refused three times, it is given up and kept for an operator
    for _ in range(2):
        BackgroundTask.objects.update(available_at=timezone.now())
        run_due_tasks()
    waiting.refresh_from_db()
    assert waiting.is_dead and waiting.attempts == 3
    assert dead_task_count() == 1
    assert mail.outbox == []
    assert any("given up" in record.getMessage() for record in caplog.records)


def test_a_delivery_backend_that_would_queue_again_is_refused(queued_mail):
    # Given a misconfiguration that would send each e-mail round the queue forever
    queued_mail.EMAIL_DELIVERY_BACKEND = QUEUED
    send_mail("Your piece is approved", "…", None, ["aisha@example.com"])

    # When the worker runs
    run_due_tasks()

    # Then nothing is queued again; the one task fails, saying why
    [failed] = BackgroundTask.objects.all()
    assert failed.attempts == 1 and "EMAIL_DELIVERY_BACKEND" in failed.last_error
