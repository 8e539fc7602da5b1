"""The reminder 21 days after shipping: once per line, in the buyer's language, with an unsubscribe link that
works without signing in and is honoured."""

from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from catalogue.reviews.models import ReviewReminder
from catalogue.reviews.services import review_create, review_reminders_send
from marketplace.worker_jobs import default_jobs

pytestmark = pytest.mark.django_db


def days_after_shipping(days: int):
    return timezone.now() + timedelta(days=days)


def test_the_reminder_is_sent_once_21_days_after_shipping(line, buyer):
    assert review_reminders_send(now=days_after_shipping(20)) == 0
    assert review_reminders_send(now=days_after_shipping(22)) == 1
    assert review_reminders_send(now=days_after_shipping(30)) == 0
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [buyer.email]
    assert ReviewReminder.objects.filter(order_line=line).count() == 1


def test_the_worker_runs_the_reminders():
    assert "review reminders" in {job.name for job in default_jobs()}


def test_a_reviewed_line_is_not_reminded(line, buyer):
    review_create(user=buyer, line=line, score=5, body="Lovely")
    assert review_reminders_send(now=days_after_shipping(22)) == 0


def test_the_reminder_is_in_the_buyers_language(line, buyer):
    from payments.models import Payment

    Payment.objects.create(
        order=line.order, provider="stripe", reference="pi_x", amount="12.340", language="en",
        reserved_until=timezone.now(),
    )  # fmt: skip
    review_reminders_send(now=days_after_shipping(22))
    message = mail.outbox[0]
    assert "How is your" in message.subject and "/en/shop/reviews/write/" in message.body


def test_the_arabic_reminder(line, buyer):
    review_reminders_send(now=days_after_shipping(22))
    assert "ما رأيك" in mail.outbox[0].subject and "/ar/shop/reviews/write/" in mail.outbox[0].body


def test_the_unsubscribe_link_works_without_signing_in_and_is_honoured(line, buyer, piece, aisha_manager):
    from .conftest import shipped_line

    review_reminders_send(now=days_after_shipping(22))
    link = next(word for word in mail.outbox[0].body.split() if "/reminders/stop/" in word)
    path = link.split("://", 1)[1].split("/", 1)[1]
    client = Client()
    assert client.get("/" + path).status_code == 200  # a GET (a mail scanner) changes nothing
    second = shipped_line(buyer=buyer, product=piece, manager=aisha_manager)
    assert client.post("/" + path).status_code == 200
    assert review_reminders_send(now=days_after_shipping(22)) == 0
    assert not ReviewReminder.objects.filter(order_line=second).exists()


def test_a_forged_unsubscribe_token_is_not_found(client):
    assert client.post("/en/shop/reviews/reminders/stop/1:forged/").status_code == 404
