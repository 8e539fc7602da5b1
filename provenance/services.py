"""Issuing, revoking and passing on certificates of authenticity.

A certificate is issued in three ways: one per piece when an artisan's part of a paid order is marked shipped
(`certificates_issue_for_shipment`, called by `fulfilment.services` in the same transaction), by an artisan for a
piece sold in their own outlet (`certificate_issue_for_outlet_sale`, counted against the listing's stock), and by the
authority for a piece it has checked (`certificate_issue_by_authority`). Each is signed at once; a certificate that is
not signed is never saved.
"""

from __future__ import annotations

import base64
import hashlib
import secrets

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import F, Max
from django.utils import timezone
from django.utils.translation import gettext as _

from audit.services import audit_record

from . import signing
from .models import Certificate, OwnershipEvent

SCAN_COUNT_KEY = "provenance:scans:{pk}"
SCANNED_SET_KEY = "provenance:scanned"


class CannotIssue(Exception):
    """The message says why, in the user's language."""


class CannotClaim(Exception):
    pass


def new_public_token() -> str:
    """100 random bits in base32 (A-Z, 2-7): short in a QR code's alphanumeric mode, unguessable, no look-alikes
    of case."""
    return base64.b32encode(secrets.token_bytes(15)).decode().rstrip("=")[:20]


def _photo_hash(product) -> str:
    image = product.primary_image() if product is not None else None
    original = getattr(image, "original", None)
    if not original:
        return ""
    try:
        original.open("rb")
        digest = hashlib.sha256()
        for chunk in original.chunks():
            digest.update(chunk)
        original.close()
    except (OSError, ValueError):
        return ""
    return f"sha256:{digest.hexdigest()}"


def certificate_snapshot(*, product, artisan, serial: int, issued_at, origin: str, order_number: str = "") -> dict:
    """What the authority signs: the piece, its maker and where it came from, as they are at issue."""
    deposit = getattr(product, "design_deposit", None)
    craft = getattr(product, "craft", None)
    return {
        "v": 1,
        "issuer": settings.PROVENANCE_ISSUER,
        "issuer_ar": settings.PROVENANCE_ISSUER_AR,
        "serial": serial,
        "issued_at": issued_at.isoformat(timespec="seconds"),
        "origin": origin,
        "order_number": order_number,
        "piece": {
            "title_en": product.title,
            "title_ar": product.title_ar or product.title,
            "sku": product.upc or "",
            "craft_en": craft.name if craft else "",
            "craft_ar": (craft.name_ar or craft.name) if craft else "",
            "materials_en": sorted(m.name_en for m in product.materials.all()),
            "materials_ar": sorted(m.name_ar for m in product.materials.all()),
            "photo": _photo_hash(product),
        },
        "artisan": {
            "name_en": artisan.name_en,
            "name_ar": artisan.name_ar,
            "registry_number": artisan.registry_number,
            "wilayat_en": artisan.wilayat.name_en,
            "wilayat_ar": artisan.wilayat.name_ar,
            "governorate_en": artisan.governorate.name_en,
            "governorate_ar": artisan.governorate.name_ar,
        },
        "design_deposit": deposit.number if deposit else "",
    }


def _issue(*, product, artisan, origin: str, user=None, order_line=None, order_number: str = "") -> Certificate:
    from artisans.models import Artisan

    if artisan.verification != Artisan.Verification.VERIFIED:
        raise CannotIssue(_("Certificates are issued only for artisans verified against the registry."))
    # The serial is counted per artisan under a lock on the artisan's row, so two issues never share a number.
    Artisan.objects.select_for_update().filter(pk=artisan.pk).first()
    serial = (Certificate.objects.filter(artisan=artisan).aggregate(last=Max("serial"))["last"] or 0) + 1
    issued_at = timezone.now().replace(microsecond=0)
    payload = certificate_snapshot(product=product, artisan=artisan, serial=serial, issued_at=issued_at,
                                   origin=origin, order_number=order_number)  # fmt: skip
    payload["token"] = new_public_token()
    compact, key_id = signing.sign(payload)
    return Certificate.objects.create(
        token=payload["token"], artisan=artisan, serial=serial, product=product, order_line=order_line, origin=origin,
        payload=payload, jws=compact, key_id=key_id, issued_at=issued_at, issued_by=user,
    )  # fmt: skip


