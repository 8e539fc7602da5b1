"""The workshop: the people who manage an artisan keep its profile and listings, and see nothing of anyone else's."""

from decimal import Decimal
from io import BytesIO

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from PIL import Image

from moderation.models import ListingSubmission
from moderation.services import submission_approve
from tests.factories import UserFactory, image_upload, make_artisan, make_deposit, make_manager, make_product

pytestmark = pytest.mark.django_db


def approve_pending(product) -> None:
    """The authority approves what waits for review on this product."""
    submission = ListingSubmission.objects.get(product=product, status=ListingSubmission.Status.PENDING)
    submission_approve(submission=submission, reviewer=UserFactory(is_staff=True))


def workshop_url(name: str, artisan, language: str = "en", **kwargs) -> str:
    with translation.override(language):
        return reverse(f"artisans:{name}", kwargs={"registry_number": artisan.registry_number, **kwargs})


@pytest.fixture
def aisha():
    return make_artisan(registry_number="TS-DAK-00201", name_en="Aisha", name_ar="عائشة", crafts=("pottery",))


@pytest.fixture
def salim():
    return make_artisan(registry_number="TS-SHS-00202", name_en="Salim", name_ar="سالم", wilayat_slug="sur")


@pytest.fixture
def aisha_manager(aisha):
    return make_manager(aisha)


@pytest.fixture
def signed_in(aisha_manager) -> Client:
    client = Client()
    client.force_login(aisha_manager)
    return client


def listing_post(product, **overrides) -> dict:
    data = {
        "title_ar": product.title_ar,
        "title_en": product.title,
        "description_ar": product.description_ar,
        "description_en": product.description,
        "craft": product.craft_id,
        "materials": [m.pk for m in product.materials.all()],
        "price": "12.340",
        "stock": "5",
        "weight_g": "800",
        "design_deposit": "",
    }
    data.update(overrides)
    return data


# --- Who may do what -----------------------------------------------------------------------------------------


def test_the_workshop_asks_anonymous_visitors_to_sign_in(client, aisha):
    response = client.get(workshop_url("workshop-profile", aisha))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_a_manager_sees_their_own_profile_and_listings(signed_in, aisha):
    make_product(artisan=aisha, title_en="My jar")
    assert signed_in.get(workshop_url("workshop-profile", aisha)).status_code == 200
    page = signed_in.get(workshop_url("workshop-products", aisha)).content.decode()
    assert "My jar" in page


def test_a_manager_cannot_open_another_artisans_profile(signed_in, salim):
    assert signed_in.get(workshop_url("workshop-profile", salim)).status_code == 404


def test_a_manager_cannot_change_another_artisans_profile(signed_in, salim):
    response = signed_in.post(
        workshop_url("workshop-profile", salim), {"name_en": "Taken over", "name_ar": "", "bio_en": "", "bio_ar": ""}
    )
    assert response.status_code == 404
    salim.refresh_from_db()
    assert salim.name_en == "Salim"


def test_a_manager_cannot_list_another_artisans_products(signed_in, salim):
    make_product(artisan=salim, title_en="Salim's rug", craft_code="pottery")
    assert signed_in.get(workshop_url("workshop-products", salim)).status_code == 404


def test_a_manager_cannot_edit_another_artisans_product_by_any_url(signed_in, aisha, salim):
    theirs = make_product(artisan=salim, price="40.000", craft_code="pottery")
    for owner in (aisha, salim):
        edit = workshop_url("workshop-product-edit", owner, product_pk=theirs.pk)
        assert signed_in.get(edit).status_code == 404
        assert signed_in.post(edit, listing_post(theirs, price="1.000")).status_code == 404
    assert theirs.stockrecords.get().price == Decimal("40.000")


def test_staff_without_a_link_to_the_artisan_have_no_workshop_access(aisha):
    staff = Client()
    staff.force_login(UserFactory(is_staff=True))
    assert staff.get(workshop_url("workshop-profile", aisha)).status_code == 404


def test_a_workshop_form_posted_without_its_csrf_token_is_refused(aisha, aisha_manager):
    client = Client(enforce_csrf_checks=True)
    client.force_login(aisha_manager)
    response = client.post(workshop_url("workshop-profile", aisha), {"name_en": "X", "bio_en": ""})
    assert response.status_code == 403


