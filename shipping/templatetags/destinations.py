"""The destination on the pages: the "Deliver to" choice (footer and basket), the product page's restriction notice
(data for hirfa.js, the same HTML for every destination) and the basket's delivery estimate."""

from django import template

from checkout.restrictions import product_restriction_data
from shipping.destinations import DESTINATION_COOKIE, destination_for_request, destinations
from shipping.selectors import basket_delivery, countries_without_surface_route

register = template.Library()


@register.inclusion_tag("hirfa/partials/deliver_to.html", takes_context=True)
def deliver_to_form(context, *, chosen: str = "", form_id: str = "deliver-to"):
    """The "Deliver to" choice. `chosen` marks the selected country on pages drawn per destination (the basket);
    elsewhere (every cached page: the footer) nothing is selected in the HTML and hirfa.js selects the cookie's
    country, or the one the browser's language suggests."""
    request = context.get("request")
    return {
        "request": request,
        "csrf_token": context.get("csrf_token"),
        "destinations": destinations(),
        "chosen": chosen,
        "form_id": form_id,
        "cookie_name": DESTINATION_COOKIE,
    }


@register.inclusion_tag("hirfa/partials/restriction_notice.html")
def restriction_notice(product):
    """Where the product page says, above "Add to basket", what the buyer's destination does to this piece."""
    countries = {d.code: d.name for d in destinations()} if product.restriction_flags else {}
    no_surface = countries_without_surface_route() if product.is_dangerous_goods else []
    return {"data": product_restriction_data(product, countries=countries, no_surface=no_surface)}


@register.simple_tag(takes_context=True)
def basket_destination(context, basket):
    """The basket's destination (the cookie, else the browser's language) and its delivery estimate."""
    choice = destination_for_request(context["request"])
    return {"choice": choice, "delivery": basket_delivery(basket=basket, country_code=choice.code)}
