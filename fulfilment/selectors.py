"""Reads of orders split by artisan. An artisan's view of an order holds only that artisan's lines and the buyer's
shipping details: never another artisan's lines, the order's totals, the billing address or the payment."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Prefetch
from oscar.core.loading import get_model

from payments.order_status import PAID_STATUSES

from .models import Shipment

Order = get_model("order", "Order")
Line = get_model("order", "Line")


@dataclass(frozen=True)
class OrderPart:
    """One artisan's part of an order."""

    order: object
    artisan: object
    lines: list
    shipment: Shipment | None

    @property
    def total(self) -> Decimal:
        return sum((line.line_price_incl_tax for line in self.lines), Decimal("0.000"))

    @property
    def is_shipped(self) -> bool:
        return self.shipment is not None


def _artisan_orders(artisan):
    return (
        Order.objects.filter(status__in=PAID_STATUSES, lines__partner_id=artisan.partner_id)
        .distinct()
        .select_related("shipping_address", "shipping_address__country")
        .prefetch_related(
            Prefetch(
                "lines",
                # The piece itself, to name it in the reader's language (a line keeps the buyer's).
                queryset=Line.objects.filter(partner_id=artisan.partner_id).select_related("product"),
                to_attr="artisan_lines",
            ),
            Prefetch("shipments", queryset=Shipment.objects.filter(artisan=artisan), to_attr="artisan_shipments"),
        )
        .order_by("-date_placed")
    )


def _part(order, artisan) -> OrderPart:
    shipments = order.artisan_shipments
    return OrderPart(
        order=order, artisan=artisan, lines=order.artisan_lines, shipment=shipments[0] if shipments else None
    )


def artisan_order_parts(*, artisan, limit: int = 200) -> list[OrderPart]:
    """The artisan's parts of paid orders, newest first (a constant number of queries)."""
    return [_part(order, artisan) for order in _artisan_orders(artisan)[:limit]]


def artisan_order_part(*, artisan, number: str) -> OrderPart | None:
    """The artisan's part of order `number`, or None when the order has nothing of theirs (or is not paid)."""
    order = _artisan_orders(artisan).filter(number=number).first()
    return _part(order, artisan) if order else None


def order_parts(order) -> list[OrderPart]:
    """An order by artisan, for the buyer and the authority: each part's lines and whether it has shipped."""
    from artisans.models import Artisan

    lines = list(order.lines.select_related("partner").order_by("pk"))
    artisans = {a.partner_id: a for a in Artisan.objects.filter(partner_id__in={line.partner_id for line in lines})}
    shipments = {s.artisan_id: s for s in Shipment.objects.filter(order=order)}
    parts: dict[int, list] = {}
    for line in lines:
        parts.setdefault(line.partner_id, []).append(line)
    return [
        OrderPart(
            order=order,
            artisan=artisans.get(pid),
            lines=ls,
            shipment=shipments.get(getattr(artisans.get(pid), "pk", None)),
        )
        for pid, ls in parts.items()
    ]


def orders_to_ship_count(*, artisan) -> int:
    """How many paid orders hold lines of this artisan's that they have not marked shipped yet (one query)."""
    return (
        Order.objects.filter(status__in=PAID_STATUSES, lines__partner_id=artisan.partner_id)
        .exclude(shipments__artisan=artisan)
        .distinct()
        .count()
    )
