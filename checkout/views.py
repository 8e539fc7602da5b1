"""Checkout views: Oscar's, with order placement that reserves stock and opens a card payment, and the payment
page where the buyer pays with Stripe's Card Element."""

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
from django.utils.translation import gettext_lazy as _lazy
from django.views import generic
from oscar.apps.checkout import views as oscar_views
from oscar.apps.checkout.exceptions import PassedSkipCondition
from oscar.apps.checkout.views import *  # noqa: F403 (every other checkout view stays Oscar's)
from oscar.core.loading import get_class, get_model

from favourites.services import favourites_merge_session
from marketplace.money import BAISA, format_omr
from marketplace.private_files import private_file_url
from payments import order_status
from payments.models import Payment
from payments.providers import get_provider
from payments.providers.base import ProviderError
from payments.roles import VIEW_ORDERS, staff_may
from payments.selectors import card_payment_available, payment_for_buyer, remember_order_for_session
from payments.services import (
    OutOfStock,
    basket_lock_for_order,
    basket_stock_lock,
    payment_intent_open,
    payment_record_opened,
    payment_sync,
)
from shipping.destinations import destination_for_request

from . import restrictions, steps, tax
from .invoice_pdf import invoice_pdf_file
from .invoices import invoice_for, vat_contained

logger = logging.getLogger(__name__)
Repository = get_class("shipping.repository", "Repository")
Order = get_model("order", "Order")


CARD_PAYMENT_UNAVAILABLE = _lazy(
    "Card payment is not available at the moment, so orders cannot be placed. Your basket is kept; please come back "
    "later."
)


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


class ShippingAddressView(oscar_views.ShippingAddressView):
    """Oscar's step, with a new address starting in the country the buyer chose to deliver to (the footer's or the
    basket's "Deliver to", else the one their browser's language suggests)."""

    def get_initial(self):
        initial = super().get_initial() or {}
        if not initial.get("country"):
            initial["country"] = destination_for_request(self.request).code
        return initial


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

    @staticmethod
    def order_vat(basket, shipping_charge) -> Decimal:
        """The VAT the order will contain, pieces and domestic shipping alike, as its invoice will split it."""
        amounts = [line.line_price_incl_tax_incl_discounts for line in basket.all_lines()]
        if shipping_charge is not None and shipping_charge.is_tax_known:
            amounts.append(shipping_charge.incl_tax)
        return vat_contained(amounts, export=False)

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
            order_vat=self.order_vat(basket, context.get("shipping_charge")) if goods is not None else None,
            card_payment_available=card_payment_available(),
        )
        if context.get("order_total") is not None:
            # What the buyer agrees to pay when placing the order; placing is refused if the total changed since.
            context["total_shown"] = context["order_total"].incl_tax.quantize(BAISA)
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
        """Place the order and open its card payment, or place nothing.

        The payment is asked of the provider first, while nothing is held; then, in one transaction, the basket is
        locked (two "Place order" for one basket give one order), its stock is locked and checked, the order is
        placed as pending payment (which reserves the stock) with its payment, and the basket is submitted. Every
        refusal re-renders the preview with the reason, and leaves the basket, the stock and the buyer's card as
        they were."""
        if not card_payment_available():
            return self.render_preview(self.request, error=CARD_PAYMENT_UNAVAILABLE)
        error = self.restriction_error(basket, shipping_address)
        if error:
            return self.render_preview(self.request, error=error)
        total = order_total.incl_tax.quantize(BAISA)
        if self.request.POST.get("total_shown", "") != str(total):
            # The prices changed since the buyer saw the preview (an artisan's new price, a new shipping charge), or
            # the form was altered: the buyer is shown the new total and places the order again to accept it.
            return self.render_preview(
                self.request,
                error=_("The total of your order is now %(total)s. Please check it and place the order again.")
                % {"total": format_omr(total, language=get_language())},
            )
        order_number = str(self.generate_order_number(basket))
        try:
            intent = payment_intent_open(order_number=order_number, amount=total)
        except ProviderError:
            logger.exception("Order %s: the payment provider did not open a payment", order_number)
            return self.render_preview(
                self.request,
                error=_(
                    "The card payment service did not answer. Nothing was placed or charged; please try again in a "
                    "few minutes."
                ),
            )
        language = get_language() or settings.LANGUAGE_CODE
        try:
            with transaction.atomic():
                placed = basket_lock_for_order(basket)
                if placed is not None:
                    raise AlreadyPlaced(placed)
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
                payment_record_opened(order=order, intent=intent, language=language)
                basket.submit()
        except AlreadyPlaced as placed:
            # The same basket's "Place order" sent again (a double click, a refresh): its order's payment page.
            return HttpResponseRedirect(reverse("checkout:pay", kwargs={"number": placed.number}))
        except OutOfStock as error:
            return self.render_preview(self.request, error=out_of_stock_message(error))
        remember_order_for_session(self.request.session, order.number)
        self.checkout_session.flush()
        return HttpResponseRedirect(reverse("checkout:pay", kwargs={"number": order.number}))


