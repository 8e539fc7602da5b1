from django import template

from provenance.selectors import certificates_of_order

register = template.Library()


@register.simple_tag
def order_certificates(order):
    """The certificates of an order's pieces, in one query."""
    return list(certificates_of_order(order))
