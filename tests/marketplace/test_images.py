"""Uploaded images are re-encoded from their pixels: a clean JPEG, upright, bounded, with no metadata."""

from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from PIL import Image

from marketplace.images import sanitized_image_bytes, validate_image_upload
from tests.factories import image_upload


def test_a_transparent_png_becomes_a_jpeg_on_white():
    buffer = BytesIO()
    Image.new("RGBA", (20, 10), (255, 0, 0, 0)).save(buffer, format="PNG")
    clean = Image.open(BytesIO(sanitized_image_bytes(buffer.getvalue(), "logo.png")))
    assert clean.format == "JPEG" and clean.mode == "RGB"
    assert clean.getpixel((5, 5)) == (255, 255, 255)


def test_a_webp_photo_is_accepted():
    validate_image_upload(image_upload("photo.webp", image_format="WEBP"))


def test_a_large_photo_is_scaled_down_to_the_bounded_size(settings):
    settings.UPLOAD_IMAGE_MAX_SIDE = 500
    upload = image_upload("big.jpg", size=(3000, 1500))
    clean = Image.open(BytesIO(sanitized_image_bytes(upload.read(), "big.jpg")))
    assert clean.size == (500, 250)


@pytest.mark.parametrize("name", ["photo.JPG", "photo.jpeg"])
def test_extensions_are_compared_without_case(name):
    validate_image_upload(image_upload(name))


def test_a_file_with_no_extension_is_refused_as_a_mismatch():
    with pytest.raises(ValidationError) as refused:
        validate_image_upload(image_upload("photo"))
    assert refused.value.code == "name_mismatch"
