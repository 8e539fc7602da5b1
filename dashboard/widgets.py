"""Widgets for Oscar's dashboard forms."""

from django.utils.translation import gettext_lazy as _
from oscar.forms import widgets as oscar_widgets


class NullBooleanSelect(oscar_widgets.NullBooleanSelect):
    """Oscar's "---------/Yes/No" select, with its labels translated for each request: Oscar's translates them
    once, when its form classes are defined, in the language active then (English)."""

    def __init__(self, attrs=None):
        super().__init__(attrs)
        self.choices = (("unknown", "---------"), ("true", _("Yes")), ("false", _("No")))


def translate_null_boolean_selects(form) -> None:
    for field in form.fields.values():
        if isinstance(field.widget, oscar_widgets.NullBooleanSelect):
            field.widget = NullBooleanSelect(field.widget.attrs)
