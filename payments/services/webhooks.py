"""The provider's events, each applied once (recorded as handled only after its effects are committed)."""

from __future__ import annotations

from payments.models import ProviderEventRecord
from payments.providers import get_provider
from payments.providers.base import (
    PaymentProvider,
    ProviderEvent,
)

from .intents import payment_record_intent
from .refunds import payment_record_provider_refund


def webhook_handle(*, payload: bytes, signature: str, provider: PaymentProvider | None = None) -> str:
    """Verify and apply one webhook delivery. Raises BadSignature (nothing changes) when it is not the provider's,
    MalformedEvent when a signed body is not a usable event, ProviderError when applying needs the provider and it
    did not answer (the provider then delivers the event again).

    An event is marked handled only after its effects are committed: a delivery whose effects failed is applied again
    when it comes back. Applying is idempotent (events are applied by the state they carry, and states only move
    forward), so a delivery that comes twice, or two at once, changes things once."""
    provider = provider or get_provider()
    event = provider.parse_webhook(payload=payload, signature=signature)
    if ProviderEventRecord.objects.filter(provider=provider.name, event_id=event.event_id).exists():
        return "duplicate"
    outcome = _apply_event(event, provider)
    ProviderEventRecord.objects.get_or_create(
        provider=provider.name, event_id=event.event_id, defaults={"kind": event.kind[:100], "outcome": outcome[:200]}
    )
    return outcome


def _apply_event(event: ProviderEvent, provider: PaymentProvider) -> str:
    if event.refund is not None and event.kind == "charge.refunded":
        return payment_record_provider_refund(notice=event.refund)
    if not event.kind.startswith("payment_intent.") or event.intent is None:
        return "ignored"
    return payment_record_intent(intent=event.intent, provider=provider).note
