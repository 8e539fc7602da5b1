"""The heart (favourites app): a guest's hearts in the session, an account's in the database, merged on sign-in
without duplicates; the favourites page; hostile and missing ids; CSRF; the session-state answer."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from favourites.models import Favourite
from favourites.selectors import SESSION_KEY, visitor_state
from tests.factories import PASSWORD, UserFactory, make_artisan, make_product

pytestmark = pytest.mark.django_db


def url(name: str, language: str = "en", **kwargs) -> str:
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


def heart(client, product_id, *, json=True, **extra):
    headers = {"HTTP_ACCEPT": "application/json"} if json else {}
    return client.post(url("favourites:add", product_id=product_id), extra, **headers)


def sign_in(client, user):
    return client.post(
        url("customer:login"), {"login-username": user.email, "login-password": PASSWORD, "login_submit": "1"}
    )


def session_state(client) -> dict:
    return client.get(url("session-state")).json()


def test_a_guest_hearts_a_piece_and_the_session_state_lists_it(client):
    piece = make_product()

    response = heart(client, piece.pk)

    assert response.status_code == 200
    assert response.json()["favourite"] is True
    assert session_state(client)["favourites"] == [piece.pk]
    assert Favourite.objects.count() == 0


def test_hearting_twice_keeps_the_piece_once_and_removing_it_forgets_it(client):
    piece = make_product()
    heart(client, piece.pk)
    heart(client, piece.pk)
    assert session_state(client)["favourites"] == [piece.pk]

    response = client.post(url("favourites:remove", product_id=piece.pk), HTTP_ACCEPT="application/json")

    assert response.json()["favourite"] is False
    assert session_state(client)["favourites"] == []


def test_without_javascript_the_heart_comes_back_to_the_page_with_a_message_in_its_language(client):
    piece = make_product()
    page = piece.get_absolute_url().replace("/en/", "/ar/", 1)

    response = client.post(url("favourites:add", "ar", product_id=piece.pk), {"next": page}, follow=True)

    assert response.redirect_chain[-1][0] == page
    assert "حُفظت في مفضلتك" in response.content.decode()


def test_a_next_address_on_another_site_is_not_followed(client):
    piece = make_product()

    response = heart(client, piece.pk, json=False, next="https://evil.example/")

    assert response.status_code == 302
    assert response["Location"] == piece.get_absolute_url()


@pytest.mark.parametrize("case", ["missing", "hidden", "unverified artisan", "huge id"])
def test_a_heart_on_a_piece_nobody_may_see_is_404(client, case):
    if case == "missing":
        product_id = make_product().pk + 1000
    elif case == "hidden":
        product_id = make_product(is_public=False).pk
    elif case == "unverified artisan":
        product_id = make_product(artisan=make_artisan(verification="pending")).pk
    else:
        product_id = 10**30

    assert heart(client, product_id).status_code == 404
    assert session_state(client)["favourites"] == []


def test_hostile_ids_in_the_address_are_not_found(client):
    for path in ("/en/favourites/1%3Cscript%3E/add/", "/en/favourites/-1/add/", "/en/favourites/1.5/add/"):
        assert client.post(path).status_code == 404


def test_a_heart_without_the_csrf_token_is_refused(client):
    piece = make_product()
    strict = Client(enforce_csrf_checks=True)

    assert strict.post(url("favourites:add", product_id=piece.pk)).status_code == 403
    assert session_state(strict)["favourites"] == []


def test_a_heart_must_be_posted(client):
    piece = make_product()

    assert client.get(url("favourites:add", product_id=piece.pk)).status_code == 405


def test_a_guest_keeps_at_most_the_limit_and_is_told_so(client, settings):
    settings.FAVOURITES_MAX = 2
    pieces = [make_product() for _ in range(3)]
    heart(client, pieces[0].pk)
    heart(client, pieces[1].pk)

    response = heart(client, pieces[2].pk)

    assert response.status_code == 409
    assert "full" in response.json()["message"]
    assert sorted(session_state(client)["favourites"]) == sorted([pieces[0].pk, pieces[1].pk])


def test_an_account_hearts_into_the_database(client):
    buyer = UserFactory()
    piece = make_product()
    client.force_login(buyer)

    heart(client, piece.pk)

    assert list(Favourite.objects.filter(user=buyer).values_list("product_id", flat=True)) == [piece.pk]
    assert session_state(client)["favourites"] == [piece.pk]


def test_signing_in_moves_a_guests_hearts_into_the_account_without_duplicates(client):
    buyer = UserFactory()
    kept_before, hearted_as_guest, withdrawn = make_product(), make_product(), make_product()
    Favourite.objects.create(user=buyer, product=kept_before)
    heart(client, kept_before.pk)
    heart(client, hearted_as_guest.pk)
    heart(client, withdrawn.pk)
    withdrawn.is_public = False
    withdrawn.save()

    response = sign_in(client, buyer)

    assert response.status_code == 302
    assert sorted(Favourite.objects.filter(user=buyer).values_list("product_id", flat=True)) == sorted(
        [kept_before.pk, hearted_as_guest.pk]
    )
    assert SESSION_KEY not in client.session
    assert sorted(session_state(client)["favourites"]) == sorted([kept_before.pk, hearted_as_guest.pk])


def test_the_favourites_page_shows_a_guests_pieces_with_their_hearts_pressed(client_ar):
    piece = make_product(title_ar="مبخرة محفوظة")
    make_product(title_ar="قطعة أخرى")
    client_ar.post(url("favourites:add", "ar", product_id=piece.pk))

    response = client_ar.get(url("favourites:list", "ar"))

    html = response.content.decode()
    assert response.status_code == 200
    assert "مبخرة محفوظة" in html
    assert "قطعة أخرى" not in html
    assert f'action="{url("favourites:remove", "ar", product_id=piece.pk)}"' in html
    assert 'aria-pressed="true"' in html
    assert "hirfa-page-cache-csrf-token" not in html  # the visitor's own token is written into the forms


def test_the_favourites_page_of_an_account_lists_only_its_own_pieces(client):
    buyer, someone = UserFactory(), UserFactory()
    mine, theirs = make_product(title_en="Mine"), make_product(title_en="Theirs")
    Favourite.objects.create(user=buyer, product=mine)
    Favourite.objects.create(user=someone, product=theirs)
    client.force_login(buyer)

    html = client.get(url("favourites:list")).content.decode()

    assert "Mine" in html
    assert "Theirs" not in html


def test_a_signed_in_visitors_card_hearts_carry_their_token_and_a_shared_page_none(client, settings):
    settings.PAGE_CACHE_ENABLED = True
    artisan = make_artisan()
    make_product(artisan=artisan)
    page = artisan.get_absolute_url()

    shared = client.get(page).content.decode()
    assert 'class="heart' in shared
    assert 'name="csrfmiddlewaretoken" value=""' in shared
    assert "hirfa-page-cache-csrf-token" not in shared

    client.force_login(UserFactory())
    own = client.get(page).content.decode()
    assert "hirfa-page-cache-csrf-token" not in own
    assert 'name="csrfmiddlewaretoken" value=""' not in own


def test_the_visitor_state_of_an_account_is_one_query(django_assert_num_queries):
    buyer = UserFactory()
    piece = make_product()
    Favourite.objects.create(user=buyer, product=piece)

    with django_assert_num_queries(1):
        state = visitor_state(user=buyer, session=None)

    assert state == {"favourites": [piece.pk], "following": []}


def test_the_session_state_answer_costs_one_query_more_for_an_account_whatever_its_favourites(
    client, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    buyer = UserFactory()
    client.force_login(buyer)
    with CaptureQueriesContext(connection) as without:
        client.get(url("session-state"))
    for _ in range(5):
        Favourite.objects.create(user=buyer, product=make_product())

    with django_assert_max_num_queries(len(without.captured_queries)):
        state = session_state(client)

    assert len(state["favourites"]) == 5
    favourite_queries = [q for q in without.captured_queries if "favourites_" in q["sql"]]
    assert len(favourite_queries) == 1


def test_the_session_state_answer_is_never_cached(client):
    response = client.get(url("session-state"))

    assert response["Cache-Control"] == "private, no-store"


def test_signing_in_at_the_checkout_also_keeps_a_guests_hearts(client):
    buyer = UserFactory()
    hearted, bought = make_product(), make_product()
    heart(client, hearted.pk)
    client.post(url("basket:add", pk=bought.pk), {"quantity": 1, "action": "add"})

    response = client.post(
        url("checkout:index"), {"username": buyer.email, "options": "existing", "password": PASSWORD}
    )

    assert response.status_code == 302
    assert list(Favourite.objects.filter(user=buyer).values_list("product_id", flat=True)) == [hearted.pk]


def test_the_home_pages_cached_cards_never_keep_a_signed_in_visitors_token(settings):
    """The home page keeps its product cards in a fragment cached for everyone: drawn first for a signed-in buyer,
    its hearts must still reach the next visitor without that buyer's token."""
    import re

    settings.PAGE_CACHE_ENABLED = True
    make_product()
    buyer = Client()
    buyer.force_login(UserFactory())
    own = buyer.get("/en/").content.decode()
    assert re.search(r'<form class="heart[^>]*>\s*<input type="hidden" name="csrfmiddlewaretoken" value="\w{20,}"', own)

    shared = Client().get("/en/").content.decode()

    tokens = re.findall(
        r'<form class="heart[^>]*>\s*<input type="hidden" name="csrfmiddlewaretoken" value="([^"]*)"', shared
    )
    assert tokens and set(tokens) == {""}
