"""Writes of order fulfilment: an artisan marks their part of an order shipped."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from payments import order_status

from .models import Shipment

Order = get_model("order", "Order")


class CannotShip(Exception):
    """The part cannot be marked shipped; the message says why, in the user's language."""


@transaction.atomic
def part_mark_shipped(*, artisan, order, carrier: str, tracking_number: str, user) -> Shipment:
    """Record that `artisan` sent their lines of `order`: those lines become Shipped, and the order Shipped once every
    artisan in it has shipped (Partly shipped until then)."""
    from artisans.services import artisan_check_may_change
    from provenance.services import certificates_issue_for_shipment

    artisan_check_may_change(artisan)
    order = Order.objects.select_for_update().get(pk=order.pk)
    if order.status not in (order_status.PAID, order_status.PARTLY_SHIPPED):
        raise CannotShip(_("Only a paid order can be shipped."))
    lines = list(order.lines.filter(partner_id=artisan.partner_id))
    if not lines:
        raise CannotShip(_("This order has nothing of yours."))
    try:
        with transaction.atomic():
            shipment = Shipment.objects.create(
                order=order, artisan=artisan, carrier=carrier, tracking_number=tracking_number.strip(), shipped_by=user
            )
    except IntegrityError:
        raise CannotShip(_("You have already marked this order shipped.")) from None
    for line in lines:
        if line.stockrecord_id:
            line.stockrecord.consume_allocation(line.quantity)
        line.set_status(order_status.SHIPPED)
    # One certificate of authenticity per piece, signed by the authority, in the same transaction as the shipment.
    certificates_issue_for_shipment(artisan=artisan, order=order, user=user)
    unshipped = order.lines.exclude(status=order_status.SHIPPED).exclude(status=order_status.REFUNDED).exists()
    order.set_status(order_status.PARTLY_SHIPPED if unshipped else order_status.SHIPPED)
    return shipment
