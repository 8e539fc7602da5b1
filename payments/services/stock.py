"""Stock for an order: locked in primary-key order (so two checkouts never deadlock), reserved while the
order waits for its payment, and released when it is cancelled or refunded."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from oscar.core.loading import get_model

StockRecord = get_model("partner", "StockRecord")
Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")


@dataclass(frozen=True)
class Shortage:
    title: str
    wanted: int
    available: int


class OutOfStock(Exception):
    def __init__(self, shortages: list[Shortage]) -> None:
        super().__init__(", ".join(f"{s.title}: {s.available} of {s.wanted}" for s in shortages))
        self.shortages = shortages


def stock_lock(wanted: dict[int, int], titles: dict[int, str]) -> None:
    """Lock the stock records (pk -> quantity wanted) until the transaction ends; refuse if any cannot cover it.

    Must run inside `transaction.atomic()`. Oscar's allocation (`num_allocated`) is the reservation: what is
    allocated to a pending or paid order is not available to anyone else.
    """
    shortages = []
    for record in StockRecord.objects.select_for_update().filter(pk__in=wanted).order_by("pk"):
        if record.num_in_stock is None:
            continue
        available = max(record.num_in_stock - (record.num_allocated or 0), 0)
        if available < wanted[record.pk]:
            shortages.append(Shortage(titles.get(record.pk, str(record.product_id)), wanted[record.pk], available))
    if shortages:
        raise OutOfStock(shortages)


def basket_lock_for_order(basket) -> str | None:
    """Lock the basket's row until the transaction ends, so that one basket places one order however many times
    "Place order" arrives at once. Returns the number of the order the basket already became, or None when it is
    still open. Must run inside `transaction.atomic()`, before the stock is locked."""
    status = Basket.objects.select_for_update().filter(pk=basket.pk).values_list("status", flat=True).first()
    if status == Basket.SUBMITTED:
        return Order.objects.filter(basket_id=basket.pk).values_list("number", flat=True).first()
    return None


def basket_stock_lock(basket) -> None:
    wanted: dict[int, int] = defaultdict(int)
    titles = {}
    for line in basket.all_lines():
        wanted[line.stockrecord_id] += line.quantity
        titles[line.stockrecord_id] = line.product.get_title()
    stock_lock(wanted, titles)


def _order_stock_lock(order) -> None:
    wanted: dict[int, int] = defaultdict(int)
    titles = {}
    for line in order.lines.all():
        if line.stockrecord_id:
            wanted[line.stockrecord_id] += line.quantity
            titles[line.stockrecord_id] = line.title
    stock_lock(wanted, titles)


def _order_allocate(order) -> None:
    for line in order.lines.select_related("stockrecord"):
        if line.stockrecord:
            line.stockrecord.allocate(line.quantity)


def _order_release(order) -> None:
    for line in order.lines.select_related("stockrecord"):
        if line.stockrecord:
            line.stockrecord.cancel_allocation(line.quantity)
