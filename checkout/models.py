"""What each destination refuses or allows only with an extra step, per product restriction flag. The authority keeps
these rules in the admin; the checkout applies them before payment (checkout/restrictions.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class RestrictionRule(models.Model):
    class Flag(models.TextChoices):
        BLADED = "bladed", _("bladed item")
        DANGEROUS_GOODS = "dangerous_goods", _("dangerous goods")

    class Action(models.TextChoices):
        REFUSE = "refuse", _("refused")
        AGE_18 = "age_18", _("buyer confirms they are 18 or over")
        SURFACE_ONLY = "surface_only", _("surface shipping only")

    country = models.ForeignKey(
        "address.Country",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        verbose_name=_("destination"),
        help_text=_("Empty: every destination outside Oman that has no rule of its own for this flag."),
    )
    flag = models.CharField(_("restriction"), max_length=20, choices=Flag.choices)
    action = models.CharField(_("what happens"), max_length=20, choices=Action.choices)
    reason = models.CharField(_("reason shown to the buyer"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("restriction rule")
        verbose_name_plural = _("restriction rules")
        constraints = [models.UniqueConstraint(fields=["country", "flag"], name="one_rule_per_destination_and_flag")]

    def __str__(self) -> str:
        return f"{self.country_id or '*'} {self.flag}: {self.action}"


class DomesticShippingArea(models.Model):
    """The governorates of Oman a domestic shipping method serves. A domestic method with no area serves every
    governorate that has no method of its own, as a method with no country serves every country without one."""

    method = models.OneToOneField(
        "shipping.WeightBased", on_delete=models.CASCADE, related_name="domestic_area", verbose_name=_("method")
    )
    governorates = models.ManyToManyField(
        "artisans.Governorate", related_name="+", blank=True, verbose_name=_("governorates")
    )

    class Meta:
        verbose_name = _("domestic shipping area")
        verbose_name_plural = _("domestic shipping areas")

    def __str__(self) -> str:
        return str(self.method)


class DeliveryTime(models.Model):
    """How long a shipping method takes, in working days, so the basket can say when a parcel arrives and which
    method is the fastest (Oscar's methods have a name and a free-text description, nothing to compare)."""

    method = models.OneToOneField(
        "shipping.WeightBased", on_delete=models.CASCADE, related_name="delivery_time", verbose_name=_("method")
    )
    min_days = models.PositiveSmallIntegerField(_("at the soonest (working days)"))
    max_days = models.PositiveSmallIntegerField(_("at the latest (working days)"))

    class Meta:
        verbose_name = _("delivery time")
        verbose_name_plural = _("delivery times")
        constraints = [
            models.CheckConstraint(condition=models.Q(min_days__lte=models.F("max_days")), name="delivery_min_le_max")
        ]

    def __str__(self) -> str:
        return f"{self.method}: {self.min_days}-{self.max_days}"
