"""What the artisan sees (numbers, never names), the rate limits of hearts and follows (per address and per
account), and the query counts of the pages with hearts."""

import uuid

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from favourites.models import Favourite
from favourites.services import follow_artisan
from tests.factories import UserFactory, make_artisan, make_manager, make_product

pytestmark = pytest.mark.django_db


def url(name: str, language: str = "en", **kwargs) -> str:
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


def test_the_workshop_shows_how_many_follow_and_heart_but_never_who(client_ar):
    artisan = make_artisan()
    manager = make_manager(artisan)
    pieces = [make_product(artisan=artisan) for _ in range(2)]
    fans = [UserFactory(first_name="Zuwaina", last_name="Secretname", email=f"fan{i}@example.com") for i in range(3)]
    for fan in fans:
        follow_artisan(user=fan, artisan=artisan, language="ar")
        Favourite.objects.create(user=fan, product=pieces[0])
    Favourite.objects.create(user=fans[0], product=pieces[1])
    Favourite.objects.create(user=UserFactory(), product=make_product())  # another artisan's piece
    client_ar.force_login(manager)

    html = client_ar.get(
        url("artisans:workshop-dashboard", "ar", registry_number=artisan.registry_number)
    ).content.decode()

    assert '<span class="workshop-tile__number">3</span> متابعين' in html
    assert '<span class="workshop-tile__number">4</span> قلوب على قطعك' in html
    assert "Zuwaina" not in html and "Secretname" not in html and "fan0@" not in html


REDIS_CACHE = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/11",
        "KEY_PREFIX": f"hirfa-test-favourites-{uuid.uuid4().hex[:8]}",
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1},
    }
}


@pytest.fixture
def limits(settings):
    settings.CACHES = REDIS_CACHE
    cache.clear()
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "favourites": "3/d"}
    settings.RATE_LIMITS_PER_ACCOUNT = {"favourites": "5/d"}
    yield settings
    cache.clear()


def test_hearts_past_the_rate_of_an_address_answer_429_in_the_requests_language(client, limits):
    piece = make_product()
    address = url("favourites:add", "ar", product_id=piece.pk)
    for _ in range(3):
        assert client.post(address, REMOTE_ADDR="203.0.113.9").status_code == 302

    response = client.post(address, REMOTE_ADDR="203.0.113.9")

    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "طلبات كثيرة" in response.content.decode()
    assert client.post(address, REMOTE_ADDR="203.0.113.10").status_code == 302  # another address


def test_an_account_is_limited_whatever_address_it_uses(client, limits):
    piece = make_product()
    client.force_login(UserFactory())
    address = url("favourites:add", product_id=piece.pk)
    for i in range(5):
        assert client.post(address, REMOTE_ADDR=f"203.0.113.{20 + i}").status_code == 302

    assert client.post(address, REMOTE_ADDR="203.0.113.99").status_code == 429


def query_count(client, path: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries.captured_queries)


@pytest.mark.parametrize("page", ["product", "artisan", "list"])
def test_the_pages_with_hearts_run_as_many_queries_with_favourites_as_without(
    client, settings, django_assert_max_num_queries, page
):
    settings.PAGE_CACHE_ENABLED = False
    artisan = make_artisan()
    pieces = [make_product(artisan=artisan) for _ in range(6)]
    path = {
        "product": pieces[0].get_absolute_url(),
        "artisan": artisan.get_absolute_url(),
        "list": url("favourites:list"),
    }[page]
    buyer = UserFactory()
    client.force_login(buyer)
    Favourite.objects.create(user=buyer, product=pieces[1])
    client.get(path)  # warm what is cached across requests (facets, navigation)
    few = query_count(client, path)
    for piece in pieces[2:]:
        Favourite.objects.create(user=buyer, product=piece)
    follow_artisan(user=buyer, artisan=artisan, language="en")

    with django_assert_max_num_queries(few):
        client.get(path)
