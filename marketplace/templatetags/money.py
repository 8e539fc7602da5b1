"""OMR amounts in templates. Registered under Oscar's library name `currency_filters` (see TEMPLATES in settings),
so Oscar's own templates show rials the project's way too."""

from decimal import Decimal, InvalidOperation

from django import template

from marketplace.bilingual import active_language
from marketplace.display import digit_style
from marketplace.money import ARABIC_INDIC_DIGITS, format_omr

register = template.Library()


@register.filter(name="currency")
def currency(value, currency_code=None) -> str:
    """`{{ amount|currency }}`: "OMR 12.340" in English, Babel's Arabic format in Arabic; "" for no amount."""
    if value is None or value == "":
        return ""
    try:
        amount = value if isinstance(value, Decimal) else Decimal(str(value))
    except (InvalidOperation, ValueError, TypeError):
        return ""
    return format_omr(amount, language=active_language(), digits=digit_style())


@register.filter(name="digits")
def digits(value) -> str:
    """Numbers other than money (stock counts, years) in the reader's chosen digits."""
    text = str(value)
    if active_language() == "ar" and digit_style() == "arab":
        return text.translate(ARABIC_INDIC_DIGITS)
    return text
