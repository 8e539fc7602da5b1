"""Shipping zones by destination, priced by the basket's weight in grams."""

from decimal import Decimal
from types import SimpleNamespace

import pytest
from oscar.apps.partner.strategy import Default
from oscar.core.loading import get_class, get_model

from tests.factories import make_product

pytestmark = pytest.mark.django_db

Basket = get_model("basket", "Basket")
Repository = get_class("shipping.repository", "Repository")


def basket_of(*products):
    basket = Basket.objects.create()
    basket.strategy = Default()
    for product in products:
        basket.add_product(product)
    return basket


@pytest.mark.parametrize(
    "country, zone, charge",
    [("OM", "Oman", "1.50"), ("AE", "GCC", "4.00"), ("SA", "GCC", "4.00"), ("GB", "International", "9.00")],
)
def test_the_destination_picks_the_zone(country, zone, charge):
    basket = basket_of(make_product(weight_g=800))
    methods = Repository().get_shipping_methods(basket, shipping_addr=SimpleNamespace(country_id=country))
    assert methods[0].name.split(" ")[0] == zone
    assert methods[0].calculate(basket).incl_tax == Decimal(charge)


@pytest.mark.parametrize("grams, charge", [(1000, "1.50"), (1001, "3.00"), (20000, "6.00"), (25000, "9.00")])
def test_the_charge_follows_the_weight_in_grams(grams, charge):
    basket = basket_of(make_product(weight_g=grams))
    method = Repository().get_shipping_methods(basket, shipping_addr=SimpleNamespace(country_id="OM"))[0]
    # Above the top band, parcels of the top band are added: 25 kg = 20 kg (6.000) + 5 kg (3.000)
    assert method.calculate(basket).incl_tax == Decimal(charge)


def test_every_starting_charge_is_a_whole_10_baisa_step():
    WeightBand = get_model("shipping", "WeightBand")
    assert WeightBand.objects.exists()
    assert all((band.charge * 100) % 1 == 0 for band in WeightBand.objects.all())


def test_abroad_the_buyer_chooses_air_or_surface():
    basket = basket_of(make_product(weight_g=800))
    methods = Repository().get_shipping_methods(basket, shipping_addr=SimpleNamespace(country_id="GB"))
    assert [m.code for m in methods] == ["international", "surface-international"]
    assert [m.calculate(basket).incl_tax for m in methods] == [Decimal("9.00"), Decimal("6.00")]
