"""Forms for the people who manage an artisan or outlet (the workshop): joining, their profile, their listings and
photos; and for the authority's decisions on them. Labels are plain words: many artisans are older and read
Arabic on a phone."""

import re
import unicodedata
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from artisans.models import REGISTRY_NUMBER_PATTERN, Artisan, DesignDeposit, Governorate, SellerApplication, Wilayat
from artisans.selectors import deposits_usable_by
from catalogue.models import MAX_WEIGHT_G, Material
from catalogue.selectors import crafts
from catalogue.services import MAX_STOCK
from marketplace.forms import PriceField, RegistrationForm, SingleLineFieldsMixin, refuse_control_characters
from marketplace.images import ACCEPT_ATTRIBUTE, validate_image_upload

MAX_BIO_LENGTH = 4000
MAX_DESCRIPTION_LENGTH = 8000
MAX_SIDE_CM = Decimal("5000")
MAX_PHOTOS_PER_UPLOAD = 8


class BilingualTextField(forms.CharField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)
        self.validators.append(refuse_control_characters)


class ArtisanProfileForm(SingleLineFieldsMixin, forms.Form):
    name_ar = BilingualTextField(label=_("Your name in Arabic"), max_length=150)
    name_en = BilingualTextField(label=_("Your name in English"), max_length=150)
    bio_ar = BilingualTextField(label=_("About you, in Arabic"), max_length=MAX_BIO_LENGTH, widget=forms.Textarea)
    bio_en = BilingualTextField(label=_("About you, in English"), max_length=MAX_BIO_LENGTH, widget=forms.Textarea)
    photo = forms.FileField(
        label=_("Photo"),
        required=False,
        validators=[validate_image_upload],
        help_text=_("A photo from your phone. Its location data is removed before it is saved."),
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPT_ATTRIBUTE}),
    )

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("name_ar") or cleaned.get("name_en")) and not self.has_error("name_ar"):
            self.add_error("name_ar", _("Write your name in Arabic or in English."))
        return cleaned


class ListingForm(SingleLineFieldsMixin, forms.Form):
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
    length_cm = forms.DecimalField(
        label=_("Length in cm"), required=False, min_value=Decimal("0.1"), max_value=MAX_SIDE_CM, decimal_places=1
    )
    width_cm = forms.DecimalField(
        label=_("Width in cm"), required=False, min_value=Decimal("0.1"), max_value=MAX_SIDE_CM, decimal_places=1
    )
    height_cm = forms.DecimalField(
        label=_("Height in cm"), required=False, min_value=Decimal("0.1"), max_value=MAX_SIDE_CM, decimal_places=1
    )
    is_bladed = forms.BooleanField(
        label=_("It has a blade (a khanjar, a knife)"),
        required=False,
        help_text=_("Khanjars are marked for you. Some countries refuse blades or ask the buyer's age."),
    )
    is_dangerous_goods = forms.BooleanField(
        label=_("It contains perfume oil or another liquid that burns"),
        required=False,
        help_text=_("Aircraft do not carry these; they go abroad by sea or land."),
    )
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


class MultiplePhotoInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class PhotosField(forms.FileField):
    """One or more photos from the phone's camera or gallery, each checked on its own so the message names the
    file that was refused."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultiplePhotoInput(attrs={"accept": ACCEPT_ATTRIBUTE}))
        kwargs.setdefault("validators", [validate_image_upload])
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = [f for f in (data if isinstance(data, list | tuple) else [data]) if f]
        if not files:
            if self.required:
                raise ValidationError(self.error_messages["required"], code="required")
            return []
        if len(files) > MAX_PHOTOS_PER_UPLOAD:
            raise ValidationError(
                _("Send at most %(max)s photos at a time.") % {"max": MAX_PHOTOS_PER_UPLOAD}, code="too_many"
            )
        cleaned, errors = [], []
        for upload in files:
            try:
                cleaned.append(super().clean(upload, initial))
            except ValidationError as error:
                errors += [f"“{upload.name[:60]}”: {message}" for message in error.messages]
        if errors:
            raise ValidationError(errors)
        return cleaned


class PhotoTokensField(forms.Field):
    """The tokens of photos the page's script sent ahead (moderation.services.draft_photo_upload). Without the
    script there are none and the photos come with the form."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value):
        tokens = [token for token in (value or []) if token]
        if any(not DRAFT_TOKEN.fullmatch(token) for token in tokens):
            raise ValidationError(_("A photo you sent earlier is no longer here. Add it again."), code="bad_token")
        return tokens


