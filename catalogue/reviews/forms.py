"""The buyer's review and the artisan's reply: plain text (shown escaped), no control characters or hidden
direction marks, and a length a person writes."""

from django import forms
from django.utils.translation import gettext_lazy as _

from marketplace.forms import refuse_bidi_controls, refuse_control_characters

from .models import MAX_REPLY_LENGTH, MAX_REVIEW_LENGTH


class ReviewForm(forms.Form):
    score = forms.TypedChoiceField(
        label=_("Your rating"),
        coerce=int,
        choices=[
            (5, _("5 stars: excellent")),
            (4, _("4 stars: good")),
            (3, _("3 stars: fair")),
            (2, _("2 stars: poor")),
            (1, _("1 star: very poor")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a rating from 1 to 5 stars.")},
    )
    body = forms.CharField(
        label=_("Your review"),
        max_length=MAX_REVIEW_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6, "dir": "auto"}),
        validators=[refuse_control_characters, refuse_bidi_controls],
        help_text=_("What you think of the piece, in Arabic or in English. Plain text: no links or formatting."),
        error_messages={"required": _("Write a few words about the piece.")},
    )
    language = forms.ChoiceField(
        label=_("Written in"),
        required=False,
        choices=[("", _("Found from the text")), ("ar", _("Arabic")), ("en", _("English"))],
    )


class ReplyForm(forms.Form):
    reply = forms.CharField(
        label=_("Your answer, shown under the review"),
        max_length=MAX_REPLY_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4, "dir": "auto"}),
        validators=[refuse_control_characters, refuse_bidi_controls],
        help_text=_("You can answer once. Everyone reads it."),
        error_messages={"required": _("Write your answer.")},
    )