def certificates_issue_for_shipment(*, artisan, order, user) -> list[Certificate]:
    """One certificate per piece of the artisan's lines of `order`, owned by the buyer who has an account. Called in
    the shipment's transaction: shipped and certified together, or neither. An artisan not (or no longer) verified
    ships without certificates: the authority certifies only what the registry vouches for."""
    from artisans.models import Artisan

    if artisan.verification != Artisan.Verification.VERIFIED:
        return []
    issued = []
    for line in order.lines.filter(partner_id=artisan.partner_id).select_related("product"):
        if line.product is None or line.certificates.exists():
            continue
        for _piece in range(line.quantity):
            certificate = _issue(product=line.product, artisan=artisan, origin=Certificate.Origin.SALE, user=user,
                                 order_line=line, order_number=order.number)  # fmt: skip
            if order.user_id:
                certificate.owner_id = order.user_id
                certificate.save(update_fields=["owner"])
            issued.append(certificate)
    return issued


@transaction.atomic
def certificates_issue_for_order(order) -> list[Certificate]:
    """Every artisan's pieces of a paid order at once (the demo's past sales, which were shipped before Hirfa kept
    shipments)."""
    from artisans.models import Artisan

    issued = []
    for artisan in (
        Artisan.objects.filter(partner__order_lines__order=order).distinct().select_related("wilayat", "governorate")
    ):
        issued += certificates_issue_for_shipment(artisan=artisan, order=order, user=None)
    return issued


@transaction.atomic
def certificate_issue_for_outlet_sale(*, artisan, product, user) -> Certificate:
    """A piece of the artisan's own sold in their outlet or artisan house: one piece is taken from the stock."""
    from artisans.services import artisan_check_may_change

    artisan_check_may_change(artisan)
    if product.artisan_id != artisan.pk:
        raise CannotIssue(_("This piece is not yours."))
    stockrecord = product.stockrecords.select_for_update().first()
    if stockrecord is None or (stockrecord.net_stock_level or 0) < 1:
        raise CannotIssue(_("This piece has no stock left to sell."))
    stockrecord.num_in_stock = F("num_in_stock") - 1
    stockrecord.save(update_fields=["num_in_stock"])  # its receiver notes the new stock for the search index
    return _issue(product=product, artisan=artisan, origin=Certificate.Origin.OUTLET, user=user)


@transaction.atomic
def certificate_issue_by_authority(*, product, user, note: str = "") -> Certificate:
    """A piece the authority has checked itself (an award, an exhibition)."""
    certificate = _issue(product=product, artisan=product.artisan, origin=Certificate.Origin.AUTHORITY, user=user)
    audit_record(actor=user, action="certificate.issued", target=certificate, artisan=product.artisan, note=note)
    return certificate


@transaction.atomic
def certificate_revoke(*, certificate: Certificate, reason: str, user) -> Certificate:
    if reason not in Certificate.RevocationReason.values:
        raise ValueError(reason)
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.is_revoked:
        return certificate
    certificate.revoked_at = timezone.now()
    certificate.revocation_reason = reason
    certificate.save(update_fields=["revoked_at", "revocation_reason"])
    audit_record(actor=user, action="certificate.revoked", target=certificate, artisan=certificate.artisan,
                 before={"revoked": False}, after={"revoked": True, "reason": reason})  # fmt: skip
    return certificate


