"""The question and reply forms. A message is plain text: HTML is shown as typed (escaped), never run; hidden
direction controls, control characters and card numbers are refused with a message saying why; a message longer
than MAX_MESSAGE_CHARS is refused with its length. The page shows the form again with what was typed."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from marketplace.forms import (
    CARD_NUMBER_MESSAGE,
    SingleLineFieldsMixin,
    contains_card_number,
    refuse_bidi_controls,
    refuse_control_characters,
)
from shipping.destinations import destinations

from .models import Report

MAX_MESSAGE_CHARS = 2000


def clean_message_text(value: str) -> str:
    refuse_bidi_controls(value)
    refuse_control_characters(value)
    if contains_card_number(value):
        raise forms.ValidationError(CARD_NUMBER_MESSAGE, code="card_number")
    return value.strip()


class MessageField(forms.CharField):
    def __init__(self, **kwargs):
        kwargs.setdefault("widget", forms.Textarea(attrs={"rows": 5, "maxlength": MAX_MESSAGE_CHARS, "dir": "auto"}))
        super().__init__(max_length=MAX_MESSAGE_CHARS, **kwargs)

    def clean(self, value):
        return clean_message_text(super().clean(value))


class QuestionForm(SingleLineFieldsMixin, forms.Form):
    first_name = forms.CharField(
        label=_("Your first name"), max_length=60, help_text=_("The artisan sees only your first name and country.")
    )
    country = forms.ChoiceField(label=_("Your country"), required=False)
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_("We send you a link to confirm it, then the answer. The artisan never sees it."),
    )
    body = MessageField(label=_("Your question"))

    def __init__(self, *args, signed_in: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", "—")] + [(d.code, d.name) for d in destinations()]
        if signed_in:
            del self.fields["email"]


class ReplyForm(forms.Form):
    body = MessageField(label=_("Your answer"))


class BuyerReplyForm(forms.Form):
    body = MessageField(label=_("Your reply"))


class ReportForm(forms.Form):
    reason = forms.ChoiceField(label=_("Why do you report this conversation?"), choices=Report.Reason.choices)
    note = forms.CharField(
        label=_("Anything the authority should know (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def clean_note(self):
        return clean_message_text(self.cleaned_data["note"])
