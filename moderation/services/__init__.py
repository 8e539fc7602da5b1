"""Listing pieces from the artisan portal, and the authority's review of them.

Who may list: the managers of a verified artisan, and authority staff with the "list on an artisan's behalf"
permission (whose listings need no review; the audit trail and `Product.listed_by` record who did it).

What is reviewed: a new listing, and any change to a live listing's text, craft, materials, registered design,
restriction flags or photos. What applies at once: price, stock, weight and measurements, the order of approved
photos, and removing a photo (none of them puts anything new in front of buyers).

Every write here is recorded in the audit trail in the same transaction. Uploaded photos are checked and re-encoded
before anything is written, so a refused file leaves no record behind.

One module per thing acted on, and `__init__` names the services other apps and the views call, so
callers keep writing `moderation.services.listing_create`:
- `rules.py`: what a listing is made of (`ListingContent`, `Logistics`, `PhotoUpload`), who may list, and the
  snapshots the audit trail keeps;
- `listings.py`: listing a piece, changing it, its stock;
- `drafts.py`: photos sent ahead while a new listing is still being written, claimed when it is sent;
- `photo_files.py`: checking, holding and publishing photo files;
- `photos.py`: a listing's photos (adding, removing, ordering, their text);
- `submissions.py`: what waits for review, and the authority's decisions.
"""

from .drafts import DRAFT_PHOTO_LIFETIME, MAX_DRAFT_PHOTOS, draft_photo_upload, draft_photos_delete_stale
from .listings import listing_create, listing_set_stock, listing_update
from .photos import (
    listing_add_photos,
    listing_move_photo,
    listing_remove_photo,
    listing_set_photo_alt,
    listing_withdraw_pending_photo,
)
from .rules import (
    MAX_PHOTOS_PER_LISTING,
    ListingContent,
    ListingRefused,
    Logistics,
    PhotoUpload,
    acts_for_authority,
    listing_snapshot,
    live_proposal,
)
from .submissions import pending_submission, submission_approve, submission_reject

__all__ = [
    "DRAFT_PHOTO_LIFETIME",
    "MAX_DRAFT_PHOTOS",
    "draft_photo_upload",
    "draft_photos_delete_stale",
    "ListingContent",
    "ListingRefused",
    "Logistics",
    "MAX_PHOTOS_PER_LISTING",
    "PhotoUpload",
    "acts_for_authority",
    "listing_add_photos",
    "listing_create",
    "listing_move_photo",
    "listing_remove_photo",
    "listing_set_photo_alt",
    "listing_set_stock",
    "listing_snapshot",
    "listing_update",
    "listing_withdraw_pending_photo",
    "live_proposal",
    "pending_submission",
    "submission_approve",
    "submission_reject",
]
