"""Reads for the review queue and for the status the artisan sees on each listing."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import F, Min, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from artisans.models import DesignDeposit
from moderation.models import ListingSubmission, SubmissionPhoto

Product = get_model("catalogue", "Product")
ProductImage = get_model("catalogue", "ProductImage")
Category = get_model("catalogue", "Category")
Material = get_model("catalogue", "Material")


def review_queue() -> QuerySet:
    """Everything waiting for the authority, oldest first (first come, first reviewed)."""
    return (
        ListingSubmission.objects.filter(status=ListingSubmission.Status.PENDING)
        .select_related("product", "product__craft", "artisan", "artisan__governorate", "artisan__wilayat")
        .prefetch_related("photos")
        .order_by("submitted_at", "pk")
    )


def submission_for_review(pk: int) -> ListingSubmission | None:
    return (
        ListingSubmission.objects.select_related(
            "product",
            "product__craft",
            "product__design_deposit",
            "artisan",
            "artisan__governorate",
            "artisan__wilayat",
            "decided_by",
        )
        .prefetch_related("photos", "product__images", "product__materials", "product__stockrecords")
        .filter(pk=pk)
        .first()
    )


def with_latest_submission(products: QuerySet) -> QuerySet:
    """Annotate each product with its latest submission's id (one subquery, whatever the number of products)."""
    latest = ListingSubmission.objects.filter(product=OuterRef("pk")).order_by("-submitted_at", "-pk").values("pk")[:1]
    return products.annotate(latest_submission_id=Subquery(latest))


def latest_submissions(products) -> dict[int, ListingSubmission]:
    """{product id: its latest submission} for products annotated by `with_latest_submission`, in one query."""
    ids = [p.latest_submission_id for p in products if getattr(p, "latest_submission_id", None)]
    if not ids:
        return {}
    return {s.product_id: s for s in ListingSubmission.objects.filter(pk__in=ids).prefetch_related("photos")}


@dataclass(frozen=True)
class ListingStatus:
    """What the artisan is told about a listing: a short label, a tone for its badge, and the reviewer's reason."""

    label: str
    tone: str  # "ok", "wait", "refused"
    on_sale: bool
    reason: str = ""
    note: str = ""
    waiting_photos: int = 0
    first_waiting_photo: SubmissionPhoto | None = None


def listing_status(product, latest: ListingSubmission | None) -> ListingStatus:
    def note_of(submission):
        ar, en = submission.note_ar, submission.note_en
        return (ar or en) if (get_language() or "").startswith("ar") else (en or ar)

    pending = latest if latest and latest.status == ListingSubmission.Status.PENDING else None
    photos = list(pending.photos.all()) if pending else []
    waiting_photos = len(photos)
    if product.moderation_status == Product.Moderation.PENDING:
        return ListingStatus(
            _("Waiting for the authority's review"),
            "wait",
            False,
            waiting_photos=waiting_photos,
            first_waiting_photo=photos[0] if photos else None,
        )
    if product.moderation_status == Product.Moderation.REJECTED:
        reason = latest.get_rejection_reason_display() if latest else ""
        return ListingStatus(_("Not approved"), "refused", False, reason, note_of(latest) if latest else "")
    if not product.is_public:
        return ListingStatus(_("Not shown to buyers"), "refused", False)
    if pending:
        return ListingStatus(_("On sale · your changes wait for review"), "wait", True, waiting_photos=waiting_photos)
    if latest and latest.status == ListingSubmission.Status.REJECTED:
        return ListingStatus(
            _("On sale · your last changes were not approved"),
            "refused",
            True,
            latest.get_rejection_reason_display(),
            note_of(latest),
        )
    return ListingStatus(_("On sale"), "ok", True)


def waiting_photo_for(user, *, pk: int) -> SubmissionPhoto | None:
    """A photo waiting for review, for the people who may see it: the reviewers (and the staff who list on artisans'
    behalf), and the managers of the artisan whose piece it is. Anyone else finds nothing, whether it exists or not.
    Once the decision is made the photo is no longer waiting: approved, it is the product's public photo; rejected,
    it is deleted."""
    if not user.is_authenticated:
        return None
    photos = SubmissionPhoto.objects.filter(pk=pk, submission__status=ListingSubmission.Status.PENDING)
    if not (user.has_perm("moderation.moderate_listings") or user.has_perm("moderation.list_for_artisans")):
        photos = photos.filter(submission__artisan__partner__users=user)
    return photos.only("pk", "image").first()


def proposal_display(submission: ListingSubmission) -> dict:
    """The proposed content with its ids resolved, for the reviewer to compare with the live listing."""
    proposed = submission.proposed or {}
    if not proposed:
        return {}
    materials = Material.objects.filter(pk__in=proposed.get("material_ids", []))
    deposit_id = proposed.get("design_deposit_id")
    return {
        **proposed,
        "craft": Category.objects.filter(pk=proposed.get("craft_id")).first(),
        "materials": list(materials),
        "design_deposit": DesignDeposit.objects.filter(pk=deposit_id).first() if deposit_id else None,
    }


def low_stock_products(artisan, *, threshold: int) -> QuerySet:
    """The artisan's pieces on sale with `threshold` or fewer free to sell (net of what buyers' orders hold)."""
    return stock_overview(artisan).filter(is_public=True, available__lte=threshold)


def latest_submission_of(product) -> ListingSubmission | None:
    return (
        ListingSubmission.objects.filter(product=product)
        .prefetch_related("photos")
        .order_by("-submitted_at", "-pk")
        .first()
    )


def pending_changes_of(artisan) -> QuerySet:
    """Changes to the artisan's live listings that wait for review."""
    return ListingSubmission.objects.filter(
        artisan=artisan, status=ListingSubmission.Status.PENDING, kind=ListingSubmission.Kind.CHANGE
    )


def stock_overview(artisan) -> QuerySet:
    """The artisan's pieces with what is free to sell (in stock less what orders hold), fewest first."""
    return (
        Product.objects.filter(artisan=artisan)
        .annotate(
            available=Min(F("stockrecords__num_in_stock") - Coalesce(F("stockrecords__num_allocated"), 0)),
            in_stock=Min("stockrecords__num_in_stock"),
        )
        .order_by("available", "-date_created", "pk")
    )
