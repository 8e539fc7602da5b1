"""Photos sent ahead of their listing (issue 24): the workshop's page uploads each photo while the artisan types,
gets a token, and the listing's form sends the tokens. The endpoint checks who sends, checks and re-encodes the
photo as the form does, and refuses bad files with a message in the artisan's language, leaving nothing behind."""

from datetime import timedelta
from io import BytesIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone, translation
from oscar.core.loading import get_model
from PIL import Image

from marketplace.display import DIGITS_COOKIE
from moderation.models import DraftPhoto, SubmissionPhoto
from moderation.services import draft_photos_delete_stale
from tests import image_files
from tests.factories import make_manager

from .conftest import new_listing_post, url

Product = get_model("catalogue", "Product")
pytestmark = pytest.mark.django_db


def private_files() -> list[Path]:
    root = Path(settings.STORAGES["private"]["OPTIONS"]["location"])
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def upload(client, artisan, photo, language="en"):
    with translation.override(language):
        return client.post(
            url("artisans:workshop-photo-upload", language, registry_number=artisan.registry_number),
            {"photo": photo},
            HTTP_ACCEPT_LANGUAGE=language,
        )


def post_new_with_tokens(client, artisan, tokens, language="en"):
    with translation.override(language):
        return client.post(
            url("artisans:workshop-product-new", language, registry_number=artisan.registry_number),
            new_listing_post(photos=None, photo_tokens=tokens),
        )


def photo_of(size, name="big.jpg") -> SimpleUploadedFile:
    out = BytesIO()
    Image.linear_gradient("L").resize(size).convert("RGB").save(out, "JPEG", quality=80)
    return SimpleUploadedFile(name, out.getvalue(), content_type="image/jpeg")


def test_a_photo_sent_ahead_is_stored_privately_re_encoded_and_small(aisha_client, aisha, aisha_manager):
    response = upload(aisha_client, aisha, photo_of((4000, 3000)))

    assert response.status_code == 201
    draft = DraftPhoto.objects.get(token=response.json()["token"])
    assert (draft.artisan, draft.uploaded_by) == (aisha, aisha_manager)
    stored = Image.open(draft.image.path)
    assert stored.format == "JPEG" and max(stored.size) <= 2048
    assert len(stored.getexif()) == 0
    assert Path(draft.image.path) in private_files()
    assert not Path(draft.image.path).is_relative_to(settings.MEDIA_ROOT)


def test_a_listing_sent_with_tokens_takes_its_photos_and_leaves_no_draft(
    aisha_client, aisha, django_capture_on_commit_callbacks
):
    tokens = [upload(aisha_client, aisha, image_files.plain_jpeg(f"{n}.jpg")).json()["token"] for n in range(3)]
    draft_files = {DraftPhoto.objects.get(token=token).image.name for token in tokens}

    with django_capture_on_commit_callbacks(execute=True):
        response = post_new_with_tokens(aisha_client, aisha, tokens)

    assert response.status_code == 302, response.content.decode()[:2000]
    product = Product.objects.get(artisan=aisha)
    photos = SubmissionPhoto.objects.filter(submission__product=product)
    assert photos.count() == 3
    assert set(photos.values_list("alt_en", flat=True)) == {"A red clay jar"}
    assert not DraftPhoto.objects.exists()
    names = {str(p.relative_to(Path(settings.STORAGES["private"]["OPTIONS"]["location"]))) for p in private_files()}
    assert not draft_files & names


def test_a_saved_listing_tells_the_page_to_forget_the_kept_text(aisha_client, aisha):
    token = upload(aisha_client, aisha, image_files.plain_jpeg()).json()["token"]

    response = aisha_client.get(post_new_with_tokens(aisha_client, aisha, [token])["Location"])

    assert "alert-listing-saved" in response.content.decode()


def test_another_managers_token_is_refused_and_nothing_is_listed(aisha, aisha_client):
    other_client = Client()
    other_client.force_login(make_manager(aisha))
    token = upload(other_client, aisha, image_files.plain_jpeg()).json()["token"]

    response = post_new_with_tokens(aisha_client, aisha, [token])

    assert response.status_code == 200
    assert "A photo you sent earlier is no longer here" in response.content.decode()
    assert not Product.objects.filter(artisan=aisha).exists()
    assert DraftPhoto.objects.filter(token=token).exists()


def test_someone_who_does_not_manage_the_artisan_cannot_send_it_photos(aisha, salim_manager):
    client = Client()
    client.force_login(salim_manager)

    response = upload(client, aisha, image_files.plain_jpeg())

    assert response.status_code == 404
    assert not DraftPhoto.objects.exists()


