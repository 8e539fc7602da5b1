"""Form fields shared by every form that takes text or money from a user, and the registration form."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from oscar.apps.customer.forms import EmailUserCreationForm
from oscar.apps.customer.utils import normalise_email

from marketplace.money import MoneyError, parse_listing_price


def refuse_control_characters(value: str) -> None:
    """Text with NUL or other control characters (pasted binary, hostile input) is refused, not stored."""
    if any(ord(char) < 32 and char not in "\n\r\t" for char in value or ""):
        raise ValidationError(_("This text contains characters that cannot be shown. Remove them and try again."))


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
