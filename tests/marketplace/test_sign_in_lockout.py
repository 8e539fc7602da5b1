"""Failed sign-ins behind the load balancer (marketplace/sign_in_lockout.py, marketplace/client_address.py): wrong
passwords lock one account for one client address, and many accounts tried from one address lock that address; the
address is the client's, read from the balancer's X-Forwarded-For hop, never the balancer's and never one the client
wrote itself. Requests carry the headers a balancer sends, through Django's test client."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

BALANCER = "10.0.3.17"


@pytest.fixture(autouse=True)
def behind_the_balancer(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/16"]
    settings.TRUSTED_PROXY_COUNT = 1
    settings.AXES_FAILURE_LIMIT = 5
    settings.AXES_ADDRESS_FAILURE_LIMIT = 8
    return settings


def sign_in(client, email: str, password: str, *, client_address: str, forwarded_for: str = "", direct=False):
    """A sign-in as the site receives it: through the balancer, which appends the client's address to whatever
    X-Forwarded-For the client sent; or `direct`, from the client straight to a web server."""
    with translation.override("en"):
        url = reverse("customer:login")
    if direct:
        headers = {"REMOTE_ADDR": client_address}
        if forwarded_for:
            headers["HTTP_X_FORWARDED_FOR"] = forwarded_for
    else:
        chain = f"{forwarded_for}, {client_address}" if forwarded_for else client_address
        headers = {"REMOTE_ADDR": BALANCER, "HTTP_X_FORWARDED_FOR": chain}
    return client.post(url, {"login-username": email, "login-password": password, "login_submit": "1"}, **headers)


def test_wrong_passwords_from_one_client_do_not_lock_the_account_for_other_clients_behind_the_balancer(client):
    # Given someone guessing a buyer's password from one address, until the account is locked for that address
    buyer = UserFactory(email="buyer@example.com")
    for _ in range(5):
        sign_in(client, buyer.email, "wrong-password", client_address="203.0.113.7")
    assert sign_in(client, buyer.email, PASSWORD, client_address="203.0.113.7").status_code == 429
    # When the buyer signs in from their own phone, through the same balancer
    response = sign_in(client, buyer.email, PASSWORD, client_address="198.51.100.4")
    # Then they are in
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(buyer.pk)


def test_a_client_behind_the_balancer_cannot_escape_the_lockout_with_a_forwarded_for_of_its_own(client):
    buyer = UserFactory(email="target@example.com")
    for attempt in range(5):
        sign_in(client, buyer.email, "wrong-password", client_address="203.0.113.7", forwarded_for=f"192.0.2.{attempt}")
    response = sign_in(client, buyer.email, PASSWORD, client_address="203.0.113.7", forwarded_for="192.0.2.200")
    assert response.status_code == 429


def test_a_client_connecting_to_a_web_server_directly_cannot_escape_the_lockout_with_a_forged_header(client):
    buyer = UserFactory(email="direct@example.com")
    for attempt in range(5):
        sign_in(
            client, buyer.email, "wrong-password", client_address="203.0.113.7", forwarded_for=f"192.0.2.{attempt}",
            direct=True,
        )  # fmt: skip
    response = sign_in(
        client, buyer.email, PASSWORD, client_address="203.0.113.7", forwarded_for="192.0.2.200", direct=True
    )
    assert response.status_code == 429


def test_a_client_connecting_directly_cannot_lock_someone_else_out_by_naming_their_address(client):
    buyer = UserFactory(email="victim@example.com")
    for _ in range(5):
        sign_in(client, buyer.email, "wrong-password", client_address="203.0.113.7", forwarded_for="198.51.100.4",
                direct=True)  # fmt: skip
    assert sign_in(client, buyer.email, PASSWORD, client_address="198.51.100.4").status_code == 302


def test_one_address_trying_a_few_passwords_on_many_accounts_is_locked_for_every_account(client):
    # Given one address that tried two passwords on each of four accounts (8 failures, no account at its own limit)
    accounts = [UserFactory(email=f"buyer{number}@example.com") for number in range(5)]
    for account in accounts[:4]:
        for _ in range(2):
            assert sign_in(client, account.email, "wrong-password", client_address="203.0.113.7").status_code in (
                200,
                429,
            )
    # When it tries a fifth account, even with the right password
    response = sign_in(client, accounts[4].email, PASSWORD, client_address="203.0.113.7")
    # Then it is refused; another address signs in to that account
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert sign_in(client, accounts[4].email, PASSWORD, client_address="198.51.100.4").status_code == 302


def test_below_the_address_limit_other_accounts_still_sign_in_from_that_address(client):
    accounts = [UserFactory(email=f"family{number}@example.com") for number in range(4)]
    for account in accounts[:3]:
        for _ in range(2):
            sign_in(client, account.email, "wrong-password", client_address="203.0.113.7")
    assert sign_in(client, accounts[3].email, PASSWORD, client_address="203.0.113.7").status_code == 302


def test_signing_in_to_an_account_of_ones_own_does_not_clear_the_addresses_failures_on_others(client):
    own = UserFactory(email="mine@example.com")
    others = [UserFactory(email=f"other{number}@example.com") for number in range(4)]
    for account in others[:3]:
        for _ in range(2):
            sign_in(client, account.email, "wrong-password", client_address="203.0.113.7")
    assert sign_in(client, own.email, PASSWORD, client_address="203.0.113.7").status_code == 302
    client.logout()
    for _ in range(2):
        sign_in(client, others[3].email, "wrong-password", client_address="203.0.113.7")
    assert sign_in(client, own.email, PASSWORD, client_address="203.0.113.7").status_code == 429
