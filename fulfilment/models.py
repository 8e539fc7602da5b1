from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Shipment(models.Model):
    """One artisan's part of an order, sent: by whom, with which carrier and tracking number."""

    class Carrier(models.TextChoices):
        OMAN_POST = "oman_post", _("Oman Post")
        ARAMEX = "aramex", _("Aramex")
        DHL = "dhl", _("DHL")
        FEDEX = "fedex", _("FedEx")
        OWN = "own", _("Delivered by the artisan")

    order = models.ForeignKey("order.Order", on_delete=models.PROTECT, related_name="shipments")
    artisan = models.ForeignKey("artisans.Artisan", on_delete=models.PROTECT, related_name="shipments")
    carrier = models.CharField(_("carrier"), max_length=20, choices=Carrier.choices)
    tracking_number = models.CharField(_("tracking number"), max_length=40, blank=True)
    shipped_at = models.DateTimeField(_("shipped on"), auto_now_add=True)
    shipped_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")

    class Meta:
        verbose_name = _("shipment")
        verbose_name_plural = _("shipments")
        constraints = [models.UniqueConstraint(fields=["order", "artisan"], name="one_shipment_per_artisan_part")]

    def __str__(self) -> str:
        return f"{self.order_id}/{self.artisan_id} {self.carrier} {self.tracking_number}"
