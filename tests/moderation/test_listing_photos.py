"""Photos from the phone, through the workshop: real files, each accepted (re-encoded, upright, no metadata) or
refused with a clear message, and a refusal leaves no record and no file behind."""

from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation
from oscar.core.loading import get_model
from PIL import Image

from moderation.models import ListingSubmission, SubmissionPhoto
from moderation.services import MAX_PHOTOS_PER_LISTING, submission_approve
from tests import image_files
from tests.factories import make_product

from .conftest import edit_post, new_listing_post, url

Product = get_model("catalogue", "Product")
ProductImage = get_model("catalogue", "ProductImage")
pytestmark = pytest.mark.django_db


def stored_files() -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def post_new(client, aisha, photos):
    with translation.override("en"):
        return client.post(
            url("artisans:workshop-product-new", registry_number=aisha.registry_number), new_listing_post(photos=photos)
        )


def assert_clean_jpeg(path) -> Image.Image:
    stored = Image.open(path)
    assert stored.format == "JPEG"
    assert len(stored.getexif()) == 0
    assert not {"exif", "xmp", "icc_profile", "XML:com.adobe.xmp"} & set(stored.info)
    return stored


@pytest.mark.parametrize("make", [image_files.heic_with_gps, image_files.jpeg_with_gps], ids=["heic", "jpeg"])
def test_a_phone_photo_is_accepted_without_its_location_or_camera_data(aisha_client, aisha, make):
    response = post_new(aisha_client, aisha, make())

    assert response.status_code == 302
    photo = SubmissionPhoto.objects.get()
    assert photo.image.name.endswith(".jpg")
    assert_clean_jpeg(photo.image.path)
    assert b"Apple" not in Path(photo.image.path).read_bytes()


def test_a_photo_taken_with_the_phone_turned_is_stored_upright(aisha_client, aisha):
    response = post_new(aisha_client, aisha, image_files.rotated_jpeg())

    assert response.status_code == 302
    stored = assert_clean_jpeg(SubmissionPhoto.objects.get().image.path)
    width, height = stored.size
    assert height > width  # stored landscape with "rotate 90°" in EXIF; upright it is portrait


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (image_files.decompression_bomb, "too many pixels"),
        (image_files.truncated_jpeg, "damaged or incomplete"),
        (image_files.pdf_renamed, "is a PDF document, not a photo"),
        (image_files.oversized_jpeg, "the largest we accept is"),
        (lambda: image_files.plain_jpeg("photo.gif"), "content is JPEG"),
    ],
    ids=["bomb", "truncated", "pdf-renamed", "oversized", "name-mismatch"],
)
def test_a_bad_file_is_refused_with_its_reason_and_nothing_is_left_behind(aisha_client, aisha, make, message):
    response = post_new(aisha_client, aisha, make())

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Product.objects.filter(artisan=aisha).exists()
    assert not ListingSubmission.objects.exists() and not SubmissionPhoto.objects.exists()
    assert stored_files() == []


def test_one_bad_file_among_good_ones_refuses_them_all(aisha_client, aisha):
    response = post_new(aisha_client, aisha, [image_files.plain_jpeg(), image_files.truncated_jpeg()])

    assert response.status_code == 200
    assert "cut.jpg" in response.content.decode()  # the message names the file
    assert not Product.objects.filter(artisan=aisha).exists()
    assert stored_files() == []


def test_a_new_listing_needs_a_photo(aisha_client, aisha):
    with translation.override("en"):
        response = aisha_client.post(
            url("artisans:workshop-product-new", registry_number=aisha.registry_number), new_listing_post(photos=None)
        )
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert not Product.objects.filter(artisan=aisha).exists()


def test_a_bad_photo_on_a_live_listing_changes_nothing(aisha_client, aisha):
    jar = make_product(artisan=aisha)
    photos_url = url("artisans:workshop-product-photos", registry_number=aisha.registry_number, product_pk=jar.pk)
    with translation.override("en"):
        response = aisha_client.post(photos_url, {"photos": image_files.pdf_renamed()})

    assert response.status_code == 200
    assert "not a photo" in response.content.decode()
    assert not ListingSubmission.objects.exists()
    assert stored_files() == []


