"""Real image files (and things that pretend to be), built with Pillow and pillow-heif, as uploads for the tests.

Each builder returns a fresh `SimpleUploadedFile`. The photos carry what a phone puts in them: the camera, the
place it was taken (Nizwa), an XMP packet and a colour profile, so that tests can check none of it is kept.
"""

from __future__ import annotations

import struct
import zlib
from functools import cache
from io import BytesIO

import pillow_heif
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image, ImageCms

pillow_heif.register_heif_opener()

# Nizwa, 22.93 N 57.53 E, as EXIF writes it: degrees, minutes, seconds.
NIZWA_LATITUDE = (22.0, 55.0, 48.0)
NIZWA_LONGITUDE = (57.0, 31.0, 48.0)
CAMERA_MAKE = "Apple"
CAMERA_MODEL = "iPhone 15"
XMP_WITH_GPS = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="22,55.8N"'
    b' exif:GPSLongitude="57,31.8E"/></rdf:RDF></x:xmpmeta>'
)
RED = (255, 0, 0)
BLUE = (0, 0, 255)


def _upload(name: str, data: bytes, content_type: str) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type=content_type)


def _photo(size=(160, 120)) -> Image.Image:
    """Something like a photo: colours that change across the picture (compresses like one, too)."""
    width, height = size
    red = Image.linear_gradient("L").resize(size)
    green = Image.radial_gradient("L").resize(size)
    blue = Image.linear_gradient("L").rotate(90).resize((width, height))
    return Image.merge("RGB", (red, green, blue))


