"""Oscar's offer search form with its yes/no choices in the reader's language. Every other offer dashboard form is
Oscar's (its class loader falls back to Oscar's module for the names this one does not define)."""

from oscar.apps.dashboard.offers import forms as oscar_forms

from dashboard.widgets import translate_null_boolean_selects


class OfferSearchForm(oscar_forms.OfferSearchForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        translate_null_boolean_selects(self)
