"""Photos waiting for the authority's review are private files: the artisan's managers and the reviewers see them
through a signed link that expires; anyone else finds nothing; a rejected photo's file is deleted once the rejection
is committed, an approved one becomes the product's public photo. The same holds with object storage."""

import importlib
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from django.apps import apps
from django.core import signing
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages
from django.db import transaction
from django.test import Client
from oscar.core.loading import get_model

from moderation.models import ListingSubmission, SubmissionPhoto
from moderation.services import PhotoUpload, listing_add_photos, submission_approve, submission_reject
from tests.factories import UserFactory, make_product
from tests.image_files import plain_jpeg

from .conftest import new_listing_post, url

Product = get_model("catalogue", "Product")
pytestmark = pytest.mark.django_db


def photo_url(photo) -> str:
    return url("authority:waiting-photo", pk=photo.pk)


def fetch_photo(client, photo):
    """What a browser's <img> gets: the page's link, then the signed link it is sent to."""
    first = client.get(photo_url(photo))
    if first.status_code != 302:
        return first, None
    return first, client.get(first["Location"])


def body_of(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.fixture
def new_piece(aisha_client, aisha):
    """Aisha lists a new piece from her workshop: it waits for review with its photo."""
    response = aisha_client.post(
        url("artisans:workshop-product-new", registry_number=aisha.registry_number), new_listing_post()
    )
    assert response.status_code == 302
    return Product.objects.get(artisan=aisha)


@pytest.fixture
def waiting(new_piece) -> SubmissionPhoto:
    return SubmissionPhoto.objects.get(submission__product=new_piece)


def test_a_waiting_photo_is_kept_in_the_private_storage_and_not_in_the_public_media(waiting, settings):
    assert storages["private"].exists(waiting.image.name)
    assert not default_storage.exists(waiting.image.name)
    media = Path(settings.MEDIA_ROOT)
    assert not (media.exists() and any(media.rglob("*.jpg")))


def test_the_artisans_manager_sees_the_waiting_photo_through_a_signed_link(aisha_client, waiting):
    page_link, signed = fetch_photo(aisha_client, waiting)

    assert page_link["Location"].startswith("/private/")
    assert "no-cache" in page_link["Cache-Control"] or "no-store" in page_link["Cache-Control"]
    assert signed.status_code == 200
    assert signed["Content-Type"] == "image/jpeg"
    assert signed["Content-Disposition"].startswith("inline")
    assert body_of(signed) == storages["private"].open(waiting.image.name).read()


def test_a_reviewer_sees_the_waiting_photo(reviewer_client, waiting):
    _page_link, signed = fetch_photo(reviewer_client, waiting)
    assert signed.status_code == 200


def test_another_account_a_visitor_and_another_artisan_find_nothing(waiting, salim_manager):
    buyer, other_artisan, visitor = Client(), Client(), Client()
    buyer.force_login(UserFactory())
    other_artisan.force_login(salim_manager)

    for client in (buyer, other_artisan, visitor):
        assert client.get(photo_url(waiting)).status_code == 404
    assert Client().get(url("authority:waiting-photo", pk=waiting.pk + 1000)).status_code == 404


def test_the_signed_link_stops_working_once_it_has_expired(aisha_client, waiting, settings, monkeypatch):
    signed_link = aisha_client.get(photo_url(waiting))["Location"]
    later = time.time() + settings.PRIVATE_FILE_URL_TTL + 1
    monkeypatch.setattr(signing.time, "time", lambda: later)

    assert Client().get(signed_link).status_code == 404
    assert aisha_client.get(photo_url(waiting)).status_code == 302  # the page hands out a fresh one


def test_a_rejected_photos_file_is_deleted_once_the_rejection_is_committed(
    aisha_client, waiting, reviewer, django_capture_on_commit_callbacks
):
    name = waiting.image.name
    signed_link = aisha_client.get(photo_url(waiting))["Location"]
    submission = waiting.submission

    with django_capture_on_commit_callbacks(execute=True):
        submission_reject(submission=submission, reviewer=reviewer, reason=ListingSubmission.RejectionReason.PHOTOS)

    assert not storages["private"].exists(name)
    assert not SubmissionPhoto.objects.filter(pk=waiting.pk).exists()
    assert aisha_client.get(photo_url(waiting)).status_code == 404
    assert Client().get(signed_link).status_code == 404  # a link handed out before finds nothing either


def test_a_rejection_rolled_back_keeps_the_photo(waiting, reviewer, django_capture_on_commit_callbacks):
    name = waiting.image.name

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError), transaction.atomic():
        submission_reject(
            submission=waiting.submission, reviewer=reviewer, reason=ListingSubmission.RejectionReason.PHOTOS
        )
        raise RuntimeError("the decision fails after the rejection was written")

    assert storages["private"].exists(name)
    assert SubmissionPhoto.objects.filter(pk=waiting.pk).exists()


def test_an_approved_photo_becomes_the_products_public_photo_and_leaves_the_private_storage(
    waiting, reviewer, django_capture_on_commit_callbacks
):
    name, content = waiting.image.name, storages["private"].open(waiting.image.name).read()
    with django_capture_on_commit_callbacks(execute=True):
        submission_approve(submission=waiting.submission, reviewer=reviewer)

    image = waiting.submission.product.images.get()
    assert default_storage.open(image.original.name).read() == content
    assert not storages["private"].exists(name)
    assert Client().get(photo_url(waiting)).status_code == 404


