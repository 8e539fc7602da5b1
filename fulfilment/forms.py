from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from marketplace.forms import SingleLineFieldsMixin

from .models import Shipment


class ShipmentForm(SingleLineFieldsMixin, forms.Form):
    carrier = forms.ChoiceField(label=_("Carrier"), choices=Shipment.Carrier.choices)
    tracking_number = forms.CharField(
        label=_("Tracking number"),
        max_length=40,
        required=False,
        validators=[
            RegexValidator(
                r"^[A-Za-z0-9][A-Za-z0-9 -]{3,39}$",
                _("A tracking number has 4 to 40 letters, digits, spaces or dashes."),
            )
        ],
    )

    def clean(self):
        data = super().clean()
        if data.get("carrier") and data["carrier"] != Shipment.Carrier.OWN and not data.get("tracking_number"):
            self.add_error(
                "tracking_number", _("Give the carrier's tracking number so the buyer can follow the parcel.")
            )
        return data
