"""A buyer's question to an artisan about a piece, and the messages that follow.

The buyer is an account or a guest whose e-mail address was confirmed by a link; the artisan sees only the first name
and country the buyer gave (and, once an order follows, the order). Messages are stored with contact details already
masked (`conversations.contact`), so no page, e-mail or export can ever show what was hidden.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Conversation(models.Model):
    class Status(models.TextChoices):
        UNCONFIRMED = "unconfirmed", _("Waiting for the e-mail address to be confirmed")
        HELD = "held", _("Held for the authority's review")
        OPEN = "open", _("Open")
        REFUSED = "refused", _("Refused by the authority")

    class Side(models.TextChoices):
        BUYER = "buyer", _("Buyer")
        ARTISAN = "artisan", _("Artisan")

    artisan = models.ForeignKey("artisans.Artisan", on_delete=models.CASCADE, related_name="conversations")
    product = models.ForeignKey("catalogue.Product", on_delete=models.SET_NULL, null=True, related_name="conversations")
    buyer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True, related_name="conversations"
    )
    # A guest's address: used only to send them the answers, never shown to the artisan.
    guest_email = models.EmailField(_("e-mail address"), blank=True)
    first_name = models.CharField(_("first name"), max_length=60)
    country = models.CharField(_("country"), max_length=2, blank=True)  # ISO 3166-1 alpha-2
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.OPEN)
    # A guest's first message held a link (seen before contact details were masked): held for the authority.
    first_message_has_link = models.BooleanField(default=False)
    # The last message is the buyer's: the artisan owes an answer (the dashboard's count).
    awaiting_artisan = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # When the question reached the artisan (confirmed, or released by the authority), and when it was first answered:
    # the median time to answer is measured between the two.
    opened_at = models.DateTimeField(null=True, blank=True)
    first_answered_at = models.DateTimeField(null=True, blank=True)
    last_message_at = models.DateTimeField(null=True, blank=True)
    # The order that followed the conversation (custom work): the buyer's next paid order from this artisan.
    order = models.ForeignKey(
        "order.Order", on_delete=models.SET_NULL, null=True, blank=True, related_name="conversations"
    )

    class Meta:
        verbose_name = _("conversation")
        verbose_name_plural = _("conversations")
        ordering = ["-last_message_at", "-pk"]
        permissions = [
            ("moderate_conversations", "Can read reported conversations and release held questions"),
        ]
        indexes = [models.Index(fields=["artisan", "status", "awaiting_artisan"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(buyer__isnull=False) | ~models.Q(guest_email=""), name="conversation_has_a_buyer"
            )
        ]

    def __str__(self) -> str:
        return f"conversation {self.pk} ({self.artisan_id})"

    @property
    def is_guest(self) -> bool:
        return self.buyer_id is None

    @property
    def buyer_email(self) -> str:
        return self.buyer.email if self.buyer_id else self.guest_email


class Message(models.Model):
    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="messages")
    side = models.CharField(max_length=8, choices=Conversation.Side.choices)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    body = models.TextField(_("message"))
    # Contact details were masked in the body: the page says why.
    masked = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"message {self.pk} ({self.side})"


class Report(models.Model):
    """Either side reports a conversation; the authority reads reported conversations, and only those."""

    class Reason(models.TextChoices):
        SPAM = "spam", _("Spam or advertising")
        ABUSE = "abuse", _("Rude or threatening")
        OUTSIDE = "outside", _("Asks to pay or talk outside Hirfa")
        OTHER = "other", _("Something else")

    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="reports")
    side = models.CharField(max_length=8, choices=Conversation.Side.choices)
    reason = models.CharField(_("reason"), max_length=10, choices=Reason.choices)
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"report {self.pk} on {self.conversation_id}"
