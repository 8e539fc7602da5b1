"""The artisan answers a published review once, publicly, from the workshop; another artisan's review is not
found."""

import pytest
from django.test import Client

from catalogue.reviews.models import ProductReview
from catalogue.reviews.services import review_approve, review_create

from .conftest import url

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(buyer, line, reviewer):
    review = review_create(user=buyer, line=line, score=5, body="Beautiful burner")
    return review_approve(review=review, reviewer=reviewer)


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_the_artisan_answers_once(aisha, aisha_manager, published, piece):
    client = signed_in(aisha_manager)
    reply_url = url("reviews:workshop-review-reply", registry_number=aisha.registry_number, review_pk=published.pk)
    listing = client.get(url("reviews:workshop-reviews", registry_number=aisha.registry_number)).content.decode()
    assert "Beautiful burner" in listing and reply_url in listing

    assert client.post(reply_url, {"reply": "شكرا لك، سعيدة أنها أعجبتك"}).status_code == 302
    published.refresh_from_db()
    assert published.reply.startswith("شكرا") and published.reply_language == "ar"

    second = client.post(reply_url, {"reply": "Changed my mind"})
    assert second.status_code == 200
    published.refresh_from_db()
    assert published.reply.startswith("شكرا")

    from django.utils import translation

    with translation.override("en"):
        page = Client().get(piece.get_absolute_url()).content.decode()
    assert "شكرا لك" in page


def test_another_artisans_review_is_not_found(salim, salim_manager, aisha, published):
    client = signed_in(salim_manager)
    for number in (salim.registry_number, aisha.registry_number):
        reply_url = url("reviews:workshop-review-reply", registry_number=number, review_pk=published.pk)
        assert client.get(reply_url).status_code == 404
        assert client.post(reply_url, {"reply": "Not mine"}).status_code == 404
    assert client.get(url("reviews:workshop-reviews", registry_number=aisha.registry_number)).status_code == 404
    published.refresh_from_db()
    assert published.reply == ""


def test_a_review_waiting_for_moderation_cannot_be_answered(aisha, aisha_manager, buyer, line):
    review = review_create(user=buyer, line=line, score=2, body="Cracked")
    client = signed_in(aisha_manager)
    reply_url = url("reviews:workshop-review-reply", registry_number=aisha.registry_number, review_pk=review.pk)
    assert client.post(reply_url, {"reply": "Sorry"}).status_code == 404
    assert ProductReview.objects.get().reply == ""
