"""A card payment for an order, and the provider notifications already handled.

An order is placed as "Pending payment" when the buyer starts paying: its stock is allocated then, under row locks,
and held until `Payment.reserved_until`. The payment's status only moves forward (see `services`); amounts are
exact 3-decimal OMR.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Payment(models.Model):
    class Status(models.TextChoices):
        AWAITING_BUYER = "awaiting_buyer", _("waiting for the buyer")
        SUCCEEDED = "succeeded", _("paid")
        CANCELED = "canceled", _("cancelled")

    order = models.ForeignKey("order.Order", on_delete=models.PROTECT, related_name="card_payments")
    provider = models.CharField(_("provider"), max_length=20)
    reference = models.CharField(_("provider reference"), max_length=100, unique=True)
    client_secret = models.CharField(max_length=200, blank=True)
    currency = models.CharField(max_length=3, default="OMR")
    amount = models.DecimalField(_("amount"), max_digits=12, decimal_places=3)
    amount_refunded = models.DecimalField(_("refunded"), max_digits=12, decimal_places=3, default=0)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.AWAITING_BUYER)
    failure_message = models.CharField(max_length=300, blank=True, help_text="the provider's words, in English")
    failure_code = models.CharField(max_length=60, blank=True)
    card_last4 = models.CharField(_("card ending in"), max_length=4, blank=True, help_text="never more of the card")
    language = models.CharField(max_length=8, default="ar", help_text="the buyer's language, for the e-mails")
    reserved_until = models.DateTimeField(_("stock reserved until"))
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("card payment")
        verbose_name_plural = _("card payments")
        # Refunding sends money back through the provider: a permission of its own, not "change payment".
        permissions = [("refund_payment", _("Can refund a card payment"))]
        indexes = [models.Index(fields=["status", "reserved_until"])]
        constraints = [
            models.CheckConstraint(condition=models.Q(amount__gt=0), name="payment_amount_positive"),
            models.CheckConstraint(
                condition=models.Q(amount_refunded__gte=0) & models.Q(amount_refunded__lte=models.F("amount")),
                name="payment_refund_within_amount",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.provider} {self.reference}"

    @property
    def failure_reason(self) -> str:
        """Why the last attempt failed, in the active language (the provider's message is English only)."""
        from .declines import decline_reason

        return decline_reason(self.failure_code) if (self.failure_code or self.failure_message) else ""


class ProviderEventRecord(models.Model):
    """A webhook event already handled: a second delivery of the same event changes nothing."""

    provider = models.CharField(max_length=20)
    event_id = models.CharField(max_length=100)
    kind = models.CharField(max_length=100)
    received_at = models.DateTimeField(auto_now_add=True)
    outcome = models.CharField(max_length=200, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["provider", "event_id"], name="provider_event_once")]

    def __str__(self) -> str:
        return f"{self.provider} {self.kind} {self.event_id}"


class ExchangeRate(models.Model):
    """How many units of a foreign currency one rial buys, kept by the authority, for approximate prices shown to
    buyers abroad. Charges are always in OMR."""

    class Currency(models.TextChoices):
        USD = "USD", _("US dollar")
        EUR = "EUR", _("euro")
        GBP = "GBP", _("pound sterling")
        AED = "AED", _("UAE dirham")
        SAR = "SAR", _("Saudi riyal")

    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices, unique=True)
    per_rial = models.DecimalField(_("units for 1 rial"), max_digits=12, decimal_places=6)
    as_of = models.DateField(_("rate of"))

    class Meta:
        verbose_name = _("exchange rate")
        verbose_name_plural = _("exchange rates")
        constraints = [models.CheckConstraint(condition=models.Q(per_rial__gt=0), name="rate_positive")]

    def __str__(self) -> str:
        return f"1 OMR = {self.per_rial} {self.currency} ({self.as_of})"


class RefundRequest(models.Model):
    """A refund the marketplace has decided to make, kept until the provider has made it and it is recorded.

    It is written (and counted against what is left to refund) before the provider is asked, so that a refund that
    cannot reach the provider is never lost: it stays pending and the worker asks again, with the same idempotency
    key, until the provider answers. Its effects (the payment's refunded total, the ledger, the statuses) are
    recorded in the same transaction that marks it done."""

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for the payment provider")
        DONE = "done", _("refunded")
        REFUSED = "refused", _("refused by the payment provider")

    class Reason(models.TextChoices):
        SOLD_OUT = "sold_out", _("paid after the piece was sold to someone else")
        AUTHORITY = "authority", _("refunded by the authority")
        ARTISAN = "artisan", _("refunded by the artisan")

    payment = models.ForeignKey(Payment, on_delete=models.PROTECT, related_name="refund_requests")
    line = models.ForeignKey("order.Line", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    amount = models.DecimalField(_("amount"), max_digits=12, decimal_places=3)
    key = models.CharField(max_length=100, help_text="the same key twice is the same refund")
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    provider_reference = models.CharField(_("provider reference"), max_length=100, blank=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.CharField(_("last error"), max_length=300, blank=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("requested by"),
    )
    created_at = models.DateTimeField(_("requested"), auto_now_add=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)

    class Meta:
        verbose_name = _("refund")
        verbose_name_plural = _("refunds")
        indexes = [models.Index(fields=["status", "next_attempt_at"])]
        constraints = [
            models.UniqueConstraint(fields=["payment", "key"], name="refund_once_per_key"),
            models.CheckConstraint(condition=models.Q(amount__gt=0), name="refund_amount_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.payment.reference} {self.amount} ({self.get_status_display()})"

    @property
    def idempotency_key(self) -> str:
        return f"{self.payment.reference}-refund-{self.key}"
