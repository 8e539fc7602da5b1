"""The artisans' ledger. Every amount is exact 3-decimal OMR; an entry's sign says who owes whom (positive: owed to
the artisan). Entries are only ever added: a settled entry cannot change, a mistake is corrected by a new entry."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class CommissionRate(models.Model):
    """The authority's commission on a craft or on one artisan (the artisan's rate wins over the craft's)."""

    craft = models.OneToOneField(
        "catalogue.Category", null=True, blank=True, on_delete=models.CASCADE, related_name="commission_rate"
    )
    artisan = models.OneToOneField(
        "artisans.Artisan", null=True, blank=True, on_delete=models.CASCADE, related_name="commission_rate"
    )
    rate = models.DecimalField(
        _("commission rate"),
        max_digits=5,
        decimal_places=4,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
        help_text=_("0.1000 is 10%."),
    )

    class Meta:
        verbose_name = _("commission rate")
        verbose_name_plural = _("commission rates")
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(craft__isnull=True) ^ models.Q(artisan__isnull=True)), name="rate_for_one_thing"
            ),
            models.CheckConstraint(condition=models.Q(rate__gte=0, rate__lte=1), name="rate_between_0_and_1"),
        ]

    def __str__(self) -> str:
        return f"{self.artisan or self.craft}: {self.rate:%}"


class Settlement(models.Model):
    """A settlement run: every entry not yet settled and made before `period_end` is paid out with it."""

    period_end = models.DateTimeField(_("up to"))
    created_at = models.DateTimeField(auto_now_add=True)
    reference = models.CharField(_("reference"), max_length=40, unique=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("settlement")
        verbose_name_plural = _("settlements")

    def __str__(self) -> str:
        return self.reference


class LedgerEntry(models.Model):
    class Kind(models.TextChoices):
        SALE = "sale", _("sale")
        COMMISSION = "commission", _("commission")
        REFUND = "refund", _("refund")
        COMMISSION_REVERSAL = "commission_reversal", _("commission returned")
        CORRECTION = "correction", _("correction")

    artisan = models.ForeignKey("artisans.Artisan", on_delete=models.PROTECT, related_name="ledger_entries")
    order = models.ForeignKey("order.Order", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    line = models.ForeignKey("order.Line", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    amount = models.DecimalField(_("amount"), max_digits=12, decimal_places=3)
    memo = models.CharField(_("memo"), max_length=200, blank=True)
    # What makes a repeated notice a no-op: one sale and one commission per line, one entry per refund.
    source_key = models.CharField(max_length=120, unique=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    settlement = models.ForeignKey(
        Settlement, null=True, blank=True, on_delete=models.PROTECT, related_name="entries", editable=False
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("ledger entry")
        verbose_name_plural = _("ledger entries")
        indexes = [models.Index(fields=["artisan", "settlement"])]

    def __str__(self) -> str:
        return f"{self.artisan_id} {self.kind} {self.amount}"

    def save(self, *args, **kwargs):
        if self.pk and LedgerEntry.objects.filter(pk=self.pk, settlement__isnull=False).exists():
            raise ValidationError(_("A settled entry cannot be changed; add a correcting entry instead."))
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValidationError(_("Ledger entries are never deleted; add a correcting entry instead."))


class SettlementStatement(models.Model):
    """One artisan's share of a settlement."""

    settlement = models.ForeignKey(Settlement, on_delete=models.PROTECT, related_name="statements")
    artisan = models.ForeignKey("artisans.Artisan", on_delete=models.PROTECT, related_name="statements")
    total = models.DecimalField(_("to pay"), max_digits=12, decimal_places=3)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["settlement", "artisan"], name="one_statement_per_artisan")]

    def __str__(self) -> str:
        return f"{self.settlement_id}/{self.artisan_id}: {self.total}"


class PayoutAccount(models.Model):
    """Where an artisan's settlements are transferred. Details saved in the days after a new manager joined the
    artisan are held (`held_since`): no settlement pays to them until a reviewer confirms them."""

    artisan = models.OneToOneField("artisans.Artisan", on_delete=models.CASCADE, related_name="payout_account")
    account_holder = models.CharField(_("account holder"), max_length=120)
    bank = models.CharField(_("bank"), max_length=80)
    iban = models.CharField(
        _("IBAN"),
        max_length=34,
        validators=[RegexValidator(r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$", _("Enter an IBAN without spaces."))],
    )
    changed_at = models.DateTimeField(_("last changed"), null=True, blank=True)
    held_since = models.DateTimeField(_("payouts held since"), null=True, blank=True, db_index=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("payout account")
        verbose_name_plural = _("payout accounts")
        permissions = [("confirm_payoutaccount", _("Can confirm bank details held after a new manager joined"))]

    def __str__(self) -> str:
        return f"{self.account_holder} {self.iban[-4:]}"

    @property
    def is_held(self) -> bool:
        return self.held_since is not None
