"""Buyers with shipped (and not yet shipped) order lines, artisans and the authority's reviewers for the reviews
tests."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import translation
from oscar.apps.partner.strategy import Default
from oscar.core.loading import get_model
from oscar.test.basket import add_product
from oscar.test.factories import create_order

from fulfilment.services import part_mark_shipped
from moderation.roles import REVIEWERS_GROUP
from payments import order_status
from tests.factories import UserFactory, make_artisan, make_manager, make_product

Basket = get_model("basket", "Basket")


def url(name: str, language: str = "en", **kwargs) -> str:
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


def paid_order(*, buyer, product):
    """A paid order of one piece, as the payment pipeline leaves it."""
    basket = Basket.objects.create()
    basket.strategy = Default()
    add_product(basket, product=product)
    order = create_order(basket=basket, user=buyer)
    order.status = order_status.PAID
    order.save()
    order.lines.update(status=order_status.PAID)
    return order


def shipped_line(*, buyer, product, manager):
    order = paid_order(buyer=buyer, product=product)
    part_mark_shipped(artisan=product.artisan, order=order, carrier="oman_post", tracking_number="RR1OM", user=manager)
    return order.lines.get()


@pytest.fixture
def aisha():
    return make_artisan(registry_number="TS-DAK-00401", name_en="Aisha", name_ar="عائشة", crafts=("pottery",))


@pytest.fixture
def salim():
    return make_artisan(registry_number="TS-SHS-00402", name_en="Salim", name_ar="سالم", wilayat_slug="sur")


@pytest.fixture
def aisha_manager(aisha):
    return make_manager(aisha)


@pytest.fixture
def salim_manager(salim):
    return make_manager(salim)


@pytest.fixture
def piece(aisha):
    return make_product(artisan=aisha, title_en="Bahla clay incense burner", price="12.340", stock=50)


@pytest.fixture
def buyer():
    return UserFactory(first_name="Maryam", last_name="Al Balushi", email="maryam@example.com")


@pytest.fixture
def line(buyer, piece, aisha_manager):
    return shipped_line(buyer=buyer, product=piece, manager=aisha_manager)


@pytest.fixture
def buyer_client(buyer) -> Client:
    client = Client()
    client.force_login(buyer)
    return client


@pytest.fixture
def reviewer():
    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get(name=REVIEWERS_GROUP))
    return user


@pytest.fixture
def reviewer_client(reviewer) -> Client:
    client = Client()
    client.force_login(reviewer)
    return client
