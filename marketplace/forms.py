"""Form fields shared by every form that takes text or money from a user, and the registration form."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from oscar.apps.customer.forms import EmailUserCreationForm
from oscar.apps.customer.utils import normalise_email

from marketplace.money import MoneyError, parse_listing_price

# Characters that break a single line of text: line and paragraph separators, and the direction overrides and
# isolates, which make a name read differently from what is stored (and from what a reviewer approved).
LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
BIDI_CONTROLS = frozenset(chr(code) for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))

SINGLE_LINE_MESSAGE = _(
    "Write this on one line: it may not contain line breaks or hidden direction marks. Remove them and try again."
)


def refuse_line_breaks_and_bidi_controls(value: str) -> None:
    """A single-line field (a title, a name, alt text) holds one line of text, read the way it is stored."""
    if not isinstance(value, str):
        return  # a field that reads text into something else (a price, a date) has its own checks
    if any(char in LINE_BREAKS or char in BIDI_CONTROLS for char in value or ""):
        raise ValidationError(SINGLE_LINE_MESSAGE, code="not_single_line")


MULTI_LINE_BIDI_MESSAGE = _(
    "This text contains hidden direction marks, which can make it read differently. Remove them and try again."
)


def refuse_bidi_controls(value: str) -> None:
    """Text of several lines (a review, a message) may break lines but not hold direction overrides or isolates,
    which make it read differently from what is stored."""
    if any(char in BIDI_CONTROLS for char in value or ""):
        raise ValidationError(MULTI_LINE_BIDI_MESSAGE, code="bidi_controls")


def as_single_line(value: str) -> str:
    """Existing text made single-line (the data migration, e-mail subjects): line breaks become spaces, direction
    controls and other control characters are dropped, runs of spaces become one."""
    kept = []
    for char in value or "":
        if char in LINE_BREAKS or char == "\t":
            kept.append(" ")
        elif char in BIDI_CONTROLS or ord(char) < 32 or ord(char) == 127:
            continue
        else:
            kept.append(char)
    return " ".join("".join(kept).split())


class SingleLineFieldsMixin:
    """Every text field of the form drawn as one line (not a Textarea) refuses line breaks and direction controls."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            one_line = isinstance(field, forms.CharField) and not isinstance(
                field.widget, forms.Textarea | forms.HiddenInput
            )
            if one_line and refuse_line_breaks_and_bidi_controls not in field.validators:
                field.validators.append(refuse_line_breaks_and_bidi_controls)


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


class RegistrationForm(EmailUserCreationForm):
    """Oscar's registration form without its "A user with that email address already exists" error: a registration
    must not tell anyone which addresses have accounts (marketplace/registration.py)."""

    def clean_email(self) -> str:
        return normalise_email(self.cleaned_data["email"])
