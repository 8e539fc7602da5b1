"""Oscar's checkout forms. Overridden: `ShippingAddressForm`, for addresses in every country the marketplace ships to:

- the country list names each country in the buyer's language (Babel's names; Oscar's `Country` stays English);
- `state` is a select of the country's subdivisions where it has them (the US states, the emirates...), from the
  address data of `checkout/addresses.py`, or in Oman the governorate from the registry's reference data, with the
  wilayat in `line4`;
- the city, the subdivision and the postcode are required only where the country requires them, and the postcode
  must have the country's shape;
- the phone number belongs to the address's country (an Omani one for Oman), read in that country when typed in
  national form, and stored in international (E.164) form.

hirfa.js adapts the fields (which subdivisions, which labels, what is required) when the buyer changes the country;
without the script the server says what is missing. Every other form is Oscar's."""

from __future__ import annotations

import phonenumbers
from django import forms
from django.db.models import Q
from django.forms.models import ModelChoiceIterator
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join, json_script
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, pgettext
from django.utils.translation import gettext_lazy as _
from oscar.apps.checkout.forms import *  # noqa: F403
from oscar.apps.checkout.forms import ShippingAddressForm as OscarShippingAddressForm
from phonenumber_field.phonenumber import PhoneNumber

from artisans.models import Governorate, Wilayat
from marketplace.bilingual import active_language
from marketplace.forms import CARD_NUMBER_MESSAGE, SingleLineFieldsMixin, contains_card_number
from shipping.destinations import country_name, shipping_country_codes

from .addresses import address_check, address_rules
from .tax import HOME_COUNTRY

OMANI_PHONE_PREFIXES = ("7", "9", "2")  # mobiles start with 7 or 9, fixed lines with 2; eight digits in all
SHOWN_TYPED_CHARACTERS = 40  # what an error message repeats of a value the buyer typed


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


class AreaSelect(forms.Widget):
    """The subdivisions of every shipping country that has them, one `<optgroup data-country>` per country, with
    each country's address rules as JSON beside it. hirfa.js keeps only the chosen country's group (and changes
    the labels and the required marks); without the script the buyer picks in the right group."""

    RULES_ID = "address-rules"

    def __init__(self, *, groups, rules, country, attrs=None):
        super().__init__(attrs)
        self.groups = groups  # [(country code, country name, [(value, label)])]
        self.rules = rules  # {country code: what the script needs}
        self.country = country  # the country whose group holds the selected value

    def render(self, name, value, attrs=None, renderer=None):
        final = self.build_attrs(self.attrs, {**(attrs or {}), "name": name, "data-address-rules": self.RULES_ID})
        optgroups = format_html_join(
            "",
            '<optgroup label="{}" data-country="{}">{}</optgroup>',
            (
                (
                    label,
                    code,
                    format_html_join(
                        "",
                        '<option value="{}"{}>{}</option>',
                        (
                            (v, mark_safe(" selected") if code == self.country and v == value else "", text)
                            for v, text in choices
                        ),
                    ),
                )
                for code, label, choices in self.groups
            ),
        )
        return format_html(
            '<select{}><option value="">—</option>{}</select>{}',
            flatatt(final),
            optgroups,
            json_script(self.rules, self.RULES_ID),
        )