def exif_with_gps(orientation: int | None = None) -> Image.Exif:
    """EXIF as a phone writes it: camera make and model, the time, and a GPS IFD placing the photo in Nizwa."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = CAMERA_MAKE
    exif[ExifTags.Base.Model] = CAMERA_MODEL
    exif[ExifTags.Base.DateTime] = "2025:11:18 09:30:00"
    if orientation is not None:
        exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.IFD.GPSInfo] = {
        ExifTags.GPS.GPSLatitudeRef: "N",
        ExifTags.GPS.GPSLatitude: NIZWA_LATITUDE,
        ExifTags.GPS.GPSLongitudeRef: "E",
        ExifTags.GPS.GPSLongitude: NIZWA_LONGITUDE,
    }
    return exif


def srgb_icc_profile() -> bytes:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def _encoded(image: Image.Image, image_format: str, **options) -> bytes:
    buffer = BytesIO()
    image.save(buffer, format=image_format, **options)
    return buffer.getvalue()


def _with_phone_metadata(image: Image.Image, image_format: str) -> bytes:
    return _encoded(
        image,
        image_format,
        exif=exif_with_gps().tobytes(),
        xmp=XMP_WITH_GPS,
        icc_profile=srgb_icc_profile(),
        quality=90,
    )


def heic_with_gps(name: str = "IMG_0001.HEIC") -> SimpleUploadedFile:
    """A real HEIC (HEVC in a HEIF container), as an iPhone takes it: EXIF with camera and GPS, XMP, ICC."""
    return _upload(name, _with_phone_metadata(_photo(), "HEIF"), "image/heic")


def jpeg_with_gps(name: str = "photo.jpg") -> SimpleUploadedFile:
    """A JPEG with EXIF (camera and GPS), XMP and an ICC profile."""
    return _upload(name, _with_phone_metadata(_photo(), "JPEG"), "image/jpeg")


def rotated_jpeg(name: str = "rotated.jpg") -> SimpleUploadedFile:
    """Stored landscape, 400x200, left half red and right half blue, with EXIF Orientation 6 ("rotate 90° clockwise
    to show"): upright it is a 200x400 portrait, red on top and blue below."""
    image = Image.new("RGB", (400, 200), BLUE)
    image.paste(RED, (0, 0, 200, 200))
    return _upload(name, _encoded(image, "JPEG", exif=exif_with_gps(orientation=6).tobytes(), quality=95), "image/jpeg")


def rotated_heic(name: str = "IMG_0002.HEIC") -> SimpleUploadedFile:
    """The same picture as `rotated_jpeg()` as a HEIC: pillow-heif stores the orientation as the container's
    rotation (`irot`), as an iPhone does; upright it is a 200x400 portrait, red on top and blue below."""
    image = Image.new("RGB", (400, 200), BLUE)
    image.paste(RED, (0, 0, 200, 200))
    return _upload(name, _encoded(image, "HEIF", exif=exif_with_gps(orientation=6).tobytes(), quality=95), "image/heic")


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


@cache
def _bomb_bytes(width: int, height: int) -> bytes:
    row = b"\x00" * (1 + (width + 7) // 8)  # filter type 0, then one bit per pixel
    compressor = zlib.compressobj(9)
    pixels = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit greyscale, not interlaced
    return b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header) + _png_chunk(b"IDAT", pixels) + _png_chunk(b"IEND", b"")


def decompression_bomb(name: str = "bomb.png", size: tuple[int, int] = (25_000, 25_000)) -> SimpleUploadedFile:
    """A complete, valid PNG of black pixels: under 100 kB on disk, `size` in memory (625 megapixels by default,
    over 2 GB once decoded to RGB)."""
    return _upload(name, _bomb_bytes(*size), "image/png")


def heic_claiming_size(name: str = "bomb.heic", size: tuple[int, int] = (7_000, 7_000)) -> SimpleUploadedFile:
    """A tiny 64x64 HEIC whose header (`ispe` box) claims `size`. Decoding it fails (the pixels do not match the
    header), so a refusal for too many pixels shows the size was checked before any decoding."""
    data = bytearray(_encoded(_photo((64, 64)), "HEIF"))
    position = data.find(b"ispe")
    assert position > 0, "pillow-heif wrote no ispe box"
    while position != -1:
        data[position + 8 : position + 16] = struct.pack(">II", *size)  # after the box's version and flags
        position = data.find(b"ispe", position + 4)
    return _upload(name, bytes(data), "image/heic")


def truncated_jpeg(name: str = "cut.jpg") -> SimpleUploadedFile:
    """A valid JPEG cut in half, as an interrupted transfer leaves it."""
    data = _encoded(_photo((320, 240)), "JPEG", quality=90)
    return _upload(name, data[: len(data) // 2], "image/jpeg")


def _minimal_pdf() -> bytes:
    content = b"BT /F1 24 Tf 72 720 Td (Hirfa) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    pdf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(pdf)


def pdf_renamed(name: str = "photo.jpg") -> SimpleUploadedFile:
    """A real one-page PDF, named like a photo (the browser then sends it as image/jpeg)."""
    return _upload(name, _minimal_pdf(), "image/jpeg")


def oversized_jpeg(name: str = "big.jpg", over_by: int = 1024 * 1024) -> SimpleUploadedFile:
    """A valid JPEG padded after its end marker to `over_by` bytes over settings.UPLOAD_IMAGE_MAX_BYTES."""
    data = _encoded(_photo(), "JPEG")
    return _upload(name, data + b"\x00" * (settings.UPLOAD_IMAGE_MAX_BYTES + over_by - len(data)), "image/jpeg")


def plain_jpeg(name: str = "plain.jpg", size: tuple[int, int] = (160, 120)) -> SimpleUploadedFile:
    return _upload(name, _encoded(_photo(size), "JPEG", quality=90), "image/jpeg")


def png_with_alpha(name: str = "logo.png", size: tuple[int, int] = (80, 40)) -> SimpleUploadedFile:
    """Red on the left half, fully transparent on the right."""
    image = Image.new("RGBA", size, (0, 0, 0, 0))
    image.paste((*RED, 255), (0, 0, size[0] // 2, size[1]))
    return _upload(name, _encoded(image, "PNG"), "image/png")


def webp(name: str = "photo.webp", size: tuple[int, int] = (160, 120)) -> SimpleUploadedFile:
    return _upload(name, _encoded(_photo(size), "WEBP", quality=90), "image/webp")
