"""Writes to the artisan registry. Every entry point (forms, the import, the demo, the admin) comes through here."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from artisans.models import Artisan, DesignDeposit, Governorate, SellerApplication, Wilayat
from artisans.selectors import application_may_be_approved
from audit.services import audit_record
from marketplace.forms import refuse_line_breaks_and_bidi_controls
from marketplace.images import sanitized_upload
from marketplace.mail import send_bilingual_notice
from search.services import search_index_enqueue, search_index_enqueue_artisans, search_index_enqueue_deposits

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


# --- Who may change a workshop -----------------------------------------------------------------------------------


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


def deposit_create(
    *,
    number: str,
    title_en: str,
    title_ar: str,
    deposited_on: date,
    owner_artisan: Artisan | None = None,
    certificate_reference: str = "",
) -> DesignDeposit:
    return DesignDeposit.objects.create(
        number=number,
        title_en=title_en,
        title_ar=title_ar,
        deposited_on=deposited_on,
        owner_artisan=owner_artisan,
        certificate_reference=certificate_reference,
    )


# --- Bulk upserts for the catalogue import ------------------------------------------------------------------
# The import validates a whole file first and then writes it here in one transaction, matching records by their
# natural keys, creating what is new, updating only what changed, and counting what it left alone.

BULK_BATCH = 1000
LOOKUP_CHUNK = 900  # stays under SQLite's limit on query parameters


@dataclass
class UpsertCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


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


@dataclass(frozen=True)
class DepositRecord:
    number: str
    title_en: str
    title_ar: str
    owner_registry_number: str | None
    deposited_on: date
    certificate_reference: str


def chunked(items, size: int = LOOKUP_CHUNK):
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]


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
    # Existing artisans whose name, place or crafts changed (and so their products' documents); the new ones are
    # already queued above, once.
    created_ids = {artisan.pk for artisan in created}
    search_index_enqueue_artisans(
        ({artisan.pk for artisan in changed} | {link.artisan_id for link in links_to_add}) - created_ids
    )
    return counts


def deposits_bulk_upsert(records: list[DepositRecord]) -> UpsertCounts:
    counts = UpsertCounts()
    owners = artisan_ids_by_registry_number(r.owner_registry_number for r in records if r.owner_registry_number)
    existing: dict[str, DesignDeposit] = {}
    for chunk in chunked(record.number for record in records):
        existing.update((d.number, d) for d in DesignDeposit.objects.filter(number__in=chunk))
    now = timezone.now()
    new, changed = [], []
    for record in records:
        values = {
            "title_en": record.title_en,
            "title_ar": record.title_ar,
            "owner_artisan_id": owners[record.owner_registry_number][0] if record.owner_registry_number else None,
            "deposited_on": record.deposited_on,
            "certificate_reference": record.certificate_reference,
        }
        deposit = existing.get(record.number)
        if deposit is None:
            new.append(DesignDeposit(number=record.number, **values))
        elif any(getattr(deposit, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(deposit, name, value)
            deposit.updated_at = now
            changed.append(deposit)
        else:
            counts.unchanged += 1
    DesignDeposit.objects.bulk_create(new, batch_size=BULK_BATCH)
    DesignDeposit.objects.bulk_update(
        changed,
        ["title_en", "title_ar", "owner_artisan_id", "deposited_on", "certificate_reference", "updated_at"],
        batch_size=BULK_BATCH,
    )
    search_index_enqueue_deposits(deposit.pk for deposit in changed)
    counts.created, counts.updated = len(new), len(changed)
    return counts


def deposit_ids_by_number(numbers) -> dict[str, int]:
    found = {}
    for chunk in chunked(set(numbers)):
        found.update(DesignDeposit.objects.filter(number__in=chunk).values_list("number", "id"))
    return found


# --- Joining as a seller, and the authority's verification ----------------------------------------------------


class ApplicationRefused(ValidationError):
    """The request cannot be made or decided; the message says why, in the user's language."""


