"""An artisan or outlet in the registry: creating it, its managers, its profile and photo, suspending
and reinstating it, and the import's bulk upsert of artisans."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from artisans.models import Artisan, Governorate, Wilayat
from audit.services import audit_record
from marketplace.forms import refuse_line_breaks_and_bidi_controls
from marketplace.images import sanitized_upload
from marketplace.page_cache import invalidate_pages
from search.services import search_index_enqueue, search_index_enqueue_artisans

from .upserts import BULK_BATCH, UpsertCounts, chunked

Partner = get_model("partner", "Partner")


def seller_display_name(*, name_en: str, name_ar: str) -> str:
    """The name Oscar shows for the seller account (dashboard, order lines): English when there is one."""
    return (name_en or name_ar)[:128]


def seller_code(registry_number: str) -> str:
    """The seller account's unique code. Set from the registry number (unique) rather than Oscar's slug of the name,
    which two artisans with the same name would share."""
    return registry_number.lower()


@dataclass(frozen=True)
class ArtisanData:
    """Everything the registry knows about an artisan or outlet, as the import and the forms provide it."""

    registry_number: str
    name_en: str
    name_ar: str
    governorate: Governorate
    wilayat: Wilayat
    crafts: tuple = ()
    seller_type: str = Artisan.SellerType.ARTISAN
    gender: str = ""
    birth_year: int | None = None
    full_time: bool = False
    bio_en: str = ""
    bio_ar: str = ""
    verification: str = Artisan.Verification.VERIFIED
    managers: tuple = field(default=())


@transaction.atomic
def artisan_create(*, data: ArtisanData) -> Artisan:
    """Register an artisan or outlet with its seller account (an Oscar Partner) and the users who manage it."""
    if data.wilayat.governorate_id != data.governorate.pk:
        raise ValidationError(
            _("%(wilayat)s is not a wilayat of %(governorate)s.")
            % {"wilayat": data.wilayat.name, "governorate": data.governorate.name}
        )
    partner = Partner.objects.create(
        name=seller_display_name(name_en=data.name_en, name_ar=data.name_ar), code=seller_code(data.registry_number)
    )
    artisan = Artisan.objects.create(
        registry_number=data.registry_number,
        seller_type=data.seller_type,
        name_en=data.name_en,
        name_ar=data.name_ar,
        gender=data.gender,
        birth_year=data.birth_year,
        governorate=data.governorate,
        wilayat=data.wilayat,
        full_time=data.full_time,
        bio_en=data.bio_en,
        bio_ar=data.bio_ar,
        verification=data.verification,
        verified_at=timezone.now() if data.verification == Artisan.Verification.VERIFIED else None,
        partner=partner,
        manager_added_at=timezone.now() if data.managers else None,
    )
    artisan.crafts.set(data.crafts)
    if data.managers:
        partner.users.add(*data.managers)
    return artisan


def artisan_add_manager(*, artisan: Artisan, user: AbstractBaseUser) -> None:
    """Let `user` manage this artisan's profile and products (through Oscar's Partner.users). The time is kept:
    bank details changed in the days after a manager joins hold the artisan's payouts until the authority confirms
    them (ledger.services.payout_account_save)."""
    if artisan.partner.users.filter(pk=user.pk).exists():
        return
    artisan.partner.users.add(user)
    artisan.manager_added_at = timezone.now()
    artisan.save(update_fields=["manager_added_at", "updated_at"])


class WorkshopClosed(ValidationError):
    """Only a verified artisan's workshop changes anything; the message says why, in the user's language."""


def artisan_check_may_change(artisan: Artisan) -> None:
    """Refuse any change to a workshop whose artisan is not verified (waiting, rejected or suspended). Every
    workshop service calls it, whoever the views let through."""
    if not artisan.is_verified:
        raise WorkshopClosed(artisan.closed_reason, code="workshop_closed")


@transaction.atomic
def artisan_suspend(*, artisan: Artisan, reviewer, note: str = "") -> Artisan:
    """Suspend a verified artisan: buyers stop seeing its pieces and its workshop changes nothing until
    `artisan_reinstate`. Audited."""
    return _artisan_set_verification(
        artisan=artisan,
        reviewer=reviewer,
        verification=Artisan.Verification.SUSPENDED,
        action="artisan.suspended",
        note=note,
    )


@transaction.atomic
def artisan_reinstate(*, artisan: Artisan, reviewer, note: str = "") -> Artisan:
    """Lift a suspension: the artisan is verified again. Audited."""
    return _artisan_set_verification(
        artisan=artisan,
        reviewer=reviewer,
        verification=Artisan.Verification.VERIFIED,
        action="artisan.reinstated",
        note=note,
    )


def _artisan_set_verification(*, artisan: Artisan, reviewer, verification: str, action: str, note: str) -> Artisan:
    artisan = Artisan.objects.select_for_update().get(pk=artisan.pk)
    was = (
        Artisan.Verification.SUSPENDED
        if verification == Artisan.Verification.VERIFIED
        else Artisan.Verification.VERIFIED
    )
    if artisan.verification != was:
        raise ValidationError(
            _("Only a verified artisan can be suspended, and only a suspended one reinstated."), code="verification"
        )
    before = {"verification": artisan.verification}
    artisan.verification = verification
    artisan.save(update_fields=["verification", "updated_at"])
    audit_record(
        actor=reviewer,
        action=action,
        target=artisan,
        artisan=artisan,
        before=before,
        after={"verification": verification},
        note=note[:500],
    )
    search_index_enqueue_artisans(artisan_ids=[artisan.pk])
    return artisan


def profile_snapshot(artisan: Artisan) -> dict:
    return {
        "name_en": artisan.name_en,
        "name_ar": artisan.name_ar,
        "bio_en": artisan.bio_en,
        "bio_ar": artisan.bio_ar,
        "photo": artisan.photo.name or "",
    }


@transaction.atomic
def artisan_update_profile(
    *,
    artisan: Artisan,
    name_en: str,
    name_ar: str,
    bio_en: str,
    bio_ar: str,
    photo: UploadedFile | None = None,
    actor=None,
) -> Artisan:
    """Change what an artisan says about themselves. The registry facts (number, region, gender...) stay the
    authority's to change. The change is recorded in the audit trail."""
    artisan_check_may_change(artisan)
    for name in (name_en, name_ar):
        refuse_line_breaks_and_bidi_controls(name)
    before = profile_snapshot(artisan)
    clean_photo = sanitized_upload(photo) if photo is not None else None  # a refused photo changes nothing
    artisan.name_en, artisan.name_ar = name_en.strip(), name_ar.strip()
    artisan.bio_en, artisan.bio_ar = bio_en.strip(), bio_ar.strip()
    if clean_photo is not None:
        _store_clean_photo(artisan, clean_photo)
    artisan.save()
    audit_record(
        actor=actor,
        action="profile.changed",
        target=artisan,
        artisan=artisan,
        before=before,
        after=profile_snapshot(artisan),
    )
    if artisan.partner.name != seller_display_name(name_en=artisan.name_en, name_ar=artisan.name_ar):
        artisan.partner.name = seller_display_name(name_en=artisan.name_en, name_ar=artisan.name_ar)
        artisan.partner.save(update_fields=["name"])
    return artisan


