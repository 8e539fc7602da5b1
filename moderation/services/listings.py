"""A listing: a new piece, a change to its text or logistics, and its stock."""

from __future__ import annotations

import secrets

from django.db import transaction
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from artisans.models import Artisan
from audit.services import audit_record
from catalogue.services import (
    product_create,
    product_set_price_and_stock,
)
from moderation.models import ListingSubmission

from .drafts import draft_photos_claim, draft_photos_delete_stale
from .photo_files import _clean_photos, _hold_photo, _publish_photo
from .rules import (
    MAX_PHOTOS_PER_LISTING,
    ListingContent,
    ListingRefused,
    Logistics,
    _apply_proposal,
    _check_may_list,
    acts_for_authority,
    listing_snapshot,
    live_proposal,
)
from .submissions import _open_submission, pending_submission

Product = get_model("catalogue", "Product")


def _next_sku(artisan: Artisan) -> str:
    while True:
        sku = f"{artisan.registry_number}-{secrets.token_hex(3).upper()}"
        if not Product.objects.filter(upc=sku).exists():
            return sku


def _apply_logistics(product, logistics: Logistics) -> None:
    product_set_price_and_stock(product=product, price=logistics.price, stock=logistics.stock)
    product.weight_g = logistics.weight_g
    product.length_cm, product.width_cm, product.height_cm = (
        logistics.length_cm,
        logistics.width_cm,
        logistics.height_cm,
    )
    product.save(update_fields=["weight_g", "length_cm", "width_cm", "height_cm", "date_updated"])


@transaction.atomic
def listing_create(
    *,
    artisan: Artisan,
    actor,
    content: ListingContent,
    logistics: Logistics,
    photos=(),
    draft_tokens=(),
    draft_alt: tuple[str, str] = ("", ""),
) -> object:
    """List a new piece. From an artisan's manager it waits for review, hidden from buyers; from the authority
    acting on the artisan's behalf it goes on sale at once. `draft_tokens` name photos sent ahead by
    `draft_photo_upload` (described by `draft_alt`, English then Arabic); they come before `photos`."""
    _check_may_list(artisan, actor)
    if len(photos) + len(set(draft_tokens)) > MAX_PHOTOS_PER_LISTING:
        raise ListingRefused(
            _("A piece can have up to %(max)s photos. Remove one before adding another.")
            % {"max": MAX_PHOTOS_PER_LISTING},
            code="too_many_photos",
        )
    clean_photos = _clean_photos(photos)
    if draft_tokens:
        alt_en, alt_ar = (text.strip()[:200] for text in draft_alt)
        clean_photos = (
            draft_photos_claim(artisan=artisan, actor=actor, tokens=draft_tokens, alt_en=alt_en, alt_ar=alt_ar)
            + clean_photos
        )
    draft_photos_delete_stale()
    proposal = content.as_proposal()
    on_behalf = acts_for_authority(actor, artisan)
    product = product_create(
        artisan=artisan,
        craft=content.craft,
        sku=_next_sku(artisan),
        text=content.text,
        price=logistics.price,
        stock=logistics.stock,
        weight_g=logistics.weight_g,
        materials=content.materials,
        design_deposit=content.design_deposit,
        is_public=on_behalf,
        is_dangerous_goods=proposal["is_dangerous_goods"],
    )
    product.is_bladed = proposal["is_bladed"]
    product.length_cm, product.width_cm, product.height_cm = (
        logistics.length_cm,
        logistics.width_cm,
        logistics.height_cm,
    )
    product.moderation_status = Product.Moderation.APPROVED if on_behalf else Product.Moderation.PENDING
    product.listed_by = actor
    product.save()
    if on_behalf:
        for clean in clean_photos:
            _publish_photo(product, clean)
    else:
        submission = ListingSubmission.objects.create(
            product=product, artisan=artisan, kind=ListingSubmission.Kind.NEW, submitted_by=actor
        )
        for clean in clean_photos:
            _hold_photo(submission, clean)
    audit_record(
        actor=actor,
        action="listing.created",
        target=product,
        artisan=artisan,
        after=listing_snapshot(product),
        note="listed by the authority on the artisan's behalf" if on_behalf else "",
    )
    return product


@transaction.atomic
def listing_update(*, product, actor, content: ListingContent, logistics: Logistics) -> ListingSubmission | None:
    """Save an edited listing. Price, stock, weight and measurements apply at once; changed text, craft,
    materials, design or flags go to review (or, for a listing never approved, replace what waits for review).
    Returns the pending submission, if the change waits for one."""
    product = Product.objects.select_for_update().get(pk=product.pk)
    _check_may_list(product.artisan, actor)
    before = listing_snapshot(product)
    _apply_logistics(product, logistics)
    proposal = content.as_proposal()
    submission = pending_submission(product, lock=True)
    if acts_for_authority(actor, product.artisan) or product.moderation_status != Product.Moderation.APPROVED:
        # Hidden from buyers (never approved) or written by the authority: the product itself holds the text.
        _apply_proposal(product, proposal)
        if product.moderation_status != Product.Moderation.APPROVED:
            submission = _open_submission(product, actor)
    elif proposal != live_proposal(product) or (submission and submission.proposed):
        submission = submission or _open_submission(product, actor)
        alts = submission.proposed.get("photo_alts", {})
        changed = proposal != live_proposal(product)
        submission.proposed = {**proposal, "photo_alts": alts} if changed or alts else {}
        if not submission.proposed and not submission.photos.exists():
            submission.delete()  # the artisan put everything back as it is on sale: nothing left to review
            submission = None
        else:
            submission.submitted_by = actor
            submission.save()
    product.refresh_from_db()
    audit_record(
        actor=actor,
        action="listing.changed",
        target=product,
        artisan=product.artisan,
        before=before,
        after={**listing_snapshot(product), **({"proposed_for_review": proposal} if submission else {})},
    )
    return submission


@transaction.atomic
def listing_set_stock(*, product, actor, stock: int) -> None:
    """The quick stock update: applies at once, whatever waits for review."""
    _check_may_list(product.artisan, actor)
    stockrecord = product.stockrecords.first()
    before = {"stock": stockrecord.num_in_stock}
    product_set_price_and_stock(product=product, price=stockrecord.price, stock=stock)
    audit_record(
        actor=actor,
        action="listing.stock",
        target=product,
        artisan=product.artisan,
        before=before,
        after={"stock": stock},
    )
