"""Shipping charges are entered in rials with 3 decimals and must be whole 10-baisa steps; a domestic method can
serve chosen governorates."""

from decimal import Decimal

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from artisans.models import Governorate
from tests.factories import UserFactory

WeightBased = get_model("shipping", "WeightBased")
DomesticShippingArea = get_model("checkout", "DomesticShippingArea")

pytestmark = pytest.mark.django_db


@pytest.fixture
def method():
    return WeightBased.objects.create(name="Oman, by weight", code="oman-weight", default_weight=Decimal("1.000"))


@pytest.fixture
def staff_client(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def add_band(client, method, charge):
    url = reverse("dashboard:shipping-method-detail", kwargs={"pk": method.pk})
    return client.post(url, {"upper_limit": "2.000", "charge": charge})


def test_a_charge_written_with_three_decimals_is_stored_exactly(staff_client, method):
    response = add_band(staff_client, method, "1.250")
    assert response.status_code == 302
    assert method.bands.get().charge == Decimal("1.250")


def test_free_shipping_is_a_charge_of_zero(staff_client, method):
    add_band(staff_client, method, "0")
    assert method.bands.get().charge == Decimal("0")


@pytest.mark.parametrize(
    ("charge", "message"),
    [("1.255", "steps of 10 baisa"), ("-1", "cannot be negative"), ("abc", "not an amount in rials")],
)
def test_a_charge_that_is_not_a_10_baisa_step_is_refused_with_a_reason(staff_client, method, charge, message):
    response = add_band(staff_client, method, charge)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not method.bands.exists()


def method_form(**changes):
    return {
        "name": "Muscat next day",
        "name_ar": "مسقط في اليوم التالي",
        "description": "",
        "default_weight": "1.000",
        "countries": ["OM"],
        **changes,
    }


def test_a_method_is_named_and_timed_in_both_languages(staff_client):
    form = method_form(description="Next working day.", description_ar="في يوم العمل التالي.")
    response = staff_client.post(reverse("dashboard:shipping-method-create"), form)
    assert response.status_code == 302
    method = WeightBased.objects.get(name="Muscat next day")
    assert (method.name_ar, method.description_ar) == ("مسقط في اليوم التالي", "في يوم العمل التالي.")


def test_a_method_without_its_arabic_name_is_refused(staff_client):
    response = staff_client.post(reverse("dashboard:shipping-method-create"), method_form(name_ar=""))
    assert response.status_code == 200
    assert "name_ar" in response.context["form"].errors
    assert not WeightBased.objects.filter(name="Muscat next day").exists()


def test_a_domestic_method_can_serve_chosen_governorates(staff_client):
    muscat, batinah = Governorate.objects.filter(slug__in=["muscat", "north_batinah"]).order_by("slug")
    response = staff_client.post(
        reverse("dashboard:shipping-method-create"), method_form(governorates=[muscat.pk, batinah.pk])
    )
    assert response.status_code == 302
    method = WeightBased.objects.get(name="Muscat next day")
    assert set(DomesticShippingArea.objects.get(method=method).governorates.all()) == {muscat, batinah}

    url = reverse("dashboard:shipping-method-edit", kwargs={"pk": method.pk})
    assert staff_client.get(url).status_code == 200
    assert staff_client.post(url, method_form()).status_code == 302
    assert not DomesticShippingArea.objects.filter(method=method).exists()


def test_governorates_are_refused_for_a_method_shipping_abroad(staff_client):
    muscat = Governorate.objects.get(slug="muscat")
    response = staff_client.post(
        reverse("dashboard:shipping-method-create"), method_form(countries=["OM", "AE"], governorates=[muscat.pk])
    )
    assert response.status_code == 200
    assert "ships to Oman only" in response.content.decode()
    assert not WeightBased.objects.filter(name="Muscat next day").exists()
