"""Submissions: what waits for the authority's review, and the authority's decisions on it."""

from __future__ import annotations

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from audit.services import audit_record
from marketplace.mail import send_bilingual_notice
from moderation.models import ListingSubmission

from .photo_files import _CleanPhoto, _delete_private_files_after_commit, _publish_photo
from .rules import ListingRefused, _apply_proposal, listing_snapshot

Product = get_model("catalogue", "Product")


def pending_submission(product, *, lock: bool = False) -> ListingSubmission | None:
    submissions = ListingSubmission.objects.filter(product=product, status=ListingSubmission.Status.PENDING)
    if lock:
        submissions = submissions.select_for_update()
    return submissions.first()


def _open_submission(product, actor) -> ListingSubmission:
    """The product's pending submission, opened if there is none: NEW while it has never been approved."""
    submission = pending_submission(product, lock=True)
    if submission is not None:
        return submission
    kind = (
        ListingSubmission.Kind.CHANGE
        if product.moderation_status == Product.Moderation.APPROVED
        else ListingSubmission.Kind.NEW
    )
    if kind == ListingSubmission.Kind.NEW and product.moderation_status != Product.Moderation.PENDING:
        product.moderation_status = Product.Moderation.PENDING
        product.save(update_fields=["moderation_status"])
    return ListingSubmission.objects.create(product=product, artisan=product.artisan, kind=kind, submitted_by=actor)


def _locked_pending_submission(submission: ListingSubmission) -> ListingSubmission:
    submission = ListingSubmission.objects.select_for_update().get(pk=submission.pk)
    if submission.status != ListingSubmission.Status.PENDING:
        raise ListingRefused(_("This listing has already been reviewed."), code="decided")
    return submission


@transaction.atomic
def submission_approve(*, submission: ListingSubmission, reviewer) -> ListingSubmission:
    """Approve: a new listing goes on sale; a change replaces what buyers see; waiting photos are shown."""
    submission = _locked_pending_submission(submission)
    product = Product.objects.select_for_update().get(pk=submission.product_id)
    before = listing_snapshot(product)
    if submission.kind == ListingSubmission.Kind.CHANGE and submission.proposed:
        _apply_proposal(product, submission.proposed)
    waiting = list(submission.photos.all())
    for photo in waiting:
        with photo.image.open("rb") as source:
            _publish_photo(product, _CleanPhoto(ContentFile(source.read()), photo.alt_en, photo.alt_ar))
    _delete_private_files_after_commit(photo.image.name for photo in waiting)
    product.moderation_status = Product.Moderation.APPROVED
    product.is_public = True
    product.save()  # the save puts the product in the search outbox
    submission.status = ListingSubmission.Status.APPROVED
    submission.decided_by, submission.decided_at = reviewer, timezone.now()
    submission.save()
    product.refresh_from_db()
    audit_record(
        actor=reviewer,
        action="moderation.approved",
        target=product,
        artisan=product.artisan,
        before=before,
        after=listing_snapshot(product),
        note=submission.get_kind_display(),
    )
    _notify_artisan(submission, product)
    return submission


@transaction.atomic
def submission_reject(
    *, submission: ListingSubmission, reviewer, reason: str, note_ar: str = "", note_en: str = ""
) -> ListingSubmission:
    """Reject with a reason the artisan sees in their language. A new listing stays hidden; a change is dropped
    and buyers keep seeing the approved listing. The artisan may edit and send it again."""
    if reason not in ListingSubmission.RejectionReason.values:
        raise ListingRefused(_("Choose a reason."), code="reason")
    if reason == ListingSubmission.RejectionReason.OTHER and not (note_ar.strip() or note_en.strip()):
        raise ListingRefused(_("Explain the reason in a note."), code="note")
    submission = _locked_pending_submission(submission)
    product = Product.objects.select_for_update().get(pk=submission.product_id)
    before = listing_snapshot(product)
    if submission.kind == ListingSubmission.Kind.NEW:
        product.moderation_status = Product.Moderation.REJECTED
        product.is_public = False
        product.save()
    submission.status = ListingSubmission.Status.REJECTED
    submission.rejection_reason = reason
    submission.note_ar, submission.note_en = note_ar.strip()[:2000], note_en.strip()[:2000]
    submission.decided_by, submission.decided_at = reviewer, timezone.now()
    submission.save()
    _delete_private_files_after_commit(photo.image.name for photo in submission.photos.all())
    submission.photos.all().delete()
    audit_record(
        actor=reviewer,
        action="moderation.rejected",
        target=product,
        artisan=product.artisan,
        before=before,
        after={**listing_snapshot(product), "reason": reason, "note_ar": note_ar, "note_en": note_en},
        note=submission.get_kind_display(),
    )
    _notify_artisan(submission, product)
    return submission


def _notify_artisan(submission: ListingSubmission, product) -> None:
    def subject_in(language: str) -> str:
        with translation.override(language):
            if submission.status == ListingSubmission.Status.APPROVED:
                return _("Hirfa: “%(title)s” is approved") % {"title": product.get_title()}
            return _("Hirfa: “%(title)s” was not approved") % {"title": product.get_title()}

    send_bilingual_notice(
        recipients=product.artisan.partner.users.values_list("email", flat=True),
        subject_in=subject_in,
        template_name="moderation/emails/decision.txt",
        context={"submission": submission, "product": product},
        link=(
            "artisans:workshop-product-edit",
            {"registry_number": product.artisan.registry_number, "product_pk": product.pk},
        ),
    )
