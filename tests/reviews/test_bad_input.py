"""Hostile or oversized reviews and replies: refused with a clear message in the user's language, what was typed
kept; HTML is kept as text and shown escaped (test_display)."""

import pytest

from catalogue.reviews.models import ProductReview

from .conftest import url

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("body", "message_en", "message_ar"),
    [
        ("Nice \u202eevil\u202c piece", "hidden direction marks", "علامات اتجاه مخفية"),
        ("x" * 50_000, "at most 3000 characters", "3000"),
        ("Nice\x00piece", "cannot be shown", ""),
        ("   ", "Write a few words about the piece.", "اكتب بضع كلمات عن القطعة."),
    ],
)
@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_hostile_or_oversized_review_is_refused_and_kept_in_the_form(
    buyer_client, line, body, message_en, message_ar, language
):
    response = buyer_client.post(url("reviews:write", language, line_pk=line.pk), {"score": "3", "body": body})
    assert response.status_code == 200
    page = response.content.decode()
    assert (message_en if language == "en" else message_ar) in page
    if body.strip() and "\x00" not in body:
        assert body[:200] in page  # nothing typed is lost
    assert not ProductReview.objects.exists()


def test_a_review_without_a_rating_is_refused(buyer_client, line):
    response = buyer_client.post(url("reviews:write", "ar", line_pk=line.pk), {"body": "جميلة"})
    assert "اختر تقييمًا" in response.content.decode()
    assert "جميلة" in response.content.decode()
    assert not ProductReview.objects.exists()


def test_a_script_is_stored_as_text_and_never_run(buyer_client, line, reviewer_client):
    body = '<script>alert("x")</script> nice'
    buyer_client.post(url("reviews:write", line_pk=line.pk), {"score": "4", "body": body})
    review = ProductReview.objects.get()
    page = reviewer_client.get(url("reviews:authority-review", pk=review.pk)).content.decode()
    assert '<script>alert("x")</script>' not in page and "&lt;script&gt;" in page