class AlreadyPlaced(Exception):
    def __init__(self, number: str) -> None:
        super().__init__(number)
        self.number = number


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
    """The payment page of a pending order: Stripe's Card Element, the amount, and how long the stock is held. The
    card goes from the buyer's browser to Stripe only (Stripe.js); this site never sees it."""

    template_name = "oscar/checkout/pay.html"

    def get(self, request, *args, **kwargs):
        self.payment = self.get_payment()
        if self.payment.status == Payment.Status.SUCCEEDED:
            return self.to_thank_you(self.payment)
        response = super().get(request, *args, **kwargs)
        response._csp_update = payment_page_csp()  # read by django-csp's middleware, as its csp_update decorator does
        response["Cache-Control"] = "private, no-store"
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        payment = self.payment
        language = get_language()
        is_open = payment.status == Payment.Status.AWAITING_BUYER
        provider = get_provider().browser_config() if is_open else {}
        context.update(
            payment=payment,
            order=payment.order,
            amount_text=format_omr(payment.amount, language=language),
            open=is_open,
            provider=provider,
            test_mode=str(provider.get("publishable_key", "")).startswith("pk_test_"),
            card_texts=card_form_texts(),
            return_url=self.request.build_absolute_uri(
                reverse("checkout:payment-return", kwargs={"number": payment.order.number})
            ),
        )
        return context


def card_form_texts() -> dict[str, str]:
    """What the payment page's script says, in the page's language, whatever language Stripe.js answers in: its
    errors are shown by their code (Stripe's documented codes), the others by a general message."""
    return {
        "incomplete_number": _("The card number is incomplete."),
        "invalid_number": _("The card number is not valid. Check the digits."),
        "incorrect_number": _("The card number is not valid. Check the digits."),
        "incomplete_expiry": _("The card's expiry date is incomplete."),
        "invalid_expiry_month": _("The card's expiry month is not valid."),
        "invalid_expiry_year": _("The card's expiry year is not valid."),
        "invalid_expiry_year_past": _("This card has expired."),
        "incomplete_cvc": _("The card's security code (3 digits on the back) is incomplete."),
        "invalid_cvc": _("The card's security code is not valid."),
        "card_number_in_name": _(
            "This looks like a card number. Type the name printed on the card here, and the number in the card field."
        ),
        "paying": _("Paying… please keep this page open."),
        "network": _("The payment could not be sent: check your connection and press Pay again. Nothing was charged."),
        "general": _("The payment did not go through. Check the card details and try again."),
        "unavailable": _("Card payment could not be loaded. Reload the page in a moment; nothing was charged."),
    }


class PaymentReturnView(BuyerPaymentMixin, generic.View):
    """Where the payment page sends the buyer after Stripe answered: ask Stripe where the payment stands (the
    webhook may not have come yet), then the thank-you page, or the payment page with the reason of a decline."""

    def get(self, request, *args, **kwargs):
        payment = self.get_payment()
        named = request.GET.get("payment_intent")
        if named is not None and named != payment.reference:
            raise Http404  # a link naming another payment than this order's
        try:
            outcome = payment_sync(payment=payment)
            payment = outcome.payment
        except ProviderError:
            messages.warning(request, _("We could not confirm your payment yet. Please reload this page in a moment."))
            return redirect("checkout:pay", number=payment.order.number)
        if payment.status == Payment.Status.SUCCEEDED:
            return self.to_thank_you(payment)
        return redirect("checkout:pay", number=payment.order.number)


class InvoiceView(generic.TemplateView):
    """The order's invoice (printable; `InvoicePdfView` gives it as a PDF). For the buyer who placed the order
    (account or guest session) and the authority's staff who may see orders; anyone else gets 404."""

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
    authority's staff who may see orders (`order.view_order`: the order desk, finance), once it is paid and while it
    is not cancelled. Anyone else (other staff too), or any other state, gets 404."""
    if staff_may(request.user, VIEW_ORDERS):
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

    def form_valid(self, form):
        response = super().form_valid(form)
        if self.request.user.is_authenticated:
            # A returning customer who signs in here keeps the pieces hearted as a guest, as on the sign-in page.
            favourites_merge_session(user=self.request.user, session=self.request.session)
        return response
