"""Forms of the workshop's money pages: the artisan's bank details, and the password asked again to change them."""

from __future__ import annotations

import re
import unicodedata

from django import forms
from django.contrib.auth import authenticate
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from marketplace.forms import SingleLineFieldsMixin, refuse_control_characters

# Countries whose IBAN length is checked here: Oman, where the artisans bank. Any other country's IBAN is accepted
# when its form and check digits are right (ISO 13616), so an artisan banking abroad can still be paid.
IBAN_LENGTHS = {"OM": 23}
IBAN_FORM = re.compile(r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$")
MAX_IBAN_INPUT = 64  # 34 characters, with room for spaces between the groups
MAX_PASSWORD_LENGTH = 4096
# Digits an Arabic phone keyboard may type, read as the digits they are.
DIGITS_TO_ASCII = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# Direction overrides and isolates: they can make a name read differently from what is stored.
BIDI_CONTROLS = {chr(code) for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}

CONTROL_CHARACTERS_MESSAGE = _("This text contains characters that cannot be shown. Remove them and try again.")


def refuse_line_breaks_and_controls(value: str) -> None:
    """One line of plain text: no control characters at all (not even tabs or line breaks), no direction overrides."""
    refuse_control_characters(value)
    if any(unicodedata.category(char) == "Cc" or char in BIDI_CONTROLS for char in value or ""):
        raise ValidationError(CONTROL_CHARACTERS_MESSAGE, code="control_characters")


def iban_mod97_ok(iban: str) -> bool:
    """ISO 13616 / ISO 7064 mod 97-10: the country and check digits moved to the end, letters as 10..35."""
    rearranged = iban[4:] + iban[:4]
    remainder = 0
    for char in rearranged:
        for digit in str(int(char, 36)):
            remainder = (remainder * 10 + int(digit)) % 97
    return remainder == 1


class IbanField(forms.CharField):
    """An IBAN typed as the bank prints it (spaces, lower case, Arabic-Indic digits are fine), returned in its
    compact electronic form ("OM810180000001299123456") after the check digits prove it was typed right."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", MAX_IBAN_INPUT)
        super().__init__(*args, **kwargs)
        self.widget.attrs.update(
            {
                "dir": "ltr",
                "autocomplete": "off",
                "autocapitalize": "characters",
                "autocorrect": "off",
                "spellcheck": "false",
                "placeholder": "OM00 0000 0000 0000 0000 000",
            }
        )

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return ""
        if len(value) > MAX_IBAN_INPUT:
            return value  # the length validator says it is too long
        refuse_line_breaks_and_controls(value)
        return "".join(value.translate(DIGITS_TO_ASCII).split()).upper()

    def validate(self, value):
        super().validate(value)
        if value in self.empty_values or len(value) > MAX_IBAN_INPUT:
            return
        if not (value.isascii() and value.isalnum()):
            raise ValidationError(_("An IBAN has only letters and numbers. Check what you typed."), code="characters")
        if not IBAN_FORM.match(value):
            raise ValidationError(
                _("An IBAN starts with two letters for the country, for example OM, then two numbers."), code="form"
            )
        expected = IBAN_LENGTHS.get(value[:2])
        if expected and len(value) != expected:
            raise ValidationError(
                _("An Omani IBAN has %(expected)s letters and numbers; this one has %(count)s.")
                % {"expected": expected, "count": len(value)},
                code="length",
            )
        if not iban_mod97_ok(value):
            raise ValidationError(
                _("This IBAN is not right: a letter or number is wrong or missing. Copy it again from your bank."),
                code="check_digits",
            )


class OneLineTextField(forms.CharField):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.validators.append(refuse_line_breaks_and_controls)


class PayoutAccountForm(SingleLineFieldsMixin, forms.Form):
    """Bank details given for the first time."""

    account_holder = OneLineTextField(
        label=_("Name on the account"),
        max_length=120,
        help_text=_("Write it the way your bank writes it."),
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    bank = OneLineTextField(
        label=_("Bank"),
        max_length=80,
        help_text=_("For example, Bank Muscat."),
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    iban = IbanField(
        label=_("IBAN"),
        help_text=_("Your bank gives it to you. An Omani IBAN starts with OM and has 23 letters and numbers."),
    )


class PayoutAccountChangeForm(PayoutAccountForm):
    """New bank details, with the password of the person changing them: someone who found a phone left signed in
    cannot send the artisan's money elsewhere. The password goes through `authenticate`, so django-axes counts
    wrong ones as it does at sign-in."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        max_length=MAX_PASSWORD_LENGTH,
        help_text=_("The password you sign in with. We ask for it so that only you can change where your money goes."),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, request, **kwargs):
        self.request = request
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        user = self.request.user
        # The account's own unique username (an e-mail address may be shared by several accounts).
        who = authenticate(self.request, username=user.get_username(), password=password)
        if who is None or who.pk != user.pk:
            raise ValidationError(_("That is not your password. Nothing was changed."), code="wrong_password")
        return ""
