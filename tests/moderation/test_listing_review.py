"""Nothing goes on sale until the authority approves it: new listings, and changes to what buyers read or see, wait
for review; price and stock apply at once; rejected and pending listings never appear in pages or search."""

from decimal import Decimal

import pytest
from django.core import mail
from django.utils import translation
from oscar.core.loading import get_model

from audit.models import AuditEvent
from moderation.models import ListingSubmission
from moderation.services import submission_approve, submission_reject
from search.indexing import apply_due_entries
from tests.factories import make_product
from tests.image_files import plain_jpeg

from .conftest import edit_post, new_listing_post, url

Product = get_model("catalogue", "Product")
pytestmark = pytest.mark.django_db


def drain() -> None:
    while apply_due_entries().applied:
        pass


def found(client, query: str) -> list[str]:
    return [result["sku"] for result in client.get("/api/search/", {"q": query}).json()["results"]]


def list_a_jar(aisha_client, aisha) -> Product:
    response = aisha_client.post(
        url("artisans:workshop-product-new", registry_number=aisha.registry_number), new_listing_post()
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    return Product.objects.get(artisan=aisha, title="Bahla water jar")


# --- A new listing ---------------------------------------------------------------------------------------------


def test_a_new_listing_waits_for_review_hidden_from_pages_and_search(aisha_client, aisha, client, search_engine):
    jar = list_a_jar(aisha_client, aisha)
    drain()

    assert (jar.is_public, jar.moderation_status) == (False, Product.Moderation.PENDING)
    assert ListingSubmission.objects.get(product=jar).kind == ListingSubmission.Kind.NEW
    assert client.get(jar.get_absolute_url()).status_code == 404
    assert "Bahla water jar" not in client.get(url("catalogue:index")).content.decode()
    assert "Bahla water jar" not in client.get(aisha.get_absolute_url()).content.decode()
    assert found(client, "water jar") == []
    assert not jar.images.exists()  # its photo waits with the submission
    assert ListingSubmission.objects.get(product=jar).photos.count() == 1


def test_an_approved_listing_goes_on_sale_with_its_photo_and_is_found(
    aisha_client, aisha, reviewer_client, client, search_engine
):
    jar = list_a_jar(aisha_client, aisha)
    submission = ListingSubmission.objects.get(product=jar)

    with translation.override("en"):
        queue = reviewer_client.get(url("authority:submissions")).content.decode()
    assert "Bahla water jar" in queue
    response = reviewer_client.post(url("authority:submission", pk=submission.pk), {"decision": "approve"})
    assert response.status_code == 302
    drain()

    jar.refresh_from_db()
    assert (jar.is_public, jar.moderation_status) == (True, Product.Moderation.APPROVED)
    image = jar.images.get()
    assert (image.caption, image.alt_ar) == ("A red clay jar", "جرة فخارية حمراء")
    assert client.get(jar.get_absolute_url()).status_code == 200
    assert found(client, "water jar") == [jar.upc]
    assert found(client, "جرة") == [jar.upc]


def test_a_rejected_listing_stays_hidden_and_the_artisan_reads_why_in_arabic(
    aisha_client, aisha, reviewer, client, search_engine, django_capture_on_commit_callbacks
):
    jar = list_a_jar(aisha_client, aisha)
    with django_capture_on_commit_callbacks(execute=True):
        submission_reject(
            submission=ListingSubmission.objects.get(product=jar),
            reviewer=reviewer,
            reason=ListingSubmission.RejectionReason.PHOTOS,
            note_ar="صوّر الجرة في ضوء النهار.",
        )
    drain()

    jar.refresh_from_db()
    assert (jar.is_public, jar.moderation_status) == (False, Product.Moderation.REJECTED)
    assert client.get(jar.get_absolute_url()).status_code == 404
    assert found(client, "water jar") == []
    page = aisha_client.get(url("artisans:workshop-products", "ar", registry_number=aisha.registry_number))
    text = page.content.decode()
    assert "لم تتم الموافقة" in text  # "Not approved"
    assert "صوّر الجرة في ضوء النهار." in text
    assert len(mail.outbox) == 1
    assert "لم تتم الموافقة" in mail.outbox[0].subject and "was not approved" in mail.outbox[0].subject


def test_a_corrected_rejected_listing_goes_back_to_review(aisha_client, aisha, reviewer):
    jar = list_a_jar(aisha_client, aisha)
    submission_reject(
        submission=ListingSubmission.objects.get(product=jar), reviewer=reviewer, reason="text", note_en="Say more."
    )

    aisha_client.post(
        url("artisans:workshop-product-edit", registry_number=aisha.registry_number, product_pk=jar.pk),
        edit_post(jar, description_en="A water jar of red Bahla clay, 35 cm high."),
    )

    jar.refresh_from_db()
    assert jar.moderation_status == Product.Moderation.PENDING and not jar.is_public
    pending = ListingSubmission.objects.get(product=jar, status=ListingSubmission.Status.PENDING)
    assert pending.kind == ListingSubmission.Kind.NEW


# --- Changes to a live listing ---------------------------------------------------------------------------------


@pytest.fixture
def live_jar(aisha):
    return make_product(artisan=aisha, title_en="Bahla jar", title_ar="جرة بهلاء", price="10.000", stock=4)


def test_price_and_stock_apply_at_once_without_review(aisha_client, aisha, live_jar, client):
    aisha_client.post(
        url("artisans:workshop-product-edit", registry_number=aisha.registry_number, product_pk=live_jar.pk),
        edit_post(live_jar, price="11.250", stock="7"),
    )

    stockrecord = live_jar.stockrecords.get()
    assert (stockrecord.price, stockrecord.num_in_stock) == (Decimal("11.250"), 7)
    assert not ListingSubmission.objects.filter(product=live_jar).exists()
    assert "11.250" in client.get(live_jar.get_absolute_url()).content.decode()


def test_a_text_change_waits_while_buyers_keep_the_approved_listing(aisha_client, aisha, live_jar, client):
    aisha_client.post(
        url("artisans:workshop-product-edit", registry_number=aisha.registry_number, product_pk=live_jar.pk),
        edit_post(live_jar, title_en="Best jar in Oman, call 9999"),
    )

    live_jar.refresh_from_db()
    assert live_jar.title == "Bahla jar" and live_jar.is_public
    page = client.get(live_jar.get_absolute_url()).content.decode()
    assert "Bahla jar" in page and "call 9999" not in page
    submission = ListingSubmission.objects.get(product=live_jar, status="pending")
    assert submission.kind == ListingSubmission.Kind.CHANGE
    assert submission.proposed["title_en"] == "Best jar in Oman, call 9999"
    # The artisan goes on from what they sent, not from what buyers see.
    form = aisha_client.get(
        url("artisans:workshop-product-edit", registry_number=aisha.registry_number, product_pk=live_jar.pk)
    ).content.decode()
    assert "Best jar in Oman, call 9999" in form


def test_an_approved_change_replaces_what_buyers_see(aisha_client, aisha, live_jar, reviewer, client):
    aisha_client.post(
        url("artisans:workshop-product-edit", registry_number=aisha.registry_number, product_pk=live_jar.pk),
        edit_post(live_jar, title_en="Bahla water jar"),
    )
    submission_approve(submission=ListingSubmission.objects.get(product=live_jar), reviewer=reviewer)

    live_jar.refresh_from_db()
    assert live_jar.title == "Bahla water jar"
    assert "Bahla water jar" in client.get(live_jar.get_absolute_url()).content.decode()


def test_a_rejected_change_is_dropped_and_the_listing_stays_on_sale(aisha_client, aisha, live_jar, reviewer):
    aisha_client.post(
        url("artisans:workshop-product-edit", registry_number=aisha.registry_number, product_pk=live_jar.pk),
        edit_post(live_jar, title_en="Spam spam"),
    )
    submission_reject(submission=ListingSubmission.objects.get(product=live_jar), reviewer=reviewer, reason="text")

    live_jar.refresh_from_db()
    assert live_jar.title == "Bahla jar" and live_jar.is_public
    with translation.override("en"):
        page = aisha_client.get(url("artisans:workshop-products", registry_number=aisha.registry_number))
    assert "your last changes were not approved" in page.content.decode()


def test_a_new_photo_of_a_live_listing_is_shown_only_once_approved(aisha_client, aisha, live_jar, reviewer, client):
    photos_url = url("artisans:workshop-product-photos", registry_number=aisha.registry_number, product_pk=live_jar.pk)
    response = aisha_client.post(photos_url, {"photos": plain_jpeg("side.jpg"), "alt_en": "Side", "alt_ar": "جانب"})
    assert response.status_code == 302

    assert not live_jar.images.exists()
    submission = ListingSubmission.objects.get(product=live_jar, status="pending")
    photo_url = submission.photos.get().image.url
    assert photo_url not in client.get(live_jar.get_absolute_url()).content.decode()

    submission_approve(submission=submission, reviewer=reviewer)
    assert live_jar.images.count() == 1


def test_putting_the_text_back_as_it_was_withdraws_the_change(aisha_client, aisha, live_jar):
    edit = url("artisans:workshop-product-edit", registry_number=aisha.registry_number, product_pk=live_jar.pk)
    aisha_client.post(edit, edit_post(live_jar, title_en="Changed"))
    aisha_client.post(edit, edit_post(live_jar, title_en="Bahla jar"))
    assert not ListingSubmission.objects.filter(product=live_jar, status="pending").exists()


def test_a_decided_submission_cannot_be_decided_again(aisha_client, aisha, reviewer_client, reviewer):
    jar = list_a_jar(aisha_client, aisha)
    submission = ListingSubmission.objects.get(product=jar)
    submission_approve(submission=submission, reviewer=reviewer)

    response = reviewer_client.post(
        url("authority:submission", pk=submission.pk), {"decision": "reject", "reason": "text"}
    )

    assert response.status_code == 200
    jar.refresh_from_db()
    assert jar.is_public


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"decision": "reject"}, "Choose a reason."),
        ({"decision": "reject", "reason": "other"}, "Explain the reason in a note."),
        ({"decision": "reject", "reason": "no-such-reason"}, "Select a valid choice"),
        ({"decision": "maybe"}, "Select a valid choice"),
        ({"decision": "reject", "reason": "text", "note_en": "x" * 2001}, "at most 2000 characters"),
    ],
)
def test_a_bad_decision_is_refused_and_changes_nothing(aisha_client, aisha, reviewer_client, data, message):
    jar = list_a_jar(aisha_client, aisha)
    submission = ListingSubmission.objects.get(product=jar)

    response = reviewer_client.post(url("authority:submission", pk=submission.pk), data)

    assert response.status_code == 200
    assert message in response.content.decode()
    submission.refresh_from_db()
    assert submission.status == ListingSubmission.Status.PENDING


