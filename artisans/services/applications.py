"""Joining as a seller: a request to sell as a registry number, the current managers' answer, the
authority's call to the registry's number, and its approval or refusal."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from artisans.models import Artisan, Governorate, SellerApplication, Wilayat
from artisans.selectors import application_may_be_approved
from audit.services import audit_record
from marketplace.forms import refuse_line_breaks_and_bidi_controls
from marketplace.mail import send_bilingual_notice
from search.services import search_index_enqueue_artisans

from .artisans import ArtisanData, artisan_add_manager, artisan_check_may_change, artisan_create


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
