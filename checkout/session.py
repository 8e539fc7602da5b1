"""Oscar's checkout session mixin, with VAT applied once the shipping address is known (Oscar's documented place
for tax lookups): domestic orders keep VAT-inclusive prices with the VAT split out, exports drop it."""

from oscar.apps.checkout.session import CheckoutSessionMixin as OscarCheckoutSessionMixin

from . import tax


class CheckoutSessionMixin(OscarCheckoutSessionMixin):
    def build_submission(self, **kwargs):
        basket = kwargs.get("basket", self.request.basket)
        address = self.get_shipping_address(basket)
        country = getattr(address, "country_id", None) if address else None
        self.is_export = tax.apply_to_basket(basket, country_code=country)
        return super().build_submission(**kwargs)