# --- The authority lists on an artisan's behalf -----------------------------------------------------------------


def test_the_authority_lists_for_an_artisan_on_sale_at_once_recorded_with_who_did_it(
    reviewer_client, reviewer, aisha, client
):
    response = reviewer_client.post(
        url("artisans:workshop-product-new", registry_number=aisha.registry_number), new_listing_post()
    )

    assert response.status_code == 302
    jar = Product.objects.get(artisan=aisha)
    assert jar.is_public and jar.listed_by == reviewer
    assert jar.images.count() == 1
    assert not ListingSubmission.objects.filter(product=jar).exists()
    event = AuditEvent.objects.get(action="listing.created", target_id=str(jar.pk))
    assert event.actor == reviewer and "on the artisan's behalf" in event.note
    assert client.get(jar.get_absolute_url()).status_code == 200


def test_a_buyer_cannot_open_the_review_pages(client, aisha_manager):
    client.force_login(aisha_manager)
    for name in ("authority:submissions", "authority:applications", "authority:audit", "authority:list-for"):
        assert client.get(url(name)).status_code == 403


def test_buyers_see_the_measurements_of_an_approved_piece(aisha_client, aisha, reviewer, client):
    jar = list_a_jar(aisha_client, aisha)
    submission_approve(submission=ListingSubmission.objects.get(product=jar), reviewer=reviewer)

    page = client.get(jar.get_absolute_url()).content.decode()

    assert "20.0 × 20.0 × 35.5" in page


def test_buyers_read_the_photo_description_in_their_language(aisha_client, aisha, reviewer, client):
    jar = list_a_jar(aisha_client, aisha)
    submission_approve(submission=ListingSubmission.objects.get(product=jar), reviewer=reviewer)

    with translation.override("ar"):
        arabic = client.get(jar.get_absolute_url()).content.decode()
    with translation.override("en"):
        english = client.get(jar.get_absolute_url()).content.decode()

    assert 'alt="جرة فخارية حمراء"' in arabic
    assert 'alt="A red clay jar"' in english
