"""Oscar's dashboard product forms, for craft pieces.

Overridden: `ProductForm` (the artisan, craft, Arabic title and description, materials, weight and design
deposit; the SKU in Oscar's UPC field is required), `StockRecordForm` (the price must be whole 10-baisa steps;
the seller account and seller SKU follow the product's artisan and SKU instead of being chosen by hand) and
`ProductImageForm` (uploads are checked and re-encoded without metadata, like every other upload).
Every other form is Oscar's.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from oscar.apps.dashboard.catalogue.forms import *  # noqa: F403
from oscar.apps.dashboard.catalogue.forms import ProductForm as OscarProductForm
from oscar.apps.dashboard.catalogue.forms import ProductImageForm as OscarProductImageForm
from oscar.apps.dashboard.catalogue.forms import StockRecordForm as OscarStockRecordForm

from artisans.models import Artisan
from catalogue.photos import warm_thumbnails_later
from marketplace.forms import PriceField, SingleLineFieldsMixin
from marketplace.images import sanitized_upload, validate_image_upload
from marketplace.money import CURRENCY, to_oscar_amount


class ProductForm(SingleLineFieldsMixin, OscarProductForm):
    artisan = forms.ModelChoiceField(
        label=_("Artisan (registry number)"),
        queryset=Artisan.objects.all(),
        to_field_name="registry_number",
        widget=forms.TextInput(attrs={"dir": "ltr", "autocomplete": "off"}),
        error_messages={"invalid_choice": _("There is no artisan with this registry number.")},
    )

    class Meta(OscarProductForm.Meta):
        fields = [
            "artisan",
            "craft",
            "upc",
            "title",
            "title_ar",
            "description",
            "description_ar",
            "materials",
            "weight_g",
            "design_deposit",
            "is_public",
            "is_discountable",
            "structure",
            "slug",
            "meta_title",
            "meta_description",
        ]
        widgets = {**OscarProductForm.Meta.widgets, "materials": forms.CheckboxSelectMultiple}
        labels = {"upc": _("SKU"), "title": _("Title in English"), "description": _("Description in English")}

    def __init__(self, product_class, *args, **kwargs):
        super().__init__(product_class, *args, **kwargs)
        if "upc" in self.fields:
            self.fields["upc"].required = True
            self.fields["upc"].help_text = _("The marketplace SKU, e.g. DAK-KHA-00001.")
        if "title" in self.fields:
            self.fields["title"].required = False
        if "artisan" in self.fields and self.instance.artisan_id:
            self.initial["artisan"] = self.instance.artisan.registry_number


class StockRecordForm(OscarStockRecordForm):
    price = PriceField(label=_("Price (OMR)"), help_text=_("In steps of 10 baisa, for example 12.340."))

    class Meta(OscarStockRecordForm.Meta):
        fields = ["price", "num_in_stock", "low_stock_threshold"]

    def clean_price(self):
        # OMR has 3 decimals, Oscar's price field 2: a 10-baisa step fits exactly (see marketplace.money).
        return to_oscar_amount(self.cleaned_data["price"])

    def save(self, commit: bool = True):
        # A craft piece is sold by the artisan who made it, under its own SKU: nothing to choose by hand.
        product = self.instance.product
        self.instance.partner = product.artisan.partner
        self.instance.partner_sku = product.upc or str(product.pk)
        self.instance.price_currency = CURRENCY
        return super().save(commit)


class ProductImageForm(SingleLineFieldsMixin, OscarProductImageForm):
    def clean_original(self):
        upload = self.cleaned_data.get("original")
        if upload is not None and hasattr(upload, "content_type"):  # a new upload, not the stored file
            validate_image_upload(upload)
            return sanitized_upload(upload)
        return upload

    def save(self, commit: bool = True):
        image = super().save(commit)
        if commit and image.original:
            warm_thumbnails_later(image)
        return image
