"""The authority's refund of one order line, full or partial. Every other order dashboard form is Oscar's (its
class loader falls back to Oscar's module for the names this one does not define)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from marketplace.forms import PriceField
from marketplace.money import parse_omr


class LineRefundForm(forms.Form):
    amount = PriceField(label=_("Amount to refund (OMR)"))
    # What the page showed as already refunded on the line: a second click, or a form opened before someone else's
    # refund, is refused rather than refunding twice.
    refunded_before = PriceField(widget=forms.HiddenInput, parser=parse_omr)
