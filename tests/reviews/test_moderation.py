"""A review is published only once the authority approves it; reasons come from a fixed, translated list; only the
holders of the named permission decide."""

import pytest
from django.test import Client

from audit.models import AuditEvent
from catalogue.reviews.models import ProductReview
from catalogue.reviews.services import review_create
from tests.factories import UserFactory

from .conftest import url

pytestmark = pytest.mark.django_db


@pytest.fixture
def review(buyer, line):
    return review_create(user=buyer, line=line, score=4, body="Lovely smell of frankincense when it burns")


def product_page(piece, language="en") -> str:
    from django.utils import translation

    with translation.override(language):
        address = piece.get_absolute_url()
    return Client().get(address).content.decode()


def test_a_review_waiting_for_moderation_is_not_shown(review, piece):
    assert "Lovely smell" not in product_page(piece)


def test_the_reviews_tab_lists_what_waits(reviewer_client, review):
    page = reviewer_client.get(url("reviews:authority-queue")).content.decode()
    assert url("reviews:authority-review", pk=review.pk) in page
    home = reviewer_client.get(url("authority:home")).content.decode()
    assert url("reviews:authority-queue") in home


def test_the_authority_approves_and_the_review_is_shown(reviewer_client, reviewer, review, piece):
    # Given an anonymous visitor has the product page in the page cache
    assert "Lovely smell" not in product_page(piece)

    # When a reviewer approves the review
    response = reviewer_client.post(url("reviews:authority-review", pk=review.pk), {"decision": "approve"})

    # Then it is published, audited, and the cached page shows it
    assert response.status_code == 302
    review.refresh_from_db()
    assert review.status == ProductReview.APPROVED and review.decided_by == reviewer
    assert AuditEvent.objects.filter(action="review.approved").exists()
    assert "Lovely smell" in product_page(piece)


def test_the_authority_rejects_with_a_reason_from_the_list(reviewer_client, review, piece):
    response = reviewer_client.post(
        url("reviews:authority-review", pk=review.pk), {"decision": "reject", "reason": "personal"}
    )
    assert response.status_code == 302
    review.refresh_from_db()
    assert review.status == ProductReview.REJECTED and review.rejection_reason == "personal"
    assert "Lovely smell" not in product_page(piece)


def test_a_rejection_needs_a_reason(reviewer_client, review):
    response = reviewer_client.post(
        url("reviews:authority-review", pk=review.pk, language="ar"), {"decision": "reject"}
    )
    assert response.status_code == 200
    assert "اختر سببا" in response.content.decode() or "اختر" in response.content.decode()
    review.refresh_from_db()
    assert review.status == ProductReview.FOR_MODERATION


def test_the_reasons_are_offered_in_arabic(reviewer_client, review):
    page = reviewer_client.get(url("reviews:authority-review", pk=review.pk, language="ar")).content.decode()
    assert "بيانات شخصية" in page


@pytest.mark.parametrize("who", ["buyer", "staff", "artisan"])
def test_without_the_permission_nobody_decides(client, review, who, aisha_manager):
    user = {"buyer": UserFactory(), "staff": UserFactory(is_staff=True), "artisan": aisha_manager}[who]
    client.force_login(user)
    assert client.get(url("reviews:authority-queue")).status_code == 403
    assert client.post(url("reviews:authority-review", pk=review.pk), {"decision": "approve"}).status_code == 403
    review.refresh_from_db()
    assert review.status == ProductReview.FOR_MODERATION


def test_a_decided_review_is_not_found_in_the_queue(reviewer_client, review):
    reviewer_client.post(url("reviews:authority-review", pk=review.pk), {"decision": "approve"})
    assert reviewer_client.get(url("reviews:authority-review", pk=review.pk)).status_code == 404
