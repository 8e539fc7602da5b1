"""What waits for the authority's review.

A `ListingSubmission` is one request to show something to buyers: a NEW listing (the product itself holds its
content, hidden until approved) or a CHANGE to a live listing (the proposed text, craft, materials, design and
flags wait in `proposed`; buyers keep seeing the approved version until the change is approved). New photos wait as
`SubmissionPhoto`s in either case, in the private storage, and become Oscar `ProductImage`s (public media) only on
approval; a rejected or withdrawn one's file is deleted. A product has at most one
pending submission: further edits before the review update it.

Price, stock, weight and measurements are not reviewed: they apply at once.
"""

import uuid

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.translation import gettext_lazy as _

from marketplace.private_files import private_field_storage


def pending_photo_path(instance, filename: str) -> str:
    # Unguessable names, in the private storage: only the artisan's managers and the reviewers reach a photo waiting
    # for review, through a signed link that expires (moderation.views.waiting_photo).
    return f"review/{uuid.uuid4().hex}.jpg"


class ListingSubmission(models.Model):
    class Kind(models.TextChoices):
        NEW = "new", _("New listing")
        CHANGE = "change", _("Change to a listing")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Not approved")

    class RejectionReason(models.TextChoices):
        PHOTOS = "photos", _("The photos do not show the piece clearly.")
        TEXT = "text", _("The title or description does not describe the piece.")
        NOT_A_CRAFT = "not_a_craft", _("This does not look like an Omani handmade piece.")
        DESIGN = "design", _("The registered design named does not match the piece.")
        OTHER = "other", _("Another reason, explained below.")

    product = models.ForeignKey("catalogue.Product", on_delete=models.CASCADE, related_name="submissions")
    artisan = models.ForeignKey("artisans.Artisan", on_delete=models.CASCADE, related_name="submissions")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True)
    proposed = models.JSONField(_("proposed content"), default=dict, blank=True, encoder=DjangoJSONEncoder)
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    submitted_at = models.DateTimeField(_("sent"), auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    rejection_reason = models.CharField(_("reason"), max_length=20, choices=RejectionReason.choices, blank=True)
    note_ar = models.TextField(_("note in Arabic"), blank=True)
    note_en = models.TextField(_("note in English"), blank=True)

    class Meta:
        ordering = ["submitted_at", "pk"]
        verbose_name = _("listing submission")
        verbose_name_plural = _("listing submissions")
        permissions = [
            ("moderate_listings", _("Can approve and reject listings")),
            ("list_for_artisans", _("Can list pieces on an artisan's behalf")),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["product"], condition=models.Q(status="pending"), name="one_pending_submission_per_product"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.product_id} ({self.get_status_display()})"


class SubmissionPhoto(models.Model):
    submission = models.ForeignKey(ListingSubmission, on_delete=models.CASCADE, related_name="photos")
    image = models.ImageField(_("photo"), upload_to=pending_photo_path, storage=private_field_storage)
    alt_en = models.CharField(_("what the photo shows, in English"), max_length=200, blank=True)
    alt_ar = models.CharField(_("what the photo shows, in Arabic"), max_length=200, blank=True)
    position = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return f"{self.submission_id}/{self.position}"


def draft_photo_path(instance, filename: str) -> str:
    # Private and unguessable like a photo waiting for review: nobody but its uploader should reach it.
    return f"drafts/{uuid.uuid4().hex}.jpg"


class DraftPhoto(models.Model):
    """A photo sent, already checked and re-encoded, while its listing is still being written on the phone: the
    workshop's page uploads each photo as soon as it is chosen, and the listing, when sent, names them by `token`.
    Drafts not used within `DRAFT_PHOTO_LIFETIME` are deleted (moderation.services.draft_photos_delete_stale)."""

    artisan = models.ForeignKey("artisans.Artisan", on_delete=models.CASCADE, related_name="draft_photos")
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    token = models.CharField(max_length=64, unique=True)
    image = models.ImageField(_("photo"), upload_to=draft_photo_path, storage=private_field_storage)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"draft {self.pk} of {self.artisan_id}"
