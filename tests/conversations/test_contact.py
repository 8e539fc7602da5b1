"""Contact details in a message are masked; prices, quantities and dates are not."""

import pytest

from conversations.contact import MASK, Masked, contains_link, mask_contact_details
from marketplace.bilingual import written_language as language_of


@pytest.mark.parametrize(
    "text",
    [
        "Call me on +968 9123 4567",
        "رقمي 91234567",
        "رقمي ٩١٢٣٤٥٦٧",  # Arabic-Indic digits
        "رقمي ۹۱۲۳ ۴۵۶۷",  # Eastern Arabic-Indic digits
        "00968-9123-4567 after five",
        "write to salim.ali+shop@gmail.com",
        "salim at gmail dot com",
        "https://wa.me/96891234567",
        "wa.me/96891234567",
        "find me on instagram.com/salim_pottery",
        "t.me/salim",
    ],
)
def test_contact_details_are_masked(text):
    result = mask_contact_details(text)
    assert result.masked and MASK in result.text
    assert not any(char.isdigit() for char in result.text)
    assert "gmail" not in result.text and "wa.me" not in result.text and "instagram" not in result.text


@pytest.mark.parametrize(
    "text",
    [
        "It costs 12.500 OMR and weighs 800 g",
        "I need 3 pieces by 2026-12-08",
        "Can you make one 35 cm tall?",
        "أريد ٣ قطع بحلول ١٥ مارس",
    ],
)
def test_prices_quantities_and_dates_are_kept(text):
    assert mask_contact_details(text) == Masked(text, False)


def test_a_link_is_found_and_a_masked_address_is_not_one():
    assert contains_link("see https://example.com/pattern")
    assert contains_link("see example.com")
    assert not contains_link("Can you engrave a name?")


@pytest.mark.parametrize(
    ("text", "language"),
    [("Can you engrave a name?", "en"), ("هل يمكنك نقش اسم؟", "ar"), ("12345", "ar")],
)
def test_the_language_is_read_from_the_letters(text, language):
    assert language_of(text, default="ar") == language
