"""Reads for the checkout's pages and the buyer's order pages: a basket or an order told by artisan, in the reader's
language, in a fixed number of queries whatever the number of lines."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from oscar.core.loading import get_model

from artisans.models import Artisan
from fulfilment.models import Shipment
from payments import order_status
from payments.models import Payment
from shipping.selectors import OrderShipping, order_shipping

from .invoices import invoice_for

Line = get_model("order", "Line")


@dataclass(frozen=True)
class PartLine:
    title: str
    quantity: int
    total: Decimal
    url: str  # the piece's page while it is on sale, else ""
    product: object | None  # for its photo; None once the piece is deleted


@dataclass(frozen=True)
class ArtisanPart:
    """What one artisan sells in a basket or an order, and (for an order) whether they have sent it."""

    artisan: Artisan | None
    lines: list[PartLine]
    shipment: Shipment | None = None

    @property
    def name(self) -> str:
        return str(self.artisan.name) if self.artisan else ""

    @property
    def wilayat(self) -> str:
        return str(self.artisan.wilayat.name) if self.artisan else ""

    @property
    def total(self) -> Decimal:
        return sum((line.total for line in self.lines), Decimal("0.000"))


def _artisans_by_partner(partner_ids) -> dict:
    artisans = Artisan.objects.filter(partner_id__in=set(partner_ids)).select_related("wilayat", "governorate")
    return {artisan.partner_id: artisan for artisan in artisans}


def _title(product, recorded: str) -> str:
    """The piece's title in the reader's language while it exists, else the title recorded with the order."""
    return str(product.localized_title) if product is not None else recorded


def _url(product) -> str:
    return product.get_absolute_url() if product is not None and product.is_public else ""


def basket_parts(basket) -> list[ArtisanPart]:
    """The basket's lines by artisan, in the order the buyer added them (two queries)."""
    lines = list(basket.all_lines())
    artisans = _artisans_by_partner(line.stockrecord.partner_id for line in lines if line.stockrecord_id)
    parts: dict[int | None, list] = {}
    for line in lines:
        price = line.line_price_incl_tax if line.is_tax_known else line.line_price_excl_tax
        parts.setdefault(line.stockrecord.partner_id if line.stockrecord_id else None, []).append(
            PartLine(
                _title(line.product, line.description),
                line.quantity,
                price or Decimal("0"),
                _url(line.product),
                line.product,
            )
        )
    return [ArtisanPart(artisan=artisans.get(partner_id), lines=part) for partner_id, part in parts.items()]


@dataclass(frozen=True)
class OrderSummary:
    """An order as its buyer reads it after placing it (the thank-you page, the account's and the guest's order
    pages): who sells what and whether it has been sent, how it travels, and what was paid."""

    order: object
    parts: list[ArtisanPart]
    shipping: OrderShipping
    total: Decimal
    shipping_charge: Decimal
    vat: Decimal
    vat_percent: Decimal
    is_export: bool
    is_paid: bool
    status: str
    card_last4: str  # only when the payment provider told us; never the rest of the card

    @property
    def goods_total(self) -> Decimal:
        return sum((part.total for part in self.parts), Decimal("0.000"))


def order_summary(order) -> OrderSummary:
    """The order by artisan with its shipments, its shipping in the reader's language and its payment (a fixed number
    of queries)."""
    lines = list(order.lines.select_related("product").prefetch_related("product__images").order_by("pk"))
    artisans = _artisans_by_partner(line.partner_id for line in lines)
    shipments = {shipment.artisan_id: shipment for shipment in Shipment.objects.filter(order=order)}
    grouped: dict[int | None, list] = {}
    for line in lines:
        grouped.setdefault(line.partner_id, []).append(
            PartLine(
                _title(line.product, line.title),
                line.quantity,
                line.line_price_incl_tax,
                _url(line.product),
                line.product,
            )
        )
    parts = []
    for partner_id, part_lines in grouped.items():
        artisan = artisans.get(partner_id)
        parts.append(ArtisanPart(artisan, part_lines, shipments.get(artisan.pk) if artisan else None))
    invoice = invoice_for(order)
    payment = order.card_payments.filter(status=Payment.Status.SUCCEEDED).order_by("-pk").first()
    return OrderSummary(
        order=order,
        parts=parts,
        shipping=order_shipping(order),
        total=order.total_incl_tax,
        shipping_charge=order.shipping_incl_tax,
        vat=invoice.vat,
        vat_percent=invoice.vat_percent,
        is_export=invoice.is_export,
        is_paid=order.status not in (order_status.PENDING_PAYMENT, order_status.CANCELLED),
        status=str(order_status.LABELS.get(order.status, order.status)),
        card_last4=str(getattr(payment, "card_last4", "") or "") if payment else "",
    )
