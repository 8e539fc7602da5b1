"""What a listing is made of, who may list, and the snapshots of a listing the audit trail keeps."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from artisans.models import Artisan, DesignDeposit
from artisans.selectors import deposits_usable_by
from artisans.services import artisan_check_may_change
from catalogue.services import (
    BLADED_CRAFT,
    ListingText,
    product_update_listing,
)

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


def acts_for_authority(user, artisan: Artisan) -> bool:
    """Authority staff listing on an artisan's behalf (not as one of its managers)."""
    if not user.has_perm("moderation.list_for_artisans"):
        return False
    return not artisan.partner.users.filter(pk=user.pk).exists()


def _check_may_list(artisan: Artisan, actor) -> None:
    """Only a verified artisan's listings change, whoever acts (a waiting, rejected or suspended one's do not)."""
    artisan_check_may_change(artisan)


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
