"""The authority's refund of one order line, full or partial, and Oscar's order search and status forms with the
statuses in the reader's language. Every other order dashboard form is Oscar's (its class loader falls back to
Oscar's module for the names this one does not define)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from oscar.apps.dashboard.orders import forms as oscar_forms
from oscar.core.loading import get_model

from marketplace.forms import PriceField
from marketplace.money import parse_omr
from payments.order_status import LABELS

Order = get_model("order", "Order")


class LineRefundForm(forms.Form):
    amount = PriceField(label=_("Amount to refund (OMR)"))
    # What the page showed as already refunded on the line: a second click, or a form opened before someone else's
    # refund, is refused rather than refunding twice.
    refunded_before = PriceField(widget=forms.HiddenInput, parser=parse_omr)


def _labelled(statuses) -> list[tuple[str, str]]:
    """Status choices shown in the reader's language; the value stays the stored key."""
    return [(status, LABELS.get(status, status)) for status in statuses]


class OrderSearchForm(oscar_forms.OrderSearchForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [("", "---------"), *_labelled(Order.all_statuses())]


class OrderStatusForm(oscar_forms.OrderStatusForm):
    def __init__(self, order, *args, **kwargs):
        super().__init__(order, *args, **kwargs)
        self.fields["new_status"].choices = _labelled(order.available_statuses())
