"""Artisans, pieces, buyers and conversations for the questions tests."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import translation
from oscar.apps.partner.strategy import Default
from oscar.core.loading import get_model
from oscar.test.basket import add_product
from oscar.test.factories import create_order

from conversations.models import Conversation
from conversations.services import conversation_reply, question_ask
from moderation.roles import REVIEWERS_GROUP
from payments import order_status
from tests.factories import UserFactory, make_artisan, make_manager, make_product

Basket = get_model("basket", "Basket")

BUYER_EMAIL = "maryam.private@example.com"


@pytest.fixture
def salim():
    return make_artisan(registry_number="TS-SHS-00402", name_en="Salim", name_ar="سالم", wilayat_slug="sur")


@pytest.fixture
def aisha():
    return make_artisan(registry_number="TS-DAK-00401", name_en="Aisha", name_ar="عائشة")


@pytest.fixture
def salim_manager(salim):
    return make_manager(salim, email="salim.manager@example.com")


@pytest.fixture
def aisha_manager(aisha):
    return make_manager(aisha)


@pytest.fixture
def jar(salim):
    return make_product(artisan=salim, title_en="Sur water jar", title_ar="جرة ماء من صور")


@pytest.fixture
def buyer():
    return UserFactory(email=BUYER_EMAIL, first_name="Maryam", last_name="Al Balushi")


@pytest.fixture
def reviewer():
    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get(name=REVIEWERS_GROUP))
    return user


def signed_in(user, language: str = "en") -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    client.force_login(user)
    return client


def url(name: str, language: str = "en", **kwargs) -> str:
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


@pytest.fixture
def conversation(jar, buyer, salim_manager) -> Conversation:
    """Maryam asked about Salim's jar, signed in; it reached Salim."""
    return question_ask(
        product=jar, body="Can you engrave a name on it?", language="en", first_name="Maryam", country="OM", buyer=buyer
    )


@pytest.fixture
def answered(conversation, salim_manager) -> Conversation:
    conversation_reply(conversation=conversation, side="artisan", author=salim_manager, body="Yes, I can.")
    conversation.refresh_from_db()
    return conversation


def paid_order(user, *products, guest_email: str = ""):
    basket = Basket.objects.create()
    basket.strategy = Default()
    for product in products:
        add_product(basket, product=product)
    order = create_order(basket=basket, user=user, guest_email=guest_email)
    order.status = order_status.PAID  # as the payment pipeline leaves it
    order.save()
    order.lines.update(status=order_status.PAID)
    return order
