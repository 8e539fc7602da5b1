"""Every change to a listing, a profile, a verification, bank details or a moderation decision is recorded with who,
when, and before/after; the record cannot be changed; the authority reads it, nobody else."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.test import Client

from artisans.services import artisan_update_profile
from audit.models import AuditEvent
from audit.services import audit_record
from moderation.models import ListingSubmission
from moderation.services import submission_reject
from tests.factories import make_product
from tests.moderation.conftest import edit_post, url

pytestmark = pytest.mark.django_db


def test_a_listing_change_is_recorded_with_who_when_and_before_after(aisha, aisha_client, aisha_manager):
    jar = make_product(artisan=aisha, price="10.000", stock=4)
    aisha_client.post(
        url("artisans:workshop-product-edit", registry_number=aisha.registry_number, product_pk=jar.pk),
        edit_post(jar, price="12.000", title_en="Water jar"),
    )

    event = AuditEvent.objects.get(action="listing.changed")
    assert event.actor == aisha_manager and event.artisan == aisha
    assert (event.before["price"], event.after["price"]) == ("10.000", "12.000")
    assert event.after["proposed_for_review"]["title_en"] == "Water jar"
    assert "stock" not in event.before  # only what changed is kept


def test_a_moderation_decision_is_recorded(aisha, aisha_client, aisha_manager, reviewer):
    jar = make_product(artisan=aisha)
    aisha_client.post(
        url("artisans:workshop-product-edit", registry_number=aisha.registry_number, product_pk=jar.pk),
        edit_post(jar, title_en="Spam"),
    )
    submission_reject(submission=ListingSubmission.objects.get(), reviewer=reviewer, reason="text", note_en="No.")

    event = AuditEvent.objects.get(action="moderation.rejected")
    assert event.actor == reviewer and event.after["reason"] == "text" and event.after["note_en"] == "No."


def test_a_profile_change_is_recorded(aisha, aisha_manager):
    artisan_update_profile(
        artisan=aisha, name_en="Aisha Al Hinai", name_ar="", bio_en="", bio_ar="", actor=aisha_manager
    )

    event = AuditEvent.objects.get(action="profile.changed")
    assert (event.before["name_en"], event.after["name_en"]) == ("Aisha", "Aisha Al Hinai")
    assert event.actor_label == aisha_manager.get_username()


def test_the_record_cannot_be_changed_or_deleted(aisha, aisha_manager):
    artisan_update_profile(artisan=aisha, name_en="X", name_ar="", bio_en="", bio_ar="", actor=aisha_manager)
    event = AuditEvent.objects.get()
    event.note = "rewritten"
    with pytest.raises(ValidationError):
        event.save()
    with pytest.raises(ValidationError):
        event.delete()


def test_the_authority_reads_the_trail_filtered_by_artisan(aisha, aisha_manager, salim, reviewer_client):
    artisan_update_profile(artisan=aisha, name_en="Aisha H", name_ar="", bio_en="", bio_ar="", actor=aisha_manager)
    artisan_update_profile(artisan=salim, name_en="Salim R", name_ar="", bio_en="", bio_ar="")

    page = reviewer_client.get(url("authority:audit"), {"artisan": aisha.registry_number})

    assert page.status_code == 200
    assert [e.artisan for e in page.context["events"]] == [aisha]
    assert "Aisha H" in page.content.decode()


def test_artisans_and_buyers_cannot_read_the_trail(aisha_client):
    assert aisha_client.get(url("authority:audit")).status_code == 403
    anonymous = Client().get(url("authority:audit"))
    assert anonymous.status_code == 302


def test_the_trail_page_runs_a_bounded_number_of_queries(
    aisha, aisha_manager, reviewer_client, django_assert_max_num_queries
):
    for n in range(40):
        artisan_update_profile(
            artisan=aisha, name_en=f"Aisha {n}", name_ar="", bio_en="", bio_ar="", actor=aisha_manager
        )
    reviewer_client.get(url("authority:audit"))
    with django_assert_max_num_queries(12):
        assert reviewer_client.get(url("authority:audit")).status_code == 200


def test_the_django_admin_shows_the_trail_read_only(aisha, aisha_manager, reviewer_client):
    artisan_update_profile(artisan=aisha, name_en="X", name_ar="", bio_en="", bio_ar="", actor=aisha_manager)
    event = AuditEvent.objects.get()
    assert reviewer_client.get("/django-admin/audit/auditevent/").status_code == 200
    assert reviewer_client.get(f"/django-admin/audit/auditevent/{event.pk}/change/").status_code == 200
    assert (
        reviewer_client.post(f"/django-admin/audit/auditevent/{event.pk}/delete/", {"post": "yes"}).status_code == 403
    )
    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_the_trail_reads_in_the_readers_language_not_in_codes(aisha, aisha_manager, reviewer_client):
    jar = make_product(artisan=aisha, stock=4)
    audit_record(
        actor=aisha_manager,
        action="listing.stock",
        target=jar,
        artisan=aisha,
        before={"is_public": True, "stock": 4},
        after={"is_public": False, "stock": 0},
    )

    row = BeautifulSoup(reviewer_client.get("/ar/authority/audit-trail/").content, "html.parser").select_one("tbody tr")
    text = row.get_text(" ")
    assert "تغيّر المخزون" in text and "listing.stock" not in text
    assert "معروضة للبيع: نعم → لا" in text and "False" not in text and "is_public" not in text
    assert "المخزون: 4 → 0" in text


def test_an_action_the_trail_has_no_name_for_is_shown_as_recorded(aisha, reviewer_client):
    audit_record(actor=None, action="wagtail.publish", target=aisha, artisan=aisha)
    assert "wagtail.publish" in reviewer_client.get("/en/authority/audit-trail/").content.decode()


def test_the_trail_names_the_system_and_staff_in_the_readers_language(aisha, reviewer, reviewer_client):
    audit_record(actor=None, action="listing.stock", target=aisha, artisan=aisha)
    audit_record(actor=reviewer, action="artisan.suspended", target=aisha, artisan=aisha)

    text = BeautifulSoup(reviewer_client.get("/ar/authority/audit-trail/").content, "html.parser").tbody.get_text(" ")

    assert "النظام" in text and f"{reviewer.get_username()} (موظف)" in text
    assert "system" not in text and "(staff)" not in text
