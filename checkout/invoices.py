"""The invoice of an order: its lines and its shipping with the VAT they contain, to the baisa (tax.vat_breakdown),
or zero-rated for an export; built from the order as recorded, never from the current catalogue. Domestic shipping
charges are VAT-inclusive like the prices, so their VAT is split out the same way."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from marketplace.money import BAISA

from . import tax


@dataclass(frozen=True)
class InvoiceLine:
    title: str
    sku: str
    quantity: int
    gross: Decimal
    net: Decimal
    vat: Decimal


@dataclass(frozen=True)
class Invoice:
    order: object
    lines: list[InvoiceLine]
    shipping: Decimal
    shipping_net: Decimal
    shipping_vat: Decimal
    is_export: bool
    vat_percent: Decimal

    @property
    def net(self) -> Decimal:
        return sum((line.net for line in self.lines), Decimal("0.000")) + self.shipping_net

    @property
    def vat(self) -> Decimal:
        return sum((line.vat for line in self.lines), Decimal("0.000")) + self.shipping_vat

    @property
    def total(self) -> Decimal:
        return sum((line.gross for line in self.lines), Decimal("0.000")) + self.shipping


def invoice_for(order) -> Invoice:
    address = order.shipping_address
    export = tax.is_export(address.country_id if address else None)
    lines = []
    for line in order.lines.all().order_by("pk"):
        gross = line.line_price_incl_tax.quantize(BAISA)
        net, vat = _split(gross, export=export)
        lines.append(InvoiceLine(line.title, line.upc or line.partner_sku, line.quantity, gross, net, vat))
    shipping = order.shipping_incl_tax.quantize(BAISA)
    shipping_net, shipping_vat = _split(shipping, export=export)
    return Invoice(
        order=order,
        lines=lines,
        shipping=shipping,
        shipping_net=shipping_net,
        shipping_vat=shipping_vat,
        is_export=export,
        vat_percent=(tax.vat_rate() * 100).normalize(),
    )


def vat_contained(grosses, *, export: bool) -> Decimal:
    """The VAT contained in an order's amounts (each line's price, then the shipping), split one amount at a time as
    the invoice splits them, so that the preview announces to the baisa what the invoice will say."""
    return sum((_split(gross.quantize(BAISA), export=export)[1] for gross in grosses), Decimal("0.000"))


def _split(gross: Decimal, *, export: bool) -> tuple[Decimal, Decimal]:
    """(net, vat) of a VAT-inclusive amount; an export is zero-rated, so all of it is net."""
    if export:
        return gross, Decimal("0.000")
    breakdown = tax.vat_breakdown(gross)
    return breakdown.net, breakdown.vat
