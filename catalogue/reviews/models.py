"""Oscar's reviews, forked for verified reviews (issue 21, part 1).

Overridden Oscar models (everything else is Oscar's, unchanged):
- `ProductReview`: a review is written by the buyer of one shipped order line (`order_line`, one review per line;
  Oscar's one-review-per-product-and-user is dropped, since a buyer may buy the same piece twice), in one language
  (`language`); the authority's decision (`decided_by`, `decided_at`, `rejection_reason`, from a fixed list); and
  the artisan's one public reply (`reply`, `reply_language`, `replied_at`, `replied_by`). Oscar's `status` keeps
  its meaning: published only once APPROVED.
Added: `ReviewReminder` (the e-mail sent 21 days after shipping, once per line) and `ReviewReminderOptOut` (a
buyer who asked for no more reminders).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.apps.catalogue.reviews.abstract_models import AbstractProductReview

MAX_REVIEW_LENGTH = 3000
MAX_REPLY_LENGTH = 2000


class ProductReview(AbstractProductReview):
    class Language(models.TextChoices):
        ARABIC = "ar", _("Arabic")
        ENGLISH = "en", _("English")

    class RejectionReason(models.TextChoices):
        PERSONAL = "personal", _("It contains personal details (a phone number, an address, a name).")
        OFFENSIVE = "offensive", _("It is offensive or insulting.")
        NOT_ABOUT_PIECE = "not_about_piece", _("It is not about the piece or its making.")
        ADVERTISING = "advertising", _("It advertises something or links elsewhere.")
        OTHER = "other", _("Another reason, explained below.")

    order_line = models.OneToOneField(
        "order.Line", on_delete=models.SET_NULL, null=True, blank=True, related_name="review"
    )
    language = models.CharField(_("language"), max_length=2, choices=Language.choices, default=Language.ARABIC)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    rejection_reason = models.CharField(_("reason"), max_length=20, choices=RejectionReason.choices, blank=True)
    rejection_note = models.TextField(_("note"), blank=True)
    reply = models.TextField(_("the artisan's reply"), blank=True)
    reply_language = models.CharField(max_length=2, choices=Language.choices, blank=True)
    replied_at = models.DateTimeField(null=True, blank=True)
    replied_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta(AbstractProductReview.Meta):
        app_label = "reviews"
        unique_together = ()
        ordering = ["-date_created", "-id"]
        permissions = [("moderate_reviews", _("Can approve and reject buyers' reviews"))]
        indexes = [models.Index(fields=["product", "status"])]

    @property
    def reviewer_first_name(self) -> str:
        """What the public reads of the buyer: their first name only."""
        user = self.user
        return (user.first_name or "").strip() if user else ""


class ReviewReminder(models.Model):
    """The e-mail asking the buyer of a shipped line for a review: sent once per line, by the worker."""

    order_line = models.OneToOneField("order.Line", on_delete=models.CASCADE, related_name="review_reminder")
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "reviews"

    def __str__(self) -> str:
        return f"reminder {self.order_line_id}"


class ReviewReminderOptOut(models.Model):
    """A buyer who followed the unsubscribe link: no more review reminders for them."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "reviews"

    def __str__(self) -> str:
        return f"no reminders for {self.user_id}"


from oscar.apps.catalogue.reviews.models import *  # noqa: E402, F403 (Oscar's Vote, unchanged)
