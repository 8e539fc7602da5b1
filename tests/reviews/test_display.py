"""The average and count on the product and artisan pages, each review's language (the reader's first), the
schema.org AggregateRating and Review in the structured data, and a bounded number of queries."""

import json

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import translation

from catalogue.reviews.services import review_approve, review_create, review_reply
from tests.factories import UserFactory

from .conftest import shipped_line

pytestmark = pytest.mark.django_db


def publish(*, piece, manager, reviewer, score, body, first_name="Huda"):
    buyer = UserFactory(first_name=first_name)
    line = shipped_line(buyer=buyer, product=piece, manager=manager)
    return review_approve(review=review_create(user=buyer, line=line, score=score, body=body), reviewer=reviewer)


def page(address_of, language: str) -> BeautifulSoup:
    with translation.override(language):
        address = address_of()
    response = Client().get(address)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def structured(soup: BeautifulSoup, kind: str) -> dict:
    for script in soup.find_all("script", type="application/ld+json"):
        data = json.loads(script.string)
        if data.get("@type") in kind.split("|"):
            return data
    raise AssertionError(f"no {kind} in the page")


@pytest.fixture
def two_reviews(piece, aisha_manager, reviewer):
    english = publish(piece=piece, manager=aisha_manager, reviewer=reviewer, score=5, body="Beautiful <b>work</b>")
    arabic = publish(piece=piece, manager=aisha_manager, reviewer=reviewer, score=2, body="اللون أغمق من الصورة")
    return english, arabic


@pytest.mark.parametrize(("language", "first"), [("en", "Beautiful"), ("ar", "اللون")])
def test_the_product_page_shows_the_average_and_the_count_the_readers_language_first(
    piece, two_reviews, language, first
):
    soup = page(piece.get_absolute_url, language)
    section = soup.select_one("#reviews")
    assert "3.5" in section.select_one(".reviews__summary").get_text()
    bodies = section.select(".review__body")
    assert len(bodies) == 2 and bodies[0].get_text().startswith(first)
    assert {body["lang"] for body in bodies} == {"ar", "en"}
    # The buyer's HTML is shown as text, never as markup
    assert "<b>work</b>" in section.get_text() and not section.select(".review__body b")


def test_the_product_pages_structured_data_has_the_rating_and_the_reviews(piece, two_reviews):
    data = structured(page(piece.get_absolute_url, "en"), "Product")
    assert data["aggregateRating"]["ratingValue"] == "3.5" and data["aggregateRating"]["reviewCount"] == 2
    assert {review["reviewRating"]["ratingValue"] for review in data["review"]} == {5, 2}
    assert {review["inLanguage"] for review in data["review"]} == {"ar", "en"}


def test_the_artisan_page_shows_the_rating_and_the_answer(aisha, aisha_manager, two_reviews):
    english, _arabic = two_reviews
    review_reply(review=english, artisan=aisha, user=aisha_manager, text="Thank you, Huda")
    soup = page(aisha.get_absolute_url, "en")
    assert "3.5 out of 5, from 2 reviews" in soup.select_one("#reviews").get_text(" ", strip=True)
    assert "Thank you, Huda" in soup.select_one(".review__reply").get_text()
    data = structured(soup, "Person|Organization")
    assert data["aggregateRating"]["reviewCount"] == 2 and len(data["review"]) == 2


def test_a_piece_without_reviews_has_no_rating(piece):
    soup = page(piece.get_absolute_url, "en")
    assert "aggregateRating" not in structured(soup, "Product")
    assert soup.select_one(".reviews__none")


def test_the_product_and_artisan_pages_queries_do_not_grow_with_the_reviews(
    piece, aisha, aisha_manager, reviewer, django_assert_max_num_queries, settings
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.PAGE_CACHE_ENABLED = False
    with translation.override("en"):
        product_url, artisan_url = piece.get_absolute_url(), aisha.get_absolute_url()
    client = Client()
    counts = {}
    for total in (1, 20):
        while piece.reviews.count() < total:
            number = piece.reviews.count()
            score = 1 + number % 5
            publish(piece=piece, manager=aisha_manager, reviewer=reviewer, score=score, body=f"Review {number}")
        client.get(product_url)  # warm what is cached per process (navigation, facets)
        client.get(artisan_url)
        with django_assert_max_num_queries(PRODUCT_PAGE_QUERIES), CaptureQueriesContext(connection) as product:
            assert f"Review {total - 1}" in client.get(product_url).content.decode()
        with django_assert_max_num_queries(ARTISAN_PAGE_QUERIES), CaptureQueriesContext(connection) as artisan:
            assert f"Review {total - 1}" in client.get(artisan_url).content.decode()
        counts[total] = (len(product), len(artisan))
    assert counts[1] == counts[20], counts


PRODUCT_PAGE_QUERIES = 40
ARTISAN_PAGE_QUERIES = 30
