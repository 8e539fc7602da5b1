"""A certificate of authenticity: an immutable, signed snapshot of one piece and who made it.

`payload` is what was signed and `jws` the compact JWS over its canonical JSON (`provenance.signing`). Neither changes
after issue: the verify page shows what the verified signature carries, never the row's other fields, so a row
edited in the database cannot pass for genuine. Revocation and ownership live beside the signed part: they change
what the certificate is worth today, not what the authority signed.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from marketplace.private_files import private_field_storage


class Certificate(models.Model):
    class Origin(models.TextChoices):
        SALE = "sale", _("Sold through Hirfa")
        OUTLET = "outlet", _("Sold in the artisan's own outlet")
        AUTHORITY = "authority", _("Checked by the authority")

    class RevocationReason(models.TextChoices):
        COUNTERFEIT = "counterfeit", _("Reported as a counterfeit, and confirmed")
        ERROR = "error", _("Issued in error")
        WITHDRAWN = "withdrawn", _("The piece was returned or destroyed")

    token = models.CharField(_("public token"), max_length=32, unique=True)
    artisan = models.ForeignKey("artisans.Artisan", on_delete=models.PROTECT, related_name="certificates")
    serial = models.PositiveIntegerField(_("serial number"))
    product = models.ForeignKey(
        "catalogue.Product", on_delete=models.SET_NULL, null=True, blank=True, related_name="certificates"
    )
    order_line = models.ForeignKey(
        "order.Line", on_delete=models.SET_NULL, null=True, blank=True, related_name="certificates"
    )
    origin = models.CharField(_("origin"), max_length=10, choices=Origin.choices)
    payload = models.JSONField(_("signed snapshot"))
    jws = models.TextField(_("signature (compact JWS)"))
    key_id = models.CharField(_("signing key"), max_length=64)
    issued_at = models.DateTimeField(_("issued on"))
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="certificates"
    )
    # sha256 of the one-time code in the last claim or transfer link; empty once used
    claim_code_hash = models.CharField(max_length=64, blank=True)
    revoked_at = models.DateTimeField(_("revoked on"), null=True, blank=True)
    revocation_reason = models.CharField(
        _("reason for revocation"), max_length=12, choices=RevocationReason.choices, blank=True
    )
    scan_count = models.PositiveIntegerField(_("scans"), default=0)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        constraints = [models.UniqueConstraint(fields=["artisan", "serial"], name="one_serial_per_artisan")]
        permissions = [
            ("issue_certificate", _("Can issue and print certificates for any artisan")),
            ("revoke_certificate", _("Can revoke certificates")),
        ]

    def __str__(self) -> str:
        return f"{self.payload.get('artisan', {}).get('registry_number', '')}/{self.serial}"

    @property
    def piece_title(self) -> str:
        """The signed title in the active language (Arabic falls back to English)."""
        piece = self.payload.get("piece", {})
        if translation.get_language() == "ar":
            return piece.get("title_ar") or piece.get("title_en", "")
        return piece.get("title_en", "")

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None


class OwnershipEvent(models.Model):
    """A claim or transfer, kept with its date only: the public history never names an owner."""

    class Kind(models.TextChoices):
        CLAIMED = "claimed", _("Claimed by its owner")
        TRANSFERRED = "transferred", _("Passed to a new owner")

    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE, related_name="ownership_events")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    happened_at = models.DateTimeField()

    class Meta:
        ordering = ["happened_at", "pk"]

    def __str__(self) -> str:
        return f"{self.kind} {self.happened_at:%Y-%m-%d}"


class FakeReport(models.Model):
    """ "Report a suspected fake" from a verify page: what the reporter saw, for the authority's queue. The photo is
    re-encoded (no metadata kept) and private; the e-mail address, if given, is only for the authority's answer."""

    certificate = models.ForeignKey(Certificate, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="fake_reports")  # fmt: skip
    token_seen = models.CharField(_("code on the tag"), max_length=64, blank=True)
    where_seen = models.CharField(_("where the piece was offered"), max_length=200, blank=True)
    description = models.TextField(_("what looks wrong"), max_length=2000)
    photo = models.ImageField(_("photo"), upload_to="fake-reports/%Y/", blank=True,
                              storage=private_field_storage)  # fmt: skip
    email = models.EmailField(_("e-mail address for an answer"), blank=True)
    language = models.CharField(max_length=5)
    created_at = models.DateTimeField(auto_now_add=True)
    handled_at = models.DateTimeField(_("handled on"), null=True, blank=True)

    class Meta:
        verbose_name = _("report of a suspected fake")
        verbose_name_plural = _("reports of suspected fakes")
        ordering = ["handled_at", "-created_at"]

    def __str__(self) -> str:
        return f"{self.token_seen or '-'} {self.created_at:%Y-%m-%d}"
