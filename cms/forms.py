"""The contact page's form: a visitor's message to the shop's team, answered by e-mail."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from marketplace.forms import SingleLineFieldsMixin, refuse_control_characters

MESSAGE_MAX_LENGTH = 4000


class ContactForm(SingleLineFieldsMixin, forms.Form):
    TOPICS = (
        ("order", _("An order")),
        ("piece", _("A piece, before buying it")),
        ("artisan", _("Selling on Hirfa, for artisans")),
        ("other", _("Something else")),
    )

    name = forms.CharField(label=_("Your name"), max_length=120)
    email = forms.EmailField(label=_("Your e-mail address"), help_text=_("We answer to this address."))
    topic = forms.ChoiceField(label=_("Your message is about"), choices=TOPICS)
    order_number = forms.RegexField(
        label=_("Order number, if it is about an order"),
        regex=r"^\d{4,12}$",
        required=False,
        max_length=12,
        error_messages={"invalid": _("An order number is made of digits only, as in your confirmation e-mail.")},
    )
    message = forms.CharField(
        label=_("Your message"),
        widget=forms.Textarea(attrs={"rows": 6}),
        min_length=10,
        max_length=MESSAGE_MAX_LENGTH,
        validators=[refuse_control_characters],
    )
