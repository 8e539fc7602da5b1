"""Reads of shipping methods for pages and e-mails written after an order is placed."""

from __future__ import annotations

from dataclasses import dataclass

from oscar.core.loading import get_model

WeightBased = get_model("shipping", "WeightBased")


@dataclass(frozen=True)
class OrderShipping:
    """How an order travels, in the reader's language: the method's name and its delivery time."""

    name: str
    delivery_time: str


def order_shipping(order, *, language: str | None = None) -> OrderShipping:
    """The order's shipping method named in `language` (the active one by default). An order keeps the method's name
    as text, in the language it was placed in; the method itself is found again by the order's `shipping_code`.
    A method since deleted, or Oscar's own (free shipping), keeps the recorded name and no delivery time (one query)."""
    method = WeightBased.objects.filter(code=order.shipping_code).first() if order.shipping_code else None
    if method is None:
        return OrderShipping(name=order.shipping_method or "", delivery_time="")
    return OrderShipping(
        name=str(method.localized_name(language)), delivery_time=str(method.localized_description(language))
    )
