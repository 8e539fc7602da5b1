"""Oscar's checkout forms. Overridden: `ShippingAddressForm`, so that an address in Oman names its governorate and
wilayat from the registry's reference data and an Omani phone number. Every other form is Oscar's."""

from django import forms
from django.db.models import Q
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from oscar.apps.checkout.forms import *  # noqa: F403
from oscar.apps.checkout.forms import ShippingAddressForm as OscarShippingAddressForm

from artisans.models import Governorate, Wilayat

from .tax import HOME_COUNTRY

OMANI_PHONE_PREFIXES = ("7", "9", "2")  # mobiles start with 7 or 9, fixed lines with 2; eight digits in all


class WilayatInput(forms.TextInput):
    """The wilayat field with the registry's wilayats to pick from (a native `<datalist>`: a picker on phones and
    desktops, no script needed). Each option says its governorate; hirfa.js narrows the list to the governorate
    chosen above. Typing stays possible, in either script, and the form checks it against the registry."""

    LIST_ID = "wilayat-choices"

    def __init__(self, attrs=None):
        super().__init__({**(attrs or {}), "list": self.LIST_ID, "autocomplete": "off"})

    def render(self, name, value, attrs=None, renderer=None):
        wilayats = Wilayat.objects.select_related("governorate").order_by("governorate__name_en", "name_en")
        options = format_html_join(
            "",
            '<option value="{}" data-governorate="{}">{} · {}</option>',
            ((w.name_en, w.governorate.name_en, w.name, w.governorate.name) for w in wilayats),
        )
        return format_html(
            '{}<datalist id="{}">{}</datalist>', super().render(name, value, attrs, renderer), self.LIST_ID, options
        )


class ShippingAddressForm(OscarShippingAddressForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        governorates = list(Governorate.objects.order_by("name_en"))
        self.fields["state"] = forms.ChoiceField(
            label=_("Governorate (in Oman)"),
            required=False,
            choices=[("", "—"), *[(g.name_en, str(g.name)) for g in governorates]],
        )
        self.fields["line4"].widget = WilayatInput(self.fields["line4"].widget.attrs)
        self.fields["line4"].label = _("Wilayat or city")
        self.fields["line4"].help_text = _("In Oman, the wilayat, for example Bahla or Muscat.")

    def clean(self):
        data = super().clean()
        country = data.get("country")
        if country is None or country.pk != HOME_COUNTRY:
            return data
        governorate = Governorate.objects.filter(name_en=data.get("state") or "").first()
        if governorate is None:
            self.add_error("state", _("Choose the governorate of this address in Oman."))
        else:
            place = (data.get("line4") or "").strip()
            wilayat = (
                Wilayat.objects.filter(governorate=governorate)
                .filter(Q(name_en__iexact=place) | Q(name_ar=place))
                .first()
                if place
                else None
            )
            if wilayat is None:
                self.add_error(
                    "line4",
                    _("%(place)s is not a wilayat of %(governorate)s.")
                    % {"place": place[:40] or "—", "governorate": governorate.name},
                )
            else:
                data["line4"] = wilayat.name_en
        phone = data.get("phone_number")
        if phone and not is_omani_phone(phone):
            self.add_error("phone_number", _("Give an Omani phone number, for example +968 9123 4567."))
        return data


def is_omani_phone(phone) -> bool:
    national = str(getattr(phone, "national_number", ""))
    return getattr(phone, "country_code", None) == 968 and len(national) == 8 and national[0] in OMANI_PHONE_PREFIXES