@pytest.fixture
def jar_with_three_photos(aisha, reviewer):
    from moderation.services import PhotoUpload, listing_add_photos

    jar = make_product(artisan=aisha)
    listing_add_photos(
        product=jar,
        actor=reviewer,  # the authority's photos go on sale at once
        photos=[PhotoUpload(image_files.plain_jpeg(f"{n}.jpg"), f"Photo {n}", f"صورة {n}") for n in (1, 2, 3)],
    )
    return jar


def order_of(jar) -> list[str]:
    return list(jar.images.order_by("display_order").values_list("caption", flat=True))


def test_photos_are_reordered_at_once(aisha_client, aisha, jar_with_three_photos):
    jar = jar_with_three_photos
    third = jar.images.get(caption="Photo 3")
    action = url(
        "artisans:workshop-photo-action", registry_number=aisha.registry_number, product_pk=jar.pk, image_pk=third.pk
    )

    aisha_client.post(action, {"action": "up"})
    assert order_of(jar) == ["Photo 1", "Photo 3", "Photo 2"]
    aisha_client.post(action, {"action": "up"})
    assert order_of(jar) == ["Photo 3", "Photo 1", "Photo 2"]
    aisha_client.post(action, {"action": "up"})  # already first: stays
    assert order_of(jar) == ["Photo 3", "Photo 1", "Photo 2"]
    assert not ListingSubmission.objects.filter(product=jar).exists()


def test_a_photo_is_removed_at_once_but_not_the_last_of_a_piece_on_sale(aisha_client, aisha, jar_with_three_photos):
    jar = jar_with_three_photos
    for image in list(jar.images.all()):
        aisha_client.post(
            url(
                "artisans:workshop-photo-action",
                registry_number=aisha.registry_number,
                product_pk=jar.pk,
                image_pk=image.pk,
            ),
            {"action": "remove"},
        )
    assert jar.images.count() == 1


def test_a_new_description_of_a_photo_waits_for_review(aisha_client, aisha, jar_with_three_photos, reviewer):
    jar = jar_with_three_photos
    first = jar.images.get(caption="Photo 1")
    action = url(
        "artisans:workshop-photo-action", registry_number=aisha.registry_number, product_pk=jar.pk, image_pk=first.pk
    )
    aisha_client.post(
        action,
        {"action": "describe", f"alt{first.pk}-alt_en": "Jar, front", f"alt{first.pk}-alt_ar": "الجرة من الأمام"},
    )

    first.refresh_from_db()
    assert first.caption == "Photo 1"
    submission_approve(submission=ListingSubmission.objects.get(product=jar, status="pending"), reviewer=reviewer)
    first.refresh_from_db()
    assert (first.caption, first.alt_ar) == ("Jar, front", "الجرة من الأمام")


def test_a_piece_has_at_most_eight_photos(aisha_client, aisha, jar_with_three_photos):
    jar = jar_with_three_photos
    photos_url = url("artisans:workshop-product-photos", registry_number=aisha.registry_number, product_pk=jar.pk)
    spare = MAX_PHOTOS_PER_LISTING - 3
    with translation.override("en"):
        response = aisha_client.post(
            photos_url, {"photos": [image_files.plain_jpeg(f"x{n}.jpg") for n in range(spare + 1)]}
        )
    assert response.status_code == 200
    assert "up to 8 photos" in response.content.decode()
    assert not SubmissionPhoto.objects.exists()


def test_a_photo_waiting_for_review_can_be_withdrawn(aisha_client, aisha):
    jar = make_product(artisan=aisha)
    photos_url = url("artisans:workshop-product-photos", registry_number=aisha.registry_number, product_pk=jar.pk)
    aisha_client.post(photos_url, {"photos": image_files.plain_jpeg()})
    waiting = SubmissionPhoto.objects.get()

    aisha_client.post(
        url(
            "artisans:workshop-waiting-photo-remove",
            registry_number=aisha.registry_number,
            product_pk=jar.pk,
            photo_pk=waiting.pk,
        )
    )

    assert not SubmissionPhoto.objects.exists()
    assert not ListingSubmission.objects.filter(product=jar, status="pending").exists()
    assert stored_files() == []


def test_editing_text_does_not_need_the_photos_again(aisha_client, aisha):
    jar = make_product(artisan=aisha)
    response = aisha_client.post(
        url("artisans:workshop-product-edit", registry_number=aisha.registry_number, product_pk=jar.pk),
        edit_post(jar, stock="2"),
    )
    assert response.status_code == 302
