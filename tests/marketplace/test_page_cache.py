"""Whole pages for anonymous visitors from the page cache (marketplace/page_cache.py, issue 19 part 1): what is
shared, with whom, and how a change reaches the next visitor."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from catalogue.services import product_set_price_and_stock
from cms.models import HomePage
from marketplace.page_cache import CSRF_PLACEHOLDER, NONCE_PLACEHOLDER
from search.indexing import apply_due_entries
from tests.factories import UserFactory, make_artisan, make_manager, make_product

pytestmark = pytest.mark.django_db


def url(name: str, language: str = "en", **kwargs) -> str:
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


def product_url(product, language: str = "en") -> str:
    with translation.override(language):
        return product.get_absolute_url()


def artisan_url(artisan, language: str = "en") -> str:
    with translation.override(language):
        return artisan.get_absolute_url()


@pytest.fixture
def potter():
    return make_artisan(registry_number="TS-DAK-00200", name_en="Aisha Al Hinai", name_ar="عائشة الهنائية")


@pytest.fixture
def burner(potter):
    return make_product(artisan=potter, title_en="Clay incense burner", price="12.340", stock=3)


def is_shared(response) -> bool:
    return "public" in response.get("Cache-Control", "")


def nonce_of(response) -> str:
    return re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)


def test_a_second_anonymous_visit_is_served_from_the_cache_without_sql(client, burner):
    first = client.get(product_url(burner))
    assert first.status_code == 200
    assert is_shared(first)

    with CaptureQueriesContext(connection) as queries:
        second = client.get(product_url(burner))

    assert second.status_code == 200
    assert len(queries) == 0
    assert second["Cache-Control"] == "public, max-age=60"
    assert "Cookie" in second["Vary"]
    assert "Clay incense burner" in second.content.decode()
    assert not second.cookies


@pytest.mark.parametrize("language", ["en", "ar"])
def test_every_kind_of_shared_page_is_stored_in_both_languages(client, burner, potter, language):
    pages = [
        f"/{language}/",
        product_url(burner, language),
        artisan_url(potter, language),
        url("artisans:list", language),
        url("catalogue:category", language, category_slug=burner.craft.slug, pk=burner.craft.pk),
    ]
    for address in pages:
        assert client.get(address).status_code == 200, address
        with CaptureQueriesContext(connection) as queries:
            again = client.get(address)
        assert again.status_code == 200
        assert is_shared(again), address
        assert len(queries) == 0, address


def test_each_cached_answer_carries_its_own_nonce_matching_its_header(client, burner):
    client.get(product_url(burner))
    answers = [client.get(product_url(burner)) for _ in range(2)]

    nonces = [nonce_of(answer) for answer in answers]
    assert nonces[0] != nonces[1]
    for answer, nonce in zip(answers, nonces, strict=True):
        page = answer.content.decode()
        assert f'nonce="{nonce}"' in page
        assert NONCE_PLACEHOLDER not in page


def test_a_shared_page_carries_no_csrf_token_and_sets_no_cookie(client, burner):
    for _ in range(2):
        answer = client.get(product_url(burner))
        page = answer.content.decode()
        tokens = re.findall(r'name="csrfmiddlewaretoken" value="([^"]*)"', page)
        assert tokens, "the add-to-basket and footer forms are on the page"
        assert set(tokens) == {""}
        assert CSRF_PLACEHOLDER not in page
        assert "csrftoken" not in answer.cookies
        assert 'data-session-state="/en/session-state/"' in page


def test_a_page_that_is_not_shared_gets_the_visitors_own_token(client):
    answer = client.get(url("customer:login"))

    page = answer.content.decode()
    assert CSRF_PLACEHOLDER not in page
    tokens = re.findall(r'name="csrfmiddlewaretoken" value="([^"]*)"', page)
    assert tokens and all(tokens)
    assert not is_shared(answer)


def test_a_signed_in_artisan_never_receives_the_cached_anonymous_page(client, burner, potter):
    client.get(product_url(burner))
    assert is_shared(client.get(product_url(burner)))
    client.force_login(make_manager(potter))

    answer = client.get(product_url(burner))

    page = answer.content.decode()
    assert "private" in answer["Cache-Control"]
    assert "no-cache" in answer["Cache-Control"]
    assert "My workshop" in page
    assert 'id="login_link"' not in page
    assert "data-session-state=" not in page
    # and what they were shown is not kept for anyone else
    client.logout()
    assert "My workshop" not in Client().get(product_url(burner)).content.decode()


def test_a_visitor_with_a_basket_gets_private_pages_with_the_count(client, burner):
    client.get(product_url(burner))
    added = client.post(url("basket:add", pk=burner.pk), {"quantity": 2, "action": "add"})
    assert added.status_code == 302

    answer = client.get(product_url(burner))

    assert "private" in answer["Cache-Control"]
    assert re.search(r'class="badge badge-pill badge-light">2<', answer.content.decode())
    # an anonymous visitor beside them still shares the cached page, without a badge
    other = Client().get(product_url(burner))
    assert is_shared(other)
    assert "badge-pill" not in other.content.decode()


def test_messages_waiting_are_never_served_from_the_cache(client, burner):
    client.get(product_url(burner))
    client.post(reverse("set-destination"), {"country": "XX", "next": product_url(burner)})

    answer = client.get(product_url(burner))

    assert not is_shared(answer)
    assert "We do not deliver to that country" in answer.content.decode()


def test_the_session_state_answer_tells_the_page_what_it_left_out(client, burner, potter):
    anonymous = client.get(url("session-state"))
    assert anonymous["Cache-Control"] == "private, no-store"
    assert anonymous.json() == {
        "signedIn": False,
        "basketCount": 0,
        "basketCountText": "0",
        "favourites": [],
        "following": [],
    }
    assert anonymous.cookies["csrftoken"].value

    client.post(url("basket:add", pk=burner.pk), {"quantity": 1, "action": "add"})
    client.force_login(make_manager(potter))
    client.cookies["hirfa_digits"] = "arab"
    state = client.get(url("session-state", "ar")).json()

    assert state["signedIn"] is True
    assert state["basketCount"] == 1
    assert state["basketCountText"] == "١"
    assert url("customer:summary", "ar") in state["accountLinks"]
    assert url("artisans:workshop", "ar") in state["accountLinks"]
    assert "<li>" in state["menuAccountLinks"]
    assert "site-tools__account" not in state["menuAccountLinks"]


def test_the_digit_choice_and_the_currency_choice_each_get_their_own_page(client, burner):
    address = product_url(burner, "ar")
    latin = client.get(address).content.decode()
    client.cookies["hirfa_digits"] = "arab"
    arabic = client.get(address).content.decode()
    client.cookies["display_currency"] = "USD"
    with_dollars = client.get(address).content.decode()

    assert "12.340" in latin
    assert "١٢٫٣٤٠" in arabic
    assert "١٢٫٣٤٠" not in latin
    assert "price-approx" in with_dollars
    assert "price-approx" not in arabic
    del client.cookies["hirfa_digits"]
    del client.cookies["display_currency"]
    assert "١٢٫٣٤٠" not in client.get(address).content.decode()


def test_a_new_price_shows_at_once_on_the_product_page_the_list_and_the_artisans_page(
    client, burner, potter, index_everything
):
    index_everything()
    pages = [product_url(burner), url("catalogue:index"), artisan_url(potter)]
    for address in pages:
        client.get(address)
        assert "12.340" in client.get(address).content.decode(), address

    product_set_price_and_stock(product=burner, price="15.500", stock=3)
    apply_due_entries()  # the worker brings the search index up to date

    for address in pages:
        page = client.get(address).content.decode()
        assert "15.500" in page, address
        assert "12.340" not in page, address


def test_a_piece_out_of_stock_is_no_longer_offered_to_buy(client, burner):
    client.get(product_url(burner))
    assert url("basket:add", pk=burner.pk) in client.get(product_url(burner)).content.decode()

    product_set_price_and_stock(product=burner, price="12.340", stock=0)

    assert url("basket:add", pk=burner.pk) not in client.get(product_url(burner)).content.decode()


def test_an_unpublished_piece_is_gone_from_its_page_and_the_list(client, burner, index_everything):
    index_everything()
    client.get(product_url(burner))
    client.get(url("catalogue:index"))
    assert product_url(burner) in client.get(url("catalogue:index")).content.decode()

    burner.is_public = False
    burner.save()
    apply_due_entries()

    assert client.get(product_url(burner)).status_code == 404
    assert product_url(burner) not in client.get(url("catalogue:index")).content.decode()


def test_a_new_listing_appears_on_the_list(client, burner, potter, index_everything):
    index_everything()
    client.get(url("catalogue:index"))
    client.get(url("catalogue:index"))

    newcomer = make_product(artisan=potter, title_en="Palm frond basket")
    apply_due_entries()

    assert product_url(newcomer) in client.get(url("catalogue:index")).content.decode()


def test_a_published_page_shows_its_new_text(client):
    client.get("/en/")
    client.get("/en/")
    home = HomePage.objects.get(locale__language_code="en")
    home.hero_title = "Crafts of the Sultanate, newly told"
    home.save_revision().publish()

    assert "Crafts of the Sultanate, newly told" in client.get("/en/").content.decode()


def test_an_unpublished_page_is_gone(client):
    home = HomePage.objects.get(locale__language_code="en")
    assert client.get("/en/").status_code == 200
    Page.objects.get(pk=home.pk).unpublish()

    assert client.get("/en/").status_code == 404


def test_searches_and_posts_are_never_shared(client, burner, index_everything):
    index_everything()
    search = url("search:search") + "?q=burner"
    client.get(search)
    assert not is_shared(client.get(search))
    signed_in = UserFactory()
    client.force_login(signed_in)
    assert not is_shared(client.get(product_url(burner)))
