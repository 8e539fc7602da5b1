"""The demo's buyers' reviews (`reviews.yaml`): made-up buyers, each with a paid order of one demo piece that its
artisan has shipped, and their review: published by the authority (some with the artisan's answer) or waiting in
the authority's queue; and the demo buyer's own shipped order, not yet reviewed, so a newcomer signed in as the buyer
can write one. Made once: a buyer whose demo order exists is skipped, so a second run adds nothing."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import yaml
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from oscar.core.loading import get_model

from artisans.models import Artisan
from catalogue.reviews.services import review_approve, review_create, review_reply
from payments import order_status

REVIEWS_FILE = Path(__file__).with_name("reviews.yaml")
ORDER_PREFIX = "DEMO-R-"
FIELDS = {"buyer", "artisan", "piece", "score", "language", "body", "reply", "status"}
# approved: published; waiting: in the authority's queue; to_write: shipped, the review left for the buyer to write
STATUSES = ("approved", "waiting", "to_write")

Shipment = get_model("fulfilment", "Shipment")


class DemoReviewsError(ValueError):
    pass


def load_reviews(path: Path = REVIEWS_FILE) -> list[dict]:
    """The entries, checked: known fields only, a score of 1 to 5, a language and status from the lists."""
    entries = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("reviews") or []
    for number, entry in enumerate(entries, start=1):
        problems = []
        if set(entry) - FIELDS:
            problems.append(f"unknown fields {sorted(set(entry) - FIELDS)}")
        if entry.get("score") not in (1, 2, 3, 4, 5) and entry.get("status") != "to_write":
            problems.append("score must be 1 to 5")
        if entry.get("language") not in ("ar", "en") or entry.get("status") not in STATUSES:
            problems.append("language must be ar or en, status approved, waiting or to_write")
        if entry.get("artisan") not in ("first", "second") or not isinstance(entry.get("piece"), int):
            problems.append("artisan must be first or second, piece a number")
        needs_body = entry.get("status") != "to_write"
        if (needs_body and not str(entry.get("body") or "").strip()) or not (entry.get("buyer") or {}).get("email"):
            problems.append("a body and a buyer's e-mail are needed")
        if problems:
            raise DemoReviewsError(f"{path.name}, review {number}: " + "; ".join(problems))
    return entries


def ensure_demo_reviews(*, artisan_emails: dict[str, str], authority_email: str) -> int:
    """Returns how many reviews it made (0 on a second run)."""
    from insights.activity_generator import OrderLine, paid_order_create

    User = get_user_model()
    authority = User.objects.filter(email=authority_email).first()
    made = 0
    for number, entry in enumerate(load_reviews(), start=1):
        order_number = f"{ORDER_PREFIX}{number:03d}"
        if get_model("order", "Order").objects.filter(number=order_number).exists():
            continue
        manager = User.objects.filter(email=artisan_emails[entry["artisan"]]).first()
        artisan = Artisan.objects.filter(partner__users=manager).first() if manager else None
        pieces = list(artisan.products.filter(is_public=True).order_by("pk")[: entry["piece"]]) if artisan else []
        if len(pieces) < entry["piece"] or authority is None:
            continue
        piece = pieces[-1]
        stockrecord = piece.stockrecords.first()
        if stockrecord is None or stockrecord.price is None:
            continue
        with transaction.atomic():
            buyer = User.objects.filter(email=entry["buyer"]["email"]).first() or User.objects.create_user(
                username=entry["buyer"]["email"].split("@")[0][:30],
                email=entry["buyer"]["email"],
                password=None,
                first_name=entry["buyer"]["first_name"],
            )
            placed = timezone.now() - timedelta(days=40 + number)
            order = paid_order_create(
                number=order_number,
                buyer_email=buyer.email,
                country_code="OM" if entry["language"] == "ar" else "GB",
                lines=[OrderLine(piece, 1, Decimal(stockrecord.price))],
                placed_at=placed,
                user=buyer,
            )
            # Shipped by the artisan a few days later (the demo's made-up orders never held stock to consume).
            shipment = Shipment.objects.create(order=order, artisan=artisan, carrier="oman_post", shipped_by=manager)
            Shipment.objects.filter(pk=shipment.pk).update(shipped_at=placed + timedelta(days=3))
            order.lines.update(status=order_status.SHIPPED)
            order.set_status(order_status.SHIPPED)
            if entry["status"] == "to_write":
                continue
            review = review_create(
                user=buyer, line=order.lines.get(), score=entry["score"], body=entry["body"], language=entry["language"]
            )
            if entry["status"] == "approved":
                review = review_approve(review=review, reviewer=authority)
                if entry.get("reply"):
                    review_reply(review=review, artisan=artisan, user=manager, text=entry["reply"])
        made += 1
    return made
