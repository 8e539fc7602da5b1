import pytest
from django.test import Client

from tests.factories import make_product
from tests.payments.conftest import *  # noqa: F403 (localstripe and the buyer's browser)
from tests.payments.conftest import Buyer


@pytest.fixture
def at_address_step(stripe_settings, localstripe_url):
    """A guest buyer with a piece in the basket, at the shipping address step."""

    def open_for(language="en"):
        buyer = Buyer(Client(HTTP_ACCEPT_LANGUAGE=language), language, localstripe_url)
        buyer.add(make_product())
        buyer.client.post(buyer.url("checkout:index"), {"username": "b@example.com", "options": "anonymous"})
        return buyer

    return open_for
