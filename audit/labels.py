"""What the audit trail's records mean, in the reader's language. The records keep stable codes (`listing.created`,
`stock`, True); the authority's pages show these labels instead, and the code itself only where no label is known
(Wagtail's own actions, which its admin names)."""

from __future__ import annotations

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

ACTIONS = {
    "listing.created": _("Piece listed"),
    "listing.changed": _("Listing changed"),
    "listing.stock": _("Stock changed"),
    "listing.photo_added": _("Photo added"),
    "listing.photo_described": _("Photo description changed"),
    "listing.photo_removed": _("Photo removed"),
    "listing.photo_withdrawn": _("Waiting photo withdrawn"),
    "listing.photos_reordered": _("Photos reordered"),
    "moderation.approved": _("Listing approved"),
    "moderation.rejected": _("Listing rejected"),
    "profile.changed": _("Profile changed"),
    "artisan.suspended": _("Artisan suspended"),
    "artisan.reinstated": _("Artisan reinstated"),
    "verification.requested": _("Asked to sell"),
    "verification.approved": _("Verification approved"),
    "verification.rejected": _("Verification rejected"),
    "verification.call_recorded": _("Call to the registry's number recorded"),
    "verification.managers_accepted": _("The managers agreed"),
    "verification.managers_refused": _("The managers refused"),
    "bank.created": _("Bank details added"),
    "bank.changed": _("Bank details changed"),
    "bank.confirmed": _("Held bank details confirmed"),
    "question.released": _("Held question sent to the artisan"),
    "question.refused": _("Held question refused"),
    "personal_data.export": _("Personal data exported"),
    "certificate.issued": _("Certificate issued by the authority"),
    "certificate.revoked": _("Certificate revoked"),
}

FIELDS = {
    "title_en": _("Title in English"),
    "title_ar": _("Title in Arabic"),
    "description_en": _("Description in English"),
    "description_ar": _("Description in Arabic"),
    "name_en": _("Name in English"),
    "name_ar": _("Name in Arabic"),
    "bio_en": _("Biography in English"),
    "bio_ar": _("Biography in Arabic"),
    "note_en": _("Note in English"),
    "note_ar": _("Note in Arabic"),
    "price": _("Price"),
    "stock": _("Stock"),
    "craft": _("Craft"),
    "materials": _("Materials"),
    "weight_g": _("Weight (g)"),
    "length_cm": _("Length (cm)"),
    "width_cm": _("Width (cm)"),
    "height_cm": _("Height (cm)"),
    "is_bladed": _("A blade"),
    "is_dangerous_goods": _("Dangerous goods"),
    "is_public": _("On sale"),
    "design_deposit": _("Design deposit"),
    "photo": _("Photo"),
    "photos": _("Photos"),
    "status": _("Status"),
    "moderation_status": _("Review status"),
    "rejection_reason": _("Reason for refusal"),
    "reason": _("Reason"),
    "registry_number": _("Registry number"),
    "wilayat": _("Wilayat"),
    "verification": _("Verification"),
    "managers_answer": _("The managers' answer"),
    "call_outcome": _("Outcome of the call"),
    "call_number": _("Number called"),
    "call_made_by": _("Called by"),
    "call_made_at": _("Called at"),
    "call_note": _("Note on the call"),
    "account_holder": _("Account holder"),
    "bank": _("Bank"),
    "iban": _("IBAN"),
    "held": _("Payouts held"),
    "held_since": _("Held since"),
    "filters": _("Filters"),
    "rows": _("Rows"),
    "photos_added": _("Photos added"),
    "waiting_for_review": _("Waiting for review"),
    "proposed_for_review": _("Proposed for review"),
}


def action_label(code: str) -> str:
    return str(ACTIONS.get(code, code))


def field_label(name: str) -> str:
    return str(FIELDS.get(name, name))


def value_label(value) -> str:
    """A recorded value as a reader reads it: yes and no for booleans, a dash for nothing."""
    if value is None or value == "":
        return "—"
    if value is True:
        return gettext("yes")
    if value is False:
        return gettext("no")
    return str(value)


# How `audit.services.actor_label` records who acted: a username, "<username> (staff)", or "system".
SYSTEM_ACTOR = "system"
STAFF_SUFFIX = " (staff)"


def actor_label(recorded: str) -> str:
    """Who acted, as recorded, with the recorder's English words in the reader's language (the username as it is)."""
    if recorded == SYSTEM_ACTOR:
        return gettext("system")
    if recorded.endswith(STAFF_SUFFIX):
        return gettext("%(username)s (staff)") % {"username": recorded[: -len(STAFF_SUFFIX)]}
    return recorded
