"""Oscar's shipping dashboard forms. Overridden:
- `WeightBandForm`, whose charge is typed in rials with 3 decimals ("1.250"), must be a whole 10-baisa step, and
  enters Oscar's 2-decimal field exactly;
- `WeightBasedForm`, which names the method and its delivery time in both languages (buyers read them in the page's
  language) and chooses the governorates a domestic method serves (pricing inside Oman by governorate, see
  shipping/repository.py).
Every other form is Oscar's."""

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from oscar.apps.dashboard.shipping.forms import *  # noqa: F403
from oscar.apps.dashboard.shipping.forms import WeightBandForm as OscarWeightBandForm
from oscar.apps.dashboard.shipping.forms import WeightBasedForm as OscarWeightBasedForm

from artisans.models import Governorate
from checkout.models import DomesticShippingArea
from checkout.tax import HOME_COUNTRY
from marketplace.forms import PriceField, SingleLineFieldsMixin
from marketplace.money import parse_shipping_charge, to_oscar_amount


class WeightBandForm(OscarWeightBandForm):
    charge = PriceField(
        label=_("Charge (OMR)"),
        parser=parse_shipping_charge,
        help_text=_("In steps of 10 baisa, for example 1.250; 0 for free shipping."),
    )

    def clean_charge(self):
        return to_oscar_amount(self.cleaned_data["charge"])


class WeightBasedForm(SingleLineFieldsMixin, OscarWeightBasedForm):
    governorates = forms.ModelMultipleChoiceField(
        label=_("Governorates (Oman only)"),
        queryset=Governorate.objects.order_by("name_en"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "For a method inside Oman: the governorates it serves, at its own prices. Leave empty for the method "
            "that serves every other governorate."
        ),
    )

    class Meta(OscarWeightBasedForm.Meta):
        fields = ["name", "name_ar", "description", "description_ar", "default_weight", "countries"]
        labels = {"name": _("Name in English"), "description": _("Description in English")}
        help_texts = {"description": _("How long delivery takes, as buyers read it.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Buyers read the method in the page's language: both names are needed.
        self.fields["name_ar"].required = True
        area = DomesticShippingArea.objects.filter(method_id=self.instance.pk).first() if self.instance.pk else None
        if area is not None:
            self.fields["governorates"].initial = list(area.governorates.all())

    def clean(self):
        data = super().clean()
        countries = data.get("countries")
        if data.get("governorates") and (not countries or [c.pk for c in countries] != [HOME_COUNTRY]):
            self.add_error(
                "governorates", _("Governorates apply to a method that ships to Oman only: choose Oman as its country.")
            )
        return data

    @transaction.atomic
    def save(self, commit=True):
        method = super().save(commit=commit)
        if commit:
            self.save_area(method)
        return method

    def save_area(self, method):
        governorates = self.cleaned_data.get("governorates") or []
        if governorates:
            area, _created = DomesticShippingArea.objects.get_or_create(method=method)
            area.governorates.set(governorates)
        else:
            DomesticShippingArea.objects.filter(method=method).delete()
