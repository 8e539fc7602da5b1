"""Addresses in Oman name their governorate and wilayat and an Omani phone number; hostile or malformed input gets a
clear message in the buyer's language and loses nothing they typed."""

import pytest

pytestmark = pytest.mark.django_db

ADDRESS = {
    "first_name": "Maryam",
    "last_name": "Al Balushi",
    "line1": "Way 3021, House 17",
    "line4": "Bahla",
    "state": "Ad Dakhiliyah",
    "postcode": "612",
    "country": "OM",
    "phone_number": "+96891234567",
}


def post(buyer, **changes):
    return buyer.client.post(buyer.url("checkout:shipping-address"), {**ADDRESS, **changes})


def test_a_full_omani_address_is_accepted(at_address_step):
    assert post(at_address_step()).status_code == 302


def test_the_wilayat_may_be_typed_in_arabic(at_address_step):
    assert post(at_address_step(), line4="بهلاء").status_code == 302


@pytest.mark.parametrize(
    "changes, field, message",
    [
        ({"state": ""}, "state", "Choose the governorate"),
        ({"state": "Atlantis"}, "state", "Atlantis is not a governorate of Oman"),
        ({"line4": "Sur"}, "line4", "Sur is not a wilayat of Ad Dakhiliyah"),
        ({"phone_number": "+442079460000"}, "phone_number", "Omani phone number"),
        ({"phone_number": "+96812"}, "phone_number", ""),
        ({"line1": "x" * 5000}, "line1", "at most 255 characters"),
        ({"line4": "<script>alert(1)</script>"}, "line4", "is not a wilayat"),
    ],
    ids=["no-governorate", "unknown-governorate", "wrong-wilayat", "foreign-phone", "short-phone", "huge", "hostile"],
)
def test_a_bad_omani_address_says_why_and_keeps_what_was_typed(at_address_step, changes, field, message):
    response = post(at_address_step(), **changes)
    assert response.status_code == 200
    form = response.context["form"]
    assert field in form.errors and message in " ".join(form.errors[field])
    assert "Way 3021, House 17" in response.content.decode() or field == "line1"
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_an_address_abroad_needs_no_governorate(at_address_step):
    response = post(
        at_address_step(), country="GB", state="", line4="London", postcode="SW1A 1AA", phone_number="+442079460000"
    )
    assert response.status_code == 302


def test_the_errors_speak_arabic(at_address_step):
    response = post(at_address_step("ar"), state="")
    assert "اختر المحافظة" in " ".join(response.context["form"].errors["state"])


def test_the_wilayat_is_picked_from_the_registry_with_its_governorate(at_address_step):
    # Given a buyer at the address step, in Arabic
    page = at_address_step("ar").client.get("/ar/shop/checkout/shipping-address/").content.decode()
    # Then the wilayat field offers the registry's wilayats, each saying its governorate, to narrow by governorate
    assert 'list="wilayat-choices"' in page and '<datalist id="wilayat-choices">' in page
    assert '<option value="Bahla" data-governorate="Ad Dakhiliyah">بهلاء · الداخلية</option>' in page


@pytest.mark.parametrize(
    "field, value",
    [
        ("line1", "4242 4242 4242 4242"),
        ("line2", "card 4000-0000-0000-0341 exp 12/30"),
        ("first_name", "4242424242424242"),
        ("notes", "my visa is 4111 1111 1111 1111, please charge it"),
    ],
)
def test_a_card_number_typed_in_the_address_is_refused_and_not_stored(at_address_step, field, value):
    from oscar.core.loading import get_model

    response = post(at_address_step(), **{field: value})
    assert response.status_code == 200
    assert "This looks like a card number" in " ".join(response.context["form"].errors[field])
    assert not get_model("order", "ShippingAddress").objects.exists()


@pytest.mark.parametrize(
    "changes",
    [
        {"line1": "Way 3021, House 1717"},
        {"line2": "P.O. Box 1234, PC 112"},
        {"phone_number": "+968 9123 4567"},
        {"line1": "Building 4242 4242 4242"},  # 12 digits: too short for a card
    ],
)
def test_numbers_that_are_not_card_numbers_are_accepted(at_address_step, changes):
    assert post(at_address_step(), **changes).status_code == 302


def test_a_card_number_in_the_address_is_refused_in_arabic(at_address_step):
    response = post(at_address_step("ar"), line1="4242 4242 4242 4242")
    assert "يبدو هذا رقم بطاقة" in " ".join(response.context["form"].errors["line1"])
