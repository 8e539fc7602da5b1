from django import template

from payments.selectors import card_payment_available as _card_payment_available

register = template.Library()


@register.simple_tag
def card_payment_available() -> bool:
    """Whether orders can be paid by card at all (the basket says so before the buyer starts the checkout)."""
    return _card_payment_available()
