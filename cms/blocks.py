"""StreamField blocks of the content pages.

Blocks that show a product or an artisan store only its id, never a copy of its title, price or stock: the page's
`get_context()` loads every referenced product (and artisan) of the stream in one go through `cms.selectors` and
hands the blocks a dict keyed by id (`cms_products`, `cms_artisans`), so a story with thirty embedded pieces runs
the same queries as one with three, and shows today's price and stock. An id whose product was deleted or
withdrawn is simply missing from the dict and the block says so (or shows nothing, as the editor chose).

Editors pick them with the admin choosers of `cms.choosers`. A chooser block stores the id (an integer, as before)
and hands the block the model instance (one query per block type of a stream, however many blocks), or None once
the row is deleted. The block still shows only what the page loaded, so a withdrawn product, which the chooser
block still finds, is shown as no longer available rather than as if it were for sale.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from cms.choosers import artisan_chooser_viewset, product_chooser_viewset
from cms.images import ImageBlockValue, ImageWithRenditionsChooserBlock
from cms.stream_context import ARTISANS_CONTEXT_KEY, PRODUCTS_CONTEXT_KEY, WhenUnavailable


class ModelIdBlock(blocks.FieldBlock):
    """The id of a row of another app's model, checked when the editor saves. Stored as a plain integer so that
    reading a stream never queries, and a row deleted later leaves a harmless dangling id. The product and artisan
    blocks now use the choosers below (which store the same integer); this stays because migration 0003 names it."""

    def __init__(self, model_label: str, required=True, help_text=None, **kwargs):
        self.model_label = model_label
        self.field_options = {"required": required, "help_text": help_text, "min_value": 1}
        super().__init__(**kwargs)

    @cached_property
    def field(self):
        return forms.IntegerField(**self.field_options)

    @cached_property
    def model(self):
        from django.apps import apps

        return apps.get_model(self.model_label)

    def clean(self, value):
        value = super().clean(value)
        if value and not self.model._default_manager.filter(pk=value).exists():
            raise ValidationError(
                _("There is no %(thing)s with this number.") % {"thing": self.model._meta.verbose_name}
            )
        return value

    def to_python(self, value):
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    def get_prep_value(self, value):
        return self.to_python(value)


# Named and placed here so that migrations can import them (a chooser's block class is made by its viewset).
ProductChooserBlock = product_chooser_viewset.get_block_class(name="ProductChooserBlock", module_path="cms.blocks")
ArtisanChooserBlock = artisan_chooser_viewset.get_block_class(name="ArtisanChooserBlock", module_path="cms.blocks")


class ProductBlock(blocks.StructBlock):
    """A piece from the catalogue, shown as its live product card."""

    product = ProductChooserBlock(
        label=_("product"),
        help_text=_("Search the catalogue by title in Arabic or English, SKU or artisan."),
    )
    when_unavailable = blocks.ChoiceBlock(
        choices=WhenUnavailable.CHOICES,
        default=WhenUnavailable.MARK,
        label=_("when the piece is no longer for sale"),
    )

    class Meta:
        icon = "tag"
        label = _("Embedded product")
        template = "cms/blocks/product_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["product"] = _lookup(parent_context, PRODUCTS_CONTEXT_KEY, value["product"], "product")
        context["hide_when_unavailable"] = value["when_unavailable"] == WhenUnavailable.HIDE
        return context


class ArtisanBlock(blocks.StructBlock):
    """An artisan of the registry, shown as their artisan card."""

    artisan = ArtisanChooserBlock(
        label=_("artisan"),
        help_text=_("Search the registry by name in Arabic or English, or by registry number."),
    )

    class Meta:
        icon = "user"
        label = _("Embedded artisan")
        template = "cms/blocks/artisan_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["artisan"] = _lookup(parent_context, ARTISANS_CONTEXT_KEY, value["artisan"], "artisan")
        return context


def _lookup(parent_context, key: str, chosen, kind: str):
    """The object the page loaded for the chosen one (a model instance, or an id): None when it is not for show any
    more (withdrawn, its artisan no longer verified) or was deleted (the chooser block then gives None). Loaded
    alone when a block is rendered outside such a page."""
    pk = getattr(chosen, "pk", chosen)
    if not pk:
        return None
    loaded = (parent_context or {}).get(key)
    if loaded is None:
        from cms import selectors

        loaded = selectors.products_by_id([pk]) if kind == "product" else selectors.artisans_by_id([pk])
    return loaded.get(pk)


class ImageWithCaptionBlock(blocks.StructBlock):
    """An image across the text column. Its alt text is the image's own, in the page's language, unless the
    editor says what the image shows on this page."""

    image = ImageWithRenditionsChooserBlock(label=_("image"))
    alt = blocks.CharBlock(
        label=_("alternative text on this page"),
        required=False,
        max_length=250,
        help_text=_("Leave blank to use the image's own alternative text in this page's language."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "cms/blocks/image_block.html"
        value_class = ImageBlockValue


class GalleryImageBlock(blocks.StructBlock):
    """One image of a gallery, cropped around its focal point; alt text as in `ImageWithCaptionBlock`."""

    image = ImageWithRenditionsChooserBlock(label=_("image"))
    alt = blocks.CharBlock(
        label=_("alternative text on this page"),
        required=False,
        max_length=250,
        help_text=_("Leave blank to use the image's own alternative text in this page's language."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Gallery image")
        value_class = ImageBlockValue


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quotation"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "cms/blocks/quote_block.html"


class StoryBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"), features=["h2", "h3", "bold", "italic", "ol", "ul", "link"], icon="pilcrow"
    )
    image = ImageWithCaptionBlock()
    quote = QuoteBlock()
    gallery = blocks.ListBlock(
        GalleryImageBlock(), label=_("Gallery"), icon="image", template="cms/blocks/gallery_block.html"
    )
    product = ProductBlock()
    artisan = ArtisanBlock()

    class Meta:
        label = _("body")
