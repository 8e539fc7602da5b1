"""The authority refunds one line of an order, in full or in part, from the order's dashboard page. Every other
order dashboard view is Oscar's (its class loader falls back to Oscar's module)."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views import View
from oscar.core.loading import get_model

from payments.providers.base import ProviderError
from payments.selectors import paid_payment_of
from payments.services import RefundRefused, payment_refund, refunded_on_line

from .forms import LineRefundForm

Order = get_model("order", "Order")


class LineRefundView(View):
    http_method_names = ["post"]

    def post(self, request, number: str, line_pk: int):
        order = get_object_or_404(Order, number=number)
        line = get_object_or_404(order.lines, pk=line_pk)
        back = redirect("dashboard:order-detail", number=order.number)
        payment = paid_payment_of(order)
        form = LineRefundForm(request.POST)
        if payment is None:
            messages.error(request, _("This order has no card payment to refund."))
        elif not form.is_valid():
            for errors in form.errors.values():
                messages.error(request, " ".join(errors))
        elif refunded_on_line(line) != form.cleaned_data["refunded_before"]:
            messages.error(request, _("This line was refunded meanwhile. Check the amounts below and try again."))
        else:
            amount = form.cleaned_data["amount"]
            try:
                # The key names the line and the state refunded from: the same form sent twice refunds once.
                key = f"line-{line.pk}-from-{form.cleaned_data['refunded_before']}"
                payment_refund(payment=payment, amount=amount, key=key, line=line)
            except (RefundRefused, ProviderError) as error:
                messages.error(request, str(error))
            else:
                messages.success(
                    request,
                    _("%(amount)s rials refunded on %(title)s.") % {"amount": amount, "title": line.title},
                )
        return back