def test_a_withdrawn_waiting_photo_is_deleted(aisha_client, aisha, django_capture_on_commit_callbacks):
    piece = make_product(artisan=aisha)
    added = listing_add_photos(
        product=piece, actor=aisha.partner.users.get(), photos=[PhotoUpload(plain_jpeg("new.jpg"))]
    )[0]
    with django_capture_on_commit_callbacks(execute=True):
        response = aisha_client.post(
            url(
                "artisans:workshop-waiting-photo-remove",
                registry_number=aisha.registry_number,
                product_pk=piece.pk,
                photo_pk=added.pk,
            )
        )
    assert response.status_code == 302
    assert not storages["private"].exists(added.image.name)


def test_the_pieces_list_shows_a_new_pieces_waiting_photo_with_a_badge(aisha_client, aisha, waiting):
    page = aisha_client.get(url("artisans:workshop-products", "ar", registry_number=aisha.registry_number))
    text = page.content.decode()

    assert f'src="{url("authority:waiting-photo", "ar", pk=waiting.pk)}"' in text
    tile = text.split('class="workshop-product__waiting"', 1)[1].split("</span></span>", 1)[0]
    assert "workshop-badge--wait" in tile and "بانتظار المراجعة" in tile  # "waiting for review"


def test_the_pieces_and_review_pages_link_waiting_photos_only_through_the_checked_view(
    aisha_client, aisha, reviewer_client, waiting
):
    pages = [
        aisha_client.get(url("artisans:workshop-products", registry_number=aisha.registry_number)),
        aisha_client.get(
            url(
                "artisans:workshop-product-photos",
                registry_number=aisha.registry_number,
                product_pk=waiting.submission.product_id,
            )
        ),
        reviewer_client.get(url("authority:submission", pk=waiting.submission_id)),
    ]
    for page in pages:
        text = page.content.decode()
        assert photo_url(waiting) in text
        assert waiting.image.name not in text


# --- The move of the photos already waiting, by the data migration ---------------------------------------------


def test_the_migration_moves_waiting_photos_from_the_public_media_into_the_private_storage(waiting):
    migration = importlib.import_module("moderation.migrations.0002_waiting_photos_in_private_storage")
    # Given a photo that waits where they used to be kept: the public media
    name = waiting.image.name
    content = storages["private"].open(name).read()
    default_storage.save(name, ContentFile(content))
    storages["private"].delete(name)

    # When the migration runs (twice: the second finds nothing to move)
    migration.to_private(apps, None)
    migration.to_private(apps, None)

    # Then it is a private file, and the public one is gone
    assert storages["private"].open(name).read() == content
    assert not default_storage.exists(name)


# --- With object storage, as production keeps the files -----------------------------------------------------------


def fetch(address: str):
    try:
        with urllib.request.urlopen(address, timeout=5) as response:  # noqa: S310 (the test's own S3 server)
            return response.status, response.read(), response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.read(), error.headers


def test_with_object_storage_a_waiting_photo_is_a_private_object_shown_by_a_signed_link_and_deleted_when_rejected(
    object_storage, aisha_client, aisha, reviewer, settings, django_capture_on_commit_callbacks
):
    server, bucket = object_storage
    s3 = server.client()
    # Given a new piece listed from the workshop, its photo in the bucket
    response = aisha_client.post(
        url("artisans:workshop-product-new", registry_number=aisha.registry_number), new_listing_post()
    )
    assert response.status_code == 302
    photo = SubmissionPhoto.objects.get()
    key = f"private/{photo.image.name}"
    assert s3.head_object(Bucket=bucket, Key=key)["ContentLength"] > 0
    assert s3.list_objects_v2(Bucket=bucket, Prefix=f"media/{photo.image.name}").get("KeyCount") == 0

    # Its plain address is refused; its manager is sent to a presigned link that expires, and sees it inline
    assert fetch(f"{server.url}/{bucket}/{key}")[0] == 403
    signed = aisha_client.get(photo_url(photo))["Location"]
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(signed).query)
    assert query["X-Amz-Expires"] == [str(settings.PRIVATE_FILE_URL_TTL)]
    status, body, headers = fetch(signed)
    assert status == 200 and body[:2] == b"\xff\xd8"  # a JPEG
    assert headers["Content-Disposition"].startswith("inline") and headers["Content-Type"] == "image/jpeg"
    assert Client().get(photo_url(photo)).status_code == 404

    # When the authority rejects it, the object is deleted
    with django_capture_on_commit_callbacks(execute=True):
        submission_reject(
            submission=photo.submission, reviewer=reviewer, reason=ListingSubmission.RejectionReason.PHOTOS
        )
    assert s3.list_objects_v2(Bucket=bucket, Prefix=key).get("KeyCount") == 0
    assert fetch(signed)[0] in (403, 404)  # the object is gone (S3 answers 403 when it may not list the bucket)


def test_with_object_storage_an_approved_photo_moves_to_the_public_media(
    object_storage, aisha_client, aisha, reviewer, django_capture_on_commit_callbacks
):
    server, bucket = object_storage
    aisha_client.post(url("artisans:workshop-product-new", registry_number=aisha.registry_number), new_listing_post())
    photo = SubmissionPhoto.objects.get()

    with django_capture_on_commit_callbacks(execute=True):
        submission_approve(submission=photo.submission, reviewer=reviewer)

    image = photo.submission.product.images.get()
    status, _body, _headers = fetch(default_storage.url(image.original.name))
    assert status == 200
    assert server.client().list_objects_v2(Bucket=bucket, Prefix=f"private/{photo.image.name}").get("KeyCount") == 0