def test_the_workshop_home_takes_a_one_artisan_manager_straight_to_their_dashboard(signed_in, aisha):
    response = signed_in.get(reverse("artisans:workshop"))
    assert response.status_code == 302
    assert response["Location"] == workshop_url("workshop-dashboard", aisha)


# --- Profile ---------------------------------------------------------------------------------------------------


def test_a_manager_updates_the_profile_in_both_languages(signed_in, aisha):
    response = signed_in.post(
        workshop_url("workshop-profile", aisha),
        {"name_en": "Aisha Al Hinai", "name_ar": "عائشة الهنائية", "bio_en": "Potter.", "bio_ar": "خزافة."},
    )
    assert response.status_code == 302
    aisha.refresh_from_db()
    assert (aisha.name_en, aisha.bio_ar) == ("Aisha Al Hinai", "خزافة.")
    assert aisha.partner.name == "Aisha Al Hinai"


def test_a_profile_needs_a_name_in_some_language(signed_in, aisha):
    response = signed_in.post(
        workshop_url("workshop-profile", aisha), {"name_en": "", "name_ar": "", "bio_en": "", "bio_ar": ""}
    )
    assert response.status_code == 200
    assert "Write your name in Arabic or in English." in response.content.decode()
    aisha.refresh_from_db()
    assert aisha.name_en == "Aisha"


def test_a_profile_photo_is_stored_upright_and_without_its_location_data(signed_in, aisha):
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0112] = 6  # Orientation: the camera was turned; the picture must be rotated 90 degrees to be upright
    gps = exif.get_ifd(0x8825)  # GPSInfo
    gps[1], gps[2] = "N", (23.0, 35.0, 0.0)  # a latitude in Muscat
    photo = image_upload("me.jpg", size=(400, 300), exif=exif.tobytes())
    assert Image.open(photo).getexif().get_ifd(0x8825)  # the upload does carry a location
    photo.seek(0)

    response = signed_in.post(
        workshop_url("workshop-profile", aisha),
        {"name_en": "Aisha", "name_ar": "", "bio_en": "", "bio_ar": "", "photo": photo},
    )

    assert response.status_code == 302
    aisha.refresh_from_db()
    stored = Image.open(aisha.photo.path)
    assert stored.format == "JPEG"
    assert stored.size == (300, 400)
    assert len(stored.getexif()) == 0
    assert "exif" not in stored.info


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (lambda: image_upload("me.png"), "content is JPEG"),
        (lambda: image_upload("me.gif", image_format="GIF"), "must be JPEG, PNG, WebP or HEIC"),
        (lambda: _file("me.jpg", b"%PDF-1.4 not a photo"), "is a PDF document, not a photo"),
        (lambda: _file("me.jpg", _truncated_jpeg()), "damaged or incomplete"),
        (lambda: _file("me.png", _huge_png()), "too many pixels"),
        (lambda: _file("me.jpg", b""), "empty"),
    ],
)
def test_bad_photos_are_refused_with_a_reason_and_nothing_changes(signed_in, aisha, upload, message):
    response = signed_in.post(
        workshop_url("workshop-profile", aisha),
        {"name_en": "Changed", "name_ar": "", "bio_en": "", "bio_ar": "", "photo": upload()},
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    aisha.refresh_from_db()
    assert aisha.name_en == "Aisha" and not aisha.photo


def test_a_photo_over_the_size_limit_is_refused(signed_in, aisha, settings):
    settings.UPLOAD_IMAGE_MAX_BYTES = 2_000
    response = signed_in.post(
        workshop_url("workshop-profile", aisha),
        {
            "name_en": "Aisha",
            "name_ar": "",
            "bio_en": "",
            "bio_ar": "",
            "photo": image_upload("big.jpg", size=(800, 800)),
        },
    )
    assert "the largest we accept is" in response.content.decode()


def test_errors_are_shown_in_the_managers_language(signed_in, aisha):
    response = signed_in.post(
        workshop_url("workshop-profile", aisha, language="ar"),
        {"name_en": "", "name_ar": "", "bio_en": "", "bio_ar": ""},
    )
    assert 'lang="ar" dir="rtl"' in response.content.decode()
    assert "Write your name in Arabic or in English." not in response.content.decode()


def _file(name: str, data: bytes):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, data)


