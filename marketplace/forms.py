"""Form fields shared by every form that takes text or money from a user."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from marketplace.money import MoneyError, parse_listing_price


def refuse_control_characters(value: str) -> None:
    """Text with NUL or other control characters (pasted binary, hostile input) is refused, not stored."""
    if any(ord(char) < 32 and char not in "\n\r\t" for char in value or ""):
        raise ValidationError(_("This text contains characters that cannot be shown. Remove them and try again."))


_CARD_NUMBER_CANDIDATE = re.compile(r"(?<![0-9])[0-9](?:[ -]?[0-9]){12,18}(?![0-9])")


def _passes_luhn(digits: str) -> bool:
    total = 0
    for position, digit in enumerate(int(d) for d in reversed(digits)):
        if position % 2:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def contains_card_number(value: str) -> bool:
    """Whether the text holds what looks like a payment card number: 13 to 19 digits, spaced or not, that pass the
    Luhn check (which phone numbers and postcodes almost never do)."""
    for match in _CARD_NUMBER_CANDIDATE.finditer(value or ""):
        digits = re.sub(r"[ -]", "", match.group())
        if _passes_luhn(digits):
            return True
    return False


CARD_NUMBER_MESSAGE = _(
    "This looks like a card number. Never type your card here: it is asked for, by our card payment service, on the "
    "payment page."
)


class PriceField(forms.CharField):
    """A price typed as text ("12.340", or with Arabic-Indic digits) and read exactly, never through a float.
    `parser` decides what is a valid amount (a listing price by default)."""

    MAX_CHARACTERS = 20

    def __init__(self, *args, parser=parse_listing_price, **kwargs):
        self.parser = parser
        super().__init__(*args, **kwargs)
        self.widget.attrs.update(
            {"inputmode": "decimal", "dir": "ltr", "autocomplete": "off", "maxlength": self.MAX_CHARACTERS}
        )

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return None
        if len(value) > self.MAX_CHARACTERS:
            raise ValidationError(_("A price has at most 20 characters, for example 12.340."), code="too_long")
        try:
            return self.parser(value)
        except MoneyError as error:
            raise ValidationError(error.message, code="invalid_price") from None