def _store_photo(artisan: Artisan, upload: UploadedFile) -> None:
    _store_clean_photo(artisan, sanitized_upload(upload))


def _store_clean_photo(artisan: Artisan, clean) -> None:
    previous = artisan.photo.name
    artisan.photo.save(f"{artisan.registry_number.lower()}.jpg", clean, save=False)
    if previous and previous != artisan.photo.name:
        artisan.photo.storage.delete(previous)


def artisan_set_photo(*, artisan: Artisan, upload: UploadedFile) -> Artisan:
    """Replace the artisan's photo with a clean copy of the upload (checked, re-encoded, no location data)."""
    _store_photo(artisan, upload)
    artisan.save(update_fields=["photo", "updated_at"])
    return artisan


@dataclass(frozen=True)
class ArtisanRecord:
    registry_number: str
    seller_type: str
    name_en: str
    name_ar: str
    gender: str
    birth_year: int | None
    governorate_id: int
    wilayat_id: int
    craft_ids: frozenset
    full_time: bool
    bio_en: str
    bio_ar: str


ARTISAN_RECORD_FIELDS = (
    "seller_type",
    "name_en",
    "name_ar",
    "gender",
    "birth_year",
    "governorate_id",
    "wilayat_id",
    "full_time",
    "bio_en",
    "bio_ar",
)


