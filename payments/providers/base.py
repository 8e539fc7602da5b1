"""What the marketplace needs from a card payment provider. Stripe is the one provider today; a local gateway can be
added later by implementing this interface and naming it in PAYMENT_PROVIDER.

Amounts cross this boundary as whole baisa (int): the caller converts with `marketplace.money.to_minor_units`, which
refuses anything that is not a 10-baisa step, so a provider never sees an amount a card cannot be charged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol


class IntentStatus(StrEnum):
    """A provider-neutral view of a payment attempt."""

    AWAITING_BUYER = "awaiting_buyer"  # card details, a new card after a decline, or 3-D Secure still to come
    PROCESSING = "processing"
    SUCCEEDED = "succeeded"
    CANCELED = "canceled"


@dataclass(frozen=True)
class Intent:
    reference: str
    status: IntentStatus
    amount_baisa: int
    currency: str
    client_secret: str = ""
    failure_message: str = ""  # the provider's words, in English, for the authority
    failure_code: str = ""  # the reason as a code (card_declined, insufficient_funds...), shown to the buyer translated
    amount_refunded_baisa: int = 0
    metadata: dict[str, str] = field(default_factory=dict)
    card_last4: str = ""  # the last 4 digits of the card, when the provider says (never more of the card)


@dataclass(frozen=True)
class Refund:
    reference: str
    amount_baisa: int
    succeeded: bool


@dataclass(frozen=True)
class RefundNotice:
    """The provider says a payment has been refunded this much in all (whoever made the refund)."""

    reference: str  # the payment's (the intent's) reference
    amount_refunded_baisa: int


@dataclass(frozen=True)
class ProviderEvent:
    """A verified notification from the provider."""

    event_id: str
    kind: str
    created: int
    intent: Intent | None
    refund: RefundNotice | None = None


class ProviderError(Exception):
    """The provider could not be reached or refused a request in a way the buyer cannot fix (one of the two
    subclasses below, or this class when it cannot tell)."""


class ProviderUnavailable(ProviderError):
    """The provider could not be reached, or failed on its side: the same request may be made again later."""


class ProviderRefused(ProviderError):
    """The provider answered and refused the request (asking again will not change that)."""


class MalformedEvent(Exception):
    """A webhook body with a valid signature that is not a usable event (not an object, no type, no data.object)."""


class BadSignature(ProviderError):
    """A webhook whose signature does not verify: it did not come from the provider."""


class PaymentProvider(Protocol):
    name: str

    def create_intent(self, *, amount_baisa: int, currency: str, order_number: str) -> Intent:
        """Open a payment for an order about to be placed. The same order and amount asked twice give one intent."""
        ...

    def retrieve_intent(self, reference: str) -> Intent: ...

    def cancel_intent(self, reference: str) -> Intent: ...

    def refund(self, *, reference: str, amount_baisa: int, idempotency_key: str) -> Refund: ...

    def parse_webhook(self, *, payload: bytes, signature: str) -> ProviderEvent: ...

    def browser_config(self) -> dict[str, str]:
        """What the payment page's script needs (public key, script URL)."""
        ...
