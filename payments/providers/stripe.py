"""Stripe, through the official library's `StripeClient` (one per configuration, never the module-level globals).

`STRIPE_API_BASE` points the client at another API address; the tests use localstripe there. PaymentIntents are
created with `payment_method_types=["card"]` (localstripe refuses `automatic_payment_methods`, and only cards are
offered anyway); the Payment Element in the buyer's browser collects the card and handles 3-D Secure.
"""

from __future__ import annotations

import json

import stripe
from django.conf import settings

from .base import (
    BadSignature,
    Intent,
    IntentStatus,
    MalformedEvent,
    ProviderError,
    ProviderEvent,
    ProviderRefused,
    ProviderUnavailable,
    Refund,
    RefundNotice,
)

# Errors after which the same request may succeed later (network, Stripe's own failures, rate limits); any other
# error is Stripe refusing the request.
_TRANSIENT = (stripe.APIConnectionError, stripe.RateLimitError, stripe.APIError)

_STATUS = {
    "requires_payment_method": IntentStatus.AWAITING_BUYER,
    "requires_confirmation": IntentStatus.AWAITING_BUYER,
    "requires_action": IntentStatus.AWAITING_BUYER,
    "processing": IntentStatus.PROCESSING,
    "requires_capture": IntentStatus.PROCESSING,
    "succeeded": IntentStatus.SUCCEEDED,
    "canceled": IntentStatus.CANCELED,
}


def _event(data) -> ProviderEvent:
    if not isinstance(data, dict):
        raise TypeError("the body is not a JSON object")
    if not isinstance(data.get("id"), str) or not isinstance(data.get("type"), str):
        raise TypeError("an event needs a string id and type")
    body = data.get("data")
    obj = body.get("object") if isinstance(body, dict) else None
    if not isinstance(obj, dict):
        raise TypeError("an event needs data.object")
    intent = _intent(obj) if obj.get("object") == "payment_intent" else None
    refund = None
    if obj.get("object") == "charge" and obj.get("payment_intent"):
        # charge.refunded carries the charge's refunded total so far, whoever refunded it.
        refund = RefundNotice(str(obj["payment_intent"]), int(obj.get("amount_refunded") or 0))
    return ProviderEvent(
        event_id=data["id"], kind=data["type"], created=int(data.get("created") or 0), intent=intent, refund=refund
    )


def _intent(data: dict) -> Intent:
    error = data.get("last_payment_error") or {}
    charge = data.get("latest_charge")  # an id, or the charge itself when expanded
    method = data.get("payment_method")  # likewise
    card = (method.get("card") or {}) if isinstance(method, dict) else {}
    last4 = str(card.get("last4") or "")
    return Intent(
        reference=data["id"],
        status=_STATUS.get(data.get("status", ""), IntentStatus.AWAITING_BUYER),
        amount_baisa=int(data.get("amount") or 0),
        currency=str(data.get("currency") or "").upper(),
        client_secret=data.get("client_secret") or "",
        failure_message=str(error.get("message") or ""),
        failure_code=str(error.get("decline_code") or error.get("code") or ""),
        amount_refunded_baisa=int(charge.get("amount_refunded") or 0) if isinstance(charge, dict) else 0,
        metadata={str(k): str(v) for k, v in (data.get("metadata") or {}).items()},
        card_last4=last4 if last4.isdigit() and len(last4) == 4 else "",
    )


class StripeProvider:
    name = "stripe"

    def __init__(self) -> None:
        if not settings.STRIPE_SECRET_KEY:
            raise ProviderError("STRIPE_SECRET_KEY is not set")
        self.client = stripe.StripeClient(
            settings.STRIPE_SECRET_KEY,
            base_addresses={"api": settings.STRIPE_API_BASE},
            max_network_retries=settings.STRIPE_MAX_NETWORK_RETRIES,
        )

    def _call(self, method, *args, **kwargs) -> dict:
        try:
            return method(*args, **kwargs).to_dict()
        except _TRANSIENT as error:
            raise ProviderUnavailable(f"{type(error).__name__}: {error.user_message or error}") from error
        except stripe.StripeError as error:
            raise ProviderRefused(f"{type(error).__name__}: {error.user_message or error}") from error

    def create_intent(self, *, amount_baisa: int, currency: str, order_number: str) -> Intent:
        params = {
            "amount": amount_baisa,
            "currency": currency.lower(),
            "payment_method_types": ["card"],
            "metadata": {"order_number": order_number},
        }
        # The same order and amount never get two intents, even when "Place order" is sent twice at once. (Stripe
        # refuses a key reused with other parameters: a basket changed after a refused attempt has another amount.)
        options = {"idempotency_key": f"order-{order_number}-{amount_baisa}-{currency.lower()}-intent"}
        return _intent(self._call(self.client.v1.payment_intents.create, params=params, options=options))

    def retrieve_intent(self, reference: str) -> Intent:
        # With its charge, for what has been refunded on it (the reconciliation compares it), and its card, for the
        # last 4 digits the buyer's order page shows.
        params = {"expand": ["latest_charge", "payment_method"]}
        return _intent(self._call(self.client.v1.payment_intents.retrieve, reference, params=params))

    def cancel_intent(self, reference: str) -> Intent:
        try:
            return _intent(self.client.v1.payment_intents.cancel(reference).to_dict())
        except stripe.InvalidRequestError:
            # Already succeeded or already canceled: the caller decides from the intent's real state.
            return self.retrieve_intent(reference)
        except _TRANSIENT as error:
            raise ProviderUnavailable(str(error)) from error
        except stripe.StripeError as error:
            raise ProviderRefused(str(error)) from error

    def refund(self, *, reference: str, amount_baisa: int, idempotency_key: str) -> Refund:
        data = self._call(
            self.client.v1.refunds.create,
            params={"payment_intent": reference, "amount": amount_baisa},
            options={"idempotency_key": idempotency_key},
        )
        return Refund(reference=data["id"], amount_baisa=int(data["amount"]), succeeded=data["status"] != "failed")

    def parse_webhook(self, *, payload: bytes, signature: str) -> ProviderEvent:
        if not settings.STRIPE_WEBHOOK_SECRET:
            raise BadSignature("STRIPE_WEBHOOK_SECRET is not set")
        try:
            stripe.WebhookSignature.verify_header(
                payload.decode("utf-8"), signature, settings.STRIPE_WEBHOOK_SECRET, stripe.Webhook.DEFAULT_TOLERANCE
            )
        except (UnicodeDecodeError, stripe.SignatureVerificationError) as error:
            raise BadSignature(str(error)) from None
        # Signed by Stripe, so read it; but a body that is not an event (a list, no type, no object) is refused as
        # such, never half-applied.
        try:
            return _event(json.loads(payload))
        except (ValueError, TypeError, KeyError, AttributeError) as error:
            raise MalformedEvent(f"not a usable event: {error}") from None

    def browser_config(self) -> dict[str, str]:
        return {"publishable_key": settings.STRIPE_PUBLISHABLE_KEY, "script_url": settings.STRIPE_JS_URL}
