"""The site's Wagtail images: alternative text in Arabic and in English, both required, and renditions loaded with
the images that show them.

`HirfaImage` replaces Wagtail's `Image` (`WAGTAILIMAGES_IMAGE_MODEL`); permissions stay on `wagtailimages.Image`,
as Wagtail keeps them for any image model, so the editorial roles of `cms.workflow` need nothing new.

An image's alt text says what it shows for readers who cannot see it; a block may override it for one page, where
the same photo illustrates something else. Pages show images through `{% responsive_image %}`
(`cms.templatetags.cms_images`), which asks for all sizes and formats of an image at once; the chooser block
below loads the stream's images with all their renditions, so a story with thirty photos runs the same queries
as one with three.
"""

from __future__ import annotations

import copy

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.search import index

from marketplace.bilingual import LocalizedText, active_language, localized_text
from marketplace.forms import refuse_line_breaks_and_bidi_controls

ALT_TEXT_HELP = _(
    "What the image shows, for readers who cannot see it (screen readers read it aloud; it is shown when the "
    "image does not load). Describe the piece, the craft or the scene, not the file."
)


class HirfaImage(AbstractImage):
    alt_en = models.CharField(
        _("alternative text (English)"),
        max_length=250,
        help_text=ALT_TEXT_HELP,
        validators=[refuse_line_breaks_and_bidi_controls],
    )
    alt_ar = models.CharField(
        _("alternative text (Arabic)"),
        max_length=250,
        help_text=ALT_TEXT_HELP,
        validators=[refuse_line_breaks_and_bidi_controls],
    )

    admin_form_fields = Image.admin_form_fields + ("alt_en", "alt_ar")
    search_fields = [*AbstractImage.search_fields, index.SearchField("alt_en"), index.SearchField("alt_ar")]

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def localized_alt(self, language: str | None = None) -> LocalizedText:
        """The alt text in `language` (the active one by default), else in the other language."""
        return localized_text(ar=self.alt_ar, en=self.alt_en, language=language or active_language())

    @property
    def default_alt_text(self) -> str:
        # Wagtail's `{% image %}` tag and rich-text embeds read this; Wagtail's default is the description or title.
        return str(self.localized_alt()) or self.title


class HirfaRendition(AbstractRendition):
    image = models.ForeignKey(HirfaImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class ImageWithRenditionsChooserBlock(ImageChooserBlock):
    """Wagtail's image chooser, loading the chosen images of a whole stream with all their renditions: two
    queries for every image of one block type, however many there are, instead of one per rendition asked for."""

    def bulk_to_python(self, values):
        images = self.model_class.objects.prefetch_renditions().in_bulk(values)
        seen = set()
        result = []
        for pk in values:
            image = images.get(pk)
            if image is not None and pk in seen:
                image = copy.copy(image)  # each use of an image is its own object, as in Wagtail's chooser
            seen.add(pk)
            result.append(image)
        return result


class ImageBlockValue(blocks.StructValue):
    """An image block's value, able to say which alt text to show: the block's own, else the image's."""

    @property
    def alt_text(self) -> LocalizedText | str:
        override = (self.get("alt") or "").strip()
        if override:
            return override
        image = self.get("image")
        return image.localized_alt() if image is not None else ""
