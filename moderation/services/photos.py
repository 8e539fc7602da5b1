"""A listing's photos: adding them (for review when the artisan adds them), removing, withdrawing,
ordering, and their text in both languages."""

from __future__ import annotations

from django.db import transaction
from oscar.core.loading import get_model

from audit.services import audit_record
from marketplace.forms import refuse_line_breaks_and_bidi_controls
from moderation.models import ListingSubmission, SubmissionPhoto

from .photo_files import (
    _check_photo_count,
    _clean_photos,
    _delete_private_files_after_commit,
    _hold_photo,
    _publish_photo,
)
from .rules import _check_may_list, acts_for_authority, live_proposal
from .submissions import _open_submission, pending_submission

Product = get_model("catalogue", "Product")
ProductImage = get_model("catalogue", "ProductImage")


@transaction.atomic
def listing_add_photos(*, product, actor, photos) -> list:
    """Add photos: on sale at once when the authority adds them, otherwise held for review."""
    _check_may_list(product.artisan, actor)
    clean_photos = _clean_photos(photos)
    product = Product.objects.select_for_update().get(pk=product.pk)
    if acts_for_authority(actor, product.artisan):
        _check_photo_count(product, len(clean_photos), pending_submission(product))
        added = [_publish_photo(product, clean) for clean in clean_photos]
    else:
        submission = _open_submission(product, actor)
        _check_photo_count(product, len(clean_photos), submission)
        added = [_hold_photo(submission, clean) for clean in clean_photos]
    audit_record(
        actor=actor,
        action="listing.photo_added",
        target=product,
        artisan=product.artisan,
        after={"photos_added": len(added), "waiting_for_review": not acts_for_authority(actor, product.artisan)},
    )
    return added


@transaction.atomic
def listing_remove_photo(*, product, actor, image) -> None:
    """Remove a photo buyers see: at once (removing shows nothing new)."""
    _check_may_list(product.artisan, actor)
    name = image.original.name
    ProductImage.objects.filter(pk=image.pk, product=product).delete()
    for position, remaining in enumerate(product.images.order_by("display_order", "pk")):
        if remaining.display_order != position:
            ProductImage.objects.filter(pk=remaining.pk).update(display_order=position)
    audit_record(
        actor=actor,
        action="listing.photo_removed",
        target=product,
        artisan=product.artisan,
        before={"photo": name},
        after={"photo": None},
    )


@transaction.atomic
def listing_withdraw_pending_photo(*, product, actor, photo: SubmissionPhoto) -> None:
    _check_may_list(product.artisan, actor)
    submission = photo.submission
    _delete_private_files_after_commit([photo.image.name])
    photo.delete()
    if submission.kind == ListingSubmission.Kind.CHANGE and not submission.proposed and not submission.photos.exists():
        submission.delete()
    audit_record(
        actor=actor,
        action="listing.photo_withdrawn",
        target=product,
        artisan=product.artisan,
        before={"pending_photo": photo.pk},
        after={"pending_photo": None},
    )


@transaction.atomic
def listing_move_photo(*, product, actor, image, offset: int) -> None:
    """Move an approved photo earlier (-1) or later (+1); the first photo is the one buyers see on cards."""
    _check_may_list(product.artisan, actor)
    images = list(product.images.select_for_update().order_by("display_order", "pk"))
    index = next((i for i, candidate in enumerate(images) if candidate.pk == image.pk), None)
    if index is None:
        return
    target = min(max(index + offset, 0), len(images) - 1)
    before = [i.pk for i in images]
    images.insert(target, images.pop(index))
    for position, candidate in enumerate(images):
        if candidate.display_order != position:
            ProductImage.objects.filter(pk=candidate.pk).update(display_order=position)
    audit_record(
        actor=actor,
        action="listing.photos_reordered",
        target=product,
        artisan=product.artisan,
        before={"order": before},
        after={"order": [i.pk for i in images]},
    )


@transaction.atomic
def listing_set_photo_alt(*, product, actor, image, alt_en: str, alt_ar: str) -> None:
    """Describe an approved photo. It is text buyers' screen readers read out, so it is reviewed like the rest."""
    _check_may_list(product.artisan, actor)
    refuse_line_breaks_and_bidi_controls(alt_en)
    refuse_line_breaks_and_bidi_controls(alt_ar)
    alt_en, alt_ar = alt_en.strip()[:200], alt_ar.strip()[:200]
    if acts_for_authority(actor, product.artisan) or product.moderation_status != Product.Moderation.APPROVED:
        ProductImage.objects.filter(pk=image.pk, product=product).update(caption=alt_en, alt_ar=alt_ar)
    else:
        submission = _open_submission(product, actor)
        proposed = submission.proposed or {}
        proposed.setdefault("photo_alts", {})[str(image.pk)] = [alt_en, alt_ar]
        if "title_en" not in proposed:
            proposed = {**live_proposal(product), **proposed}
        submission.proposed = proposed
        submission.save()
    audit_record(
        actor=actor,
        action="listing.photo_described",
        target=product,
        artisan=product.artisan,
        before={"alt_en": image.caption, "alt_ar": image.alt_ar},
        after={"alt_en": alt_en, "alt_ar": alt_ar},
    )
