"""Forms for the people who manage an artisan or outlet: their profile and their listings."""

from django import forms
from django.utils.translation import gettext_lazy as _

from artisans.models import DesignDeposit
from artisans.selectors import deposits_usable_by
from catalogue.models import MAX_WEIGHT_G, Material
from catalogue.selectors import crafts
from catalogue.services import MAX_STOCK
from marketplace.forms import PriceField, refuse_control_characters
from marketplace.images import ACCEPTED_EXTENSIONS, validate_image_upload

MAX_BIO_LENGTH = 4000
MAX_DESCRIPTION_LENGTH = 8000


class BilingualTextField(forms.CharField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)
        self.validators.append(refuse_control_characters)


class ArtisanProfileForm(forms.Form):
    name_ar = BilingualTextField(label=_("Your name in Arabic"), max_length=150)
    name_en = BilingualTextField(label=_("Your name in English"), max_length=150)
    bio_ar = BilingualTextField(label=_("About you, in Arabic"), max_length=MAX_BIO_LENGTH, widget=forms.Textarea)
    bio_en = BilingualTextField(label=_("About you, in English"), max_length=MAX_BIO_LENGTH, widget=forms.Textarea)
    photo = forms.FileField(
        label=_("Photo"),
        required=False,
        validators=[validate_image_upload],
        help_text=_("A JPEG, PNG or WebP photo. Its location data is removed before it is saved."),
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(ACCEPTED_EXTENSIONS)}),
    )

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("name_ar") or cleaned.get("name_en")) and not self.has_error("name_ar"):
            self.add_error("name_ar", _("Write your name in Arabic or in English."))
        return cleaned


class ListingForm(forms.Form):
    title_ar = BilingualTextField(label=_("Title in Arabic"), max_length=255)
    title_en = BilingualTextField(label=_("Title in English"), max_length=255)
    description_ar = BilingualTextField(
        label=_("Description in Arabic"), max_length=MAX_DESCRIPTION_LENGTH, widget=forms.Textarea
    )
    description_en = BilingualTextField(
        label=_("Description in English"), max_length=MAX_DESCRIPTION_LENGTH, widget=forms.Textarea
    )
    craft = forms.ModelChoiceField(label=_("Craft"), queryset=crafts())
    materials = forms.ModelMultipleChoiceField(
        label=_("Materials"), queryset=Material.objects.all(), required=False, widget=forms.CheckboxSelectMultiple
    )
    price = PriceField(label=_("Price in rials"), help_text=_("In steps of 10 baisa, for example 12.340."))
    stock = forms.IntegerField(label=_("Number in stock"), min_value=0, max_value=MAX_STOCK)
    weight_g = forms.IntegerField(label=_("Packed weight in grams"), min_value=1, max_value=MAX_WEIGHT_G)
    design_deposit = forms.ModelChoiceField(
        label=_("Registered design"),
        queryset=DesignDeposit.objects.none(),
        required=False,
        help_text=_("Only designs you registered, or the authority's own, can be named."),
    )

    def __init__(self, *args, artisan, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["craft"].label_from_instance = lambda craft: str(craft.localized_name)
        self.fields["materials"].label_from_instance = lambda material: str(material.name)
        self.fields["design_deposit"].queryset = deposits_usable_by(artisan)
        self.fields["design_deposit"].label_from_instance = lambda deposit: f"{deposit.number}: {deposit.title}"

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("title_ar") or cleaned.get("title_en")) and not self.has_error("title_ar"):
            self.add_error("title_ar", _("Give the piece a title in Arabic or in English."))
        return cleaned
