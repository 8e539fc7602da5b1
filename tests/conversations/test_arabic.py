"""Every page of the questions, in Arabic, shows no English interface string (the checker of the whole site's Arabic
walk, tests/page_checks.py)."""

import pytest
from django.test import Client

from conversations.services import conversation_report, guest_read_token, question_ask, question_confirm
from tests.page_checks import english_ui_strings_in

from .conftest import signed_in, url

pytestmark = pytest.mark.django_db


def test_the_questions_pages_are_in_arabic(answered, jar, buyer, salim_manager, reviewer):
    guest = question_ask(
        product=jar, body="هل الفضة مدموغة؟", language="ar", first_name="هدى", guest_email="h@example.com"
    )
    question_confirm(conversation=guest)
    conversation_report(conversation=answered, side="buyer", reason="spam")
    number = jar.artisan.registry_number
    pages = [
        (Client(HTTP_ACCEPT_LANGUAGE="ar"), url("conversations:ask", "ar", product_pk=jar.pk)),
        (Client(HTTP_ACCEPT_LANGUAGE="ar"), url("conversations:check-inbox", "ar")),
        (Client(HTTP_ACCEPT_LANGUAGE="ar"), url("conversations:guest", "ar", token=guest_read_token(guest))),
        (signed_in(buyer, "ar"), url("conversations:ask", "ar", product_pk=jar.pk)),
        (signed_in(buyer, "ar"), url("conversations:my-questions", "ar")),
        (signed_in(buyer, "ar"), url("conversations:mine", "ar", pk=answered.pk)),
        (signed_in(salim_manager, "ar"), url("conversations:workshop-inbox", "ar", registry_number=number)),
        (
            signed_in(salim_manager, "ar"),
            url("conversations:workshop-conversation", "ar", registry_number=number, pk=answered.pk) + "?quick=yes-can",
        ),
        (signed_in(salim_manager, "ar"), url("artisans:workshop-dashboard", "ar", registry_number=number)),
        (signed_in(reviewer, "ar"), url("conversations:authority-list", "ar")),
        (signed_in(reviewer, "ar"), url("conversations:authority-conversation", "ar", pk=answered.pk)),
    ]
    found = {}
    for client, path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        typed = ("Can you engrave a name on it?", "Yes, I can.", "Maryam")
        english = english_ui_strings_in(response.content.decode(), typed=typed)
        if english:
            found[path] = english
    assert not found, found