def _truncated_jpeg() -> bytes:
    buffer = BytesIO()
    Image.effect_noise((300, 300), 64).convert("RGB").save(buffer, format="JPEG")
    return buffer.getvalue()[:1500]


def _huge_png() -> bytes:
    """A few kilobytes that claim 60,000 × 60,000 pixels: a decompression bomb."""
    buffer = BytesIO()
    Image.new("1", (60_000, 60_000)).save(buffer, format="PNG")
    return buffer.getvalue()


# --- Listings ----------------------------------------------------------------------------------------------------


def test_a_manager_edits_a_listing_price_and_stock_apply_at_once_and_the_title_after_review(signed_in, aisha):
    piece = make_product(artisan=aisha)
    response = signed_in.post(
        workshop_url("workshop-product-edit", aisha, product_pk=piece.pk),
        listing_post(piece, title_en="Big jar", price="20.150", stock="9"),
    )
    assert response.status_code == 302
    piece.refresh_from_db()
    stockrecord = piece.stockrecords.get()
    assert (stockrecord.price, stockrecord.num_in_stock) == (Decimal("20.150"), 9)
    assert piece.title == "Bahla clay incense burner"  # buyers see the approved title until the review

    approve_pending(piece)

    piece.refresh_from_db()
    assert piece.title == "Big jar"


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"price": "10.125"}, "steps of 10 baisa"),
        ({"price": "12,5"}, "is not an amount in rials"),
        ({"price": "-3"}, "more than zero"),
        ({"price": "9" * 30}, "at most 20 characters, for example 12.340"),
        ({"stock": "-1"}, "greater than or equal to 0"),
        ({"stock": "lots"}, "Enter a whole number"),
        ({"title_en": "", "title_ar": ""}, "title in Arabic or in English"),
        ({"title_en": "x" * 300}, "at most 255 characters"),
        ({"title_en": "Jar\x00"}, "Null characters are not allowed"),
        ({"title_en": "Jar\x07"}, "characters that cannot be shown"),
        ({"weight_g": "0"}, "greater than or equal to 1"),
        ({"craft": "999999"}, "Select a valid choice"),
    ],
)
def test_bad_listing_input_is_refused_with_a_reason_and_nothing_changes(signed_in, aisha, overrides, message):
    piece = make_product(artisan=aisha, price="12.340", title_en="Jar")
    response = signed_in.post(
        workshop_url("workshop-product-edit", aisha, product_pk=piece.pk), listing_post(piece, **overrides)
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    piece.refresh_from_db()
    assert piece.title == "Jar"
    assert piece.stockrecords.get().price == Decimal("12.340")


def test_a_listing_can_name_the_authoritys_design_or_its_own_but_not_another_artisans(signed_in, aisha, salim):
    piece = make_product(artisan=aisha)
    edit = workshop_url("workshop-product-edit", aisha, product_pk=piece.pk)
    authoritys, own, others = make_deposit(), make_deposit(owner=aisha), make_deposit(owner=salim)

    assert signed_in.post(edit, listing_post(piece, design_deposit=authoritys.pk)).status_code == 302
    assert signed_in.post(edit, listing_post(piece, design_deposit=own.pk)).status_code == 302
    refused = signed_in.post(edit, listing_post(piece, design_deposit=others.pk))

    assert refused.status_code == 200
    approve_pending(piece)
    piece.refresh_from_db()
    assert piece.design_deposit == own


def test_markup_in_a_title_is_shown_as_text(signed_in, aisha, client):
    piece = make_product(artisan=aisha)
    signed_in.post(
        workshop_url("workshop-product-edit", aisha, product_pk=piece.pk),
        listing_post(piece, title_en='<img src=x onerror="alert(1)">'),
    )
    approve_pending(piece)
    piece.refresh_from_db()
    page = client.get(piece.get_absolute_url()).content.decode()
    assert '<img src=x onerror="alert(1)">' not in page
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in page
