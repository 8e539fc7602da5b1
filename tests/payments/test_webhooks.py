"""The Stripe webhook: only signed events count, each counts once, and none moves an order backwards."""

import hashlib
import hmac
import json
import time

import pytest
import requests
from django.core import mail
from oscar.core.loading import get_model

from payments import order_status
from payments.models import Payment, ProviderEventRecord

from .conftest import WEBHOOK_SECRET, webhook_url
from .test_checkout import place

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")


def signed(event: dict, secret: str = WEBHOOK_SECRET, timestamp: int | None = None) -> tuple[bytes, str]:
    """An event signed the way Stripe signs it (HMAC-SHA256 of "timestamp.payload")."""
    payload = json.dumps(event).encode()
    timestamp = timestamp or int(time.time())
    signature = hmac.new(secret.encode(), b"%d.%s" % (timestamp, payload), hashlib.sha256).hexdigest()
    return payload, f"t={timestamp},v1={signature}"


def intent_event(payment, kind: str, status: str, event_id: str = "evt_1", amount: int | None = None) -> dict:
    return {
        "id": event_id,
        "object": "event",
        "type": kind,
        "created": int(time.time()),
        "data": {
            "object": {
                "id": payment.reference,
                "object": "payment_intent",
                "status": status,
                "amount": amount if amount is not None else int(payment.amount * 1000),
                "currency": "omr",
                "metadata": {"order_number": payment.order.number},
            }
        },
    }


def deliver(client, event: dict, **signing):
    payload, signature = signed(event, **signing)
    return client.post(webhook_url(), payload, content_type="application/json", HTTP_STRIPE_SIGNATURE=signature)


@pytest.fixture
def pending_payment(buyer, two_artisans_products):
    place(buyer, two_artisans_products[0])
    return Payment.objects.get()


