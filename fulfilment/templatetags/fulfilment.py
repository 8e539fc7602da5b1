from django import template

from payments.order_status import LABELS

from .. import selectors

register = template.Library()


@register.simple_tag
def order_parts(order):
    """The order split by artisan, each part with its shipment (for the buyer's order page)."""
    return selectors.order_parts(order)


@register.filter
def status_label(status: str) -> str:
    return str(LABELS.get(status, status))