def test_signed_out_nobody_can_send_photos(aisha):
    response = upload(Client(), aisha, image_files.plain_jpeg())

    assert response.status_code == 302
    assert not DraftPhoto.objects.exists()


def test_a_photo_without_the_csrf_token_is_refused(aisha, aisha_manager):
    client = Client(enforce_csrf_checks=True)
    client.force_login(aisha_manager)

    response = upload(client, aisha, image_files.plain_jpeg())

    assert response.status_code == 403
    assert not DraftPhoto.objects.exists()


def hundred_megapixels() -> SimpleUploadedFile:
    return image_files.decompression_bomb("huge.png", size=(12_000, 8_400))


def empty_file() -> SimpleUploadedFile:
    return SimpleUploadedFile("empty.jpg", b"", content_type="image/jpeg")


def not_an_image() -> SimpleUploadedFile:
    return SimpleUploadedFile("notes.jpg", b"These are my notes, not a photo.\n" * 20, content_type="image/jpeg")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (hundred_megapixels, "عدد نقاط هذه الصورة كبير جدًا"),
        (not_an_image, "هذا الملف ليس صورة يمكننا فتحها"),
        (empty_file, "فارغ"),
        (image_files.pdf_renamed, "PDF"),
    ],
    ids=["100-megapixels", "not-an-image", "zero-bytes", "pdf"],
)
def test_a_bad_photo_sent_ahead_is_refused_in_arabic_and_nothing_is_kept(aisha_client, aisha, make, message):
    response = upload(aisha_client, aisha, make(), language="ar")

    assert response.status_code == 400
    assert message in response.json()["error"]
    assert not DraftPhoto.objects.exists()
    assert private_files() == []


def test_a_photo_rotated_by_exif_is_stored_upright(aisha_client, aisha):
    token = upload(aisha_client, aisha, image_files.rotated_jpeg()).json()["token"]

    width, height = Image.open(DraftPhoto.objects.get(token=token).image.path).size

    assert height > width  # stored landscape with "rotate 90°" in EXIF; upright it is portrait


def test_ten_photos_at_once_are_refused_in_arabic_and_nothing_is_listed(aisha_client, aisha):
    tokens = [upload(aisha_client, aisha, image_files.plain_jpeg(f"{n}.jpg")).json()["token"] for n in range(10)]

    response = post_new_with_tokens(aisha_client, aisha, tokens, language="ar")

    assert response.status_code == 200
    assert "أرسل 8 صور على الأكثر في كل مرة." in response.content.decode()
    assert not Product.objects.filter(artisan=aisha).exists()
    assert DraftPhoto.objects.count() == 10  # still there to choose from; the unused go after a day


def test_drafts_not_used_within_a_day_are_deleted_with_their_files(
    aisha_client, aisha, django_capture_on_commit_callbacks
):
    token = upload(aisha_client, aisha, image_files.plain_jpeg()).json()["token"]
    DraftPhoto.objects.filter(token=token).update(created_at=timezone.now() - timedelta(days=2))

    with django_capture_on_commit_callbacks(execute=True):
        deleted = draft_photos_delete_stale()

    assert deleted == 1
    assert not DraftPhoto.objects.exists()
    assert private_files() == []


def test_a_new_listing_page_without_script_still_sends_photos_with_the_form(aisha_client, aisha):
    with translation.override("en"):
        response = aisha_client.post(
            url("artisans:workshop-product-new", registry_number=aisha.registry_number), new_listing_post()
        )

    assert response.status_code == 302
    assert SubmissionPhoto.objects.count() == 1


def test_the_scripts_texts_follow_the_readers_choice_of_arabic_indic_digits(aisha_client, aisha):
    """The page's script writes numbers (the photo limit, the percentage sent, the seconds before a retry) into
    texts the page gives it; they must be in the digits the reader chose, as the rest of the page is."""
    path = url("artisans:workshop-product-new", registry_number=aisha.registry_number)
    arabic_path = "/ar" + path[3:]

    aisha_client.cookies[DIGITS_COOKIE] = "arab"
    texts = aisha_client.get(arabic_path).context["photo_texts"]
    aisha_client.cookies[DIGITS_COOKIE] = "latn"
    latin_texts = aisha_client.get(arabic_path).context["photo_texts"]

    assert texts["arabic_indic_digits"] is True and "٨" in texts["too_many"] and "8" not in texts["too_many"]
    assert latin_texts["arabic_indic_digits"] is False and "8" in latin_texts["too_many"]
