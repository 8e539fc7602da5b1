"""Restricted items: the destination's rules refuse or adapt the order before any payment, and say why."""

import pytest
from django.test import Client
from oscar.core.loading import get_model

from checkout.models import RestrictionRule
from payments.models import Payment
from tests.factories import make_artisan, make_product
from tests.payments.conftest import Buyer

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")


@pytest.fixture
def khanjar():
    smith = make_artisan(name_en="Hamad Al Balushi", wilayat_slug="bahla", crafts=("khanjars",))
    return make_product(artisan=smith, title_en="Silver Nizwa khanjar", title_ar="خنجر نزوي فضي", price="350.000")


@pytest.fixture
def perfume_oil():
    maker = make_artisan(name_en="Shamsa Al Hashmi", crafts=("incense_cosmetics",))
    return make_product(
        artisan=maker,
        title_en="Rose perfume oil",
        title_ar="دهن الورد",
        price="15.000",
        weight_g=200,
        materials=("rose",),
    )


def test_a_khanjar_is_flagged_as_a_bladed_item(khanjar):
    assert khanjar.is_bladed and khanjar.restriction_flags == {"bladed"}


def test_a_khanjar_to_the_united_kingdom_is_refused_before_payment(buyer, khanjar):
    buyer.add(khanjar)
    preview = buyer.fill_checkout(country="GB").content.decode()
    assert "bladed items cannot be delivered to this country" in preview
    response = buyer.place_order()
    assert response.status_code == 200 and "cannot be sent to this address" in response.content.decode()
    assert not Order.objects.exists() and not Payment.objects.exists()


def test_a_khanjar_abroad_needs_the_buyer_to_confirm_their_age(buyer, khanjar):
    buyer.add(khanjar)
    preview = buyer.fill_checkout(country="AE").content.decode()
    assert 'name="confirm_age"' in preview
    refused = buyer.place_order()
    assert refused.status_code == 200 and "confirm that you are 18 or over" in refused.content.decode()
    assert not Order.objects.exists()
    placed = buyer.place_order(confirm_age="yes")
    assert placed.status_code == 302 and "/pay/" in placed["Location"]


def test_a_khanjar_within_oman_has_no_extra_step(buyer, khanjar):
    buyer.add(khanjar)
    assert 'name="confirm_age"' not in buyer.fill_checkout(country="OM").content.decode()
    assert "/pay/" in buyer.place_order()["Location"]


def test_perfume_oil_abroad_travels_by_surface_only(buyer, perfume_oil):
    perfume_oil.is_dangerous_goods = True
    perfume_oil.save()
    buyer.add(perfume_oil)
    methods = buyer.client.get(buyer.url("checkout:shipping-method"))
    buyer.fill_checkout(country="GB")
    preview = buyer.client.get(buyer.url("checkout:preview")).content.decode()
    assert "travels by land and sea" in preview
    assert "/pay/" in buyer.place_order()["Location"]
    assert Order.objects.get().shipping_code == "surface-international"
    assert methods.status_code in (200, 302)


def test_perfume_oil_where_no_surface_route_exists_is_refused(buyer, perfume_oil):
    from oscar.core.loading import get_model as model

    perfume_oil.is_dangerous_goods = True
    perfume_oil.save()
    model("shipping", "WeightBased").objects.filter(code="surface-international").delete()
    buyer.add(perfume_oil)
    assert buyer.fill_checkout(country="GB").status_code == 302  # no shipping method: no preview
    step = buyer.client.get(buyer.url("checkout:shipping-method"), follow=True)
    assert "only travel by surface" in step.content.decode()
    assert not Order.objects.exists()


def test_the_authority_can_refuse_a_flag_for_one_country(buyer, perfume_oil):
    perfume_oil.is_dangerous_goods = True
    perfume_oil.save()
    RestrictionRule.objects.create(country_id="JP", flag="dangerous_goods", action="refuse")
    buyer.add(perfume_oil)
    buyer.fill_checkout(country="JP")
    assert "couriers do not carry it" in buyer.place_order().content.decode()


def test_the_refusal_is_explained_in_arabic(stripe_settings, localstripe_url, khanjar):
    buyer = Buyer(Client(HTTP_ACCEPT_LANGUAGE="ar"), "ar", localstripe_url)
    buyer.add(khanjar)
    html = buyer.fill_checkout(country="GB").content.decode()
    assert '<html lang="ar" dir="rtl"' in html and "لا يمكن توصيل" in html
