"""Writes of verified reviews: the buyer's review of a shipped line, the authority's decision, the artisan's one
reply, and the reminder e-mail 21 days after shipping (with the opt-out its link records)."""

from __future__ import annotations

import logging
from datetime import datetime

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from audit.services import audit_record
from marketplace.bilingual import written_language
from marketplace.mail import absolute_url, email_subject

from . import selectors
from .models import ProductReview, ReviewReminder, ReviewReminderOptOut

logger = logging.getLogger(__name__)

UNSUBSCRIBE_SALT = "reviews.reminders.unsubscribe"


class ReviewRefused(ValidationError):
    """The review or reply cannot be taken; the message says why, in the user's language."""


def _title_from(body: str) -> str:
    # Oscar's review needs a title; the buyer writes one text, whose first words stand for it (never shown).
    words = " ".join(body.split())
    return words[:80] or "-"


def review_create(*, user, line, score: int, body: str, language: str = "") -> ProductReview:
    """The buyer's review of one of their shipped order lines, waiting for the authority. Refused for a line that
    is not theirs, not shipped, or already reviewed (checked again here, under the line's unique review)."""
    if not 1 <= int(score) <= 5:
        raise ReviewRefused(_("Choose a rating from 1 to 5 stars."))
    body = body.strip()
    if not body:
        raise ReviewRefused(_("Write a few words about the piece."))
    eligible = selectors.line_reviewable_by(user, line_pk=line.pk)
    if eligible is None:
        raise ReviewRefused(_("Only the buyer of a piece that has been shipped can review it, once."))
    language = language or written_language(body, default=translation.get_language() or "ar")
    try:
        with transaction.atomic():
            review = ProductReview.objects.create(
                product=eligible.product,
                order_line=eligible,
                user=user,
                score=int(score),
                title=_title_from(body),
                body=body,
                language="ar" if language.startswith("ar") else "en",
                status=ProductReview.FOR_MODERATION,
            )
    except IntegrityError:
        raise ReviewRefused(_("Only the buyer of a piece that has been shipped can review it, once.")) from None
    return review


@transaction.atomic
def review_approve(*, review: ProductReview, reviewer) -> ProductReview:
    """Published: shown on the product and artisan pages. Saving the review saves the product's rating, which
    empties the page cache for anonymous visitors (marketplace/page_cache.py) like any product change."""
    review = ProductReview.objects.select_for_update().get(pk=review.pk)
    if review.status != ProductReview.FOR_MODERATION:
        raise ReviewRefused(_("This review has already been decided."))
    review.status = ProductReview.APPROVED
    review.decided_by, review.decided_at = reviewer, timezone.now()
    review.save()
    audit_record(
        actor=reviewer,
        action="review.approved",
        target=review,
        artisan=review.product.artisan,
        after={"status": "approved"},
    )
    return review


@transaction.atomic
def review_reject(*, review: ProductReview, reviewer, reason: str, note: str = "") -> ProductReview:
    review = ProductReview.objects.select_for_update().get(pk=review.pk)
    if review.status != ProductReview.FOR_MODERATION:
        raise ReviewRefused(_("This review has already been decided."))
    if reason not in ProductReview.RejectionReason.values:
        raise ReviewRefused(_("Choose a reason."))
    review.status = ProductReview.REJECTED
    review.rejection_reason, review.rejection_note = reason, note.strip()
    review.decided_by, review.decided_at = reviewer, timezone.now()
    review.save()
    audit_record(
        actor=reviewer,
        action="review.rejected",
        target=review,
        artisan=review.product.artisan,
        after={"status": "rejected", "reason": reason},
    )
    return review


@transaction.atomic
def review_reply(*, review: ProductReview, artisan, user, text: str) -> ProductReview:
    """The artisan's one public reply to a published review of their piece."""
    from artisans.services import artisan_check_may_change

    artisan_check_may_change(artisan)
    review = ProductReview.objects.select_for_update(of=("self",)).select_related("product").get(pk=review.pk)
    if review.product.artisan_id != artisan.pk or review.status != ProductReview.APPROVED:
        raise ReviewRefused(_("This review cannot be answered."))
    if review.reply:
        raise ReviewRefused(_("You have already answered this review."))
    text = text.strip()
    if not text:
        raise ReviewRefused(_("Write your answer."))
    review.reply = text
    review.reply_language = written_language(text, default="ar")
    review.replied_at, review.replied_by = timezone.now(), user
    review.save()
    audit_record(actor=user, action="review.replied", target=review, artisan=artisan)
    return review


# --- Reminders ------------------------------------------------------------------------------------------------


def unsubscribe_token(user) -> str:
    return signing.dumps(user.pk, salt=UNSUBSCRIBE_SALT)


def user_for_unsubscribe_token(token: str):
    from django.contrib.auth import get_user_model

    try:
        user_pk = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    return get_user_model().objects.filter(pk=user_pk).first()


def review_reminders_stop(*, user) -> None:
    """The buyer followed the link in a reminder: no more reminders, for any piece."""
    ReviewReminderOptOut.objects.get_or_create(user=user)


def _buyer_language(order) -> str:
    payment = order.card_payments.order_by("-created_at").first()
    language = payment.language if payment else ""
    return "en" if language.startswith("en") else "ar"


def review_reminders_send(*, now: datetime | None = None, limit: int = 200) -> int:
    """The worker's job: for each line shipped 21 days ago or more and not reviewed, one e-mail to its buyer in
    their language, with a link to write the review and one to stop these e-mails. The reminder is recorded before
    the e-mail is handed to the mail queue in the same transaction, so a line is never reminded twice."""
    now = now or timezone.now()
    sent = 0
    for line in list(selectors.lines_due_a_reminder(now=now)[:limit]):
        user = line.order.user
        if not user.email:
            continue
        language = _buyer_language(line.order)
        with transaction.atomic():
            _reminder, created = ReviewReminder.objects.get_or_create(order_line=line)
            if not created:
                continue
            with translation.override(language):
                context = {
                    "name": user.first_name,
                    "title": str(line.product.localized_title) if line.product else line.title,
                    "write_url": absolute_url(reverse("reviews:write", kwargs={"line_pk": line.pk})),
                    "unsubscribe_url": absolute_url(
                        reverse("reviews:unsubscribe", kwargs={"token": unsubscribe_token(user)})
                    ),
                }
                subject = email_subject(_("How is your %(title)s?") % {"title": context["title"]})
                body = render_to_string("reviews/emails/reminder.txt", context)
            message = EmailMultiAlternatives(
                subject,
                body,
                settings.DEFAULT_FROM_EMAIL,
                [user.email],
                headers={"List-Unsubscribe": f"<{context['unsubscribe_url']}>"},
            )
            # The mail queue (production) writes the task in this transaction; a direct backend sends now.
            message.send()
        sent += 1
    return sent
