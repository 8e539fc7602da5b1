"""Through the real payment: a guest who asked the maker, then buys from them with the same address and pays by card
(localstripe), finds the order linked to the conversation."""

import pytest
from oscar.core.loading import get_model

from conversations.services import question_ask, question_confirm
from payments.models import Payment
from tests.payments.conftest import *  # noqa: F403 (localstripe, the buyer's browser and the two artisans' products)
from tests.payments.test_checkout import place

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")


def test_paying_the_order_links_the_conversation_before_it(buyer, two_artisans_products):
    jar, water_jar = two_artisans_products
    conversation = question_ask(
        product=water_jar, body="Can it hold cold water?", language="en", first_name="Maryam",
        guest_email="buyer@example.com",
    )  # fmt: skip
    question_confirm(conversation=conversation)

    place(buyer, jar, water_jar)
    payment = Payment.objects.get()
    buyer.pay(payment)
    buyer.come_back(payment)

    conversation.refresh_from_db()
    assert conversation.order == Order.objects.get()
