"""Photos sent ahead of their listing: the workshop's page uploads each photo while the artisan is still typing,
so a slow or dropping line costs one photo's retry, not the whole form. Each is checked and re-encoded on arrival
(as any photo is), held in the private storage, and named by an unguessable token that only its uploader, for that
artisan, can use. Sending the listing claims them; those never claimed are deleted after `DRAFT_PHOTO_LIFETIME`."""

from __future__ import annotations

import secrets
from datetime import timedelta

from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.translation import gettext as _

from artisans.models import Artisan
from marketplace.forms import refuse_line_breaks_and_bidi_controls
from marketplace.images import sanitized_upload
from moderation.models import DraftPhoto

from .photo_files import _CleanPhoto, _delete_private_files_after_commit
from .rules import MAX_PHOTOS_PER_LISTING, ListingRefused, _check_may_list

DRAFT_PHOTO_LIFETIME = timedelta(days=1)
# Twice a listing's photos: room to replace some, not a free photo store.
MAX_DRAFT_PHOTOS = 2 * MAX_PHOTOS_PER_LISTING


def draft_photo_upload(*, artisan: Artisan, actor, upload) -> DraftPhoto:
    """Check, re-encode and hold one photo for a listing `actor` is writing for `artisan`; returns it with its token.
    Raises a ValidationError saying why a file is refused; nothing is stored then."""
    _check_may_list(artisan, actor)
    draft_photos_delete_stale()
    if DraftPhoto.objects.filter(artisan=artisan, uploaded_by=actor).count() >= MAX_DRAFT_PHOTOS:
        raise ListingRefused(
            _("You have sent %(max)s photos that are not on a piece yet. Send the piece first, or wait a day.")
            % {"max": MAX_DRAFT_PHOTOS},
            code="too_many_drafts",
        )
    content = sanitized_upload(upload)  # before anything is written: a refused file leaves nothing
    draft = DraftPhoto(artisan=artisan, uploaded_by=actor, token=secrets.token_urlsafe(32))
    draft.image.save("draft.jpg", content, save=False)
    try:
        draft.save()
    except Exception:
        draft.image.storage.delete(draft.image.name)
        raise
    return draft


def draft_photos_claim(*, artisan: Artisan, actor, tokens, alt_en: str, alt_ar: str) -> list[_CleanPhoto]:
    """The photos named by `tokens`, in that order, as clean photos for a listing; their drafts are deleted with the
    transaction that uses them (the files once it commits). A token that is not `actor`'s for `artisan` (expired,
    used, or someone else's) refuses the listing."""
    refuse_line_breaks_and_bidi_controls(alt_en)
    refuse_line_breaks_and_bidi_controls(alt_ar)
    tokens = list(dict.fromkeys(tokens))
    drafts = {
        draft.token: draft
        for draft in DraftPhoto.objects.select_for_update().filter(artisan=artisan, uploaded_by=actor, token__in=tokens)
    }
    if len(drafts) != len(tokens):
        raise ListingRefused(_("A photo you sent earlier is no longer here. Add it again."), code="draft_photo_missing")
    clean = []
    for token in tokens:
        draft = drafts[token]
        with draft.image.open("rb") as stored:
            clean.append(_CleanPhoto(ContentFile(stored.read(), name="photo.jpg"), alt_en, alt_ar))
    names = [draft.image.name for draft in drafts.values()]
    DraftPhoto.objects.filter(pk__in=[draft.pk for draft in drafts.values()]).delete()
    _delete_private_files_after_commit(names)
    return clean


def draft_photos_delete_stale(*, now=None) -> int:
    """Delete the drafts nobody used within `DRAFT_PHOTO_LIFETIME`, rows and files. Returns how many."""
    cutoff = (now or timezone.now()) - DRAFT_PHOTO_LIFETIME
    stale = list(DraftPhoto.objects.filter(created_at__lt=cutoff).values_list("pk", "image"))
    if not stale:
        return 0
    DraftPhoto.objects.filter(pk__in=[pk for pk, _name in stale]).delete()
    _delete_private_files_after_commit([name for _pk, name in stale])
    return len(stale)
