"""Reading certificates: what the verify page and the JSON answer say about a token."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import signing
from .models import Certificate, OwnershipEvent

TOKEN_PATTERN = re.compile(r"^[A-Z2-7]{20}$")


@dataclass(frozen=True)
class Verification:
    """`status` is "genuine", "revoked" or "unknown" (no such token, or a signature that does not hold)."""

    status: str
    certificate: Certificate | None = None
    payload: dict = field(default_factory=dict)
    key_id: str = ""
    history: tuple = ()

    @property
    def signature_valid(self) -> bool:
        return self.status in ("genuine", "revoked")


def certificate_by_token(token: str) -> Certificate | None:
    if not TOKEN_PATTERN.match(token or ""):
        return None
    return Certificate.objects.select_related("artisan", "product").filter(token=token).first()


def certificate_verification(token: str) -> Verification:
    """The certificate behind `token`, checked against the published keys: its stored JWS must verify and carry this
    very token, so a row whose signature or token was changed reads as not a Hirfa certificate."""
    certificate = certificate_by_token(token)
    if certificate is None:
        return Verification(status="unknown")
    try:
        verified = signing.verify(certificate.jws, signing.public_key_set())
    except signing.NotGenuine:
        return Verification(status="unknown")
    if verified.payload.get("token") != token:
        return Verification(status="unknown")
    history = tuple(OwnershipEvent.objects.filter(certificate=certificate).values_list("kind", "happened_at"))
    return Verification(
        status="revoked" if certificate.is_revoked else "genuine",
        certificate=certificate,
        payload=verified.payload,
        key_id=verified.key_id,
        history=history,
    )


def certificate_owned_by(user, token: str) -> Certificate | None:
    certificate = certificate_by_token(token)
    if certificate is None or certificate.owner_id != user.pk or certificate.is_revoked:
        return None
    return certificate


def certificates_of_owner(user):
    return Certificate.objects.filter(owner=user).select_related("artisan", "product")


def certificates_of_order(order):
    return Certificate.objects.filter(order_line__order=order).order_by("serial")


def certificates_of_artisan(artisan):
    return Certificate.objects.filter(artisan=artisan).select_related("product").order_by("-serial")


def snapshot_in_language(payload: dict, language: str) -> dict:
    """The signed snapshot's fields in the reader's language (Arabic falls back to English where a name has none)."""
    suffix = "ar" if language == "ar" else "en"
    piece, artisan = payload.get("piece", {}), payload.get("artisan", {})

    def pick(part: dict, name: str) -> str:
        return part.get(f"{name}_{suffix}") or part.get(f"{name}_en") or ""

    return {
        "title": pick(piece, "title"),
        "craft": pick(piece, "craft"),
        "materials": piece.get(f"materials_{suffix}") or piece.get("materials_en") or [],
        "sku": piece.get("sku", ""),
        "photo_hash": piece.get("photo", ""),
        "artisan_name": pick(artisan, "name"),
        "registry_number": artisan.get("registry_number", ""),
        "wilayat": pick(artisan, "wilayat"),
        "governorate": pick(artisan, "governorate"),
        "design_deposit": payload.get("design_deposit", ""),
        "serial": payload.get("serial"),
        "order_number": payload.get("order_number", ""),
        "issued_at": payload.get("issued_at", ""),
        "origin": payload.get("origin", ""),
    }
