"""Oscar's checkout, forked for card payments: placing the order reserves its stock and opens a payment; the buyer
then pays on the payment page (Stripe's Card Element) and comes back to the confirmation.

Overrides: `views.IndexView` (its sign-in form gets the request), `views.ShippingAddressView` (a new address starts in
the buyer's chosen destination), `forms.ShippingAddressForm` (each country's address rules),
`views.ShippingMethodView` (why no method serves an address; notes a method chosen without asking, for the step bar),
`views.PaymentDetailsView` (submit), and adds `PaymentView`, `PaymentReturnView`, `InvoiceView` and `InvoicePdfView`
with their URLs.
"""

from django.urls import path
from oscar.apps.checkout import apps
from oscar.core.loading import get_class


class CheckoutConfig(apps.CheckoutConfig):
    name = "checkout"

    def ready(self):
        super().ready()
        self.payment_view = get_class("checkout.views", "PaymentView")
        self.payment_return_view = get_class("checkout.views", "PaymentReturnView")
        self.invoice_view = get_class("checkout.views", "InvoiceView")
        self.invoice_pdf_view = get_class("checkout.views", "InvoicePdfView")

    def get_urls(self):
        return super().get_urls() + self.post_process_urls(
            [
                path("pay/<str:number>/", self.payment_view.as_view(), name="pay"),
                path("pay/<str:number>/return/", self.payment_return_view.as_view(), name="payment-return"),
                path("invoice/<str:number>/", self.invoice_view.as_view(), name="invoice"),
                path("invoice/<str:number>/pdf/", self.invoice_pdf_view.as_view(), name="invoice-pdf"),
            ]
        )
