"""StreamField blocks of the content pages.

Blocks that show a product or an artisan store only its id, never a copy of its title, price or stock: the page's
`get_context()` loads every referenced product (and artisan) of the stream in one go through `cms.selectors` and
hands the blocks a dict keyed by id (`cms_products`, `cms_artisans`), so a story with thirty embedded pieces runs
the same queries as one with three, and shows today's price and stock. An id whose product was deleted or
withdrawn is simply missing from the dict and the block says so (or shows nothing, as the editor chose).
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

PRODUCTS_CONTEXT_KEY = "cms_products"
ARTISANS_CONTEXT_KEY = "cms_artisans"


class WhenUnavailable:
    """What to do with a piece that is no longer for sale (deleted, withdrawn or, in collections, sold out)."""

    MARK = "mark"
    HIDE = "hide"
    CHOICES = [(MARK, _("Show it, marked as no longer available")), (HIDE, _("Hide it"))]


class ModelIdBlock(blocks.FieldBlock):
    """The id of a row of another app's model, checked when the editor saves. Stored as a plain integer so that
    reading a stream never queries, and a row deleted later leaves a harmless dangling id; an admin chooser
    widget can replace the number field without changing what is stored."""

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


class ProductBlock(blocks.StructBlock):
    """A piece from the catalogue, shown as its live product card."""

    product = ModelIdBlock(
        "catalogue.Product", label=_("product number"), help_text=_("The id of the product in the catalogue.")
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

    artisan = ModelIdBlock(
        "artisans.Artisan", label=_("artisan number"), help_text=_("The id of the artisan in the registry.")
    )

    class Meta:
        icon = "user"
        label = _("Embedded artisan")
        template = "cms/blocks/artisan_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["artisan"] = _lookup(parent_context, ARTISANS_CONTEXT_KEY, value["artisan"], "artisan")
        return context


def _lookup(parent_context, key: str, pk, kind: str):
    """The object the page loaded for this id; loaded alone when a block is rendered outside such a page."""
    if not pk:
        return None
    loaded = (parent_context or {}).get(key)
    if loaded is None:
        from cms import selectors

        loaded = selectors.products_by_id([pk]) if kind == "product" else selectors.artisans_by_id([pk])
    return loaded.get(pk)


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt = blocks.CharBlock(
        label=_("alternative text"),
        max_length=250,
        help_text=_("What the image shows, for readers who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "cms/blocks/image_block.html"


class GalleryImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt = blocks.CharBlock(label=_("alternative text"), max_length=250)
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Gallery image")


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


def referenced_ids(stream, block_type: str, field: str) -> list[int]:
    """The ids stored by every block of one type in a stream, read from the raw data (no queries)."""
    ids = []
    for block in stream.raw_data:
        if block.get("type") == block_type:
            pk = (block.get("value") or {}).get(field)
            try:
                ids.append(int(pk))
            except (TypeError, ValueError):
                continue
    return ids
