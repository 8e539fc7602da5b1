"""Checkout views: Oscar's, with order placement that reserves stock and opens a card payment, and the payment
page where the buyer pays with Stripe's Payment Element."""

from __future__ import annotations

import logging
from decimal import Decimal
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views import generic
from oscar.apps.checkout import views as oscar_views
from oscar.apps.checkout.exceptions import PassedSkipCondition
from oscar.apps.checkout.views import *  # noqa: F403 (every other checkout view stays Oscar's)
from oscar.core.loading import get_class, get_model

from marketplace.money import format_omr
from marketplace.private_files import private_file_url
from payments import order_status
from payments.models import Payment
from payments.providers import get_provider
from payments.providers.base import ProviderError
from payments.selectors import payment_for_buyer, remember_order_for_session
from payments.services import OutOfStock, basket_stock_lock, payment_start, payment_sync

from . import restrictions, steps, tax
from .invoice_pdf import invoice_pdf_file
from .invoices import invoice_for

logger = logging.getLogger(__name__)
Repository = get_class("shipping.repository", "Repository")
Order = get_model("order", "Order")


def out_of_stock_message(error: OutOfStock) -> str:
    parts = []
    for shortage in error.shortages:
        if shortage.available:
            parts.append(
                _("only %(available)s of “%(title)s” left") % {"available": shortage.available, "title": shortage.title}
            )
        else:
            parts.append(_("“%(title)s” has just sold out") % {"title": shortage.title})
    return _("Someone bought it first: %(items)s. Please change your basket; nothing was charged.") % {
        "items": "; ".join(parts)
    }


class ShippingMethodView(oscar_views.ShippingMethodView):
    """Oscar's step, which says when a destination has no shipping at all; here it also says why when the only
    reason is a restricted item (perfume oils may not fly, and no surface route serves the address). It notes when
    a single method served the address (and was chosen without asking), for the step bar (checkout/steps.py)."""

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if getattr(self, "_methods", None) is not None:
            steps.remember_method_choice(request.session, offered=len(self._methods))
        return response

    def get_available_shipping_methods(self):
        methods = super().get_available_shipping_methods()
        if not methods:
            basket = self.request.basket
            address = self.get_shipping_address(basket)
            verdict = restrictions.basket_verdict(basket, getattr(address, "country_id", None))
            if verdict.surface_only:
                messages.error(
                    self.request,
                    _(
                        "%(items)s can only travel by surface, which is not offered to this country. "
                        "Remove it from your basket or choose another address."
                    )
                    % {"items": "، ".join(f"“{title}”" for title in verdict.surface_only)},
                )
        return methods


class PaymentDetailsView(oscar_views.PaymentDetailsView):
    """The card is entered after the order is placed (on the payment page), so the details step goes to the preview;
    placing the order reserves the stock under row locks and opens the payment."""

    def get_skip_conditions(self, request):
        if not self.preview:
            return ["skip_to_preview"]
        return super().get_skip_conditions(request)

    def skip_to_preview(self, request):
        raise PassedSkipCondition(url=reverse("checkout:preview"))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)  # builds the submission, which applies VAT for the address
        basket = self.request.basket
        goods = basket.total_incl_tax if basket.is_tax_known else None
        address = self.get_shipping_address(basket)
        context.update(
            restrictions=self.restrictions_verdict(basket, address),
            is_export=getattr(self, "is_export", False),
            vat_percent=(tax.vat_rate() * 100).normalize(),
            # The VAT contained in the pieces' prices, to the baisa (shipping is charged as it is).
            order_vat=tax.vat_breakdown(goods.quantize(Decimal("0.001"))).vat if goods is not None else None,
        )
        return context

    def restrictions_verdict(self, basket, shipping_address):
        country = getattr(shipping_address, "country_id", None)
        verdict = restrictions.basket_verdict(basket, country)
        if verdict.surface_only and not [
            m
            for m in Repository().get_shipping_methods(basket, shipping_addr=shipping_address)
            if restrictions.is_surface_method(m)
        ]:
            reason = _("it can only travel by surface, which is not offered to this country")
            verdict.refused.extend((title, reason) for title in verdict.surface_only)
        return verdict

    def restriction_error(self, basket, shipping_address) -> str | None:
        """Why this order cannot be placed as it is (before any payment), or None."""
        verdict = self.restrictions_verdict(basket, shipping_address)
        if verdict.refused:
            items = "; ".join(f"“{title}”: {why}" for title, why in verdict.refused)
            return _(
                "Some pieces cannot be sent to this address: %(items)s. Remove them or choose another address."
            ) % {"items": items}
        if verdict.age_confirmation and self.request.POST.get("confirm_age") != "yes":
            return _("Please confirm that you are 18 or over: this order contains a bladed item.")
        return None

    def submit(
        self,
        user,
        basket,
        shipping_address,
        shipping_method,
        shipping_charge,
        billing_address,
        order_total,
        payment_kwargs=None,
        order_kwargs=None,
        surcharges=None,
    ):
        error = self.restriction_error(basket, shipping_address)
        if error:
            return self.render_preview(self.request, error=error)
        order_number = self.generate_order_number(basket)
        try:
            with transaction.atomic():
                basket_stock_lock(basket)
                order = self.place_order(
                    order_number=order_number,
                    user=user,
                    basket=basket,
                    shipping_address=shipping_address,
                    shipping_method=shipping_method,
                    shipping_charge=shipping_charge,
                    order_total=order_total,
                    billing_address=billing_address,
                    surcharges=surcharges,
                    status=order_status.PENDING_PAYMENT,
                    **(order_kwargs or {}),
                )
        except OutOfStock as error:
            return self.render_preview(self.request, error=out_of_stock_message(error))
        try:
            payment_start(order=order, language=get_language() or settings.LANGUAGE_CODE)
        except ProviderError:
            return self.render_preview(
                self.request,
                error=_("The card payment service did not answer. Nothing was charged; please try again shortly."),
            )
        basket.submit()
        remember_order_for_session(self.request.session, order.number)
        self.checkout_session.flush()
        return HttpResponseRedirect(reverse("checkout:pay", kwargs={"number": order.number}))


