"""Signing in with django-axes watching: a new buyer who registers and activates is signed in, and a returning
customer's password typed at the checkout's "who are you" step is checked and throttled like the sign-in page's."""

import pytest
from django.core import mail

from tests.factories import PASSWORD, UserFactory, make_product
from tests.marketplace.test_registration import activation_link

pytestmark = pytest.mark.django_db


def test_a_buyer_who_registers_is_signed_in_once_the_account_is_activated(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/ar/shop/accounts/register/",
            {"email": "salma@example.com", "password1": PASSWORD, "password2": PASSWORD},
        )
    assert response.status_code == 302
    assert client.get("/ar/shop/accounts/profile/").status_code == 302  # not until the e-mailed link is used
    # axes' backend needs the request to authenticate: activating signs the buyer in through it
    assert client.post(activation_link(mail.outbox[-1]), {"password": PASSWORD}).status_code == 302
    assert client.get("/ar/shop/accounts/profile/").status_code == 200


def checkout_sign_in(client, email, password):
    return client.post(
        "/en/shop/checkout/",
        {"username": email, "options": "existing", "password": password},
        REMOTE_ADDR="203.0.113.9",
    )


def test_a_returning_customer_signs_in_at_the_checkout(client):
    user = UserFactory(email="returning@example.com")
    client.post(f"/en/shop/basket/add/{make_product().pk}/", {"quantity": 1})
    response = checkout_sign_in(client, user.email, PASSWORD)
    assert response.status_code == 302 and response["Location"].endswith("/checkout/shipping-address/")
    assert client.session["_auth_user_id"] == str(user.pk)


def test_wrong_passwords_at_the_checkout_lock_the_account_like_the_sign_in_page(client):
    user = UserFactory(email="guessed@example.com")
    client.post(f"/en/shop/basket/add/{make_product().pk}/", {"quantity": 1})
    for _ in range(4):
        assert checkout_sign_in(client, user.email, "wrong-password").status_code == 200
    assert checkout_sign_in(client, user.email, "wrong-password").status_code == 429
    assert checkout_sign_in(client, user.email, PASSWORD).status_code == 429
    assert "_auth_user_id" not in client.session
