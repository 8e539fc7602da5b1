"""Product photo sizes. Every size a page shows is named here, and thumbnails are made for all of them when a
photo is added (see `catalogue.services.product_add_photo`), so showing a page only reads files: no thumbnail is
generated, and nothing is written, while a buyer waits."""

from oscar.core.thumbnails import get_thumbnailer

THUMBNAIL_PRESETS = {
    "card": {"size": "480x480", "crop": "center", "upscale": False},
    "detail": {"size": "900x900", "upscale": False},
}


def thumbnail(source, preset: str):
    """The thumbnail of `source` (an image field file) for one of the named presets."""
    return get_thumbnailer().generate_thumbnail(source, **dict(THUMBNAIL_PRESETS[preset]))


def warm_thumbnails(source) -> None:
    for preset in THUMBNAIL_PRESETS:
        thumbnail(source, preset)
