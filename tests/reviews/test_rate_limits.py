"""Reviews sent too often answer 429: per address and per account."""

import pytest
from django.core.cache import cache
from django.test import Client

from catalogue.reviews.models import ProductReview

from .conftest import url

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_counts():
    cache.clear()


def test_too_many_reviews_from_one_address_answer_429(settings, buyer_client, line):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "review": "2/h"}
    answers = [
        buyer_client.post(url("reviews:write", "ar", line_pk=line.pk), {"body": ""}).status_code for _ in range(3)
    ]
    assert answers == [200, 200, 429]
    response = buyer_client.post(url("reviews:write", "ar", line_pk=line.pk), {"score": "5", "body": "جميلة"})
    assert response.status_code == 429 and "Retry-After" in response
    assert "طلبات كثيرة" in response.content.decode()  # the message in the request's language
    assert not ProductReview.objects.exists()


def test_too_many_reviews_from_one_account_answer_429_whatever_the_address(settings, buyer, line):
    settings.RATE_LIMITS_PER_ACCOUNT = {"review": "2/h"}
    answers = []
    for number in range(3):
        client = Client(REMOTE_ADDR=f"10.0.0.{number + 1}")
        client.force_login(buyer)
        answers.append(client.post(url("reviews:write", line_pk=line.pk), {"body": ""}).status_code)
    assert answers == [200, 200, 429]


def test_the_limit_counts_only_sending(settings, buyer_client, line):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "review": "1/h"}
    assert all(buyer_client.get(url("reviews:write", line_pk=line.pk)).status_code == 200 for _ in range(3))
