"""Reads for verified reviews: which order lines a buyer may review, what the product and artisan pages show, the
authority's queue, the workshop's reviews and the lines due a reminder."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Avg, Count, Exists, OuterRef, QuerySet, Subquery
from oscar.core.loading import get_model

from marketplace.bilingual import active_language
from payments import order_status

from .models import ProductReview, ReviewReminder, ReviewReminderOptOut

Line = get_model("order", "Line")
Shipment = get_model("fulfilment", "Shipment")

REVIEWS_SHOWN = 10


def _shipment_of_line() -> QuerySet:
    return Shipment.objects.filter(order_id=OuterRef("order_id"), artisan__partner_id=OuterRef("partner_id"))


def shipped_lines_of(user) -> QuerySet:
    """The order lines of this buyer's own orders whose artisan has shipped them, each with when (`shipped_at`)."""
    if not user.is_authenticated:
        return Line.objects.none()
    return (
        Line.objects.filter(order__user=user, status=order_status.SHIPPED, product__isnull=False)
        .annotate(shipped_at=Subquery(_shipment_of_line().values("shipped_at")[:1]))
        .filter(shipped_at__isnull=False)
    )


def line_reviewable_by(user, *, line_pk: int):
    """The line, if this user bought it, it has shipped and it has no review yet; None otherwise (a 404 for the
    page, whatever the reason, so nobody learns about another buyer's order)."""
    return (
        shipped_lines_of(user)
        .filter(pk=line_pk)
        .exclude(Exists(ProductReview.objects.filter(order_line=OuterRef("pk"))))
        .select_related("product", "product__artisan", "order")
        .first()
    )


def reviewable_line_ids(user, *, order) -> set[int]:
    """The lines of one of the buyer's orders they may review now, for the order's page (one query)."""
    return set(
        shipped_lines_of(user)
        .filter(order=order)
        .exclude(Exists(ProductReview.objects.filter(order_line=OuterRef("pk"))))
        .values_list("pk", flat=True)
    )


@dataclass
class ReviewSummary:
    """What a page shows: the average and count of the approved reviews, and the latest few, the reader's
    language first."""

    count: int = 0
    average: float | None = None
    reviews: list = field(default_factory=list)

    @property
    def average_rounded(self) -> str:
        return f"{self.average:.1f}" if self.average is not None else ""


def _reader_language_first(reviews: list) -> list:
    language = active_language()
    return sorted(reviews, key=lambda review: review.language != language)  # stable: newest first within each


def _summary(reviews: QuerySet) -> ReviewSummary:
    totals = reviews.aggregate(count=Count("pk"), average=Avg("score"))
    if not totals["count"]:
        return ReviewSummary()
    shown = list(reviews.select_related("user", "product").order_by("-date_created", "-pk")[:REVIEWS_SHOWN])
    return ReviewSummary(count=totals["count"], average=float(totals["average"]), reviews=_reader_language_first(shown))


def product_review_summary(product) -> ReviewSummary:
    """Two queries, however many reviews; kept on the product for the rest of the request (the page's body and its
    structured data both ask)."""
    cached = getattr(product, "_review_summary", None)
    if cached is None:
        cached = _summary(ProductReview.objects.filter(product=product, status=ProductReview.APPROVED))
        product._review_summary = cached
    return cached


def artisan_review_summary(artisan) -> ReviewSummary:
    cached = getattr(artisan, "_review_summary", None)
    if cached is None:
        cached = _summary(
            ProductReview.objects.filter(
                product__artisan=artisan, product__is_public=True, status=ProductReview.APPROVED
            )
        )
        artisan._review_summary = cached
    return cached


def review_queue() -> QuerySet:
    """Reviews waiting for the authority, oldest first."""
    return (
        ProductReview.objects.filter(status=ProductReview.FOR_MODERATION)
        .select_related("product", "product__artisan", "user")
        .order_by("date_created", "pk")
    )


def review_for_moderation(pk: int) -> ProductReview | None:
    return review_queue().filter(pk=pk).first()


def reviews_of_artisan(artisan) -> QuerySet:
    """The published reviews of an artisan's pieces, for their workshop (newest first)."""
    return (
        ProductReview.objects.filter(product__artisan=artisan, status=ProductReview.APPROVED)
        .select_related("product", "user")
        .order_by("-date_created", "-pk")
    )


def review_of_artisan(artisan, *, review_pk: int) -> ProductReview | None:
    """One published review of this artisan's piece; another artisan's review is not found."""
    return reviews_of_artisan(artisan).filter(pk=review_pk).first()


def lines_due_a_reminder(*, now: datetime) -> QuerySet:
    """Shipped lines `REVIEW_REMINDER_DAYS` or more ago, not reviewed, never reminded, of a buyer who has not opted
    out, with an account to write from."""
    due_before = now - timedelta(days=settings.REVIEW_REMINDER_DAYS)
    shipped = (
        Line.objects.filter(status=order_status.SHIPPED, order__user__isnull=False, product__isnull=False)
        .annotate(shipped_at=Subquery(_shipment_of_line().values("shipped_at")[:1]))
        .filter(shipped_at__lte=due_before)
    )
    return (
        shipped.exclude(Exists(ProductReview.objects.filter(order_line=OuterRef("pk"))))
        .exclude(Exists(ReviewReminder.objects.filter(order_line=OuterRef("pk"))))
        .exclude(Exists(ReviewReminderOptOut.objects.filter(user=OuterRef("order__user"))))
        .select_related("order", "order__user", "product")
        .order_by("pk")
    )


def pending_review_count() -> int:
    return ProductReview.objects.filter(status=ProductReview.FOR_MODERATION).count()
