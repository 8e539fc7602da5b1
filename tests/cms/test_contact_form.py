"""The contact page's form: a visitor's message reaches the team's inbox with their address to answer, in either
language; bad, hostile and oversized input is refused in the visitor's language with what they typed kept; a client
sending too many is told to wait."""

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client

from cms.forms import MESSAGE_MAX_LENGTH
from cms.models import HomePage, InfoPage
from tests.cms.conftest import add_page, translate
from tests.marketplace.test_rate_limits import REDIS_CACHE

pytestmark = pytest.mark.django_db

ARABIC_MESSAGE = "هل يمكن نقش اسم على الخنجر قبل شحنه إلى مسقط؟"


@pytest.fixture
def contact_pages(settings):
    settings.CONTACT_EMAIL = "team@hirfa.example"
    english = add_page(
        HomePage.objects.get(locale__language_code="en"),
        InfoPage(key="contact", title="Contact us", slug="contact", body="<p>Write to us.</p>"),
    )
    arabic = translate(english, "ar", title="تواصل معنا", slug="tawasal-maana")
    return {"en": english, "ar": arabic}


def message(**changes) -> dict:
    return {
        "name": "Maryam Al Balushi",
        "email": "maryam@example.com",
        "topic": "order",
        "order_number": "100042",
        "message": ARABIC_MESSAGE,
        **changes,
    }


def test_the_contact_page_shows_the_form_in_the_pages_language(client, contact_pages):
    html = client.get(contact_pages["ar"].url).content.decode()

    assert 'id="contact-form-heading">اكتب إلينا<' in html
    assert '<label for="id_email">بريدك الإلكتروني</label>' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert client.get(contact_pages["en"].url).content.decode().count('name="message"') == 1


def test_a_message_reaches_the_teams_inbox_with_the_visitors_address_to_answer(client, contact_pages):
    response = client.post(contact_pages["ar"].url, message(), follow=True)

    assert response.redirect_chain[-1][0] == contact_pages["ar"].url
    assert "وصلتنا رسالتك" in response.content.decode()
    [sent] = mail.outbox
    assert sent.to == ["team@hirfa.example"]
    assert sent.reply_to == ["maryam@example.com"]
    assert "maryam@example.com" not in sent.from_email
    assert sent.subject == "[Hirfa contact] An order · Maryam Al Balushi"
    assert ARABIC_MESSAGE in sent.body
    assert "Order number: 100042" in sent.body
    assert "Written in: Arabic" in sent.body


@pytest.mark.parametrize(
    ("changes", "field", "arabic_error"),
    [
        ({"email": "maryam.example.com"}, "email", "أدخِل عنوان بريد إلكتروني صحيح."),
        ({"order_number": "100042; DROP TABLE"}, "order_number", "رقم الطلب أرقام فقط"),
        ({"message": "x" * (MESSAGE_MAX_LENGTH + 1)}, "message", "4000"),
        ({"message": "hi"}, "message", "10"),
        ({"topic": "refund-everything"}, "topic", "انتق خياراً صحيحاً"),
    ],
    ids=["malformed e-mail", "hostile order number", "oversized message", "too short", "topic not offered"],
)
def test_bad_input_is_refused_in_arabic_and_what_was_typed_is_kept(client, contact_pages, changes, field, arabic_error):
    data = message(**changes)

    response = client.post(contact_pages["ar"].url, data)

    assert response.status_code == 200
    assert not mail.outbox
    assert list(response.context["contact_form"].errors) == [field]
    html = response.content.decode()
    assert arabic_error in html
    assert 'value="Maryam Al Balushi"' in html  # nothing typed is lost
    if field != "message":
        assert ARABIC_MESSAGE in html


@pytest.mark.parametrize(
    "name",
    ["Maryam\r\nBcc: everyone@example.com", "Maryam\u202eevil", "Maryam\nAl Balushi"],
    ids=["header injection", "direction override", "line break"],
)
def test_a_name_that_would_forge_a_header_or_reorder_the_subject_is_refused(client, contact_pages, name):
    response = client.post(contact_pages["en"].url, message(name=name))

    assert response.status_code == 200
    assert list(response.context["contact_form"].errors) == ["name"]
    assert not mail.outbox


def test_a_message_with_control_characters_is_refused(client, contact_pages):
    response = client.post(contact_pages["en"].url, message(message="Hello\x00 there, about my order"))

    assert list(response.context["contact_form"].errors) == ["message"]
    assert not mail.outbox


def test_the_form_is_refused_without_its_csrf_token(contact_pages):
    response = Client(enforce_csrf_checks=True).post(contact_pages["en"].url, message())

    assert response.status_code == 403
    assert not mail.outbox


def test_a_client_sending_too_many_messages_is_told_to_wait_in_its_language(client, contact_pages, settings):
    settings.CACHES = REDIS_CACHE
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "contact": "2/d"}
    cache.clear()
    try:
        for _ in range(2):
            assert client.post(contact_pages["ar"].url, message()).status_code == 302

        response = client.post(contact_pages["ar"].url, message())

        assert response.status_code == 429
        assert int(response["Retry-After"]) > 0
        assert "طلبات كثيرة من اتصالك" in response.content.decode()
        assert len(mail.outbox) == 2
    finally:
        cache.clear()


def test_other_information_pages_take_no_message(client, contact_pages):
    returns = add_page(
        HomePage.objects.get(locale__language_code="en"),
        InfoPage(key="returns", title="Returns", slug="returns", body="<p>Within 14 days.</p>"),
    )

    assert 'name="message"' not in client.get(returns.url).content.decode()
    client.post(returns.url, message())
    assert not mail.outbox
