"""Photo files: checked and re-encoded before anything is written, held privately while they wait
for review, published on the piece, and deleted once a decision is committed."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from catalogue.photos import warm_thumbnails_later
from marketplace.forms import refuse_line_breaks_and_bidi_controls
from marketplace.images import sanitized_upload
from marketplace.private_files import private_field_storage
from moderation.models import ListingSubmission, SubmissionPhoto

from .rules import MAX_PHOTOS_PER_LISTING, ListingRefused

ProductImage = get_model("catalogue", "ProductImage")


@dataclass
class _CleanPhoto:
    content: object
    alt_en: str
    alt_ar: str


def _clean_photos(photos) -> list[_CleanPhoto]:
    """Check and re-encode every photo before anything is written: one bad file refuses them all."""
    for photo in photos:
        refuse_line_breaks_and_bidi_controls(photo.alt_en)
        refuse_line_breaks_and_bidi_controls(photo.alt_ar)
    return [
        _CleanPhoto(sanitized_upload(photo.upload), photo.alt_en.strip()[:200], photo.alt_ar.strip()[:200])
        for photo in photos
    ]


def _check_photo_count(product, adding: int, pending: ListingSubmission | None) -> None:
    current = product.images.count() + (pending.photos.count() if pending else 0)
    if current + adding > MAX_PHOTOS_PER_LISTING:
        raise ListingRefused(
            _("A piece can have up to %(max)s photos. Remove one before adding another.")
            % {"max": MAX_PHOTOS_PER_LISTING},
            code="too_many_photos",
        )


def _publish_photo(product, clean: _CleanPhoto):
    position = product.images.count()
    image = ProductImage(product=product, caption=clean.alt_en, alt_ar=clean.alt_ar, display_order=position)
    image.original.save(f"{product.upc or product.pk}-{secrets.token_hex(4)}.jpg", clean.content, save=False)
    image.save()
    warm_thumbnails_later(image)
    return image


def _delete_private_files_after_commit(names) -> None:
    """Delete photos that waited for review once the decision is committed (never before: a rolled-back rejection
    keeps its photos). A store that fails to delete is logged, not raised: the decision stands."""
    names = [name for name in names if name]
    if not names:
        return
    storage = private_field_storage()

    def delete() -> None:
        for name in names:
            storage.delete(name)

    transaction.on_commit(delete, robust=True)


def _hold_photo(submission: ListingSubmission, clean: _CleanPhoto) -> SubmissionPhoto:
    photo = SubmissionPhoto(
        submission=submission, alt_en=clean.alt_en, alt_ar=clean.alt_ar, position=submission.photos.count()
    )
    photo.image.save("photo.jpg", clean.content, save=False)
    photo.save()
    return photo
