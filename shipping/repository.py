"""Which shipping methods a basket can use: the weight-banded methods the authority keeps in the dashboard (Oscar's
`WeightBased`, each linked to the countries it serves: Oman, the GCC, the rest of the world...), for the country of
the shipping address (on the basket page, before there is one, the destination the buyer chose, from
shipping/destinations.py). A method linked to no country serves every shipping country that has no method of its own.

Inside Oman the same rule applies one level down: a domestic method limited to some governorates (its
`checkout.DomesticShippingArea`) serves only them, and the domestic methods with no area serve the others.

Methods are handed out as the buyer reads them: `name` and `description` in the page's language (`LocalizedMethod`),
so every step of the checkout, and the order placed, name the method in that language."""

from django.utils.translation import gettext_lazy as _
from oscar.apps.shipping import methods as oscar_methods
from oscar.apps.shipping.repository import Repository as OscarRepository
from oscar.core.loading import get_model

from checkout.models import DomesticShippingArea
from checkout.restrictions import basket_verdict, is_surface_method

from .destinations import destination_for_request

WeightBased = get_model("shipping", "WeightBased")

HOME_COUNTRY = "OM"


class NotDeliverable(oscar_methods.Free):
    """What the basket's totals show when no method can carry the basket to the chosen destination (a perfume oil
    where no surface route goes): Oscar's basket page needs a method, and the basket's delivery section says why."""

    code = "not-deliverable"
    name = _("Not deliverable to this destination")


class Repository(OscarRepository):
    def get_default_shipping_method(self, basket, shipping_addr=None, **kwargs):
        # Oscar's takes the first method and raises when there is none, which a restricted basket may have here.
        methods = self.get_shipping_methods(basket, shipping_addr=shipping_addr, **kwargs)
        return methods[0] if methods else NotDeliverable()

    def get_available_shipping_methods(self, basket, shipping_addr=None, **kwargs):
        # Before there is an address (the basket page), the destination the buyer chose in the basket or the footer.
        request = kwargs.get("request")
        country = getattr(shipping_addr, "country_id", None) or (
            destination_for_request(request).code if request is not None else HOME_COUNTRY
        )
        methods = WeightBased.objects.select_related("delivery_time").order_by("code")
        methods = list(methods.filter(countries=country)) or list(methods.filter(countries__isnull=True))
        if country == HOME_COUNTRY:
            methods = methods_for_governorate(methods, getattr(shipping_addr, "state", "") or "")
        if basket is not None and basket_verdict(basket, country).surface_only:
            # Dangerous goods (perfume oils) may not fly: only surface methods, possibly none (the checkout says so).
            return [LocalizedMethod(method) for method in methods if is_surface_method(method)]
        # A site with no methods configured yet (a fresh install) ships free rather than refusing every order.
        return [LocalizedMethod(method) for method in methods] or [oscar_methods.Free()]


class LocalizedMethod:
    """A dashboard method as a buyer reads it: `name` and `description` in the active language (the other one when
    a method has only that one); everything else (code, charges, weights) is the method's own. A wrapper rather than
    changed model fields, so nothing can save the Arabic over the English name."""

    def __init__(self, method, language: str | None = None) -> None:
        self.method = method
        self.name = str(method.localized_name(language))
        self.description = str(method.localized_description(language))

    def __getattr__(self, attribute):
        return getattr(self.method, attribute)

    def __repr__(self) -> str:
        return f"<LocalizedMethod {self.method.code}: {self.name}>"


def methods_for_governorate(methods, governorate_name: str):
    """The domestic methods for a governorate (the address keeps its English name in `state`): those whose area
    names it, else those with no area. Before an address is known, only the methods with no area."""
    areas = {}
    rows = DomesticShippingArea.objects.filter(method__in=methods).values_list("method_id", "governorates__name_en")
    for method_id, name in rows:
        if name:  # an area with no governorates left limits nothing
            areas.setdefault(method_id, set()).add(name)
    own = [method for method in methods if governorate_name in areas.get(method.pk, ())]
    return own or [method for method in methods if method.pk not in areas]
