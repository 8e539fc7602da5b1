"""Shipping charges are entered in rials with 3 decimals and must be whole 10-baisa steps."""

from decimal import Decimal

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from tests.factories import UserFactory

WeightBased = get_model("shipping", "WeightBased")

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