def test_a_signed_success_event_pays_the_order(client, pending_payment, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = deliver(client, intent_event(pending_payment, "payment_intent.succeeded", "succeeded"))
    assert response.status_code == 200
    assert Order.objects.get().status == order_status.PAID
    assert len(mail.outbox) == 1


@pytest.mark.parametrize(
    "signing",
    [
        {"secret": "whsec_someone_else"},
        {"timestamp": int(time.time()) - 3600},  # an old delivery replayed
    ],
    ids=["wrong-secret", "replayed"],
)
def test_a_badly_signed_event_is_refused_and_changes_nothing(client, pending_payment, signing):
    response = deliver(client, intent_event(pending_payment, "payment_intent.succeeded", "succeeded"), **signing)
    assert response.status_code == 400
    assert Order.objects.get().status == order_status.PENDING_PAYMENT
    assert not ProviderEventRecord.objects.exists()


def test_an_unsigned_or_unreadable_delivery_is_refused(client, pending_payment):
    event = json.dumps(intent_event(pending_payment, "payment_intent.succeeded", "succeeded"))
    assert client.post(webhook_url(), event, content_type="application/json").status_code == 400
    assert (
        client.post(
            webhook_url(), b"\x00\xff not json", content_type="application/json", HTTP_STRIPE_SIGNATURE="t=1,v1=00"
        ).status_code
        == 400
    )
    assert Order.objects.get().status == order_status.PENDING_PAYMENT


def signed_body(body: bytes, secret: str = WEBHOOK_SECRET) -> str:
    timestamp = int(time.time())
    return f"t={timestamp},v1={hmac.new(secret.encode(), b'%d.%s' % (timestamp, body), hashlib.sha256).hexdigest()}"


@pytest.mark.parametrize(
    "body",
    [
        b"[]",
        b'[{"id": "evt_1", "type": "payment_intent.succeeded"}]',
        b'"payment_intent.succeeded"',
        b'{"id": "evt_1", "created": 1, "data": {"object": {"object": "payment_intent"}}}',
        b'{"id": "evt_1", "type": "payment_intent.succeeded", "created": 1}',
        b'{"id": "evt_1", "type": "payment_intent.succeeded", "created": 1, "data": []}',
        b'{"id": "evt_1", "type": "payment_intent.succeeded", "created": 1, "data": {"object": "pi_1"}}',
        b'{"id": 7, "type": "payment_intent.succeeded", "created": 1, "data": {"object": {}}}',
        b'{"id": "evt_1", "type": "payment_intent.succeeded", "created": 1, '
        b'"data": {"object": {"object": "payment_intent", "id": "pi_1", "amount": "lots"}}}',
        b'{"id": "evt_1", "type": "payment_intent.succeeded", "created": 1, "data": {"object": {"object": "payment_int',
    ],
    ids=[
        "empty list",
        "list",
        "string",
        "no type",
        "no data",
        "data a list",
        "object a string",
        "id a number",
        "amount not a number",
        "truncated",
    ],
)
def test_a_signed_body_that_is_not_a_usable_event_is_refused_with_400(client, pending_payment, body):
    # Given a body correctly signed with the webhook's secret, which is not an event the site can apply
    response = client.post(
        webhook_url(), body, content_type="application/json", HTTP_STRIPE_SIGNATURE=signed_body(body)
    )
    # Then it is refused as unusable (not as badly signed, and not with a server error), and nothing changes
    assert response.status_code == 400
    assert response.content == b"not a usable event"
    assert Order.objects.get().status == order_status.PENDING_PAYMENT
    assert not ProviderEventRecord.objects.exists()


def test_an_oversized_delivery_is_refused(client, pending_payment):
    response = client.post(
        webhook_url(), b"x" * (300 * 1024), content_type="application/json", HTTP_STRIPE_SIGNATURE="t=1,v1=00"
    )
    assert response.status_code == 413


def test_the_webhook_takes_no_get(client):
    assert client.get(webhook_url()).status_code == 405


def test_a_duplicate_event_changes_nothing(client, pending_payment, django_capture_on_commit_callbacks):
    event = intent_event(pending_payment, "payment_intent.succeeded", "succeeded", event_id="evt_dup")
    with django_capture_on_commit_callbacks(execute=True):
        assert deliver(client, event).status_code == 200
        second = deliver(client, event)
    assert second.status_code == 200 and second.content == b"duplicate"
    assert len(mail.outbox) == 1
    assert ProviderEventRecord.objects.count() == 1


def test_a_late_failure_never_moves_a_paid_order_back(client, pending_payment):
    deliver(client, intent_event(pending_payment, "payment_intent.succeeded", "succeeded", event_id="evt_ok"))
    failed = intent_event(pending_payment, "payment_intent.payment_failed", "requires_payment_method", "evt_late")
    failed["data"]["object"]["last_payment_error"] = {"message": "Your card was declined."}
    assert deliver(client, failed).status_code == 200
    assert (
        deliver(client, intent_event(pending_payment, "payment_intent.canceled", "canceled", "evt_c")).status_code
        == 200
    )
    payment = Payment.objects.get()
    assert payment.status == Payment.Status.SUCCEEDED and Order.objects.get().status == order_status.PAID


def test_a_failure_then_a_success_pays_the_order(client, pending_payment):
    failed = intent_event(pending_payment, "payment_intent.payment_failed", "requires_payment_method", "evt_f")
    failed["data"]["object"]["last_payment_error"] = {"message": "Your card was declined."}
    deliver(client, failed)
    assert Payment.objects.get().failure_message == "Your card was declined."
    deliver(client, intent_event(pending_payment, "payment_intent.succeeded", "succeeded", event_id="evt_s"))
    assert Order.objects.get().status == order_status.PAID


def test_a_success_for_a_different_amount_is_not_taken_as_payment(client, pending_payment):
    deliver(client, intent_event(pending_payment, "payment_intent.succeeded", "succeeded", amount=10))
    assert Order.objects.get().status == order_status.PENDING_PAYMENT


def test_unknown_event_types_are_acknowledged(client, pending_payment):
    response = deliver(
        client,
        {
            "id": "evt_u",
            "object": "event",
            "type": "customer.created",
            "created": 1,
            "data": {"object": {"id": "cus_1", "object": "customer"}},
        },
    )
    assert response.status_code == 200 and response.content == b"ignored"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_localstripe_delivers_a_signed_event_that_pays_the_order(buyer, two_artisans_products, live_server):
    # Given localstripe sends its webhooks to this site
    requests.post(
        f"{buyer.stripe_url}/_config/webhooks/hirfa",
        data={"url": f"{live_server.url}{webhook_url()}", "secret": WEBHOOK_SECRET},
        timeout=5,
    )
    place(buyer, two_artisans_products[0])
    payment = Payment.objects.get()
    # When the card is confirmed, and the buyer never comes back to the site
    buyer.pay(payment)
    # Then Stripe's event alone marks the order paid
    for _ in range(50):
        if Order.objects.get().status == order_status.PAID:
            break
        time.sleep(0.1)
    assert Order.objects.get().status == order_status.PAID
    requests.post(
        f"{buyer.stripe_url}/_config/webhooks/hirfa", data={"url": "http://127.0.0.1:9/", "secret": "x"}, timeout=5
    )