DRAFT_TOKEN = re.compile(r"[A-Za-z0-9_-]{20,64}")


class NewListingForm(ListingForm):
    """A new piece: everything a listing has, and its first photos (sent with the form, or ahead of it)."""

    photos = PhotosField(
        required=False,
        label=_("Photos of the piece"),
        help_text=_("Take them in daylight. You can add more later. Location data is removed."),
    )
    photo_alt_ar = BilingualTextField(
        label=_("What the photos show, in Arabic"), max_length=200, help_text=_("Read aloud to blind buyers.")
    )
    photo_alt_en = BilingualTextField(label=_("What the photos show, in English"), max_length=200)
    photo_tokens = PhotoTokensField(required=False)

    field_order = ["title_ar", "title_en", "photos", "craft", "price", "stock"]

    def clean(self):
        cleaned = super().clean()
        if self.has_error("photo_tokens"):
            # A hidden field's errors are not shown beside it: the artisan reads them under the photos.
            for message in self.errors.pop("photo_tokens"):
                self.add_error("photos", message)
        if self.has_error("photos"):
            return cleaned
        count = len(cleaned.get("photos") or []) + len(cleaned.get("photo_tokens") or [])
        if not count:
            self.add_error("photos", forms.Field.default_error_messages["required"])
        elif count > MAX_PHOTOS_PER_UPLOAD:
            self.add_error("photos", _("Send at most %(max)s photos at a time.") % {"max": MAX_PHOTOS_PER_UPLOAD})
        return cleaned


class DraftPhotoForm(forms.Form):
    """One photo sent ahead of its listing by the workshop's page."""

    photo = forms.FileField(validators=[validate_image_upload])


class AddPhotosForm(forms.Form):
    photos = PhotosField(label=_("Add photos"))
    alt_ar = BilingualTextField(label=_("What the photos show, in Arabic"), max_length=200)
    alt_en = BilingualTextField(label=_("What the photos show, in English"), max_length=200)


class PhotoAltForm(SingleLineFieldsMixin, forms.Form):
    alt_ar = BilingualTextField(label=_("What the photo shows, in Arabic"), max_length=200)
    alt_en = BilingualTextField(label=_("What the photo shows, in English"), max_length=200)


class StockForm(forms.Form):
    product = forms.IntegerField(widget=forms.HiddenInput)
    stock = forms.IntegerField(label=_("Number in stock"), min_value=0, max_value=MAX_STOCK)


