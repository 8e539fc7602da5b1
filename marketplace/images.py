"""Image uploads, made safe: only real JPEG, PNG or WebP files within size and pixel limits are accepted, and
what is stored is a fresh JPEG re-encoded from the pixels, upright, bounded in size and free of all metadata
(a phone photo carries the place it was taken).

Every image a user uploads goes through `sanitized_upload()`; forms call `validate_image_upload()` so that
the user sees why a file was refused, in their language.
"""

from __future__ import annotations

import warnings
from io import BytesIO
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

ACCEPTED_FORMATS = {"JPEG": {".jpg", ".jpeg"}, "PNG": {".png"}, "WEBP": {".webp"}}
ACCEPTED_EXTENSIONS = sorted({ext for exts in ACCEPTED_FORMATS.values() for ext in exts})
JPEG_QUALITY = 85


def _read_bounded(upload) -> bytes:
    max_bytes = settings.UPLOAD_IMAGE_MAX_BYTES
    if getattr(upload, "size", None) and upload.size > max_bytes:
        raise ValidationError(
            _("This photo is %(size)s; the largest we accept is %(max)s. Send a smaller photo.")
            % {"size": filesizeformat(upload.size), "max": filesizeformat(max_bytes)},
            code="too_large",
        )
    upload.seek(0)
    data = upload.read(max_bytes + 1)
    upload.seek(0)
    if len(data) > max_bytes:
        raise ValidationError(
            _("This photo is larger than %(max)s. Send a smaller photo.") % {"max": filesizeformat(max_bytes)},
            code="too_large",
        )
    if not data:
        raise ValidationError(_("The file is empty."), code="empty")
    return data


def _too_many_pixels() -> ValidationError:
    # Checked from the header, before any pixel is decoded: a small file can claim billions of pixels.
    return ValidationError(
        _("This photo has too many pixels. Send a photo under %(megapixels)s megapixels.")
        % {"megapixels": settings.UPLOAD_IMAGE_MAX_PIXELS // 1_000_000},
        code="too_many_pixels",
    )


def _open_checked(data: bytes, filename: str) -> Image.Image:
    """Open and fully decode the image, refusing anything that is not what it claims to be."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_many_pixels() from None
    except (UnidentifiedImageError, OSError):
        raise ValidationError(
            _("This file is not a photo we can read. Send a JPEG, PNG or WebP photo."), code="not_an_image"
        ) from None
    if image.format not in ACCEPTED_FORMATS:
        raise ValidationError(
            _("Photos must be JPEG, PNG or WebP; this file is %(format)s.") % {"format": image.format or "?"},
            code="unsupported_format",
        )
    extension = PurePath(filename or "").suffix.lower()
    if extension not in ACCEPTED_FORMATS[image.format]:
        raise ValidationError(
            _("The file's name says “%(extension)s” but its content is %(format)s. Send the original photo.")
            % {"extension": extension or _("no type"), "format": image.format},
            code="name_mismatch",
        )
    width, height = image.size
    if width * height > settings.UPLOAD_IMAGE_MAX_PIXELS or width > 20_000 or height > 20_000:
        raise _too_many_pixels()
    try:
        image.load()
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise ValidationError(
            _("This photo is damaged or incomplete. Take or send it again."), code="corrupt"
        ) from None
    return image


def validate_image_upload(upload) -> None:
    """Form-field validator: raises a ValidationError that tells the user what is wrong with the file."""
    _open_checked(_read_bounded(upload), getattr(upload, "name", ""))


def sanitized_image_bytes(data: bytes, filename: str) -> bytes:
    """A clean JPEG from uploaded bytes: upright (EXIF orientation applied), at most UPLOAD_IMAGE_MAX_SIDE pixels
    on its longest side, RGB on white where it was transparent, with no metadata at all."""
    image = _open_checked(data, filename)
    if getattr(image, "n_frames", 1) > 1:
        image.seek(0)
    image = ImageOps.exif_transpose(image)
    if image.mode in ("RGBA", "LA", "P"):
        image = image.convert("RGBA")
        background = Image.new("RGB", image.size, (255, 255, 255))
        background.paste(image, mask=image.getchannel("A"))
        image = background
    elif image.mode != "RGB":
        image = image.convert("RGB")
    max_side = settings.UPLOAD_IMAGE_MAX_SIDE
    image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    # A new image carries over no info dict, so no EXIF, XMP, ICC or comments reach the saved file.
    clean = Image.new("RGB", image.size)
    clean.paste(image)
    out = BytesIO()
    clean.save(out, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    return out.getvalue()


def sanitized_upload(upload) -> ContentFile:
    """The uploaded file as a clean JPEG ready to save into an ImageField."""
    data = _read_bounded(upload)
    stem = PurePath(getattr(upload, "name", "") or "photo").stem[:60] or "photo"
    return ContentFile(sanitized_image_bytes(data, getattr(upload, "name", "")), name=f"{stem}.jpg")
