from django import template

from payments.selectors import order_refund_rows

register = template.Library()


@register.simple_tag
def refund_rows(order):
    """Each line of a paid order with what was paid and refunded on it, for the authority's refund form."""
    return order_refund_rows(order)