class SellerApplicationForm(SingleLineFieldsMixin, forms.Form):
    """Who you are in the authority's registry. The authority checks it before you can sell."""

    registry_number = forms.RegexField(
        label=_("Your registry number"),
        regex=re.compile(REGISTRY_NUMBER_PATTERN, re.IGNORECASE),
        max_length=32,
        help_text=_("On your craft card from the authority, for example RG-DAK-00027."),
        widget=forms.TextInput(attrs={"dir": "ltr", "autocapitalize": "characters", "autocomplete": "off"}),
        error_messages={"invalid": _("Use the capital letters, digits and dashes on your card.")},
    )
    seller_type = forms.ChoiceField(
        label=_("You are"),
        choices=Artisan.SellerType.choices,
        initial=Artisan.SellerType.ARTISAN,
        widget=forms.RadioSelect,
    )
    name_ar = BilingualTextField(label=_("Your name in Arabic"), max_length=150)
    name_en = BilingualTextField(label=_("Your name in English"), max_length=150)
    governorate = forms.ModelChoiceField(label=_("Governorate"), queryset=Governorate.objects.all())
    wilayat = forms.ModelChoiceField(label=_("Wilayat"), queryset=Wilayat.objects.select_related("governorate"))
    crafts = forms.ModelMultipleChoiceField(
        label=_("Your crafts"), queryset=crafts(), required=False, widget=forms.CheckboxSelectMultiple
    )
    phone = forms.RegexField(
        label=_("Phone"),
        regex=r"^\+?[0-9 ]{7,18}$",
        max_length=20,
        help_text=_("The authority may call you to check."),
        error_messages={"invalid": _("Write the phone number with digits only, for example 9123 4567.")},
        widget=forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "tel", "dir": "ltr"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["governorate"].label_from_instance = lambda g: str(g.name)
        self.fields["wilayat"].label_from_instance = lambda w: f"{w.name} ({w.governorate.name})"
        self.fields["crafts"].label_from_instance = lambda craft: str(craft.localized_name)

    def clean_registry_number(self):
        return self.cleaned_data["registry_number"].strip().upper()

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("name_ar") or cleaned.get("name_en")) and not self.has_error("name_ar"):
            self.add_error("name_ar", _("Write your name in Arabic or in English."))
        governorate, wilayat = cleaned.get("governorate"), cleaned.get("wilayat")
        if governorate and wilayat and wilayat.governorate_id != governorate.pk:
            self.add_error("wilayat", _("Choose a wilayat of the governorate you chose."))
        return cleaned


class JoinAccountForm(RegistrationForm):
    """The account, for someone who has none yet (Oscar's registration form, without telling whether the address
    has an account already)."""


class DecisionForm(forms.Form):
    """The authority's decision: approve, or reject with a reason the applicant reads in their language."""

    decision = forms.ChoiceField(
        label=_("Decision"), choices=[("approve", _("Approve")), ("reject", _("Reject"))], widget=forms.RadioSelect
    )
    reason = forms.ChoiceField(label=_("Reason"), required=False)
    note_ar = BilingualTextField(label=_("Note in Arabic"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))
    note_en = BilingualTextField(label=_("Note in English"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, reasons, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].choices = [("", "—"), *reasons]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == "reject":
            if not cleaned.get("reason"):
                self.add_error("reason", _("Choose a reason."))
            elif cleaned["reason"] == "other" and not (cleaned.get("note_ar") or cleaned.get("note_en")):
                self.add_error("note_ar", _("Explain the reason in a note."))
        return cleaned


class RegistryCallForm(SingleLineFieldsMixin, forms.Form):
    """The authority's call to the phone number in the registry about a request to join: who called, when, the
    number, what the artisan said."""

    number = forms.RegexField(
        label=_("Number called"),
        regex=r"^\+?[0-9 ]{7,18}$",
        max_length=20,
        help_text=_("The number in the registry, never the one in the request."),
        error_messages={"invalid": _("Write the phone number with digits only, for example 9123 4567.")},
        widget=forms.TextInput(attrs={"inputmode": "tel", "dir": "ltr", "autocomplete": "off"}),
    )
    made_by = BilingualTextField(label=_("Who called"), max_length=150, required=True)
    made_at = forms.DateTimeField(
        label=_("When"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    outcome = forms.ChoiceField(
        label=_("What the call showed"), choices=SellerApplication.CallOutcome.choices, widget=forms.RadioSelect
    )
    note = BilingualTextField(label=_("Note"), max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))

    def clean_made_by(self):
        value = self.cleaned_data["made_by"]
        if any(unicodedata.category(char) == "Cc" for char in value):
            raise ValidationError(_("This text contains characters that cannot be shown. Remove them and try again."))
        return value
