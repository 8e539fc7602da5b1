from django import template

from .. import selectors

register = template.Library()


@register.simple_tag
def order_shipping(order):
    """The order's shipping method and delivery time in the page's language (`shipping.selectors.order_shipping`)."""
    return selectors.order_shipping(order)
