"""Oscar's shipping dashboard forms. Overridden: `WeightBandForm`, whose charge is typed in rials with 3 decimals
("1.250"), must be a whole 10-baisa step, and enters Oscar's 2-decimal field exactly. Every other form is Oscar's."""

from django.utils.translation import gettext_lazy as _
from oscar.apps.dashboard.shipping.forms import *  # noqa: F403
from oscar.apps.dashboard.shipping.forms import WeightBandForm as OscarWeightBandForm

from marketplace.forms import PriceField
from marketplace.money import parse_shipping_charge, to_oscar_amount


class WeightBandForm(OscarWeightBandForm):
    charge = PriceField(
        label=_("Charge (OMR)"),
        parser=parse_shipping_charge,
        help_text=_("In steps of 10 baisa, for example 1.250; 0 for free shipping."),
    )

    def clean_charge(self):
        return to_oscar_amount(self.cleaned_data["charge"])
