"""Oman's VAT on the marketplace's prices.

Listing prices are consumer prices, VAT included (5%), as Omani shops show them. An order shipped to Oman pays them
as they are; an order shipped abroad is an export, zero-rated, so its lines drop the VAT.

Two precisions, on purpose (see docs/ARCHITECTURE.md, "Money"):
- what enters Oscar's 2-decimal fields (a line's price excluding tax, an export price) is rounded to a whole 10-baisa
  step, so it is stored exactly and can be charged by card;
- the VAT breakdown on an invoice is computed to the single baisa, and lives only in the invoice.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings

from marketplace.money import quantize_baisa, round_to_charge_step

HOME_COUNTRY = "OM"


def vat_rate() -> Decimal:
    return Decimal(settings.VAT_RATE)


def is_export(country_code: str | None) -> bool:
    """An order shipped outside Oman is an export (zero-rated). No address yet means a domestic price."""
    return bool(country_code) and country_code.upper() != HOME_COUNTRY


@dataclass(frozen=True)
class OscarPrice:
    """A unit price as Oscar's fields hold it: both amounts whole 10-baisa steps."""

    excl_tax: Decimal
    incl_tax: Decimal

    @property
    def tax(self) -> Decimal:
        return self.incl_tax - self.excl_tax


def unit_price(consumer_price: Decimal, *, export: bool) -> OscarPrice:
    """The price Oscar records for one piece: at home the consumer price with its VAT split out; abroad the price
    without VAT (zero-rated), rounded to the 10-baisa step a card can be charged."""
    excl = round_to_charge_step(consumer_price / (1 + vat_rate()))
    return OscarPrice(excl_tax=excl, incl_tax=excl if export else consumer_price)


@dataclass(frozen=True)
class VatBreakdown:
    net: Decimal
    vat: Decimal
    gross: Decimal


def vat_breakdown(gross: Decimal) -> VatBreakdown:
    """The VAT contained in a VAT-inclusive amount, to the baisa (for invoices): net + vat == gross, exactly."""
    vat = quantize_baisa(gross * vat_rate() / (1 + vat_rate()))
    return VatBreakdown(net=gross - vat, vat=vat, gross=gross)


def apply_to_basket(basket, *, country_code: str | None) -> bool:
    """Set each basket line's price for the destination (the basket strategy knows no address). Idempotent: it
    always starts again from the stock record's consumer price. Returns True for an export."""
    export = is_export(country_code)
    for line in basket.all_lines():
        price = line.purchase_info.price
        if line.stockrecord is None or line.stockrecord.price is None or not price.exists:
            continue
        unit = unit_price(line.stockrecord.price, export=export)
        # Oscar's FixedPrice derives incl_tax from excl_tax and tax (its documented hook for taxes at checkout).
        price.excl_tax = unit.excl_tax
        price.tax = unit.tax
    return export