def _code_hash(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()


@transaction.atomic
def certificate_claim_link_make(*, certificate: Certificate, user) -> str:
    """A one-time code for handing the certificate to someone: only its owner (or, for a piece not yet claimed, the
    buyer of its order) may make one. A new code replaces the last one."""
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.owner_id != user.pk:
        raise CannotClaim(_("Only the owner of a certificate can pass it on."))
    code = secrets.token_urlsafe(24)
    certificate.claim_code_hash = _code_hash(code)
    certificate.save(update_fields=["claim_code_hash"])
    return code


@transaction.atomic
def certificate_claim(*, token: str, code: str, user) -> Certificate:
    """Take ownership with a one-time code. A used, replaced or wrong code is refused the same way."""
    certificate = Certificate.objects.select_for_update().filter(token=token).first()
    if (
        certificate is None
        or certificate.is_revoked
        or not certificate.claim_code_hash
        or not secrets.compare_digest(certificate.claim_code_hash, _code_hash(code))
    ):
        raise CannotClaim(_("This link is not valid: it may have been used already."))
    kind = OwnershipEvent.Kind.TRANSFERRED if certificate.owner_id else OwnershipEvent.Kind.CLAIMED
    certificate.owner = user
    certificate.claim_code_hash = ""
    certificate.save(update_fields=["owner", "claim_code_hash"])
    OwnershipEvent.objects.create(certificate=certificate, kind=kind, happened_at=timezone.now())
    return certificate


def certificate_scan_count(certificate: Certificate) -> None:
    """Counts a scan in the shared cache, not the database: a GET writes nothing that can fail under load. The
    worker adds the counts to the certificates (`certificate_scans_flush`). No address or cookie is kept."""
    key = SCAN_COUNT_KEY.format(pk=certificate.pk)
    try:
        if not cache.add(key, 1, timeout=None):
            cache.incr(key)
        # The list of scanned certificates may lose a number to a concurrent scan; the count itself stays in the
        # cache and is flushed with the certificate's next scan.
        scanned = cache.get(SCANNED_SET_KEY) or []
        if certificate.pk not in scanned:
            cache.set(SCANNED_SET_KEY, [*scanned[-9999:], certificate.pk], timeout=None)
    except Exception:  # a cache that is away loses a count, never the page
        return


def certificate_scans_flush() -> int:
    """The worker's job: the counted scans into the certificates."""
    scanned = cache.get(SCANNED_SET_KEY) or []
    flushed = 0
    for pk in scanned:
        key = SCAN_COUNT_KEY.format(pk=pk)
        count = cache.get(key) or 0
        if not count:
            continue
        cache.decr(key, count)
        Certificate.objects.filter(pk=pk).update(scan_count=F("scan_count") + count)
        flushed += count
    return flushed


def fake_report_submit(*, token_seen: str, where_seen: str, description: str, photo, email: str, language: str):
    """A report for the authority's queue. The photo goes through the listings' checks and is re-encoded, so no
    location or camera data the reporter did not mean to send is kept."""
    from marketplace.images import sanitized_upload

    from .models import FakeReport
    from .selectors import certificate_by_token

    report = FakeReport(
        certificate=certificate_by_token(token_seen),
        token_seen=token_seen[:64],
        where_seen=where_seen.strip(),
        description=description.strip(),
        email=email,
        language=language,
    )
    if photo:
        clean = sanitized_upload(photo)
        report.photo.save(f"{secrets.token_hex(8)}.jpg", clean, save=False)
    report.save()
    return report


@transaction.atomic
def certificates_claim_for_order(*, order, verification_hash: str, user) -> list[Certificate]:
    """A guest buyer takes their order's certificates into an account, proving the order with the address of its
    status page (Oscar's verification hash, sent in the confirmation e-mail). Only certificates nobody owns move: a
    second account with the same link gets none."""
    if not order.check_verification_hash(verification_hash):
        raise CannotClaim(_("This link is not valid: it may have been used already."))
    claimed = list(
        Certificate.objects.select_for_update()
        .filter(order_line__order=order, owner__isnull=True, revoked_at__isnull=True)
        .order_by("serial")
    )
    now = timezone.now()
    for certificate in claimed:
        certificate.owner = user
        certificate.save(update_fields=["owner"])
        OwnershipEvent.objects.create(certificate=certificate, kind=OwnershipEvent.Kind.CLAIMED, happened_at=now)
    return claimed
