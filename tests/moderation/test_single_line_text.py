"""Single-line text (titles, names, alt text) holds one line, read the way it is stored: line breaks and direction
overrides or isolates are refused by every form and service with a message in the user's language, e-mail subjects
are built safely whatever the data, and what was stored before is cleaned by a data migration."""

import importlib

import pytest
from django.apps import apps
from django.core import mail
from django.core.exceptions import ValidationError
from oscar.core.loading import get_model

from artisans.models import Artisan
from catalogue.services import ListingText
from marketplace.mail import bilingual_subject
from moderation.models import ListingSubmission
from tests.factories import make_product

from .conftest import new_listing_post, url

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")

NOT_ONE_LINE = [
    "Bahla water jar\nFREE SHIPPING",
    "Bahla water jar\r\nBcc: all@example.com",
    "Bahla \u2028water jar",
    "jar \u202ereversed\u202c",  # right-to-left override
    "\u202aBahla water jar",
    "\u2066Bahla\u2069 water jar",  # left-to-right isolate
    "\u2067جرة\u2069",
]
ENGLISH = "Write this on one line"
ARABIC = "اكتب هذا في سطر واحد"


@pytest.mark.parametrize("title", NOT_ONE_LINE)
def test_a_listing_title_on_more_than_one_line_is_refused_and_nothing_is_listed(aisha_client, aisha, title):
    response = aisha_client.post(
        url("artisans:workshop-product-new", registry_number=aisha.registry_number),
        new_listing_post(title_en=title),
    )
    assert response.status_code == 200
    assert ENGLISH in " ".join(response.context["form"].errors["title_en"])
    assert not Product.objects.filter(artisan=aisha).exists()


def test_the_refusal_speaks_arabic_on_arabic_pages(aisha_client, aisha):
    response = aisha_client.post(
        url("artisans:workshop-product-new", "ar", registry_number=aisha.registry_number),
        new_listing_post(title_ar="جرة\nماء"),
    )
    assert ARABIC in " ".join(response.context["form"].errors["title_ar"])


@pytest.mark.parametrize("name", NOT_ONE_LINE[:4])
def test_an_artisans_name_on_more_than_one_line_is_refused_and_unchanged(aisha_client, aisha, name):
    response = aisha_client.post(
        url("artisans:workshop-profile", registry_number=aisha.registry_number),
        {"name_ar": "عائشة", "name_en": name, "bio_ar": "", "bio_en": "Line one.\nLine two."},
    )
    assert response.status_code == 200
    assert ENGLISH in " ".join(response.context["form"].errors["name_en"])
    assert Artisan.objects.get(pk=aisha.pk).name_en == "Aisha"


def test_a_multi_line_description_is_still_welcome(aisha_client, aisha):
    data = new_listing_post(description_en="First line.\nSecond line.\n\nA new paragraph.")
    response = aisha_client.post(url("artisans:workshop-product-new", registry_number=aisha.registry_number), data)
    assert response.status_code == 302


@pytest.mark.parametrize("alt", ["A jar\nwith a lid", "جرة \u202eمقلوبة"])
def test_a_photos_alt_text_on_more_than_one_line_is_refused(aisha_client, aisha, alt):
    response = aisha_client.post(
        url("artisans:workshop-product-new", registry_number=aisha.registry_number),
        new_listing_post(photo_alt_en=alt),
    )
    assert response.status_code == 200 and not Product.objects.filter(artisan=aisha).exists()


@pytest.mark.parametrize("title", NOT_ONE_LINE)
def test_the_catalogue_service_refuses_it_whatever_calls_it(title):
    with pytest.raises(ValidationError) as refused:
        ListingText(title_en=title).clean()
    assert refused.value.code == "not_single_line"


def test_a_wagtail_images_alt_text_on_more_than_one_line_is_refused():
    from cms.images import HirfaImage

    image = HirfaImage(title="Jar", alt_en="A jar\nwith a lid", alt_ar="جرة", width=10, height=10, file="x.jpg")
    with pytest.raises(ValidationError) as refused:
        image.full_clean(exclude=["file"])
    assert "alt_en" in refused.value.message_dict


@pytest.mark.parametrize("subject", [*NOT_ONE_LINE, "x" * 5000, "tab\there", "nul\x00byte"])
def test_an_email_subject_is_one_safe_line_whatever_the_data(subject):
    built = bilingual_subject(lambda language: f"Hirfa: {subject}")
    assert "\n" not in built and "\r" not in built and "\x00" not in built
    assert not any(0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069 for c in built)
    assert len(built) <= 200


def test_approving_a_listing_whose_stored_title_has_a_line_break_sends_the_notice(
    aisha_client, aisha, reviewer_client, django_capture_on_commit_callbacks
):
    # Given a listing waiting for review whose title has a line break (stored before the rule existed)
    response = aisha_client.post(
        url("artisans:workshop-product-new", registry_number=aisha.registry_number), new_listing_post()
    )
    assert response.status_code == 302
    jar = Product.objects.get(artisan=aisha)
    Product.objects.filter(pk=jar.pk).update(title="Bahla water jar\nBcc: all@example.com")
    submission = ListingSubmission.objects.get(product=jar)
    mail.outbox.clear()
    # When the reviewer approves it
    with django_capture_on_commit_callbacks(execute=True):
        response = reviewer_client.post(url("authority:submission", pk=submission.pk), {"decision": "approve"})
    # Then the approval goes through without an error, and the artisan gets the notice, its subject on one line
    assert response.status_code == 302
    assert Product.objects.get(pk=jar.pk).moderation_status == Product.Moderation.APPROVED
    assert len(mail.outbox) == 1
    assert "\n" not in mail.outbox[0].subject and "Bcc" not in mail.outbox[0].extra_headers


def test_the_data_migration_makes_stored_text_single_line(aisha):
    # Given text stored before the rule: a title, a name and a waiting proposal with line breaks and overrides
    product = make_product(artisan=aisha, title_en="Jar", title_ar="جرة")
    Product.objects.filter(pk=product.pk).update(title="Bahla\nwater   jar", title_ar="\u202eجرة\u202c ماء")
    Artisan.objects.filter(pk=aisha.pk).update(name_en="Aisha\r\nAl Harthi")
    submission = ListingSubmission.objects.create(
        artisan=aisha, product=product, kind="change", proposed={"title_en": "New\njar", "craft_id": 1}
    )
    # When the migration runs
    migration = importlib.import_module("marketplace.migrations.0002_single_line_text")
    migration.make_single_line(apps, None)
    # Then each is one line, its words kept, and the rest of the proposal untouched
    product.refresh_from_db()
    assert (product.title, product.title_ar) == ("Bahla water jar", "جرة ماء")
    assert Artisan.objects.get(pk=aisha.pk).name_en == "Aisha Al Harthi"
    submission.refresh_from_db()
    assert submission.proposed == {"title_en": "New jar", "craft_id": 1}