def _application_snapshot(application: SellerApplication) -> dict:
    return {
        "registry_number": application.registry_number,
        "name_en": application.name_en,
        "name_ar": application.name_ar,
        "wilayat": application.wilayat.slug,
        "status": application.status,
        "rejection_reason": application.rejection_reason,
        "note_en": application.note_en,
        "note_ar": application.note_ar,
        "managers_answer": application.managers_answer,
        "call_outcome": application.call_outcome,
        "call_number": application.call_number,
        "call_made_by": application.call_made_by,
        "call_made_at": application.call_made_at.isoformat() if application.call_made_at else None,
        "call_note": application.call_note,
    }


def _other_managers(artisan: Artisan | None, application: SellerApplication) -> list:
    """The accounts that already manage the artisan this request names (not the applicant)."""
    if artisan is None:
        return []
    return list(artisan.partner.users.exclude(pk=application.user_id).order_by("pk"))


@transaction.atomic
def seller_application_submit(
    *,
    user,
    registry_number: str,
    seller_type: str,
    name_ar: str,
    name_en: str,
    governorate: Governorate,
    wilayat: Wilayat,
    crafts=(),
    phone: str,
) -> SellerApplication:
    """Ask the authority to let this account sell as the artisan or outlet with this registry number."""
    for text in (registry_number, name_ar, name_en, phone):
        refuse_line_breaks_and_bidi_controls(text)
    registry_number = registry_number.strip().upper()
    if wilayat.governorate_id != governorate.pk:
        raise ApplicationRefused(
            _("%(wilayat)s is not a wilayat of %(governorate)s.")
            % {"wilayat": wilayat.name, "governorate": governorate.name},
            code="wilayat",
        )
    if Artisan.objects.filter(registry_number=registry_number, partner__users=user).exists():
        raise ApplicationRefused(_("Your account already sells as this artisan."), code="already_yours")
    if (
        SellerApplication.objects.select_for_update()
        .filter(user=user, status=SellerApplication.Status.PENDING)
        .exists()
    ):
        raise ApplicationRefused(
            _("Your request is already with the authority. You will get an e-mail when it is checked."),
            code="already_pending",
        )
    application = SellerApplication.objects.create(
        user=user,
        registry_number=registry_number,
        seller_type=seller_type,
        name_ar=name_ar.strip(),
        name_en=name_en.strip(),
        governorate=governorate,
        wilayat=wilayat,
        phone=phone.strip(),
    )
    application.crafts.set(crafts)
    audit_record(
        actor=user, action="verification.requested", target=application, after=_application_snapshot(application)
    )
    if user.is_active:
        seller_application_notify_managers(application=application)
    return application


def seller_application_notify_managers(*, application: SellerApplication) -> int:
    """Someone asks to manage a workshop that has managers: they hear of it at once (e-mailed after commit, both
    languages), and answer in their workshop. Called when the request is made by an active account; a request made
    with an account not yet active is announced when it is activated (nobody has shown the address is theirs
    before). Returns how many managers are told."""
    artisan = Artisan.objects.select_related("partner").filter(registry_number=application.registry_number).first()
    managers = _other_managers(artisan, application)
    if managers:
        _notify_managers(
            artisan,
            managers,
            application,
            subject=lambda: _("Hirfa: someone asks to manage your workshop"),
            template_name="artisans/emails/manager_request.txt",
            link=("artisans:workshop-managers", {"registry_number": artisan.registry_number}),
        )
    return len(managers)


def seller_applications_announce(*, user) -> int:
    """An account has just been activated: its requests to join, made before anyone knew the address was theirs, are
    announced now to the managers of the workshops they name. Returns how many managers are told."""
    pending = SellerApplication.objects.filter(user=user, status=SellerApplication.Status.PENDING)
    return sum(seller_application_notify_managers(application=application) for application in pending)


