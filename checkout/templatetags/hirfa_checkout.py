"""The checkout's step bar, and a basket or an order told by artisan (checkout/steps.py, checkout/selectors.py)."""

from django import template
from django.conf import settings

from shipping.destinations import country_name

from .. import selectors, steps

register = template.Library()


@register.inclusion_tag("hirfa/partials/checkout_steps.html", takes_context=True)
def checkout_steps(context, current):
    """The checkout's step bar, with `current` (a step key, or Oscar's step number) marked."""
    request = context["request"]
    all_steps = steps.checkout_steps(current, session=request.session, signed_in=request.user.is_authenticated)
    now = next(step for step in all_steps if step.is_current)
    return {"steps": all_steps, "current": now, "total": len(all_steps)}


@register.simple_tag
def basket_parts(basket):
    return selectors.basket_parts(basket)


@register.simple_tag
def order_summary(order):
    return selectors.order_summary(order)


@register.simple_tag(takes_context=True)
def single_shipping_method(context) -> bool:
    """True when only one method served the address, so there is no other to change to."""
    return bool(context["request"].session.get(steps.SINGLE_METHOD_SESSION_KEY))


@register.simple_tag
def reservation_minutes() -> int:
    """How long a placed order holds its pieces while the buyer pays."""
    return settings.CHECKOUT_RESERVATION_MINUTES


@register.filter
def address_lines(address) -> list[str]:
    """An address's lines as the buyer typed them, with the country named in the page's language (Oscar writes its
    English name). The workshop keeps Oscar's lines: the artisan copies them onto the parcel, in Latin letters."""
    lines = address.active_address_fields()
    country = address.country if address.country_id else None
    if country is not None and lines and lines[-1] == country.printable_name.strip():
        lines[-1] = country_name(country.code, fallback=country.printable_name)
    return lines