class LocalizedCountryIterator(ModelChoiceIterator):
    """The shipping countries named in the buyer's language, Oscar's display order first (Oman, the Gulf, the
    rest), then the buyer's alphabet."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        language = active_language()
        named = [(country, country_name(country.code, language)) for country in self.queryset]
        for country, _name in sorted(named, key=lambda pair: (-pair[0].display_order, pair[1])):
            yield self.choice(country)


def _in_sentence(label: str) -> str:
    """ "State" as it reads inside a sentence ("the state"); "ZIP code" and Arabic stay as they are."""
    return label[0].lower() + label[1:] if len(label) > 1 and label[1].islower() else label


def _typed(value) -> str:
    text = str(value or "").strip()
    return text[:SHOWN_TYPED_CHARACTERS] + ("…" if len(text) > SHOWN_TYPED_CHARACTERS else "")


def example_phone(country_code: str) -> str:
    number = phonenumbers.example_number_for_type(country_code, phonenumbers.PhoneNumberType.MOBILE)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL) if number else ""


class ShippingAddressForm(SingleLineFieldsMixin, OscarShippingAddressForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        language = active_language()
        if "country" in self.fields:
            self.fields["country"].iterator = LocalizedCountryIterator
            self.fields["country"].label_from_instance = lambda country: country_name(
                country.code, language, fallback=country.printable_name
            )
            self.fields["country"].error_messages["invalid_choice"] = _(
                "We do not deliver to that country: choose one from the list."
            )
        self.country_code = self._chosen_country()
        self.rules = address_rules(self.country_code)
        self.governorates = list(Governorate.objects.order_by("name_en"))

        home = self.country_code == HOME_COUNTRY
        name = country_name(self.country_code, language)
        self.fields["state"] = forms.CharField(
            label=self._area_label(self.country_code),
            required=home or self.rules.area_required,
            max_length=255,
            widget=AreaSelect(
                groups=self._area_groups(language), rules=self._rules_for_script(), country=self.country_code
            ),
            error_messages={
                "required": _("Choose the governorate of this address in Oman.")
                if home
                else _("Choose the %(kind)s of this address in %(country)s.")
                % {"kind": _in_sentence(self.rules.area_label), "country": name}
            },
        )
        self.fields["line4"].widget = WilayatInput(self.fields["line4"].widget.attrs)
        self.fields["line4"].label = self._city_label(self.country_code)
        self.fields["line4"].help_text = _("In Oman, the wilayat, for example Bahla or Muscat.")
        self.fields["line4"].required = home or self.rules.city_required
        self.fields["line4"].error_messages["required"] = (
            _("Give the wilayat of this address.") if home else _("Give the city of this address.")
        )
        self.fields["postcode"].label = self.rules.postcode_label
        self.fields["postcode"].required = self.rules.postcode_required
        # Everything below depends on the country: it comes first.
        self.order_fields(
            ["first_name", "last_name", "country", "line1", "line2", "line3", "line4", "state", "postcode"]
        )
        self.fields["postcode"].error_messages["required"] = _(
            "Give the %(kind)s of this address, for example %(example)s."
        ) % {"kind": _in_sentence(self.rules.postcode_label), "example": " / ".join(self.rules.postcode_examples)}

    # What the form is drawn for: the country the buyer sent (when it is one we ship to), else the address being
    # edited, else Oman.
    def _chosen_country(self) -> str:
        codes = shipping_country_codes()
        if self.is_bound:
            sent = str(self.data.get(self.add_prefix("country"), "")).upper()
            if sent in codes:
                return sent
        current = self.initial.get("country") or getattr(self.instance, "country_id", None)
        code = getattr(current, "pk", current)
        return code if code in codes else HOME_COUNTRY

    def _city_label(self, code: str) -> str:
        return gettext("Wilayat or city") if code == HOME_COUNTRY else pgettext("address", "City")

    def _area_label(self, code: str) -> str:
        return gettext("Governorate") if code == HOME_COUNTRY else address_rules(code).area_label

    def _area_groups(self, language: str):
        groups = []
        for code in shipping_country_codes():
            if code == HOME_COUNTRY:
                choices = [(g.name_en, str(g.name)) for g in self.governorates]
            else:
                choices = address_rules(code).area_choices(language)
            if choices:
                groups.append((code, country_name(code, language), choices))
        return groups

    def _rules_for_script(self) -> dict:
        rules = {}
        for code in shipping_country_codes():
            country = address_rules(code)
            rules[code] = {
                "area": self._area_label(code),
                "city": self._city_label(code),
                "areaRequired": code == HOME_COUNTRY or country.area_required,
                "cityRequired": code == HOME_COUNTRY or country.city_required,
                "postcode": country.postcode_label,
                "postcodeUsed": country.postcode_used,
                "postcodeRequired": country.postcode_required,
            }
        return rules

    # Free-text fields where a buyer might paste their card number by mistake: it is refused, never stored.
    CARD_NUMBER_GUARDED = ("first_name", "last_name", "line1", "line2", "line3", "line4", "notes")

    def clean(self):
        data = super().clean()  # Oscar's phone parsing: a number in national form is read in the address's country
        for name in self.CARD_NUMBER_GUARDED:
            if contains_card_number(str(data.get(name) or "")):
                self.add_error(name, CARD_NUMBER_MESSAGE)
        country = data.get("country")
        if country is None:
            return data
        code = country.pk
        name = country_name(code, fallback=country.printable_name)
        rules = address_rules(code)
        if code == HOME_COUNTRY:
            self._clean_omani_place(data)
        check = address_check(
            country_code=code,
            state="" if code == HOME_COUNTRY else data.get("state") or "",
            postcode=data.get("postcode") or "",
            city=data.get("line4") or "",
        )
        if code != HOME_COUNTRY and "state" not in self.errors:
            data["state"] = check.state
            if check.errors.get("state") == "invalid":
                self.add_error(
                    "state",
                    _("%(value)s is not a %(kind)s of %(country)s: choose one from the list.")
                    % {"value": _typed(data["state"]), "kind": _in_sentence(rules.area_label), "country": name},
                )
        if "postcode" not in self.errors:
            data["postcode"] = check.postcode if rules.postcode_used else ""
            self._postcode_error(check.errors.get("postcode"), data["postcode"], rules, name)
        self._clean_phone(data, code, name)
        return data

    def _clean_omani_place(self, data) -> None:
        if "state" in self.errors:
            return
        state = data.get("state") or ""
        governorate = next((g for g in self.governorates if g.name_en == state), None)
        if governorate is None:
            self.add_error(
                "state",
                _("%(value)s is not a governorate of Oman: choose one from the list.") % {"value": _typed(state)},
            )
            return
        place = (data.get("line4") or "").strip()
        if "line4" in self.errors or not place:
            return
        wilayat = Wilayat.objects.filter(governorate=governorate).filter(Q(name_en__iexact=place) | Q(name_ar=place))
        wilayat = wilayat.first()
        if wilayat is None:
            self.add_error(
                "line4",
                _("%(place)s is not a wilayat of %(governorate)s.")
                % {"place": _typed(place), "governorate": governorate.name},
            )
        else:
            data["line4"] = wilayat.name_en

    def _postcode_error(self, error: str | None, postcode: str, rules, country: str) -> None:
        params = {
            "kind": _in_sentence(rules.postcode_label),
            "country": country,
            "example": " / ".join(rules.postcode_examples),
            "value": _typed(postcode),
            "area": _in_sentence(rules.area_label),
        }
        if error == "required":
            self.add_error("postcode", _("Give the %(kind)s of this address, for example %(example)s.") % params)
        elif error == "wrong_area":
            self.add_error("postcode", _("%(value)s is not a %(kind)s of the %(area)s chosen above.") % params)
        elif error:
            self.add_error(
                "postcode", _("%(value)s is not a %(kind)s of %(country)s: for example %(example)s.") % params
            )

    def _clean_phone(self, data, code: str, country: str) -> None:
        phone = data.get("phone_number")
        if not phone:
            return
        if code == HOME_COUNTRY:
            if "phone_number" in self.errors or not is_omani_phone(phone):
                self.errors.pop("phone_number", None)
                self.add_error("phone_number", _("Give an Omani phone number, for example +968 9123 4567."))
            return
        if isinstance(phone, PhoneNumber) and phonenumbers.is_valid_number_for_region(phone, code):
            return
        # Oscar's own message names the country in English: say it in the buyer's language, with an example.
        self.errors.pop("phone_number", None)
        other = phonenumbers.region_code_for_number(phone) if isinstance(phone, PhoneNumber) else None
        params = {"country": country, "example": example_phone(code)}
        if other and other != code and phonenumbers.is_valid_number(phone):
            message = _("This is a phone number of %(other)s: give one in %(country)s, for example %(example)s.")
            params["other"] = country_name(other)
        else:
            message = _("This is not a phone number in %(country)s: give one like %(example)s.")
        self.add_error("phone_number", message % params)

    def _post_clean(self):
        # The postcode was checked in `clean` against the address data; Oscar's model would check it again with its
        # own table, which refuses shapes the data accepts ("22162 1010") and requires postcodes where countries do
        # not. Its table is hidden from this instance while the model validates, and only then.
        self.instance.POSTCODES_REGEX = {}
        try:
            super()._post_clean()
        finally:
            del self.instance.POSTCODES_REGEX


def is_omani_phone(phone) -> bool:
    national = str(getattr(phone, "national_number", ""))
    return getattr(phone, "country_code", None) == 968 and len(national) == 8 and national[0] in OMANI_PHONE_PREFIXES