@transaction.atomic
def seller_application_answer(*, application: SellerApplication, manager, accept: bool) -> SellerApplication:
    """One of the artisan's current managers agrees to let the applicant manage it too (the authority may then
    approve), or refuses (the request is rejected and the applicant told). Only a manager of the artisan the request
    names may answer, and only while the request waits."""
    application = _locked_pending(application)
    artisan = Artisan.objects.filter(registry_number=application.registry_number, partner__users=manager).first()
    if artisan is None or manager.pk == application.user_id:
        raise ApplicationRefused(_("Only the people who manage this workshop can answer."), code="not_a_manager")
    artisan_check_may_change(artisan)
    before = _application_snapshot(application)
    application.managers_answered_by, application.managers_answered_at = manager, timezone.now()
    if accept:
        application.managers_answer = SellerApplication.ManagersAnswer.ACCEPTED
    else:
        application.managers_answer = SellerApplication.ManagersAnswer.REFUSED
        application.status = SellerApplication.Status.REJECTED
        application.rejection_reason = SellerApplication.RejectionReason.MANAGERS_REFUSED
        application.decided_by, application.decided_at = manager, application.managers_answered_at
    application.save()
    audit_record(
        actor=manager,
        action="verification.managers_accepted" if accept else "verification.managers_refused",
        target=application,
        artisan=artisan,
        before=before,
        after=_application_snapshot(application),
    )
    if not accept:
        _notify_applicant(application, "artisans/emails/application_rejected.txt")
    return application


@transaction.atomic
def seller_application_record_call(
    *,
    application: SellerApplication,
    reviewer,
    number: str,
    made_by: str,
    made_at,
    outcome: str,
    note: str = "",
) -> SellerApplication:
    """Record the authority's call to the phone number in the registry about this request: who called, when, the
    number, and what the artisan said. Only a call that confirms the request lets a reviewer approve it for an
    artisan who already has managers. Recording again replaces the previous call (the audit trail keeps both)."""
    if outcome not in SellerApplication.CallOutcome.values:
        raise ApplicationRefused(_("Choose what the call showed."), code="outcome")
    number, made_by, note = number.strip(), made_by.strip(), note.strip()
    if not number or not made_by:
        raise ApplicationRefused(_("Write who called and the number they called."), code="call")
    application = _locked_pending(application)
    if made_at > timezone.now() + timedelta(minutes=5):
        raise ApplicationRefused(_("The call cannot be in the future."), code="call_in_future")
    if made_at < application.created_at.replace(second=0, microsecond=0):  # the form gives the minute
        raise ApplicationRefused(
            _("The call was made before the request was sent: it cannot confirm it. Call again."), code="call_before"
        )
    before = _application_snapshot(application)
    application.call_number, application.call_made_by = number[:20], made_by[:150]
    application.call_made_at, application.call_outcome, application.call_note = made_at, outcome, note[:2000]
    application.call_recorded_by = reviewer
    application.save()
    artisan = Artisan.objects.filter(registry_number=application.registry_number).first()
    audit_record(
        actor=reviewer,
        action="verification.call_recorded",
        target=application,
        artisan=artisan,
        before=before,
        after=_application_snapshot(application),
    )
    return application


def _locked_pending(application: SellerApplication) -> SellerApplication:
    application = SellerApplication.objects.select_for_update().select_related("user", "wilayat").get(pk=application.pk)
    if application.status != SellerApplication.Status.PENDING:
        raise ApplicationRefused(_("This request has already been decided."), code="decided")
    return application


