"""No baisa is gained or lost between Python and the database, on SQLite and on PostgreSQL.

Oscar's money columns have 2 decimal places. The project lets only whole 10-baisa steps into them (see
marketplace.money.to_oscar_amount), which 2 places hold exactly. These tests write amounts through Oscar's own
models into both engines and read them back, singly, multiplied and summed by the database.
"""

import itertools
from decimal import Decimal

import pytest
from django.conf import settings as django_settings
from django.db.models import F, Sum
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from oscar.core.loading import get_model

from marketplace.money import to_oscar_amount

Basket = get_model("basket", "Basket")
BasketLine = get_model("basket", "Line")
Order = get_model("order", "Order")
OrderLine = get_model("order", "Line")
Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")
ProductClass = get_model("catalogue", "ProductClass")
Category = get_model("catalogue", "Category")
StockRecord = get_model("partner", "StockRecord")
Governorate = get_model("artisans", "Governorate")
Wilayat = get_model("artisans", "Wilayat")
Artisan = get_model("artisans", "Artisan")

_example_numbers = itertools.count(1)
ENGINES = ["sqlite", "postgres"]
ALIASES = django_settings.CROSS_ENGINE_ALIASES
ALL_DATABASES = sorted({"default", *ALIASES.values()})
charge_steps = st.integers(min_value=1, max_value=10_000_000).map(lambda steps: Decimal(steps) / 100)


def _seller_and_product(alias: str, sku: str):
    """The smallest catalogue a stock record and order line need, written straight to one database."""
    governorate, _ = Governorate.objects.using(alias).get_or_create(
        slug="ad_dakhiliyah", defaults={"code": "DAK", "name_en": "Ad Dakhiliyah", "name_ar": "الداخلية"}
    )
    wilayat, _ = Wilayat.objects.using(alias).get_or_create(
        slug="bahla", defaults={"governorate": governorate, "name_en": "Bahla", "name_ar": "بهلاء"}
    )
    partner = Partner.objects.using(alias).create(name=f"Seller {sku}", code=f"seller-{sku.lower()}")
    artisan = Artisan.objects.using(alias).create(
        registry_number=f"TS-{sku}", name_en="Test", governorate=governorate, wilayat=wilayat, partner=partner
    )
    craft = Category.objects.using(alias).filter(depth=1).first() or Category.objects.using(alias).create(
        name="Pottery", code="pottery", slug="pottery", path="0001", depth=1
    )
    product_class, _ = ProductClass.objects.using(alias).get_or_create(slug="craft-piece", defaults={"name": "Piece"})
    product = Product.objects.using(alias).create(
        title="Piece", upc=sku, slug="piece", artisan=artisan, craft=craft, weight_g=100, product_class=product_class
    )
    return partner, product


@pytest.mark.django_db(databases=ALL_DATABASES)
@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("price", ["0.010", "0.990", "10.120", "12.340", "273.930", "99999.990"])
def test_a_listing_price_reads_back_exactly(engine, price):
    alias = ALIASES[engine]
    partner, product = _seller_and_product(alias, "P1")
    StockRecord.objects.using(alias).create(
        product=product, partner=partner, partner_sku="P1", price=to_oscar_amount(Decimal(price)), num_in_stock=1
    )
    stored = StockRecord.objects.using(alias).get(partner_sku="P1").price
    assert stored == Decimal(price)


@pytest.mark.django_db(databases=ALL_DATABASES)
@pytest.mark.parametrize("engine", ENGINES)
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prices=st.lists(charge_steps, min_size=1, max_size=12), quantities=st.lists(st.integers(1, 9), min_size=12))
def test_order_lines_and_their_database_sum_keep_every_baisa(engine, prices, quantities):
    alias = ALIASES[engine]
    # Examples share one test transaction, so each needs its own keys.
    partner, product = _seller_and_product(alias, f"S{next(_example_numbers)}")
    expected_total = sum(price * quantity for price, quantity in zip(prices, quantities, strict=False))
    order = Order.objects.using(alias).create(
        number=f"HR-{product.upc}",
        currency="OMR",
        total_incl_tax=to_oscar_amount(expected_total),
        total_excl_tax=to_oscar_amount(expected_total),
    )
    for price, quantity in zip(prices, quantities, strict=False):
        OrderLine.objects.using(alias).create(
            order=order,
            partner=partner,
            partner_sku=product.upc,
            product=product,
            title="Piece",
            quantity=quantity,
            num_allocated=0,
            unit_price_incl_tax=to_oscar_amount(price),
            unit_price_excl_tax=to_oscar_amount(price),
            line_price_incl_tax=to_oscar_amount(price * quantity),
            line_price_excl_tax=to_oscar_amount(price * quantity),
            line_price_before_discounts_incl_tax=to_oscar_amount(price * quantity),
            line_price_before_discounts_excl_tax=to_oscar_amount(price * quantity),
        )
    lines = OrderLine.objects.using(alias).filter(order=order)
    assert sum(line.line_price_incl_tax for line in lines) == expected_total
    assert sum(line.unit_price_incl_tax * line.quantity for line in lines) == expected_total
    database_sum = lines.aggregate(total=Sum("line_price_incl_tax"))["total"]
    assert database_sum == expected_total
    database_product_sum = lines.aggregate(total=Sum(F("unit_price_incl_tax") * F("quantity")))["total"]
    assert database_product_sum == expected_total
    assert Order.objects.using(alias).get(pk=order.pk).total_incl_tax == expected_total


@pytest.mark.django_db(databases=ALL_DATABASES)
def test_why_the_rule_exists_each_engine_rounds_a_half_step_its_own_way():
    """10.125 written straight into a 2-decimal column: SQLite keeps 10.12, PostgreSQL 10.13. The 10-baisa rule
    keeps such amounts out of Oscar's columns altogether."""
    stored = {}
    for engine, alias in ALIASES.items():
        partner, product = _seller_and_product(alias, "HALF")
        StockRecord.objects.using(alias).create(
            product=product, partner=partner, partner_sku="HALF", price=Decimal("10.125"), num_in_stock=1
        )
        stored[engine] = StockRecord.objects.using(alias).get(partner_sku="HALF").price
    assert stored["sqlite"] != stored["postgres"]
    assert {stored["sqlite"], stored["postgres"]} == {Decimal("10.12"), Decimal("10.13")}


@pytest.mark.django_db(databases=ALL_DATABASES)
@pytest.mark.parametrize("engine", ENGINES)
def test_basket_lines_keep_the_price_they_were_added_at(engine):
    alias = ALIASES[engine]
    partner, product = _seller_and_product(alias, "B1")
    stockrecord = StockRecord.objects.using(alias).create(
        product=product, partner=partner, partner_sku="B1", price=to_oscar_amount(Decimal("45.670")), num_in_stock=3
    )
    basket = Basket.objects.using(alias).create()
    BasketLine.objects.using(alias).create(
        basket=basket,
        line_reference="b1",
        product=product,
        stockrecord=stockrecord,
        quantity=3,
        price_currency="OMR",
        price_excl_tax=stockrecord.price,
        price_incl_tax=stockrecord.price,
    )
    line = BasketLine.objects.using(alias).get(basket=basket)
    assert line.price_incl_tax * line.quantity == Decimal("137.010")
