"""Asking the maker, in both languages: a signed-in buyer asks about a piece from its page, and the artisan answers on
a 390 px phone from the workshop (the dashboard's count, the inbox, a quick reply edited before sending); the buyer
reads the answer on their page and gets it by e-mail. Pages are read by id and class; what happened is checked in
the database."""

import re

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client

from conversations.models import Conversation, Message
from tests.factories import UserFactory, make_artisan, make_manager, make_product

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"width": 390, "height": 844}
MIN_TAP_HEIGHT = 44


def sign_in(page, live_server, user):
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_buyer_asks_and_the_artisan_answers_on_a_phone(live_server, page_factory, artifacts, language):
    artisan = make_artisan(
        registry_number=f"TS-SHS-0{'77' if language == 'en' else '78'}01",
        name_en="Salim",
        name_ar="سالم",
        wilayat_slug="sur",
    )
    manager = make_manager(artisan)
    piece = make_product(artisan=artisan, title_en="Sur water jar", title_ar="جرة ماء من صور")
    buyer = UserFactory(first_name="Maryam", email="maryam@example.com")
    question = "Can you engrave a name on it?" if language == "en" else "هل يمكنك نقش اسم على الجرة؟"

    # The buyer asks from the piece's page, on a phone
    page = page_factory(locale="ar-OM" if language == "ar" else "en-GB", **PHONE)
    sign_in(page, live_server, buyer)
    page.goto(f"{live_server.url}/{language}{piece.get_absolute_url()[3:]}")
    page.click(".ask-maker a")
    page.fill("#id_first_name", "Maryam")
    page.fill("#id_body", question)
    page.screenshot(path=str(artifacts / f"questions-ask-{language}-390.png"), full_page=True)
    page.click("#question-form button[type=submit]")
    page.wait_for_url("**/my-questions/*/")
    conversation = Conversation.objects.get()
    assert conversation.language == language and conversation.buyer == buyer

    # The artisan, on a 390 px phone in Arabic, sees the count, opens the inbox and the question
    phone = page_factory(locale="ar-OM", **PHONE)
    sign_in(phone, live_server, manager)
    phone.goto(f"{live_server.url}/ar/workshop/{artisan.registry_number}/")
    assert phone.inner_text(".questions-tile .workshop-tile__number").strip() in ("1", "١")
    phone.click(".questions-tile")
    phone.click(".inbox-item__link")
    assert question in phone.inner_text(".conversation-thread")
    assert "maryam@example.com" not in phone.content()

    # Picks a quick reply (written in the buyer's language), edits it and sends it
    phone.click(".quick-reply >> nth=1")
    text = phone.input_value("#id_body")
    assert text
    phone.fill("#id_body", text + (" Salim" if language == "en" else " سالم"))
    assert phone.get_attribute("html", "dir") == "rtl"
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    for selector in (".quick-reply", "#reply-form button[type=submit]"):
        box = phone.locator(selector).first.bounding_box()
        assert box and box["height"] >= MIN_TAP_HEIGHT, (selector, box)
    phone.screenshot(path=str(artifacts / f"questions-workshop-{language}-390.png"), full_page=True)
    phone.click("#reply-form button[type=submit]")
    phone.wait_for_url(re.compile(r".*/questions/(#.*)?$"))
    phone.screenshot(path=str(artifacts / f"questions-inbox-{language}-390.png"), full_page=True)
    answer = Message.objects.get(side="artisan")
    assert answer.body.endswith("Salim" if language == "en" else "سالم")

    # The buyer reads it on their page, and got it by e-mail
    page.reload()
    assert answer.body in page.inner_text(".conversation-thread")
    assert any(m.to == ["maryam@example.com"] and answer.body in m.body for m in mail.outbox)
    page.screenshot(path=str(artifacts / f"questions-buyer-{language}-390.png"), full_page=True)
    # And at 1366 px, for a look at the wide layout
    page.set_viewport_size({"width": 1366, "height": 900})
    page.screenshot(path=str(artifacts / f"questions-buyer-{language}-1366.png"), full_page=True)
    phone.set_viewport_size({"width": 1366, "height": 900})
    phone.goto(f"{live_server.url}/{language}/workshop/{artisan.registry_number}/questions/{conversation.pk}/")
    phone.screenshot(path=str(artifacts / f"questions-workshop-{language}-1366.png"), full_page=True)
    assert not page.problems and not phone.problems, (page.problems, phone.problems)