@transaction.atomic
def seller_application_approve(*, application: SellerApplication, reviewer) -> Artisan:
    """The request matches the registry: the account manages that artisan, who is now verified. An artisan not yet
    in the marketplace's registry is added from the request."""
    application = _locked_pending(application)
    artisan = Artisan.objects.select_for_update().filter(registry_number=application.registry_number).first()
    managers = _other_managers(artisan, application)
    if not application_may_be_approved(application, managers):
        raise ApplicationRefused(
            _(
                "This artisan already has managers. One of them must agree in their workshop, or the authority must "
                "call the phone number in the registry and record a call that confirms the request, before it can be "
                "approved."
            ),
            code="needs_managers_or_call",
        )
    if artisan is None:
        artisan = artisan_create(
            data=ArtisanData(
                registry_number=application.registry_number,
                name_en=application.name_en,
                name_ar=application.name_ar,
                governorate=application.governorate,
                wilayat=application.wilayat,
                crafts=tuple(application.crafts.all()),
                seller_type=application.seller_type,
                verification=Artisan.Verification.VERIFIED,
                managers=(application.user,),
            )
        )
        before = {}
    else:
        before = {"verification": artisan.verification}
        if not artisan.is_verified:
            artisan.verification = Artisan.Verification.VERIFIED
            artisan.verified_at = timezone.now()
            artisan.save(update_fields=["verification", "verified_at", "updated_at"])
        artisan_add_manager(artisan=artisan, user=application.user)
    application_before = _application_snapshot(application)
    application.status = SellerApplication.Status.APPROVED
    application.artisan = artisan
    application.decided_by = reviewer
    application.decided_at = timezone.now()
    application.save()
    audit_record(
        actor=reviewer,
        action="verification.approved",
        target=application,
        artisan=artisan,
        before={**application_before, **before},
        after={**_application_snapshot(application), "verification": artisan.verification},
    )
    search_index_enqueue_artisans(artisan_ids=[artisan.pk])
    _notify_applicant(application, "artisans/emails/application_approved.txt")
    if managers:
        _notify_managers(
            artisan,
            managers,
            application,
            subject=lambda: _("Hirfa: a new manager was added to your workshop"),
            template_name="artisans/emails/manager_added.txt",
            link=("artisans:workshop-managers", {"registry_number": artisan.registry_number}),
        )
    return artisan


@transaction.atomic
def seller_application_reject(
    *, application: SellerApplication, reviewer, reason: str, note_ar: str = "", note_en: str = ""
) -> SellerApplication:
    """The request does not match the registry: the applicant is told why, and may correct it and ask again."""
    if reason not in SellerApplication.RejectionReason.values:
        raise ApplicationRefused(_("Choose a reason."), code="reason")
    if reason == SellerApplication.RejectionReason.OTHER and not (note_ar.strip() or note_en.strip()):
        raise ApplicationRefused(_("Explain the reason in a note."), code="note")
    application = _locked_pending(application)
    before = _application_snapshot(application)
    application.status = SellerApplication.Status.REJECTED
    application.rejection_reason = reason
    application.note_ar, application.note_en = note_ar.strip(), note_en.strip()
    application.decided_by = reviewer
    application.decided_at = timezone.now()
    application.save()
    audit_record(
        actor=reviewer,
        action="verification.rejected",
        target=application,
        before=before,
        after=_application_snapshot(application),
    )
    _notify_applicant(application, "artisans/emails/application_rejected.txt")
    return application


def _notify_managers(artisan: Artisan, managers, application: SellerApplication, *, subject, template_name, link):
    """E-mail the artisan's managers about a request to join them, or a manager added (both languages, Arabic first,
    after commit)."""

    def subject_in(language: str) -> str:
        with translation.override(language):
            return subject()

    send_bilingual_notice(
        recipients=[manager.email for manager in managers],
        subject_in=subject_in,
        template_name=template_name,
        context={
            "artisan": artisan,
            "application": application,
            "hold_days": settings.PAYOUT_HOLD_DAYS_AFTER_NEW_MANAGER,
        },
        link=link,
    )


def _notify_applicant(application: SellerApplication, template_name: str) -> None:
    def subject_in(language: str) -> str:
        with translation.override(language):
            if application.status == SellerApplication.Status.APPROVED:
                return _("Hirfa: your account is verified")
            return _("Hirfa: we could not verify your account")

    send_bilingual_notice(
        recipients=[application.user.email],
        subject_in=subject_in,
        template_name=template_name,
        context={"application": application},
        link=("artisans:workshop", {}),
    )
