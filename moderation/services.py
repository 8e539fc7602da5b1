"""Listing pieces from the artisan portal, and the authority's review of them.

Who may list: the managers of a verified artisan, and authority staff with the "list on an artisan's behalf"
permission (whose listings need no review; the audit trail and `Product.listed_by` record who did it).

What is reviewed: a new listing, and any change to a live listing's text, craft, materials, registered design,
restriction flags or photos. What applies at once: price, stock, weight and measurements, the order of approved
photos, and removing a photo (none of them puts anything new in front of buyers).

Every write here is recorded in the audit trail in the same transaction. Uploaded photos are checked and re-encoded
before anything is written, so a refused file leaves no record behind.
"""

from __future__ import annotations

import secrets
from dataclasses import asdict, dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from artisans.models import Artisan, DesignDeposit
from artisans.selectors import deposits_usable_by
from artisans.services import artisan_check_may_change
from audit.services import audit_record
from catalogue.photos import warm_thumbnails_later
from catalogue.services import (
    BLADED_CRAFT,
    ListingText,
    product_create,
    product_set_price_and_stock,
    product_update_listing,
)
from marketplace.forms import refuse_line_breaks_and_bidi_controls
from marketplace.images import sanitized_upload
from marketplace.mail import send_bilingual_notice
from marketplace.private_files import private_field_storage
from moderation.models import ListingSubmission, SubmissionPhoto

Product = get_model("catalogue", "Product")
ProductImage = get_model("catalogue", "ProductImage")
Category = get_model("catalogue", "Category")
Material = get_model("catalogue", "Material")

MAX_PHOTOS_PER_LISTING = 8


class ListingRefused(ValidationError):
    """The listing cannot be changed this way; the message says why, in the user's language."""


@dataclass(frozen=True)
class ListingContent:
    """What buyers read about a piece and what it claims: reviewed before it is shown."""

    text: ListingText
    craft: object
    materials: tuple = ()
    design_deposit: DesignDeposit | None = None
    is_bladed: bool = False
    is_dangerous_goods: bool = False

    def as_proposal(self) -> dict:
        text = self.text.clean()
        return {
            **asdict(text),
            "craft_id": self.craft.pk,
            "material_ids": sorted(m.pk for m in self.materials),
            "design_deposit_id": self.design_deposit.pk if self.design_deposit else None,
            "is_bladed": bool(self.is_bladed or self.craft.code == BLADED_CRAFT),
            "is_dangerous_goods": bool(self.is_dangerous_goods),
        }


@dataclass(frozen=True)
class Logistics:
    """Applied at once: what it costs, how many there are, and what the courier needs."""

    price: Decimal | str
    stock: int
    weight_g: int
    length_cm: Decimal | None = None
    width_cm: Decimal | None = None
    height_cm: Decimal | None = None


@dataclass(frozen=True)
class PhotoUpload:
    upload: object
    alt_en: str = ""
    alt_ar: str = ""


@dataclass
class _CleanPhoto:
    content: object
    alt_en: str
    alt_ar: str


# --- Who is acting ---------------------------------------------------------------------------------------------


def acts_for_authority(user, artisan: Artisan) -> bool:
    """Authority staff listing on an artisan's behalf (not as one of its managers)."""
    if not user.has_perm("moderation.list_for_artisans"):
        return False
    return not artisan.partner.users.filter(pk=user.pk).exists()


def _check_may_list(artisan: Artisan, actor) -> None:
    """Only a verified artisan's listings change, whoever acts (a waiting, rejected or suspended one's do not)."""
    artisan_check_may_change(artisan)


# --- Snapshots for the audit trail ---------------------------------------------------------------------------


def listing_snapshot(product) -> dict:
    stockrecord = product.stockrecords.first()
    return {
        "title_en": product.title,
        "title_ar": product.title_ar,
        "description_en": product.description,
        "description_ar": product.description_ar,
        "craft": product.craft.code if product.craft_id else None,
        "materials": sorted(product.materials.values_list("slug", flat=True)),
        "design_deposit": product.design_deposit.number if product.design_deposit_id else None,
        "is_bladed": product.is_bladed,
        "is_dangerous_goods": product.is_dangerous_goods,
        "price": f"{stockrecord.price:.3f}" if stockrecord else None,
        "stock": stockrecord.num_in_stock if stockrecord else None,
        "weight_g": product.weight_g,
        "length_cm": product.length_cm,
        "width_cm": product.width_cm,
        "height_cm": product.height_cm,
        "is_public": product.is_public,
        "moderation_status": product.moderation_status,
        "photos": [image.original.name for image in product.images.all()],
    }


def live_proposal(product) -> dict:
    """The live listing's reviewable content, in the shape of a proposal, to tell whether anything changed."""
    return {
        "title_en": product.title,
        "title_ar": product.title_ar,
        "description_en": product.description,
        "description_ar": product.description_ar,
        "craft_id": product.craft_id,
        "material_ids": sorted(product.materials.values_list("pk", flat=True)),
        "design_deposit_id": product.design_deposit_id,
        "is_bladed": product.is_bladed,
        "is_dangerous_goods": product.is_dangerous_goods,
    }


# --- Photos ---------------------------------------------------------------------------------------------------


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


# --- Submissions ----------------------------------------------------------------------------------------------


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


def _apply_proposal(product, proposal: dict) -> None:
    craft = Category.objects.get(pk=proposal["craft_id"])
    deposit = None
    if proposal.get("design_deposit_id"):
        deposit = deposits_usable_by(product.artisan).filter(pk=proposal["design_deposit_id"]).first()
        if deposit is None:
            raise ListingRefused(_("The registered design named can no longer be used."), code="deposit")
    product_update_listing(
        product=product,
        text=ListingText(
            proposal["title_en"], proposal["title_ar"], proposal["description_en"], proposal["description_ar"]
        ),
        craft=craft,
        weight_g=product.weight_g,
        materials=Material.objects.filter(pk__in=proposal.get("material_ids", [])),
        design_deposit=deposit,
    )
    product.is_bladed = bool(proposal.get("is_bladed")) or craft.code == BLADED_CRAFT
    product.is_dangerous_goods = bool(proposal.get("is_dangerous_goods"))
    product.save(update_fields=["is_bladed", "is_dangerous_goods"])
    for image_id, (alt_en, alt_ar) in proposal.get("photo_alts", {}).items():
        ProductImage.objects.filter(product=product, pk=int(image_id)).update(caption=alt_en, alt_ar=alt_ar)


# --- The artisan's writes ---------------------------------------------------------------------------------------


@transaction.atomic
def listing_create(*, artisan: Artisan, actor, content: ListingContent, logistics: Logistics, photos=()) -> object:
    """List a new piece. From an artisan's manager it waits for review, hidden from buyers; from the authority
    acting on the artisan's behalf it goes on sale at once."""
    _check_may_list(artisan, actor)
    if len(photos) > MAX_PHOTOS_PER_LISTING:
        raise ListingRefused(
            _("A piece can have up to %(max)s photos. Remove one before adding another.")
            % {"max": MAX_PHOTOS_PER_LISTING},
            code="too_many_photos",
        )
    clean_photos = _clean_photos(photos)
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


# --- The authority's decisions --------------------------------------------------------------------------------


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
