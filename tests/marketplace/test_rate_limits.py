"""Requests per client address (marketplace/rate_limits.py): searches, suggestions, sign-ins, registrations, password
resets and requests to join, counted in Redis (as in production) by the client's address behind the balancer, and
answered 429 with Retry-After and a message in the request's language past their rate."""

import uuid

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db

BALANCER = "10.0.3.17"
REDIS_CACHE = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/11",
        "KEY_PREFIX": f"hirfa-test-limits-{uuid.uuid4().hex[:8]}",
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1},
    }
}


@pytest.fixture
def limits(settings, search_engine):
    """Three requests a day of each kind per address (a day: no window ends during the test), counted in Redis."""
    settings.CACHES = REDIS_CACHE
    cache.clear()
    settings.RATE_LIMITS = dict.fromkeys(settings.RATE_LIMITS, "3/d")
    settings.TRUSTED_PROXIES = ["10.0.0.0/16"]
    settings.TRUSTED_PROXY_COUNT = 1
    yield settings
    cache.clear()


def through_balancer(client_address: str, forwarded_for: str = "") -> dict:
    chain = f"{forwarded_for}, {client_address}" if forwarded_for else client_address
    return {"REMOTE_ADDR": BALANCER, "HTTP_X_FORWARDED_FOR": chain}


def url(name: str, language: str = "en") -> str:
    with translation.override(language):
        return reverse(name)


def test_the_search_api_answers_429_past_its_rate_with_retry_after_and_a_message_in_the_requests_language(
    client, limits
):
    for _ in range(3):
        assert (
            client.get("/api/search/", {"q": "فضة", "lang": "ar"}, **through_balancer("203.0.113.7")).status_code == 200
        )

    response = client.get("/api/search/", {"q": "فضة", "lang": "ar"}, **through_balancer("203.0.113.7"))

    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 24 * 60 * 60
    assert response.json()["error"] == "طلبات كثيرة من اتصالك. يُرجى الانتظار قليلًا ثم المحاولة مرة أخرى."
    assert response.json()["retry_after"] == int(response["Retry-After"])
    english = client.get("/api/search/", {"q": "silver"}, HTTP_ACCEPT_LANGUAGE="en", **through_balancer("203.0.113.7"))
    assert english.status_code == 429 and english.json()["error"].startswith("Too many requests")


def test_each_client_behind_the_balancer_has_a_count_of_its_own(client, limits):
    for _ in range(4):
        client.get("/api/search/", {"q": "silver"}, **through_balancer("203.0.113.7"))
    assert client.get("/api/search/", {"q": "silver"}, **through_balancer("203.0.113.7")).status_code == 429
    assert client.get("/api/search/", {"q": "silver"}, **through_balancer("198.51.100.4")).status_code == 200


def test_a_client_cannot_start_a_new_count_with_a_forwarded_for_of_its_own(client, limits):
    statuses = [
        client.get("/api/search/", {"q": "silver"}, **through_balancer("203.0.113.7", f"192.0.2.{n}")).status_code
        for n in range(4)
    ]
    direct = [
        client.get("/api/search/", {"q": "silver"}, REMOTE_ADDR="198.51.100.9", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")
        for n in range(4)
    ]
    assert statuses == [200, 200, 200, 429]
    assert [response.status_code for response in direct] == [200, 200, 200, 429]


def test_suggestions_while_typing_are_limited(client, limits):
    statuses = [
        client.get("/api/search/suggest/", {"q": "sil"}, **through_balancer("203.0.113.7")).status_code
        for _ in range(4)
    ]
    assert statuses == [200, 200, 200, 429]


def test_the_search_page_is_limited_and_says_so_in_arabic(client, limits):
    for _ in range(3):
        assert (
            client.get(url("search:search", "ar"), {"q": "فضة"}, **through_balancer("203.0.113.7")).status_code == 200
        )

    response = client.get(url("search:search", "ar"), {"q": "فضة"}, **through_balancer("203.0.113.7"))

    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    page = response.content.decode()
    assert '<html lang="ar" dir="rtl"' in page
    assert "طلبات كثيرة من اتصالك" in page


def test_browsing_the_shop_without_words_is_not_limited(client, limits):
    statuses = [client.get(url("catalogue:index"), **through_balancer("203.0.113.7")).status_code for _ in range(5)]
    assert statuses == [200] * 5
    # Searches with words are counted; each asks for other words, as a scraper would (the same words again are
    # served from the page cache, which costs the site nothing and is not counted)
    statuses = [
        client.get(url("catalogue:index"), {"q": words}, **through_balancer("203.0.113.7")).status_code
        for words in ("silver", "silver ring", "khanjar", "basket")
    ]
    assert statuses == [200, 200, 200, 429]


SIGN_IN = {"login-username": "someone@example.com", "login-password": "not-the-password", "login_submit": "1"}
REGISTER = {
    "registration-email": "new@example.com",
    "registration-password1": "short",
    "registration-password2": "other",
    "registration_submit": "1",
}


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("customer:login", SIGN_IN),
        ("customer:login", REGISTER),
        ("customer:register", {key.removeprefix("registration-"): value for key, value in REGISTER.items()}),
        ("password-reset", {"email": "someone@example.com"}),
        ("artisans:workshop-join", {"registry-registry_number": "TS-DAK-00501"}),
    ],
    ids=["sign-in", "register-on-sign-in-page", "register", "password-reset", "join"],
)
def test_account_forms_are_limited_per_address_and_their_pages_still_open(client, limits, name, data):
    posts = [client.post(url(name), data, **through_balancer("203.0.113.7")).status_code for _ in range(4)]

    assert 429 not in posts[:3] and posts[3] == 429
    assert client.get(url(name), **through_balancer("203.0.113.7")).status_code == 200
    assert client.post(url(name), data, **through_balancer("198.51.100.4")).status_code != 429


def test_registering_on_the_sign_in_page_does_not_use_up_the_sign_ins(client, limits):
    for _ in range(4):
        client.post(url("customer:login"), REGISTER, **through_balancer("203.0.113.7"))
    assert client.post(url("customer:login"), SIGN_IN, **through_balancer("203.0.113.7")).status_code == 200


def test_the_certificate_check_is_limited_per_address(client, limits):
    statuses = [client.get("/en/verify/AAAAAAAAAAAAAAAAAAAA/", **through_balancer("203.0.113.9")).status_code
                for _ in range(4)]  # fmt: skip
    assert statuses == [404, 404, 404, 429]  # guessing tokens is slowed down too
