"""Uploaded images are re-encoded from their pixels: a clean JPEG, upright, bounded, with no metadata."""

from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import ExifTags, Image

from marketplace.images import (
    ACCEPT_ATTRIBUTE,
    ACCEPTED_EXTENSIONS,
    sanitized_image_bytes,
    sanitized_upload,
    validate_image_upload,
)
from tests import image_files
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


# --- Phone photos: HEIC, metadata, orientation; and files that are not photos (built in tests/image_files.py) ---


def _stored(upload) -> Image.Image:
    """What an upload becomes once sanitised, opened again as the site will serve it."""
    clean = sanitized_upload(upload)
    return Image.open(BytesIO(clean.read()))


def _refusal(upload, language: str = "en") -> ValidationError:
    """Why `upload` is refused, worded in `language` (English unless told: other tests may leave Arabic active)."""
    with translation.override(language), pytest.raises(ValidationError) as refused:
        validate_image_upload(upload)
    return refused.value


def _assert_no_metadata(image: Image.Image) -> None:
    assert not image.getexif()
    assert not image.getexif().get_ifd(ExifTags.IFD.GPSInfo)
    assert not {"exif", "xmp", "XML:com.adobe.xmp", "icc_profile", "comment"} & set(image.info)


def test_the_accept_attribute_offers_every_accepted_type_to_the_file_picker():
    offered = set(ACCEPT_ATTRIBUTE.split(","))
    assert set(ACCEPTED_EXTENSIONS) <= offered
    assert {".heic", ".heif", "image/heic", "image/heif", "image/jpeg", "image/png", "image/webp"} <= offered


def test_an_iphone_heic_is_accepted_and_stored_as_a_jpeg_with_no_metadata_at_all():
    # Given a real HEIC whose EXIF names the camera and places it in Nizwa, with XMP and a colour profile
    upload = image_files.heic_with_gps()
    original = Image.open(BytesIO(upload.read()))
    assert original.format == "HEIF"
    assert original.getexif().get_ifd(ExifTags.IFD.GPSInfo)[ExifTags.GPS.GPSLatitude] == image_files.NIZWA_LATITUDE
    assert {"exif", "xmp", "icc_profile"} <= set(original.info)

    # When it is validated and stored
    validate_image_upload(upload)
    clean = sanitized_upload(upload)

    # Then what is stored is a JPEG of the same picture, named .jpg, that says nothing of the camera or the place
    stored = Image.open(BytesIO(clean.read()))
    assert clean.name == "IMG_0001.jpg"
    assert stored.format == "JPEG" and stored.mode == "RGB" and stored.size == original.size
    _assert_no_metadata(stored)


@pytest.mark.parametrize("name", ["IMG_0001.heic", "IMG_0001.HEIF"])
def test_both_heif_extensions_are_accepted_in_any_case(name):
    validate_image_upload(image_files.heic_with_gps(name))


def test_a_heic_renamed_jpg_is_refused_by_the_name_people_know_it_by():
    refusal = _refusal(image_files.heic_with_gps("IMG_0001.jpg"))
    assert refusal.code == "name_mismatch"
    assert "HEIC" in refusal.messages[0]


def test_a_jpeg_loses_its_gps_position_camera_xmp_and_colour_profile():
    # Given a JPEG whose EXIF places it in Nizwa
    upload = image_files.jpeg_with_gps()
    original = Image.open(BytesIO(upload.read()))
    assert original.getexif()[ExifTags.Base.Model] == image_files.CAMERA_MODEL
    assert original.getexif().get_ifd(ExifTags.IFD.GPSInfo)[ExifTags.GPS.GPSLongitude] == image_files.NIZWA_LONGITUDE

    # When it is stored
    stored = _stored(upload)

    # Then none of it is left, not even the camera maker's name somewhere in the bytes
    _assert_no_metadata(stored)
    upload.seek(0)
    assert b"Apple" in upload.read()
    assert b"Apple" not in sanitized_upload(upload).read()


@pytest.mark.parametrize("builder", [image_files.rotated_jpeg, image_files.rotated_heic])
def test_a_photo_taken_sideways_is_stored_upright(builder):
    # Given a 400x200 picture, red left and blue right, that its EXIF (or HEIF `irot`) says to turn a quarter right
    upload = builder()

    # When it is stored
    stored = _stored(upload)

    # Then it is a 200-wide, 400-high portrait with red on top and blue below, and no orientation tag left to reapply
    assert stored.size == (200, 400)
    assert _near(stored.getpixel((100, 100)), image_files.RED)
    assert _near(stored.getpixel((100, 300)), image_files.BLUE)
    _assert_no_metadata(stored)


def _near(pixel, colour, tolerance=40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, colour, strict=True))


def test_a_transparent_png_is_flattened_on_white():
    stored = _stored(image_files.png_with_alpha())
    assert stored.size == (80, 40)
    assert _near(stored.getpixel((10, 20)), image_files.RED)
    assert _near(stored.getpixel((70, 20)), (255, 255, 255))


@pytest.mark.parametrize(
    "builder", [image_files.plain_jpeg, image_files.png_with_alpha, image_files.webp, image_files.heic_with_gps]
)
def test_every_accepted_format_is_stored_as_a_clean_jpeg(builder):
    stored = _stored(builder())
    assert stored.format == "JPEG"
    _assert_no_metadata(stored)


def test_a_big_heic_is_scaled_down_like_any_photo(settings):
    settings.UPLOAD_IMAGE_MAX_SIDE = 100
    stored = _stored(image_files.heic_with_gps())
    assert stored.size == (100, 75)


