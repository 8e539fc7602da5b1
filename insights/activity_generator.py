"""Made-up marketplace activity for demos and benchmarks: paid orders (with their ledger entries) and buyers'
searches, spread over past months, so the insights dashboard has sales and searches to show.

Only for demo settings (`generate_activity` refuses unless ALLOW_DEMO_DATA). A paid order here is what the
checkout leaves behind once Stripe has confirmed the payment: an order with status *Paid*, its lines under each
artisan's seller account, a shipping address, and the ledger's sale and commission entries
(`ledger.services.ledger_record_sale`, the same call the payment pipeline makes).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from oscar.core.loading import get_model

from ledger.services import ledger_record_sale
from payments import order_status
from search.models import SearchQueryRecord

Order = get_model("order", "Order")
Line = get_model("order", "Line")
ShippingAddress = get_model("order", "ShippingAddress")
Country = get_model("address", "Country")

DEMO_ORDER_PREFIX = "DEMO-"
# Where buyers are: most in Oman, the rest in the Gulf and further (the share abroad the authority hopes to grow).
DESTINATIONS = (("OM", 70), ("AE", 9), ("SA", 6), ("GB", 5), ("US", 4), ("DE", 3), ("QA", 3))
SEARCHES = (  # (what buyers type, language, how often, whether it finds anything)
    ("خنجر", "ar", 30, True),
    ("khanjar", "en", 25, True),
    ("frankincense", "en", 18, True),
    ("لبان", "ar", 16, True),
    ("silver", "en", 14, True),
    ("فخار", "ar", 12, True),
    ("pottery bahla", "en", 10, True),
    ("سعفيات", "ar", 8, True),
    ("kumma", "en", 7, True),
    ("mandoos", "en", 6, True),
    ("وزار", "ar", 5, True),
    ("halwa", "en", 5, False),
    ("حلوى عمانية", "ar", 4, False),
    ("dates gift box", "en", 3, False),
    ("بشت", "ar", 2, False),
)


@dataclass(frozen=True)
class OrderLine:
    product: object
    quantity: int
    unit_price: Decimal  # VAT included, as the buyer paid it


@transaction.atomic
def paid_order_create(
    *, number: str, buyer_email: str, country_code: str, lines: list[OrderLine], placed_at: datetime, user=None
):
    """An order as a successful card payment leaves it (status Paid), with its ledger entries."""
    address = ShippingAddress.objects.create(
        first_name="Demo",
        last_name="Buyer",
        line1="1 Demo Street",
        line4="Muscat" if country_code == "OM" else "City",
        country=Country.objects.get(iso_3166_1_a2=country_code),
    )
    total = sum((line.unit_price * line.quantity for line in lines), Decimal("0.000"))
    order = Order.objects.create(
        number=number,
        user=user,
        guest_email="" if user else buyer_email,
        currency="OMR",
        total_incl_tax=total,
        total_excl_tax=total,
        shipping_incl_tax=Decimal("0.000"),
        shipping_excl_tax=Decimal("0.000"),
        shipping_address=address,
        status=order_status.PAID,
        date_placed=placed_at,
    )
    for line in lines:
        stockrecord = line.product.stockrecords.first()
        price = line.unit_price * line.quantity
        Line.objects.create(
            order=order,
            partner=stockrecord.partner if stockrecord else None,
            partner_name=stockrecord.partner.name if stockrecord else "",
            partner_sku=stockrecord.partner_sku if stockrecord else "",
            stockrecord=stockrecord,
            product=line.product,
            title=line.product.get_title()[:255],
            quantity=line.quantity,
            line_price_incl_tax=price,
            line_price_excl_tax=price,
            line_price_before_discounts_incl_tax=price,
            line_price_before_discounts_excl_tax=price,
            num_allocated=line.quantity,
            status=order_status.PAID,
        )
    ledger_record_sale(order)
    return order


def generate_activity(*, orders: int, searches: int, months: int = 18, seed: int = 2026, products=None) -> dict:
    """`orders` paid orders of 1 to 3 pieces from `products` (browsable ones by default) and `searches` searches,
    spread over the last `months` months, more recent months busier. Reproducible for a seed."""
    from catalogue.selectors import browsable_products

    rng = random.Random(seed)
    now = timezone.now()
    pool = list((products if products is not None else browsable_products()).prefetch_related("stockrecords")[:2000])
    destinations = [code for code, _weight in DESTINATIONS]
    weights = [weight for _code, weight in DESTINATIONS]
    first_number = Order.objects.count() + 1

    def moment() -> datetime:
        # Later months weigh more: the marketplace grows.
        return now - timedelta(days=months * 30 * (1 - rng.random() ** 0.6), seconds=rng.randint(0, 86399))

    made = 0
    for index in range(orders if pool else 0):
        chosen = rng.sample(pool, k=min(len(pool), rng.choice((1, 1, 1, 2, 2, 3))))
        lines = [
            OrderLine(product, rng.choice((1, 1, 1, 2)), _price_of(product) or Decimal("10.000")) for product in chosen
        ]
        buyer = rng.randint(1, max(1, orders * 2 // 3))
        paid_order_create(
            number=f"{DEMO_ORDER_PREFIX}{first_number + index:07d}",
            buyer_email=f"buyer{buyer}@demo.hirfa.example",
            country_code=rng.choices(destinations, weights=weights)[0],
            lines=lines,
            placed_at=moment(),
        )
        made += 1
    records = []
    for _ in range(searches):
        text, language, _weight, finds = rng.choices(SEARCHES, weights=[s[2] for s in SEARCHES])[0]
        records.append(
            SearchQueryRecord(
                query=text,
                normalised=text.lower(),
                language=language,
                result_count=rng.randint(1, 40) if finds else 0,
                channel="page",
                created_at=moment(),
            )
        )
    SearchQueryRecord.objects.bulk_create(records, batch_size=2000)
    return {"orders": made, "searches": len(records)}


def _price_of(product) -> Decimal | None:
    stockrecords = list(product.stockrecords.all())
    return stockrecords[0].price if stockrecords and stockrecords[0].price else None
