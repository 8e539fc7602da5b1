"""localstripe, the stateful fake Stripe server, started once for the session on a free port of the tests' own, and
helpers that act as the buyer's browser: go through Oscar's checkout, then pay on the payment page the way Stripe.js
does (the intent confirmed with the card, the publishable key and the intent's client secret)."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
from django.test import Client
from django.urls import reverse

from tests.factories import make_artisan, make_product

PROJECT = Path(__file__).resolve().parents[2]

WEBHOOK_SECRET = "whsec_test_hirfa"
# A plausible address in each country the tests ship to: its city, subdivision, postcode and a phone number there.
ADDRESSES = {
    "OM": {"line4": "Muscat", "state": "Muscat", "postcode": "112", "phone_number": "+96891234567"},
    "GB": {"line4": "London", "state": "", "postcode": "SW1A 1AA", "phone_number": "+442079460000"},
    "US": {"line4": "New York", "state": "NY", "postcode": "10001", "phone_number": "+12125550123"},
    "AE": {"line4": "Dubai", "state": "Dubai", "postcode": "", "phone_number": "+971501234567"},
    "JP": {"line4": "Chiyoda", "state": "Tokyo", "postcode": "100-0001", "phone_number": "+81312345678"},
    "DE": {"line4": "Berlin", "state": "", "postcode": "10115", "phone_number": "+4930123456"},
    "FR": {"line4": "Paris", "state": "", "postcode": "75001", "phone_number": "+33142685300"},
    "SA": {"line4": "Riyadh", "state": "", "postcode": "12211", "phone_number": "+966501234567"},
}
CARD_OK = "4242424242424242"
CARD_3DS = "4000000000003220"
CARD_DECLINED = "4000000000000341"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def localstripe_url(tmp_path_factory):
    port = _free_port()
    log = tmp_path_factory.mktemp("localstripe") / "log.txt"
    # localstripe with Stripe.js's card confirmation (payments/local_stripe.py), as `make demo` runs it.
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "payments.local_stripe", "--port", str(port)],
            stdout=out,
            stderr=out,
            cwd=PROJECT,
        )
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            if requests.get(f"{url}/js.stripe.com/v3/", timeout=1).status_code == 200:
                break
        except requests.ConnectionError:
            time.sleep(0.1)
    else:
        process.kill()
        pytest.fail(f"localstripe did not start: {log.read_text()[-500:]}")
    yield url
    process.terminate()
    process.wait(5)


@pytest.fixture
def stripe_settings(settings, localstripe_url):
    settings.STRIPE_API_BASE = localstripe_url
    settings.STRIPE_SECRET_KEY = "sk_test_hirfa"
    settings.STRIPE_PUBLISHABLE_KEY = "pk_test_hirfa"
    settings.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
    settings.STRIPE_JS_URL = f"{localstripe_url}/js.stripe.com/v3/"
    settings.STRIPE_MAX_NETWORK_RETRIES = 0
    return settings


class Buyer:
    """A buyer's browser: Django's test client for our pages, plain HTTP to localstripe for what Stripe.js does."""

    def __init__(self, client: Client, language: str, stripe_url: str) -> None:
        self.client = client
        self.language = language
        self.stripe_url = stripe_url

    def url(self, name: str, **kwargs) -> str:
        return f"/{self.language}{reverse(name, kwargs=kwargs)[3:]}"

    def add(self, product, quantity: int = 1):
        return self.client.post(self.url("basket:add", pk=product.pk), {"quantity": quantity})

    def fill_checkout(self, *, country: str = "OM", email: str = "buyer@example.com"):
        """Guest checkout up to the preview page."""
        c = self.client
        c.post(self.url("checkout:index"), {"username": email, "options": "anonymous"})
        address = {
            "first_name": "Maryam",
            "last_name": "Al Balushi",
            "line1": "Way 3021, House 17",
            "country": country,
            **ADDRESSES[country],
        }
        response = c.post(self.url("checkout:shipping-address"), address)
        assert response.status_code == 302, response.content.decode()[:3000]
        choice = c.get(self.url("checkout:shipping-method"))
        if choice.status_code == 200:  # several methods for this destination: take the first offered
            code = choice.context["methods"][0].code
            c.post(self.url("checkout:shipping-method"), {"method_code": code})
        return c.get(self.url("checkout:preview"))

    def total_shown(self) -> str:
        """The total the preview shows, which the page's "Place order" form sends back."""
        preview = self.client.get(self.url("checkout:preview"))
        return str(preview.context["total_shown"]) if preview.status_code == 200 else ""

    def place_order(self, **fields):
        """Press "Place order" on the preview, as it was last shown."""
        data = {"action": "place_order", "total_shown": self.total_shown(), **fields}
        return self.client.post(self.url("checkout:preview"), data)

    def pay(self, payment, card: str = CARD_OK, authenticate: bool | None = True) -> dict:
        """What Stripe.js's confirmCardPayment does from the payment page: confirm the intent with the card, the
        publishable key and the intent's client secret, then answer 3-D Secure when the card asks for it."""
        response = requests.post(
            f"{self.stripe_url}/v1/payment_intents/{payment.reference}/confirm",
            data=json.dumps(
                {
                    "key": "pk_test_hirfa",
                    "client_secret": payment.client_secret,
                    "payment_method_data": {
                        "type": "card",
                        "card": {"number": card, "exp_month": 12, "exp_year": 2030, "cvc": "123"},
                    },
                }
            ),
            timeout=10,
        )
        intent = response.json()
        intent = intent.get("error", {}).get("payment_intent", intent)
        if intent.get("status") == "requires_action" and authenticate is not None:
            intent = requests.post(
                f"{self.stripe_url}/v1/payment_intents/{payment.reference}/_authenticate",
                params={"success": "true" if authenticate else "false"},
                json={"key": "pk_test_hirfa", "client_secret": payment.client_secret},
                timeout=10,
            ).json()
        return intent

    def come_back(self, payment):
        return self.client.get(self.url("checkout:payment-return", number=payment.order.number))


@pytest.fixture
def buyer(stripe_settings, localstripe_url) -> Buyer:
    return Buyer(Client(HTTP_ACCEPT_LANGUAGE="en"), "en", localstripe_url)


@pytest.fixture
def two_artisans_products():
    potter = make_artisan(name_en="Aisha Al Harthi", wilayat_slug="bahla", crafts=("pottery",))
    weaver = make_artisan(name_en="Salim Al Hinai", wilayat_slug="bahla", crafts=("pottery",))
    return (
        make_product(artisan=potter, price="12.340", stock=3),
        make_product(artisan=weaver, price="7.500", stock=2, title_en="Clay water jar", title_ar="جحلة"),
    )


def webhook_url() -> str:
    return reverse("payments:stripe-webhook")


def split(url: str) -> str:
    return urlsplit(url).path
