"""Omani rials, exactly: parsing, the 10-baisa rule, Stripe's minor units and display in both languages.

1 rial = 1,000 baisa, so amounts have 3 decimal places. Card charges in OMR must be whole 10-baisa steps
(Stripe requires the last digit of a three-decimal amount to be 0), so every price and charge the marketplace
sets is a 10-baisa step. That also makes every amount that enters Oscar's 2-decimal price fields exact: a
10-baisa step *is* a 2-decimal amount. Amounts computed to the single baisa (VAT breakdowns, commissions) are
kept in the project's own 3-decimal fields, never in Oscar's. See docs/ARCHITECTURE.md, "Money".

Never use floats for money: everything here takes and returns `Decimal`.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal, InvalidOperation

from babel.numbers import format_currency
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

CURRENCY = "OMR"
BAISA = Decimal("0.001")
CHARGE_STEP = Decimal("0.010")
BAISA_PER_RIAL = 1000
MAX_LISTING_PRICE = Decimal("100000.000")
MAX_DIGITS_BEFORE_POINT = 12

ARABIC_INDIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
DIGIT_STYLES = ("latn", "arab")


class MoneyError(ValueError):
    """An amount that is not a valid OMR amount; `message` is translatable and says why."""

    def __init__(self, message) -> None:
        super().__init__(str(message))
        self.message = message


def parse_omr(value: object) -> Decimal:
    """Read an OMR amount given as a string ("12.340"), an int or a Decimal, exactly, to the baisa.

    Floats are refused: they cannot hold most decimal amounts exactly, so accepting one would hide a loss.
    """
    if isinstance(value, (bool, float)):
        raise MoneyError(_("Write the amount as text with up to 3 decimals, for example 12.340."))
    if isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, str):
        text = value.strip().translate(str.maketrans("٠١٢٣٤٥٦٧٨٩٫", "0123456789."))
        if not text or len(text) > 20:
            raise MoneyError(_("Enter an amount in rials, for example 12.340."))
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise MoneyError(
                _("“%(value)s” is not an amount in rials; write it like 12.340.") % {"value": value[:20]}
            ) from None
    else:
        raise MoneyError(_("Enter an amount in rials, for example 12.340."))
    if not amount.is_finite():
        raise MoneyError(_("Enter an amount in rials, for example 12.340."))
    if amount.adjusted() > MAX_DIGITS_BEFORE_POINT - 1:
        raise MoneyError(_("This amount is too large."))
    if amount != amount.quantize(BAISA):
        raise MoneyError(_("An amount in rials has at most 3 decimals (1 rial = 1,000 baisa)."))
    return amount.quantize(BAISA)


def is_charge_step(amount: Decimal) -> bool:
    """True when `amount` is a whole number of 10-baisa steps, the smallest unit a card can be charged in OMR."""
    return amount % CHARGE_STEP == 0


def round_to_charge_step(amount: Decimal) -> Decimal:
    """Round a computed amount (a discount, a tax-exclusive price) half-up to a 10-baisa step, to 3 places."""
    return amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP).quantize(BAISA)


def quantize_baisa(amount: Decimal) -> Decimal:
    """Round a computed amount half-up to the baisa (for VAT breakdowns and commissions in 3-decimal fields)."""
    return amount.quantize(BAISA, rounding=ROUND_HALF_UP)


def parse_listing_price(value: object) -> Decimal:
    """A listing price: a positive OMR amount in whole 10-baisa steps, no more than MAX_LISTING_PRICE."""
    amount = parse_omr(value)
    if amount <= 0:
        raise MoneyError(_("The price must be more than zero."))
    if amount > MAX_LISTING_PRICE:
        raise MoneyError(_("The price cannot be more than %(max)s rials.") % {"max": f"{MAX_LISTING_PRICE:,}"})
    if not is_charge_step(amount):
        raise MoneyError(
            _(
                "Prices are set in steps of 10 baisa, because cards are charged in 10-baisa steps: "
                "use %(lower)s or %(upper)s instead of %(value)s."
            )
            % {
                "lower": amount.quantize(Decimal("0.01"), rounding=ROUND_FLOOR).quantize(BAISA),
                "upper": amount.quantize(Decimal("0.01"), rounding=ROUND_CEILING).quantize(BAISA),
                "value": amount,
            }
        )
    return amount


def parse_shipping_charge(value: object) -> Decimal:
    """A shipping charge: zero (free) or a positive OMR amount in whole 10-baisa steps."""
    amount = parse_omr(value)
    if amount < 0:
        raise MoneyError(_("A charge cannot be negative."))
    if amount > MAX_LISTING_PRICE:
        raise MoneyError(_("The charge cannot be more than %(max)s rials.") % {"max": f"{MAX_LISTING_PRICE:,}"})
    if not is_charge_step(amount):
        raise MoneyError(_("Charges are set in steps of 10 baisa, because cards are charged in 10-baisa steps."))
    return amount


def to_oscar_amount(amount: Decimal) -> Decimal:
    """The one door into Oscar's 2-decimal money fields: only whole 10-baisa steps pass, and they pass exactly."""
    if not is_charge_step(amount):
        raise MoneyError(_("%(value)s is not a whole number of 10-baisa steps.") % {"value": amount})
    return amount.quantize(Decimal("0.01"))


def validate_listing_price(value: object) -> None:
    """Django validator for price form fields and model fields."""
    try:
        parse_listing_price(value)
    except MoneyError as error:
        raise ValidationError(error.message, code="invalid_price") from None


def to_minor_units(amount: Decimal) -> int:
    """OMR to baisa, the minor unit Stripe counts in (OMR 12.340 -> 12340). Refuses what a card cannot be charged."""
    if not is_charge_step(amount):
        raise MoneyError(_("Cards are charged in OMR in 10-baisa steps; %(value)s is not one.") % {"value": amount})
    return int(amount * BAISA_PER_RIAL)


def from_minor_units(baisa: int) -> Decimal:
    return (Decimal(baisa) / BAISA_PER_RIAL).quantize(BAISA)


def format_omr(amount: Decimal | int | str, *, language: str = "en", digits: str = "latn") -> str:
    """An amount as a reader expects it, always with 3 decimals.

    English: "OMR 12.340". Arabic: Babel's `ar` format ("12.340 ر.ع." with the marks that keep it right-to-left),
    with Arabic-Indic digits ("١٢٫٣٤٠ ر.ع.") when the reader chose them.
    """
    value = amount if isinstance(amount, Decimal) else Decimal(str(amount))
    if language == "ar":
        numbering = "arab" if digits == "arab" else "latn"
        text = format_currency(value, CURRENCY, locale="ar", numbering_system=numbering)
        return text.translate(ARABIC_INDIC_DIGITS) if numbering == "arab" else text
    return format_currency(value, CURRENCY, format="¤ #,##0.000", locale="en", currency_digits=False)
