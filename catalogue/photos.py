"""Product photo sizes. Every size a page shows is named here. When a photo is added, the worker makes its
thumbnails in all of them (`warm_thumbnails_later`, the `warm_product_thumbnails` task below), so a
buyer's page usually only reads files. Until the worker has run, a page still shows the photo: sorl makes the one
thumbnail that page asks for, on demand, the first time it is asked for."""

from django_tasks import task
from oscar.core.loading import get_model
from oscar.core.thumbnails import get_thumbnailer

THUMBNAIL_PRESETS = {
    "card": {"size": "480x480", "crop": "center", "upscale": False},
    "detail": {"size": "900x900", "upscale": False},
}
# WebP copies of the card and detail sizes, in the widths a page offers in `srcset`: a phone picks the one its screen
# needs, and WebP weighs about a third less than JPEG at the same quality (issue 19). The JPEG above stays the
# fallback in <picture>, and the size of link previews and search documents.
WEBP_WIDTHS = {"card": (240, 480), "detail": (480, 900)}
THUMBNAIL_PRESETS.update(
    {
        f"{preset}-webp-{width}": {**THUMBNAIL_PRESETS[preset], "size": f"{width}x{width}", "format": "WEBP"}
        for preset, widths in WEBP_WIDTHS.items()
        for width in widths
    }
)


def thumbnail(source, preset: str):
    """The thumbnail of `source` (an image field file) for one of the named presets."""
    return get_thumbnailer().generate_thumbnail(source, **dict(THUMBNAIL_PRESETS[preset]))


def thumbnail_for_request(request, source, preset: str):
    """`thumbnail`, looked up once per request, photo and size: a product page asks for its first photo at detail
    size for the gallery, the link preview and the structured data, and each lookup reads the thumbnail store."""
    if request is None:
        return thumbnail(source, preset)
    looked_up = request.__dict__.setdefault("_hirfa_thumbnails", {})
    key = (source.name, preset)
    if key not in looked_up:
        looked_up[key] = thumbnail(source, preset)
    return looked_up[key]


def webp_srcset_for_request(request, source, preset: str) -> str:
    """The `srcset` of a photo's WebP copies for a size ("card", "detail"): "url 240w, url 480w". A photo smaller than
    the widest copy gives copies of the same width (nothing is enlarged); each width is offered once."""
    candidates = {}
    for width in WEBP_WIDTHS[preset]:
        webp = thumbnail_for_request(request, source, f"{preset}-webp-{width}")
        candidates.setdefault(webp.width, webp.url)
    return ", ".join(f"{url} {width}w" for width, url in candidates.items())


def warm_thumbnails(source) -> None:
    for preset in THUMBNAIL_PRESETS:
        thumbnail(source, preset)


def warm_thumbnails_later(image) -> None:
    """Have the worker make the thumbnails of `image` (a saved ProductImage), in the caller's transaction."""
    warm_product_thumbnails.enqueue(image_id=image.pk)


@task
def warm_product_thumbnails(*, image_id: int) -> None:
    image = get_model("catalogue", "ProductImage").objects.filter(pk=image_id).first()
    if image is None:
        return  # the photo was removed before the worker came to it: nothing to make
    warm_thumbnails(image.original)
