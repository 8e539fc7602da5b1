"""Oscar's checkout session mixin, with VAT applied once the shipping address is known (Oscar's documented place
for tax lookups): domestic orders keep VAT-inclusive prices with the VAT split out, exports drop it."""

from django.urls import reverse
from oscar.apps.checkout import exceptions
from oscar.apps.checkout.session import CheckoutSessionMixin as OscarCheckoutSessionMixin

from payments.selectors import open_payment_for_session

from . import tax


class CheckoutSessionMixin(OscarCheckoutSessionMixin):
    def check_basket_is_not_empty(self, request):
        """After "Place order" the basket is empty; a buyer who comes back to the checkout (the back button, a
        refresh, the same form sent again) is taken to the payment of the order just placed, not told that the basket
        is empty."""
        if request.basket.is_empty:
            payment = open_payment_for_session(user=request.user, session=request.session)
            if payment is not None:
                raise exceptions.FailedPreCondition(
                    url=reverse("checkout:pay", kwargs={"number": payment.order.number})
                )
        super().check_basket_is_not_empty(request)

    def build_submission(self, **kwargs):
        basket = kwargs.get("basket", self.request.basket)
        address = self.get_shipping_address(basket)
        country = getattr(address, "country_id", None) if address else None
        self.is_export = tax.apply_to_basket(basket, country_code=country)
        return super().build_submission(**kwargs)
