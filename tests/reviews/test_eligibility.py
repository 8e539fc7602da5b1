"""Only the buyer of a shipped line reviews it, once."""

import pytest
from django.core.exceptions import ValidationError

from catalogue.reviews.models import ProductReview
from catalogue.reviews.services import review_create
from marketplace.bilingual import written_language as text_language
from tests.factories import UserFactory

from .conftest import paid_order, shipped_line, url

pytestmark = pytest.mark.django_db

GOOD = {"score": "5", "body": "جميلة جدا ورائحة البخور تملأ البيت", "language": ""}


def test_the_buyer_of_a_shipped_line_writes_a_review_that_waits_for_the_authority(buyer_client, line, buyer):
    # Given a buyer whose piece has shipped
    # When they send a review from the line's page
    response = buyer_client.post(url("reviews:write", line_pk=line.pk), GOOD)

    # Then it is kept, waiting for moderation, in the language of its script
    assert response.status_code == 302
    review = ProductReview.objects.get(order_line=line)
    assert review.user == buyer and review.score == 5 and review.status == ProductReview.FOR_MODERATION
    assert review.language == "ar"


def test_the_order_page_offers_to_review_a_shipped_line(buyer_client, line):
    page = buyer_client.get(url("customer:order", order_number=line.order.number)).content.decode()
    assert url("reviews:write", line_pk=line.pk) in page


def test_a_line_not_yet_shipped_cannot_be_reviewed(buyer_client, buyer, piece):
    order = paid_order(buyer=buyer, product=piece)
    unshipped = order.lines.get()
    assert buyer_client.get(url("reviews:write", line_pk=unshipped.pk)).status_code == 404
    assert buyer_client.post(url("reviews:write", line_pk=unshipped.pk), GOOD).status_code == 404
    with pytest.raises(ValidationError):
        review_create(user=buyer, line=unshipped, score=5, body="Lovely")
    assert not ProductReview.objects.exists()


def test_someone_who_did_not_buy_the_piece_cannot_review_it(client, line):
    client.force_login(UserFactory())
    assert client.get(url("reviews:write", line_pk=line.pk)).status_code == 404
    assert client.post(url("reviews:write", line_pk=line.pk), GOOD).status_code == 404
    assert not ProductReview.objects.exists()


def test_a_visitor_who_is_not_signed_in_is_sent_to_sign_in(client, line):
    response = client.post(url("reviews:write", line_pk=line.pk), GOOD)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not ProductReview.objects.exists()


def test_a_line_is_reviewed_once(buyer_client, buyer, line):
    buyer_client.post(url("reviews:write", line_pk=line.pk), GOOD)
    assert buyer_client.post(url("reviews:write", line_pk=line.pk), {**GOOD, "body": "Again"}).status_code == 404
    with pytest.raises(ValidationError):
        review_create(user=buyer, line=line, score=1, body="Again")
    assert ProductReview.objects.count() == 1


def test_a_second_purchase_of_the_same_piece_is_a_line_of_its_own(buyer_client, buyer, piece, aisha_manager, line):
    buyer_client.post(url("reviews:write", line_pk=line.pk), GOOD)
    second = shipped_line(buyer=buyer, product=piece, manager=aisha_manager)
    assert buyer_client.post(url("reviews:write", line_pk=second.pk), GOOD).status_code == 302
    assert ProductReview.objects.filter(user=buyer, product=piece).count() == 2


def test_the_buyer_may_say_which_language_they_wrote_in(buyer_client, line):
    buyer_client.post(url("reviews:write", line_pk=line.pk), {"score": "4", "body": "OK 👍", "language": "en"})
    assert ProductReview.objects.get().language == "en"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Beautiful work", "en"), ("عمل جميل", "ar"), ("عمل جميل جدا، nice", "ar"), ("12345 !!", "ar")],
)
def test_the_language_is_found_from_the_script(text, expected):
    assert text_language(text, default="ar") == expected