class BuyerPaymentMixin:
    def get_payment(self) -> Payment:
        payment = payment_for_buyer(user=self.request.user, session=self.request.session, number=self.kwargs["number"])
        if payment is None:
            raise Http404
        return payment

    def to_thank_you(self, payment: Payment) -> HttpResponseRedirect:
        self.request.session["checkout_order_id"] = payment.order_id
        return redirect("checkout:thank-you")


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def payment_page_csp() -> dict:
    """What the payment page alone adds to the site's Content-Security-Policy: Stripe.js, its API and the Payment
    Element's frames (Stripe's documented sources). Every other page keeps the site's own scripts only."""
    script = _origin(settings.STRIPE_JS_URL)
    return {
        "script-src": [script],
        "connect-src": [_origin(settings.STRIPE_API_BASE)],
        "frame-src": [script, "https://hooks.stripe.com"],
    }


class PaymentView(BuyerPaymentMixin, generic.TemplateView):
    """The payment page of a pending order: Stripe's Payment Element, the amount, and how long the stock is held."""

    template_name = "oscar/checkout/pay.html"

    def get(self, request, *args, **kwargs):
        self.payment = self.get_payment()
        if self.payment.status == Payment.Status.SUCCEEDED:
            return self.to_thank_you(self.payment)
        response = super().get(request, *args, **kwargs)
        response._csp_update = payment_page_csp()  # read by django-csp's middleware, as its csp_update decorator does
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        payment = self.payment
        language = get_language()
        context.update(
            payment=payment,
            order=payment.order,
            amount_text=format_omr(payment.amount, language=language),
            open=payment.status == Payment.Status.AWAITING_BUYER,
            provider=get_provider().browser_config() if payment.status == Payment.Status.AWAITING_BUYER else {},
            return_url=self.request.build_absolute_uri(
                reverse("checkout:payment-return", kwargs={"number": payment.order.number})
            ),
        )
        return context


class PaymentReturnView(BuyerPaymentMixin, generic.View):
    """Where Stripe sends the buyer back: ask Stripe where the payment stands (the webhook may not have come yet)."""

    def get(self, request, *args, **kwargs):
        payment = self.get_payment()
        try:
            outcome = payment_sync(payment=payment)
            payment = outcome.payment
        except ProviderError:
            messages.warning(request, _("We could not confirm your payment yet. Please reload this page in a moment."))
            return redirect("checkout:pay", number=payment.order.number)
        if payment.status == Payment.Status.SUCCEEDED:
            return self.to_thank_you(payment)
        if payment.failure_reason:
            messages.error(request, _("Your card was not charged: %(reason)s") % {"reason": payment.failure_reason})
        return redirect("checkout:pay", number=payment.order.number)


class InvoiceView(generic.TemplateView):
    """The order's invoice (printable; `InvoicePdfView` gives it as a PDF). For the buyer who placed the order
    (account or guest session) and the authority's staff; anyone else gets 404."""

    template_name = "oscar/checkout/invoice.html"

    def get_context_data(self, **kwargs):
        order = _invoiceable_order_or_404(self.request, self.kwargs["number"])
        return {**super().get_context_data(**kwargs), "invoice": invoice_for(order), "order": order}


class InvoicePdfView(generic.View):
    """The order's invoice as a PDF download, in the page's language; the same readers as `InvoiceView`. The PDF
    is kept in the private storage and handed out as a signed link that expires (marketplace/private_files.py)."""

    def get(self, request, number):
        order = _invoiceable_order_or_404(request, number)
        name = invoice_pdf_file(invoice_for(order))
        response = HttpResponseRedirect(private_file_url(name, download_as=f"hirfa-invoice-{order.number}.pdf"))
        response["Cache-Control"] = "private, no-store"
        return response


def _invoiceable_order_or_404(request, number: str):
    """The one rule for who sees an invoice: the buyer who placed the order (account or guest session) and the
    authority's staff, once it is paid and while it is not cancelled. Anyone else, or any other state, gets 404."""
    if request.user.is_staff:
        order = Order.objects.filter(number=number).first()
    else:
        payment = payment_for_buyer(user=request.user, session=request.session, number=number)
        order = payment.order if payment else None
    if order is None or order.status in (order_status.PENDING_PAYMENT, order_status.CANCELLED):
        raise Http404
    return order


class IndexView(oscar_views.IndexView):
    """Oscar's "who are you" step. Its sign-in form is given the request, so that a returning customer's password
    goes through django-axes like the sign-in page's (Oscar's view leaves it out, and axes refuses to check a
    password without the request)."""

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "request": self.request}
