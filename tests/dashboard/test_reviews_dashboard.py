"""Oscar's review pages in the dashboard decide nothing: a buyer's review is approved or rejected only in the
authority's reviews tab, with its reason and audit. Each of the dashboard's review addresses sends a reviewer there,
and refuses staff without `reviews.moderate_reviews`, even with Oscar's own `change_productreview`."""

import pytest
from django.test import Client

from catalogue.reviews.models import ProductReview
from catalogue.reviews.services import review_create
from tests.factories import make_staff
from tests.reviews.conftest import *  # noqa: F403 (buyers with shipped lines, the authority's reviewers)
from tests.reviews.conftest import url

from .test_orders_elsewhere_in_the_dashboard import staff_with

pytestmark = pytest.mark.django_db


@pytest.fixture
def review(buyer, line):
    return review_create(user=buyer, line=line, score=2, body="The lid was cracked")


def signed_in(user) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(user)
    return client


def test_a_reviewer_is_sent_to_the_authority_tab(reviewer_client, review):
    listing = reviewer_client.get(url("dashboard:reviews-list"))
    assert listing.status_code == 302 and listing["Location"] == url("reviews:authority-queue")
    one = reviewer_client.get(url("dashboard:reviews-update", pk=review.pk))
    assert one.status_code == 302 and one["Location"] == url("reviews:authority-review", pk=review.pk)


@pytest.mark.parametrize("permissions", [(), ("reviews.change_productreview", "reviews.view_productreview")])
def test_staff_without_the_moderation_permission_are_refused(review, permissions):
    client = signed_in(staff_with(*permissions) if permissions else make_staff())
    for name, kwargs in (("dashboard:reviews-list", {}), ("dashboard:reviews-update", {"pk": review.pk})):
        response = client.get(url(name, **kwargs))
        assert response.status_code in (302, 403)
        assert url("reviews:authority-queue") not in response.get("Location", "")


def test_posting_to_the_dashboard_changes_no_review(reviewer_client, review):
    reviewer_client.post(url("dashboard:reviews-update", pk=review.pk), {"status": ProductReview.APPROVED})
    reviewer_client.post(url("dashboard:reviews-delete", pk=review.pk))
    review.refresh_from_db()
    assert review.status == ProductReview.FOR_MODERATION
