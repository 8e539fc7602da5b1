"""Who reaches which conversation, for every URL of the conversations app (listed from the URL resolver, so a new
one fails here until it is in the matrix): another artisan's manager, another buyer, a stranger with a forged guest
link and staff without the named permission never get the conversation; the owners do."""

import pytest
from django.test import Client
from django.urls import get_resolver

from conversations.services import conversation_report, guest_read_token, question_ask, question_confirm
from tests.factories import UserFactory

from .conftest import signed_in, url

pytestmark = pytest.mark.django_db

SECRET_QUESTION = "A secret question about the Sur jar"


@pytest.fixture
def world(jar, buyer, salim_manager):
    mine = question_ask(product=jar, body=SECRET_QUESTION, language="en", first_name="Maryam", buyer=buyer)
    guest = question_ask(
        product=jar, body=SECRET_QUESTION, language="en", first_name="Huda", guest_email="h@example.com"
    )
    question_confirm(conversation=guest)
    conversation_report(conversation=mine, side="buyer", reason="spam")
    return {"mine": mine, "guest": guest, "token": guest_read_token(guest)}


def matrix(registry_number: str, world: dict) -> list[tuple[str, str, dict, dict | None]]:
    mine, token = world["mine"], world["token"]
    r = {"registry_number": registry_number}
    return [
        ("get", "conversations:workshop-inbox", r, None),
        ("get", "conversations:workshop-conversation", {**r, "pk": mine.pk}, None),
        ("post", "conversations:workshop-conversation", {**r, "pk": mine.pk}, {"body": "Taken"}),
        ("post", "conversations:workshop-conversation-report", {**r, "pk": mine.pk}, {"reason": "spam"}),
        ("get", "conversations:mine", {"pk": mine.pk}, None),
        ("post", "conversations:mine", {"pk": mine.pk}, {"body": "Taken"}),
        ("post", "conversations:mine-report", {"pk": mine.pk}, {"reason": "spam"}),
        ("get", "conversations:guest", {"token": token}, None),
        ("post", "conversations:guest", {"token": token}, {"body": "Taken"}),
        ("post", "conversations:guest-report", {"token": token}, {"reason": "spam"}),
        ("get", "conversations:authority-conversation", {"pk": mine.pk}, None),
        ("post", "conversations:authority-conversation", {"pk": mine.pk}, {"decision": "release"}),
        ("get", "conversations:authority-list", {}, None),
        # Open to everyone, scoped by what they name
        ("get", "conversations:ask", {"product_pk": world["mine"].product_id}, None),
        ("get", "conversations:check-inbox", {}, None),
        ("get", "conversations:confirm", {"token": "1:forged"}, None),
        ("get", "conversations:my-questions", {}, None),
    ]


def conversation_url_names() -> set[str]:
    sub = get_resolver().namespace_dict["conversations"][1]
    return {f"conversations:{name}" for name in sub.reverse_dict if isinstance(name, str)}


def assert_untouched(world) -> None:
    for key in ("mine", "guest"):
        assert world[key].messages.count() == 1
    assert world["mine"].reports.count() == 1 and not world["guest"].reports.exists()


def test_the_matrix_covers_every_url_of_the_app(world, salim):
    assert {name for _m, name, _k, _d in matrix(salim.registry_number, world)} == conversation_url_names()


@pytest.mark.parametrize("whose_number", ["theirs", "mine"])
def test_another_artisans_manager_never_gets_the_conversation(world, salim, aisha, aisha_manager, whose_number):
    number = salim.registry_number if whose_number == "theirs" else aisha.registry_number
    client = signed_in(aisha_manager)
    for method, name, kwargs, data in matrix(number, world):
        if name in ("conversations:ask", "conversations:check-inbox", "conversations:my-questions"):
            continue
        if whose_number == "mine" and name == "conversations:workshop-inbox":
            assert SECRET_QUESTION not in client.get(url(name, **kwargs)).content.decode()
            continue
        if name == "conversations:guest":
            continue  # the signed link is the guest's key: whoever holds it reads (tested below with a forged one)
        if name == "conversations:guest-report":
            continue
        response = getattr(client, method)(url(name, **kwargs), data or {})
        assert response.status_code in (403, 404), (method, name, response.status_code)
        assert SECRET_QUESTION not in response.content.decode(), name
    assert_untouched(world)


def test_another_buyer_never_gets_the_conversation(world, salim):
    client = signed_in(UserFactory())
    for method, name, kwargs, data in matrix(salim.registry_number, world):
        if name in ("conversations:guest", "conversations:guest-report"):
            continue
        response = getattr(client, method)(url(name, **kwargs), data or {})
        if name in ("conversations:ask", "conversations:check-inbox", "conversations:my-questions"):
            assert response.status_code == 200 and SECRET_QUESTION not in response.content.decode(), name
        elif name == "conversations:confirm":
            assert response.status_code == 404
        else:
            assert response.status_code in (403, 404), (method, name, response.status_code)
    assert_untouched(world)


def test_a_forged_guest_link_reads_nothing(world):
    client = Client()
    forged = world["token"][:-2] + ("AA" if not world["token"].endswith("AA") else "BB")
    other = guest_read_token(world["mine"])  # signed, but an account's conversation: not a guest's
    for token in (forged, other, "1"):
        assert client.get(url("conversations:guest", token=token)).status_code == 404
        assert client.post(url("conversations:guest", token=token), {"body": "Taken"}).status_code == 404
        assert client.post(url("conversations:guest-report", token=token), {"reason": "spam"}).status_code == 404
    assert_untouched(world)


def test_anonymous_visitors_are_sent_to_sign_in_for_account_and_workshop_pages(world, salim):
    client = Client()
    for method, name, kwargs, data in matrix(salim.registry_number, world):
        if name.startswith(("conversations:workshop", "conversations:mine", "conversations:my-", "conversations:auth")):
            response = getattr(client, method)(url(name, **kwargs), data or {})
            assert response.status_code == 302 and "/accounts/login/" in response["Location"], name
    assert_untouched(world)


def test_staff_without_the_permission_get_403(world, salim):
    client = signed_in(UserFactory(is_staff=True))
    for method, name, kwargs, data in matrix(salim.registry_number, world):
        if name.startswith("conversations:authority"):
            assert getattr(client, method)(url(name, **kwargs), data or {}).status_code == 403, name
    assert_untouched(world)


def test_the_owners_reach_their_pages(world, salim, salim_manager, buyer, reviewer):
    number = salim.registry_number
    artisan = signed_in(salim_manager)
    assert (
        SECRET_QUESTION
        in artisan.get(
            url("conversations:workshop-conversation", registry_number=number, pk=world["mine"].pk)
        ).content.decode()
    )
    assert SECRET_QUESTION in signed_in(buyer).get(url("conversations:mine", pk=world["mine"].pk)).content.decode()
    assert SECRET_QUESTION in Client().get(url("conversations:guest", token=world["token"])).content.decode()
    assert (
        SECRET_QUESTION
        in signed_in(reviewer).get(url("conversations:authority-conversation", pk=world["mine"].pk)).content.decode()
    )
