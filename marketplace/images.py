"""Image uploads, made safe: only real JPEG, PNG, WebP or HEIC/HEIF files within size and pixel limits are
accepted, and what is stored is a fresh JPEG re-encoded from the pixels, upright, bounded in size, in sRGB and
free of all metadata (a phone photo carries the place it was taken).

Every image a user uploads goes through `sanitized_upload()`; forms call `validate_image_upload()` so that
the user sees why a file was refused, in their language.
"""

from __future__ import annotations

import warnings
from io import BytesIO
from pathlib import PurePath

import pillow_heif
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

# iPhones take HEIC photos. The opener reads the container's header only; pixels are decoded on `load()`.
pillow_heif.register_heif_opener()

# Pillow's `image.format` -> the file name extensions that may carry it.
ACCEPTED_FORMATS = {
    "JPEG": {".jpg", ".jpeg"},
    "PNG": {".png"},
    "WEBP": {".webp"},
    "HEIF": {".heic", ".heif"},
}
ACCEPTED_EXTENSIONS = sorted({ext for exts in ACCEPTED_FORMATS.values() for ext in exts})
# For `<input type="file" accept="...">`: MIME types for browsers that go by type, extensions for the others.
ACCEPT_ATTRIBUTE = "image/jpeg,image/png,image/webp,image/heic,image/heif,.jpg,.jpeg,.png,.webp,.heic,.heif"
# The names people know the formats by (an iPhone calls its HEIF photos HEIC).
FORMAT_NAMES = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP", "HEIF": "HEIC"}
JPEG_QUALITY = 85
MAX_SIDE_PIXELS = 20_000

# HEIF still-image brands (the `ftyp` box), as pillow-heif recognises them.
_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs", b"mif1", b"msf1"}
# ISO media brands of videos: a phone sends its Live Photo or clip in the same kind of container as HEIC.
_VIDEO_BRANDS = {b"isom", b"iso2", b"iso4", b"iso5", b"iso6", b"mp41", b"mp42", b"qt  ", b"M4V ", b"avc1", b"dash"}
_SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


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


def _corrupt() -> ValidationError:
    return ValidationError(_("This photo is damaged or incomplete. Take or send it again."), code="corrupt")


def _what_else_it_is(data: bytes) -> str | None:
    """What a file that is certainly not a photo is, told by its first bytes; None when it may be a photo."""
    if data.startswith(b"%PDF"):
        # Translators: completes "This file is %(kind)s, not a photo."
        return _("a PDF document")
    if data[:4] in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):
        # Translators: completes "This file is %(kind)s, not a photo." (.docx, .xlsx and .pptx files are ZIPs)
        return _("a ZIP archive or an Office document")
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        # Translators: completes "This file is %(kind)s, not a photo." (old .doc, .xls and .ppt files)
        return _("a Word, Excel or PowerPoint document")
    if (data[4:8] == b"ftyp" and data[8:12] in _VIDEO_BRANDS) or data.startswith(b"\x1a\x45\xdf\xa3"):
        # Translators: completes "This file is %(kind)s, not a photo."
        return _("a video")
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<"):
        if b"<svg" in head:
            # Translators: completes "This file is %(kind)s, not a photo."
            return _("an SVG drawing")
        if head.startswith(b"<!doctype html") or b"<html" in head:
            # Translators: completes "This file is %(kind)s, not a photo."
            return _("a web page")
        # Translators: completes "This file is %(kind)s, not a photo."
        return _("an XML document")
    return None


def _looks_like_an_accepted_format(data: bytes) -> bool:
    return (
        data.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n"))
        or (data[:4] == b"RIFF" and data[8:12] == b"WEBP")
        or (data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS)
    )


def _open_checked(data: bytes, filename: str) -> Image.Image:
    """Open and fully decode the image, refusing anything that is not what it claims to be."""
    kind = _what_else_it_is(data)
    if kind:
        raise ValidationError(
            _("This file is %(kind)s, not a photo. Send a JPEG, PNG, WebP or HEIC photo.") % {"kind": kind},
            code="not_a_photo",
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_many_pixels() from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, RuntimeError, EOFError):
        if _looks_like_an_accepted_format(data):
            raise _corrupt() from None
        raise ValidationError(
            _("This file is not a photo we can read. Send a JPEG, PNG, WebP or HEIC photo."), code="not_an_image"
        ) from None
    format_name = FORMAT_NAMES.get(image.format, image.format or "?")
    if image.format not in ACCEPTED_FORMATS:
        raise ValidationError(
            _("Photos must be JPEG, PNG, WebP or HEIC; this file is %(format)s.") % {"format": format_name},
            code="unsupported_format",
        )
    extension = PurePath(filename or "").suffix.lower()
    if extension not in ACCEPTED_FORMATS[image.format]:
        raise ValidationError(
            _("The file's name says “%(extension)s” but its content is %(format)s. Send the original photo.")
            % {"extension": extension or _("no type"), "format": format_name},
            code="name_mismatch",
        )
    # `size` comes from the header (for HEIF, the container's `ispe`/`clap` boxes): nothing is decoded yet.
    width, height = image.size
    if width * height > settings.UPLOAD_IMAGE_MAX_PIXELS or width > MAX_SIDE_PIXELS or height > MAX_SIDE_PIXELS:
        raise _too_many_pixels()
    try:
        image.load()
    except (OSError, SyntaxError, ValueError, RuntimeError, EOFError, Image.DecompressionBombError):
        raise _corrupt() from None  # libheif also refuses pixels that do not match the size in the header
    return image


def validate_image_upload(upload) -> None:
    """Form-field validator: raises a ValidationError that tells the user what is wrong with the file."""
    _open_checked(_read_bounded(upload), getattr(upload, "name", ""))


def _in_srgb(image: Image.Image) -> Image.Image:
    """The pixels converted to sRGB when the image carries a colour profile (an iPhone photo is in Display P3):
    the profile is dropped with the other metadata, so the colours must not depend on it."""
    icc = image.info.get("icc_profile")
    if not icc or image.mode not in ("RGB", "RGBA", "CMYK", "L"):
        return image
    try:
        profile = ImageCms.ImageCmsProfile(BytesIO(icc))
        return ImageCms.profileToProfile(image, profile, _SRGB, outputMode="RGBA" if image.mode == "RGBA" else "RGB")
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return image  # an unusable profile: keep the pixels as they are


def sanitized_image_bytes(data: bytes, filename: str) -> bytes:
    """A clean JPEG from uploaded bytes: upright (EXIF orientation applied), at most UPLOAD_IMAGE_MAX_SIDE pixels
    on its longest side, in sRGB, RGB on white where it was transparent, with no metadata at all."""
    # Only the frame that was checked and decoded is used: the first of an animation, the primary image of a HEIF
    # (which need not be its first; seeking to another would decode an image whose size was never checked).
    image = _open_checked(data, filename)
    image = ImageOps.exif_transpose(image)
    image = _in_srgb(image)
    if image.mode in ("RGBA", "LA", "P", "PA"):
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
