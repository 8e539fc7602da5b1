from django import forms
from django.utils.translation import gettext_lazy as _

from marketplace.forms import refuse_line_breaks_and_bidi_controls
from marketplace.images import ACCEPT_ATTRIBUTE, validate_image_upload


class FakeReportForm(forms.Form):
    where_seen = forms.CharField(label=_("Where was the piece offered? (shop, souq, website)"), max_length=200,
                                 required=False, validators=[refuse_line_breaks_and_bidi_controls])  # fmt: skip
    description = forms.CharField(
        label=_("What looks wrong?"), max_length=2000, widget=forms.Textarea(attrs={"rows": 4})
    )
    photo = forms.FileField(label=_("A photo of the piece or its tag (optional)"), required=False,
                            validators=[validate_image_upload],
                            widget=forms.ClearableFileInput(attrs={"accept": ACCEPT_ATTRIBUTE}))  # fmt: skip
    email = forms.EmailField(label=_("Your e-mail address, if you would like an answer (optional)"), required=False)
