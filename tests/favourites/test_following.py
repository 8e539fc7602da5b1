"""Following an artisan and the weekly digest (favourites app): sign-in required, the digest once a week per
follower in the language they followed in, nothing when nothing is new, and a one-click unfollow link."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from favourites.models import Follow, FollowDigest
from favourites.services import follow_artisan, follow_digests_send, unfollow_token, week_of
from tests.factories import UserFactory, make_artisan, make_product

pytestmark = pytest.mark.django_db


def url(name: str, language: str = "en", **kwargs) -> str:
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


def test_a_guest_who_presses_follow_is_sent_to_sign_in_and_back_to_the_artisan(client):
    artisan = make_artisan()

    response = client.post(url("favourites:follow", registry_number=artisan.registry_number))

    assert response.status_code == 302
    assert response["Location"].startswith(url("customer:login"))
    assert response["Location"].endswith("?next=" + artisan.get_absolute_url())
    assert Follow.objects.count() == 0


def test_a_buyer_follows_in_the_pages_language_and_unfollows(client):
    buyer = UserFactory()
    artisan = make_artisan()
    client.force_login(buyer)

    response = client.post(
        url("favourites:follow", "ar", registry_number=artisan.registry_number), HTTP_ACCEPT="application/json"
    )

    assert response.json()["following"] is True
    assert Follow.objects.get(user=buyer, artisan=artisan).language == "ar"
    assert client.get(url("session-state")).json()["following"] == [artisan.pk]

    client.post(url("favourites:unfollow", registry_number=artisan.registry_number))
    assert not Follow.objects.filter(user=buyer).exists()


def test_an_artisan_the_authority_has_not_verified_cannot_be_followed(client):
    client.force_login(UserFactory())
    artisan = make_artisan(verification="pending")

    assert client.post(url("favourites:follow", registry_number=artisan.registry_number)).status_code == 404


def test_the_artisans_page_has_a_follow_form(client):
    artisan = make_artisan()

    html = client.get(artisan.get_absolute_url()).content.decode()

    assert f'action="{url("favourites:follow", registry_number=artisan.registry_number)}"' in html


# --- The digest ---------------------------------------------------------------------------------------------------


@pytest.fixture
def followed():
    """A buyer who followed an artisan in Arabic a while ago; the artisan has since put a new piece on show."""
    buyer = UserFactory(email="maryam@example.com")
    artisan = make_artisan(name_en="Aisha Al Harthi", name_ar="عائشة الحارثية")
    follow_artisan(user=buyer, artisan=artisan, language="ar")
    Follow.objects.filter(user=buyer).update(created_at=timezone.now() - timedelta(days=30))
    piece = make_product(artisan=artisan, title_en="Clay incense burner", title_ar="مبخرة فخارية")
    return buyer, artisan, piece


def test_the_digest_lists_the_new_pieces_in_the_followers_language_with_an_unfollow_link(followed):
    buyer, artisan, piece = followed

    assert follow_digests_send() == 1

    [message] = mail.outbox
    assert message.to == ["maryam@example.com"]
    assert "قطعة جديدة" in message.subject
    assert "مبخرة فخارية" in message.body
    assert "Clay incense burner" not in message.body
    assert "عائشة الحارثية" in message.body
    assert piece.get_absolute_url().replace("/en/", "/ar/", 1) in message.body
    link = url("favourites:unfollow-link", "ar", token=unfollow_token(user_id=buyer.pk, artisan_id=artisan.pk))
    assert link in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_the_digest_is_sent_once_a_week_however_often_the_worker_runs(followed):
    follow_digests_send()
    follow_digests_send()

    assert len(mail.outbox) == 1
    assert FollowDigest.objects.count() == 1


def test_next_week_only_what_is_new_since_the_last_digest_is_sent(followed):
    buyer, artisan, _piece = followed
    follow_digests_send()
    next_week = timezone.now() + timedelta(days=7)

    assert follow_digests_send(now=next_week) == 0  # nothing new since
    assert len(mail.outbox) == 1

    make_product(artisan=artisan, title_ar="سلة جديدة", title_en="New basket")
    assert follow_digests_send(now=next_week + timedelta(days=7)) == 1
    assert "سلة جديدة" in mail.outbox[-1].body
    assert "مبخرة فخارية" not in mail.outbox[-1].body


def test_nothing_is_sent_when_the_followed_artisans_have_nothing_new(db):
    buyer = UserFactory()
    artisan = make_artisan()
    make_product(artisan=artisan)
    follow_artisan(user=buyer, artisan=artisan, language="en")
    from catalogue.models import Product

    Product.objects.update(date_created=timezone.now() - timedelta(days=20))

    assert follow_digests_send() == 0
    assert mail.outbox == []


def test_the_digest_is_written_in_english_for_a_follower_who_followed_in_english(followed):
    buyer, artisan, _piece = followed
    Follow.objects.filter(user=buyer).update(language="en")

    follow_digests_send()

    assert "Clay incense burner" in mail.outbox[0].body
    assert "new piece" in mail.outbox[0].subject.lower()


def test_a_piece_not_on_show_is_not_in_the_digest(followed):
    _buyer, _artisan, piece = followed
    piece.is_public = False
    piece.save()

    assert follow_digests_send() == 0


def test_the_unfollow_link_shows_a_button_then_unfollows_without_signing_in(client, followed):
    buyer, artisan, _piece = followed
    link = url("favourites:unfollow-link", "ar", token=unfollow_token(user_id=buyer.pk, artisan_id=artisan.pk))

    page = client.get(link)
    assert page.status_code == 200
    assert Follow.objects.filter(user=buyer).exists()  # a GET (a mail scanner) changes nothing

    done = client.post(link)
    assert done.status_code == 200
    assert "لم تعد تتابع" in done.content.decode()
    assert not Follow.objects.filter(user=buyer).exists()


def test_a_tampered_unfollow_link_is_not_found_and_unfollows_nobody(client, followed):
    buyer, artisan, _piece = followed
    token = unfollow_token(user_id=buyer.pk, artisan_id=artisan.pk)

    response = client.post(url("favourites:unfollow-link", token=token[:-2] + "xx"))

    assert response.status_code == 404
    assert Follow.objects.filter(user=buyer).exists()


def test_a_second_worker_that_read_the_followers_before_the_first_committed_sends_nothing(followed, monkeypatch):
    """Two workers both list the follower as due; the first records the week and sends, the second's insert of the
    same week is refused by the unique (account, week) and it sends nothing."""
    from favourites import selectors

    buyer, _artisan, _piece = followed
    listed_before = list(selectors.followers_without_digest(week=week_of(timezone.now())))
    assert follow_digests_send() == 1
    monkeypatch.setattr(selectors, "followers_without_digest", lambda *, week: listed_before)

    assert follow_digests_send() == 0

    assert len(mail.outbox) == 1
    assert FollowDigest.objects.filter(user=buyer).count() == 1
