"""OMR amounts: exact to the baisa, card charges in 10-baisa steps, shown with 3 decimals in both languages."""

from decimal import Decimal

import pytest
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from marketplace.display import activate_digit_style, deactivate_digit_style
from marketplace.money import (
    MoneyError,
    format_omr,
    from_minor_units,
    is_charge_step,
    parse_listing_price,
    parse_omr,
    round_to_charge_step,
    to_minor_units,
    to_oscar_amount,
)
from marketplace.templatetags.money import currency

baisa_amounts = st.integers(min_value=0, max_value=10**9).map(lambda baisa: Decimal(baisa) / 1000)
charge_steps = st.integers(min_value=1, max_value=10**7).map(lambda steps: Decimal(steps * 10) / 1000)


def test_an_amount_written_with_three_decimals_is_read_exactly():
    assert parse_omr("12.340") == Decimal("12.340")
    assert parse_omr(" 0.005 ") == Decimal("0.005")


def test_arabic_indic_digits_and_the_arabic_decimal_separator_are_read():
    assert parse_omr("١٢٫٣٤٠") == Decimal("12.340")


@pytest.mark.parametrize("value", ["12.3456", "abc", "", "1e400", "NaN", "Infinity", "12,340", None, [], 12.34, True])
def test_what_is_not_an_exact_rial_amount_is_refused(value):
    with pytest.raises(MoneyError):
        parse_omr(value)


def test_floats_are_refused_even_when_they_look_exact():
    with pytest.raises(MoneyError):
        parse_omr(0.5)


@pytest.mark.parametrize("value", ["10.125", "0.001", "99.999"])
def test_a_listing_price_that_is_not_a_10_baisa_step_is_refused_with_the_nearest_steps(value):
    with pytest.raises(MoneyError) as refused:
        parse_listing_price(value)
    assert "10 baisa" in str(refused.value)


def test_the_refusal_names_the_two_prices_around_the_one_given():
    with pytest.raises(MoneyError) as refused:
        parse_listing_price("10.125")
    assert "10.120" in str(refused.value) and "10.130" in str(refused.value)


@pytest.mark.parametrize("value", ["0", "-1.000", "100000.010"])
def test_a_listing_price_must_be_positive_and_below_the_ceiling(value):
    with pytest.raises(MoneyError):
        parse_listing_price(value)


@given(charge_steps)
def test_every_10_baisa_step_is_a_valid_listing_price_up_to_the_ceiling(amount):
    if amount <= Decimal("100000"):
        assert parse_listing_price(str(amount)) == amount


@given(baisa_amounts)
def test_stripe_minor_units_are_baisa_and_round_trip_for_charge_steps(amount):
    if is_charge_step(amount):
        assert to_minor_units(amount) == int(amount * 1000)
        assert from_minor_units(to_minor_units(amount)) == amount
    else:
        with pytest.raises(MoneyError):
            to_minor_units(amount)


def test_minor_units_are_thousandths_not_hundredths():
    assert to_minor_units(Decimal("12.340")) == 12340


@given(baisa_amounts)
def test_rounding_to_a_charge_step_moves_at_most_5_baisa_and_lands_on_a_step(amount):
    rounded = round_to_charge_step(amount)
    assert is_charge_step(rounded)
    assert abs(rounded - amount) <= Decimal("0.005")


@given(charge_steps)
def test_a_charge_step_enters_oscars_two_decimal_fields_without_changing(amount):
    assert to_oscar_amount(amount) == amount
    assert to_oscar_amount(amount).as_tuple().exponent == -2


def test_an_amount_finer_than_a_charge_step_cannot_enter_oscars_fields():
    with pytest.raises(MoneyError):
        to_oscar_amount(Decimal("10.125"))


@given(baisa_amounts)
def test_english_display_has_the_code_and_exactly_three_decimals(amount):
    text = format_omr(amount, language="en")
    assert text.startswith("OMR ")
    assert Decimal(text.removeprefix("OMR ").replace(",", "")) == amount
    assert len(text.rsplit(".", 1)[1]) == 3


def test_english_display():
    assert format_omr(Decimal("12.34"), language="en") == "OMR 12.340"
    assert format_omr(Decimal("1234.5"), language="en") == "OMR 1,234.500"


def test_arabic_display_is_babels_arabic_format():
    assert format_omr(Decimal("12.34"), language="ar") == "\u200f12.340\xa0ر.ع.\u200f"


def test_arabic_display_with_arabic_indic_digits():
    assert format_omr(Decimal("12.34"), language="ar", digits="arab") == "\u200f١٢٫٣٤٠\xa0ر.ع.\u200f"


@given(baisa_amounts)
def test_arabic_display_keeps_every_baisa(amount):
    text = format_omr(amount, language="ar").replace("\u200f", "").replace("\xa0ر.ع.", "")
    assert Decimal(text.replace(",", "")) == amount


def test_the_template_filter_follows_the_language_and_the_readers_digit_choice():
    with translation.override("en"):
        assert currency(Decimal("5.5")) == "OMR 5.500"
    with translation.override("ar"):
        token = activate_digit_style("arab")
        try:
            assert "٥٫٥٠٠" in currency(Decimal("5.5"))
        finally:
            deactivate_digit_style(token)


def test_the_template_filter_shows_nothing_for_no_amount_or_garbage():
    assert currency(None) == ""
    assert currency("not money") == ""