def artisan_ids_by_registry_number(numbers) -> dict[str, tuple[int, int]]:
    """registry number -> (artisan id, seller account id), for the numbers that exist."""
    found = {}
    for chunk in chunked(set(numbers)):
        for number, artisan_id, partner_id in Artisan.objects.filter(registry_number__in=chunk).values_list(
            "registry_number", "id", "partner_id"
        ):
            found[number] = (artisan_id, partner_id)
    return found


def artisans_bulk_upsert(records: list[ArtisanRecord]) -> UpsertCounts:
    counts = UpsertCounts()
    existing: dict[str, Artisan] = {}
    for chunk in chunked(record.registry_number for record in records):
        existing.update((a.registry_number, a) for a in Artisan.objects.filter(registry_number__in=chunk))
    CraftLink = Artisan.crafts.through
    current_crafts: dict[int, set[int]] = {artisan.id: set() for artisan in existing.values()}
    for chunk in chunked(current_crafts):
        for artisan_id, category_id in CraftLink.objects.filter(artisan_id__in=chunk).values_list(
            "artisan_id", "category_id"
        ):
            current_crafts[artisan_id].add(category_id)

    now = timezone.now()
    new_records, changed, renamed_partners = [], [], []
    links_to_add, links_to_remove = [], []
    for record in records:
        artisan = existing.get(record.registry_number)
        if artisan is None:
            new_records.append(record)
            continue
        fields_changed = [name for name in ARTISAN_RECORD_FIELDS if getattr(artisan, name) != getattr(record, name)]
        crafts_before = current_crafts[artisan.id]
        if not fields_changed and crafts_before == record.craft_ids:
            counts.unchanged += 1
            continue
        counts.updated += 1
        if fields_changed:
            for name in fields_changed:
                setattr(artisan, name, getattr(record, name))
            artisan.updated_at = now
            changed.append(artisan)
            if {"name_en", "name_ar"} & set(fields_changed):
                renamed_partners.append(
                    Partner(
                        pk=artisan.partner_id, name=seller_display_name(name_en=record.name_en, name_ar=record.name_ar)
                    )
                )
        links_to_add += [CraftLink(artisan_id=artisan.id, category_id=c) for c in record.craft_ids - crafts_before]
        links_to_remove += [(artisan.id, c) for c in crafts_before - record.craft_ids]

    Artisan.objects.bulk_update(changed, [*ARTISAN_RECORD_FIELDS, "updated_at"], batch_size=BULK_BATCH)
    Partner.objects.bulk_update(renamed_partners, ["name"], batch_size=BULK_BATCH)
    for artisan_id, category_id in links_to_remove:
        CraftLink.objects.filter(artisan_id=artisan_id, category_id=category_id).delete()

    partners = Partner.objects.bulk_create(
        [
            Partner(name=seller_display_name(name_en=r.name_en, name_ar=r.name_ar), code=seller_code(r.registry_number))
            for r in new_records
        ],
        batch_size=BULK_BATCH,
    )
    created = Artisan.objects.bulk_create(
        [
            Artisan(
                registry_number=r.registry_number,
                partner_id=partner.pk,
                verification=Artisan.Verification.VERIFIED,  # the registry is the authority's own record
                verified_at=now,
                **{name: getattr(r, name) for name in ARTISAN_RECORD_FIELDS},
            )
            for r, partner in zip(new_records, partners, strict=True)
        ],
        batch_size=BULK_BATCH,
    )
    for artisan, record in zip(created, new_records, strict=True):
        links_to_add += [CraftLink(artisan_id=artisan.pk, category_id=c) for c in record.craft_ids]
    CraftLink.objects.bulk_create(links_to_add, batch_size=BULK_BATCH)
    counts.created = len(created)
    search_index_enqueue(artisan_ids=[artisan.pk for artisan in created])
    invalidate_pages()  # bulk writes send no signals to the page cache either
    # Existing artisans whose name, place or crafts changed (and so their products' documents); the new ones are
    # already queued above, once.
    created_ids = {artisan.pk for artisan in created}
    search_index_enqueue_artisans(
        ({artisan.pk for artisan in changed} | {link.artisan_id for link in links_to_add}) - created_ids
    )
    return counts