def test_a_decompression_bomb_is_refused_for_its_pixels():
    # Given a PNG under 100 kB that decodes to 25000x25000 pixels
    upload = image_files.decompression_bomb()
    assert upload.size < 100_000

    # When it is validated, or someone tries to store it anyway
    refusal = _refusal(upload)
    with translation.override("en"), pytest.raises(ValidationError) as stored:
        sanitized_upload(upload)

    # Then it is refused for its pixels, in words the user understands
    assert refusal.code == stored.value.code == "too_many_pixels"
    assert "too many pixels" in refusal.messages[0]


def test_a_bomb_under_pillows_own_limit_is_refused_by_ours(settings):
    # 7000x7000 = 49 megapixels: Pillow would decode it, the site allows 40
    assert settings.UPLOAD_IMAGE_MAX_PIXELS < 49_000_000
    assert _refusal(image_files.decompression_bomb(size=(7_000, 7_000))).code == "too_many_pixels"


def test_a_png_too_long_on_one_side_is_refused():
    assert _refusal(image_files.decompression_bomb(size=(30_000, 8))).code == "too_many_pixels"


@pytest.mark.parametrize("size", [(7_000, 7_000), (30_000, 30_000), (100_000, 100)])
def test_a_heic_claiming_too_many_pixels_is_refused_from_its_header_before_decoding(size):
    # Given a 64x64 HEIC whose header claims `size`: decoding it would fail as corrupt
    upload = image_files.heic_claiming_size(size=size)

    # When it is validated, then it is refused for its pixels, so the size was checked before anything was decoded
    assert _refusal(upload).code == "too_many_pixels"


def test_a_truncated_jpeg_is_refused_as_damaged():
    refusal = _refusal(image_files.truncated_jpeg())
    assert refusal.code == "corrupt"
    assert "damaged or incomplete" in refusal.messages[0]


def test_a_truncated_heic_is_refused_as_damaged():
    data = image_files.heic_with_gps().read()
    refusal = _refusal(SimpleUploadedFile("IMG_0001.HEIC", data[: len(data) // 2]))
    assert refusal.code == "corrupt"


def test_a_pdf_renamed_jpg_is_refused_as_a_pdf():
    # Given a real PDF named photo.jpg
    upload = image_files.pdf_renamed()
    assert upload.read().startswith(b"%PDF-1.4")

    # When it is validated, then the refusal says what the file is and what to send instead
    refusal = _refusal(upload)
    assert refusal.code == "not_a_photo"
    assert refusal.messages == ["This file is a PDF document, not a photo. Send a JPEG, PNG, WebP or HEIC photo."]


@pytest.mark.parametrize(
    ("content", "named"),
    [
        (b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml", "a ZIP archive or an Office document"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "a Word, Excel or PowerPoint document"),
        (b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>', "an SVG drawing"),
        (b"\xef\xbb\xbf\n<!DOCTYPE html><html><body>Hirfa</body></html>", "a web page"),
        (b'<?xml version="1.0"?><order/>', "an XML document"),
        (b"\x00\x00\x00\x20ftypqt  \x00\x00\x02\x00qt  ", "a video"),
    ],
)
def test_other_documents_renamed_jpg_are_refused_by_what_they_are(content, named):
    refusal = _refusal(SimpleUploadedFile("photo.jpg", content))
    assert refusal.code == "not_a_photo"
    assert f"This file is {named}, not a photo." in refusal.messages[0]


def test_a_file_that_is_nothing_known_is_refused_as_unreadable():
    refusal = _refusal(SimpleUploadedFile("photo.jpg", b"just some text"))
    assert refusal.code == "not_an_image"
    assert "JPEG, PNG, WebP or HEIC" in refusal.messages[0]


def test_a_gif_is_refused_naming_the_accepted_formats():
    refusal = _refusal(image_upload("anim.gif", image_format="GIF"))
    assert refusal.code == "unsupported_format"
    assert refusal.messages == ["Photos must be JPEG, PNG, WebP or HEIC; this file is GIF."]


def test_an_oversized_photo_is_refused_before_it_is_read():
    refusal = _refusal(image_files.oversized_jpeg())
    assert refusal.code == "too_large"
    assert "the largest we accept is" in refusal.messages[0]


def test_a_photo_one_byte_over_the_limit_is_refused(settings):
    settings.UPLOAD_IMAGE_MAX_BYTES = 50_000
    assert _refusal(image_files.oversized_jpeg(over_by=1)).code == "too_large"


def test_a_photo_whose_size_is_not_declared_is_still_read_only_up_to_the_limit(settings):
    settings.UPLOAD_IMAGE_MAX_BYTES = 50_000
    upload = image_files.oversized_jpeg()
    upload.size = None  # a stream whose size the server was not told
    refusal = _refusal(upload)
    assert refusal.code == "too_large"
    assert "larger than" in refusal.messages[0]


@pytest.mark.parametrize(
    ("builder", "code", "arabic"),
    [
        (image_files.oversized_jpeg, "too_large", "أرسل صورة أصغر حجمًا"),
        (image_files.decompression_bomb, "too_many_pixels", "عدد نقاط هذه الصورة كبير جدًا"),
        (image_files.truncated_jpeg, "corrupt", "هذه الصورة تالفة أو ناقصة"),
    ],
)
def test_refusals_are_in_arabic_for_an_arabic_speaker(builder, code, arabic):
    refusal = _refusal(builder(), language="ar")
    assert refusal.code == code
    assert arabic in refusal.messages[0]


@pytest.mark.parametrize("builder", [image_files.pdf_renamed, image_files.heic_claiming_size])
def test_new_refusals_keep_their_code_in_arabic(builder):
    # Their Arabic wording is added to the .po files separately; the code a form relies on does not depend on it
    refusal = _refusal(builder(), language="ar")
    assert refusal.code in {"not_a_photo", "too_many_pixels"}
