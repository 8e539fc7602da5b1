"""Checkout end to end against the local Stripe stand-in: orders placed and paid per second, and SQL queries per
checkout step.

Starts the stand-in (payments/local_stripe.py: localstripe with Stripe.js's card confirmation) on a free port,
migrates a fresh database (SQLite in a temporary folder unless DATABASE_URL is set), lists `--products` pieces from a
few artisans, then runs `--orders` guest checkouts one after another through the site's own pages (Django's test
client, in-process): add to basket, checkout start, shipping address, shipping method, preview, place order
(PaymentIntent opened, then stock locked and reserved), the payment (what Stripe.js's confirmCardPayment sends: the
card confirmed with the publishable key and the client secret), and the return (payment checked, order paid,
e-mail, ledger). Reports orders per second end to end, the time per step, and the SQL queries of each step.

    .venv/bin/python bench/checkout.py [--orders 100] [--products 20]
"""

import argparse
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import requests

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orders", type=int, default=100)
    parser.add_argument("--products", type=int, default=20)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="hirfa-checkout-bench-"))
    port = free_port()
    stripe_url = f"http://127.0.0.1:{port}"
    localstripe = subprocess.Popen(
        [sys.executable, "-m", "payments.local_stripe", "--port", str(port)],
        cwd=PROJECT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            requests.get(f"{stripe_url}/js.stripe.com/v3/", timeout=1)
            break
        except requests.ConnectionError:
            time.sleep(0.1)
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}")
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "marketplace.settings.local",
            "DJANGO_LOG_LEVEL": "WARNING",
            "DJANGO_ALLOWED_HOSTS": "testserver,127.0.0.1,localhost",
            "STRIPE_SECRET_KEY": "sk_test_bench",
            "STRIPE_PUBLISHABLE_KEY": "pk_test_bench",
            "STRIPE_WEBHOOK_SECRET": "whsec_bench",
            "STRIPE_API_BASE": stripe_url,
            "STRIPE_JS_URL": f"{stripe_url}/js.stripe.com/v3/",
            "DJANGO_EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "DJANGO_MEDIA_ROOT": str(workdir / "media"),
        }
    )
    try:
        subprocess.run([sys.executable, "manage.py", "migrate", "--no-input", "-v", "0"], cwd=PROJECT, check=True)
        run(args, stripe_url)
    finally:
        localstripe.terminate()


def run(args, stripe_url: str) -> None:
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from payments.models import Payment
    from tests.factories import make_artisan, make_product

    artisans = [make_artisan(name_en=f"Bench artisan {i}", crafts=("pottery",)) for i in range(4)]
    products = [
        make_product(artisan=artisans[i % 4], price=f"{5 + i}.250", stock=10_000, weight_g=400)
        for i in range(args.products)
    ]
    timings, queries = defaultdict(list), defaultdict(list)

    def step(name, call):
        connection.queries_log.clear()  # the log keeps 9,000 queries; past that, the capture would count nothing
        with CaptureQueriesContext(connection) as captured:
            began = time.perf_counter()
            result = call()
            timings[name].append((time.perf_counter() - began) * 1000)
        queries[name].append(len(captured))
        return result

    def url(name, **kwargs):
        return "/en" + reverse(name, kwargs=kwargs)[3:]

    started = time.perf_counter()
    for number in range(args.orders):
        c = Client(HTTP_ACCEPT_LANGUAGE="en")
        piece, other = products[number % len(products)], products[(number + 7) % len(products)]
        step(
            "add to basket (2 pieces)",
            lambda: (
                c.post(url("basket:add", pk=piece.pk), {"quantity": 1}),
                c.post(url("basket:add", pk=other.pk), {"quantity": 1}),
            ),
        )
        step(
            "checkout start (guest e-mail)",
            lambda: c.post(url("checkout:index"), {"username": f"b{number}@example.com", "options": "anonymous"}),
        )
        step(
            "shipping address",
            lambda: c.post(
                url("checkout:shipping-address"),
                {
                    "first_name": "Maryam",
                    "last_name": "Al Balushi",
                    "line1": "Way 3021",
                    "line4": "Muscat",
                    "state": "Muscat",
                    "postcode": "112",
                    "country": "OM",
                    "phone_number": "+96891234567",
                },
            ),
        )
        step("shipping method", lambda: c.get(url("checkout:shipping-method")))
        preview = step("preview", lambda: c.get(url("checkout:preview")))
        total_shown = re.search(r'name="total_shown" value="([0-9.]+)"', preview.content.decode()).group(1)
        placed = step(
            "place order (open payment, lock, reserve)",
            lambda: c.post(url("checkout:preview"), {"action": "place_order", "total_shown": total_shown}),
        )
        assert placed.status_code == 302 and "/pay/" in placed["Location"], placed.status_code
        step("payment page", lambda: c.get(placed["Location"]))
        payment = Payment.objects.order_by("-pk").first()
        began = time.perf_counter()
        # What Stripe.js's confirmCardPayment sends from the buyer's browser (publishable key and client secret).
        confirmed = requests.post(
            f"{stripe_url}/v1/payment_intents/{payment.reference}/confirm",
            timeout=10,
            data=json.dumps(
                {
                    "key": "pk_test_bench",
                    "client_secret": payment.client_secret,
                    "payment_method_data": {
                        "type": "card",
                        "card": {"number": "4242424242424242", "exp_month": 12, "exp_year": 2030, "cvc": "123"},
                    },
                }
            ),
        ).json()
        assert confirmed["status"] == "succeeded", confirmed
        timings["card confirmed at the Stripe stand-in (Stripe.js's part)"].append((time.perf_counter() - began) * 1000)
        back = step(
            "return (payment checked, order paid, e-mail, ledger)",
            lambda: c.get(url("checkout:payment-return", number=payment.order.number)),
        )
        assert back["Location"].endswith("/thank-you/"), back["Location"]
    elapsed = time.perf_counter() - started

    paid = Payment.objects.filter(status=Payment.Status.SUCCEEDED).count()
    print(
        f"{args.orders} orders ({paid} paid) in {elapsed:.1f} s = {args.orders / elapsed:.2f} orders/s end to end, "
        f"one buyer after another, database {connection.vendor}"
    )
    print(f"{'step':55} {'median ms':>10} {'p95 ms':>8} {'SQL (min-max)':>14}")
    for name, values in timings.items():
        ordered = sorted(values)
        sql = queries.get(name)
        sql_text = f"{min(sql)}-{max(sql)}" if sql else "-"
        print(
            f"{name:55} {statistics.median(values):10.1f} {ordered[int(0.95 * (len(ordered) - 1))]:8.1f} {sql_text:>14}"
        )


if __name__ == "__main__":
    main()
