"""Shipping zones by destination, priced by the basket's weight in grams."""

from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.utils import translation
from oscar.apps.partner.strategy import Default
from oscar.core.loading import get_class, get_model

from tests.checkout.test_address import ADDRESS
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
    with translation.override("en"):  # methods are named in the active language
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


def omani_address(governorate=""):
    return SimpleNamespace(country_id="OM", state=governorate)


@pytest.mark.parametrize(
    "governorate, code, charge",
    [
        ("Dhofar", "oman-far", "2.50"),
        ("Musandam", "oman-far", "2.50"),
        ("Muscat", "oman", "1.50"),
        ("", "oman", "1.50"),
    ],
)
def test_inside_oman_the_governorate_picks_the_method(governorate, code, charge):
    basket = basket_of(make_product(weight_g=800))
    methods = Repository().get_shipping_methods(basket, shipping_addr=omani_address(governorate))
    assert [(m.code, m.calculate(basket).incl_tax) for m in methods] == [(code, Decimal(charge))]


def test_a_domestic_area_left_without_governorates_limits_nothing():
    DomesticShippingArea = get_model("checkout", "DomesticShippingArea")
    DomesticShippingArea.objects.get(method__code="oman-far").governorates.clear()
    basket = basket_of(make_product(weight_g=800))
    methods = Repository().get_shipping_methods(basket, shipping_addr=omani_address("Dhofar"))
    assert sorted(m.code for m in methods) == ["oman", "oman-far"]


def test_a_buyer_in_salalah_is_offered_the_far_governorates_price(at_address_step):
    buyer = at_address_step()
    address = {**ADDRESS, "state": "Dhofar", "line4": "Salalah", "postcode": "211"}
    assert buyer.client.post(buyer.url("checkout:shipping-address"), address).status_code == 302
    page = buyer.client.get(buyer.url("checkout:shipping-method"), follow=True).content.decode()
    assert "Dhofar, Al Wusta, Musandam" in page and "Delivered in 2 to 4" not in page
