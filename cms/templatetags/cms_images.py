"""`{% responsive_image image "width-1000" alt=... sizes=... %}`: an image as a `<picture>` with WebP sources and
a JPEG `<img>` for browsers without WebP, each in several widths so that a phone does not download a desktop's
photo.

The spec is `width-N` (the image scaled, never cropped) or `fill-WxH[-cNN]` (cropped to W:H around the image's
focal point). N (or W) is the width the image is laid out at: the `<img>`'s `src`, `width` and `height`, and the
default `sizes`. The srcset adds the widths in `widths` (480, 800 and 1200 pixels unless told), so screens of
twice the density get a sharper copy. No width is larger than the original: a small photo is served at its own
size, never blown up.

Every rendition of an image is asked for in one `get_renditions()` call: none of them costs a query when the
image was loaded with its renditions (as `cms.images.ImageWithRenditionsChooserBlock` does), and at most one
otherwise; only renditions made for the first time cost two more (looking for a concurrent copy, then one insert).
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django import template
from django.forms.utils import flatatt
from django.utils.html import format_html
from wagtail.images.models import SourceImageIOError

from marketplace.bilingual import LocalizedText

register = template.Library()
logger = logging.getLogger(__name__)

DEFAULT_WIDTHS = (480, 800, 1200)
WIDTH_SPEC = re.compile(r"^width-(?P<width>\d+)$")
FILL_SPEC = re.compile(r"^fill-(?P<width>\d+)x(?P<height>\d+)(?P<closeness>-c\d+)?$")


@dataclass(frozen=True)
class ResizeRule:
    """How a spec resizes an image: the width it lays the image out at, the widest it may go without upscaling,
    and the Wagtail filter spec (without a format) that makes a copy of a given width."""

    layout_width: int
    max_width: int
    spec_for_width: Callable[[int], str]

    def widths(self, srcset_widths: Iterable[int]) -> list[int]:
        return sorted({min(width, self.max_width) for width in (*srcset_widths, self.layout_width)})


def resize_rule(image, spec: str) -> ResizeRule:
    if match := WIDTH_SPEC.match(spec):
        width = int(match["width"])
        return ResizeRule(min(width, image.width), image.width, lambda w: f"width-{w}")
    if match := FILL_SPEC.match(spec):
        width, height, closeness = int(match["width"]), int(match["height"]), match["closeness"] or ""
        # The widest crop of the W:H shape that the original holds without being enlarged.
        max_width = max(1, math.floor(min(image.width, image.height * width / height)))
        return ResizeRule(
            min(width, max_width),
            max_width,
            lambda w: f"fill-{w}x{max(1, round(w * height / width))}{closeness}",
        )
    raise template.TemplateSyntaxError(f"responsive_image takes a 'width-N' or 'fill-WxH[-cNN]' spec, not {spec!r}")


def _parse_widths(widths) -> tuple[int, ...]:
    if widths is None:
        return DEFAULT_WIDTHS
    if isinstance(widths, str):
        return tuple(int(width) for width in widths.split(",") if width.strip())
    return tuple(int(width) for width in widths)


def _srcset(renditions) -> str:
    described = {}  # by the width Wagtail really made, in case two asked-for widths came out the same
    for rendition in renditions:
        described.setdefault(rendition.width, f"{rendition.url} {rendition.width}w")
    return ", ".join(described[width] for width in sorted(described))


def rendition_specs(image, spec: str, widths=None) -> tuple[ResizeRule, dict[int, str], dict[int, str]]:
    """The WebP and JPEG filter specs, by width, that `responsive_image` shows for this image and spec."""
    rule = resize_rule(image, spec)
    widths_to_make = rule.widths(_parse_widths(widths))
    webp_specs = {width: f"{rule.spec_for_width(width)}|format-webp" for width in widths_to_make}
    jpeg_specs = {width: f"{rule.spec_for_width(width)}|format-jpeg" for width in widths_to_make}
    return rule, webp_specs, jpeg_specs


# The specs the content blocks' templates use (cms/blocks/image_block.html, gallery_block.html) and the cover images
# (hirfa/partials/cms_cover.html at the top of a page, cms_page_card.html on its card), at the default widths they
# ask for: the worker makes their renditions when an image is saved (cms.tasks), so that a reader's GET seldom has
# to write one.
BLOCK_IMAGE_SPECS = ("width-1000", "fill-480x360", "fill-1000x420", "fill-480x300")


def prepare_block_renditions(image) -> None:
    specs = []
    for spec in BLOCK_IMAGE_SPECS:
        _rule, webp_specs, jpeg_specs = rendition_specs(image, spec)
        specs += [*webp_specs.values(), *jpeg_specs.values()]
    try:
        image.get_renditions(*specs)
    except SourceImageIOError:
        logger.warning("The original file of image %s is missing; no renditions were made.", image.pk)


@register.simple_tag
def responsive_image(
    image, spec: str, *, alt=None, sizes: str | None = None, widths=None, css_class: str = "", loading: str = "lazy"
):
    """`alt`: the text to show (a `LocalizedText` in the other language is marked with its `lang`); the image's
    own alt in the active language when not given. `loading="eager"` for an image at the top of the page."""
    if image is None:
        return ""
    rule, webp_specs, jpeg_specs = rendition_specs(image, spec, widths)
    try:
        renditions = image.get_renditions(*webp_specs.values(), *jpeg_specs.values())
    except SourceImageIOError:
        # A missing original must not break the whole page; the image is left out and the error logged.
        logger.warning("The original file of image %s is missing; it is left out of the page.", image.pk)
        return ""

    fallback = renditions[jpeg_specs[rule.layout_width]]
    if alt is None:
        alt = image.localized_alt()
    img_attrs = {
        "src": fallback.url,
        "srcset": _srcset(renditions[jpeg_spec] for jpeg_spec in jpeg_specs.values()),
        "sizes": sizes or f"(min-width: {fallback.width}px) {fallback.width}px, 100vw",
        "width": fallback.width,
        "height": fallback.height,
        "alt": str(alt),
        "loading": loading,
        "decoding": "async",
    }
    if isinstance(alt, LocalizedText) and alt.is_fallback:
        img_attrs["lang"] = alt.language  # read aloud in the language it is written in
    if css_class:
        img_attrs["class"] = css_class
    return format_html(
        '<picture><source type="image/webp" srcset="{}" sizes="{}"><img{}></picture>',
        _srcset(renditions[webp_spec] for webp_spec in webp_specs.values()),
        img_attrs["sizes"],
        flatatt(img_attrs),
    )
