"""The order dashboard's views that differ from Oscar's (its class loader falls back to Oscar's module for the
others): the refund of one line, in full or in part, from the order's page; and the list and an order's page, whose
URLs need only `order.view_order` (they show) while what is posted to them changes the order and needs
`order.change_order` too (dashboard/orders/apps.py)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views import View
from oscar.apps.dashboard.orders import views as oscar_views
from oscar.core.loading import get_model

from marketplace.spreadsheets import SafeUnicodeCSVWriter
from payments.models import RefundRequest
from payments.order_status import LABELS
from payments.providers.base import ProviderError
from payments.roles import CHANGE_ORDERS, staff_may
from payments.selectors import paid_payment_of
from payments.services import RefundRefused, payment_refund, refunded_on_line

from .forms import LineRefundForm

Order = get_model("order", "Order")


def _require_change(user) -> None:
    if not staff_may(user, CHANGE_ORDERS):
        raise PermissionDenied


class OrderListView(oscar_views.OrderListView):
    # The one bulk action that only reads: the CSV of the selected orders.
    read_actions = ("download_selected_orders",)

    def post(self, request, *args, **kwargs):
        if request.POST.get(self.action_param, "").lower() not in self.read_actions:
            _require_change(request.user)
        return super().post(request, *args, **kwargs)

    def get_search_filter_descriptions(self):
        """Oscar's descriptions of the search, with the status filter named in the reader's language (Oscar
        writes the stored key, "Paid")."""
        descriptions = super().get_search_filter_descriptions()
        status = self.form.cleaned_data.get("status") if self.form.is_bound and self.form.is_valid() else None
        if status:
            oscar_text = _("Order status is {order_status}").format(order_status=status)
            labelled = _("Order status is {order_status}").format(order_status=LABELS.get(status, status))
            descriptions = [labelled if text == oscar_text else text for text in descriptions]
        return descriptions

    def download_selected_orders(self, request, orders):
        """Oscar's CSV of the selected orders (also the list's `?response_format=csv`), every cell made safe for
        spreadsheets: the buyers' names come from what they typed."""
        response = HttpResponse(content_type="text/csv")
        response["Content-Disposition"] = f"attachment; filename={self.get_download_filename(request)}"
        writer = SafeUnicodeCSVWriter(open_file=response)
        writer.writerow(self.CSV_COLUMNS.values())
        for order in orders:
            values = self.get_row_values(order)
            writer.writerow([values.get(column, "") for column in self.CSV_COLUMNS])
        return response


class OrderDetailView(oscar_views.OrderDetailView):
    """Every action posted to an order's page writes: statuses, line statuses, shipping and payment events, notes."""

    def post(self, request, *args, **kwargs):
        _require_change(request.user)
        return super().post(request, *args, **kwargs)


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
                refund = payment_refund(payment=payment, amount=amount, key=key, line=line, requested_by=request.user)
            except (RefundRefused, ProviderError) as error:
                messages.error(request, str(error))
            else:
                values = {"amount": amount, "title": line.title}
                if refund.status == RefundRequest.Status.DONE:
                    messages.success(request, _("%(amount)s rials refunded on %(title)s.") % values)
                else:
                    messages.warning(
                        request,
                        _(
                            "The card payment service did not answer: the refund of %(amount)s rials on %(title)s is "
                            "kept and will be made automatically."
                        )
                        % values,
                    )
        return back
