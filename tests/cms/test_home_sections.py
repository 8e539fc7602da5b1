"""The home page adds the latest stories of its language to what it already shows, in bounded queries."""

import re
from datetime import date
from decimal import Decimal

import pytest
from django.core.cache import cache

from cms.models import StoryPage
from tests.cms.conftest import add_page, html_of
from tests.factories import make_artisan, make_product

pytestmark = pytest.mark.django_db

HOME_QUERY_BOUND = 20  # 16 measured, with 3 and with 30 pieces and stories alike
HOME_CACHED_QUERY_BOUND = 5  # around the cached sections: routing (the site is cached), the translations once


def add_story(index, n: int) -> StoryPage:
    return add_page(index, StoryPage(title=f"Story {n}", slug=f"story-{n}", date=date(2026, 1, n), body=[]))


def test_the_home_page_shows_the_three_latest_stories_of_its_language(client, story_index):
    for n in range(1, 5):
        add_story(story_index, n)

    english = html_of(client.get("/en/"))
    arabic = html_of(client.get("/ar/"))

    assert all(f"Story {n}" in english for n in (2, 3, 4)) and "Story 1" not in english
    assert "Story 4" not in arabic


def test_the_home_page_links_to_the_other_languages_home(client):
    assert 'href="/ar/"' in html_of(client.get("/en/")) and "اقرأ بالعربية" in html_of(client.get("/en/"))


@pytest.mark.parametrize("count", [3, 30])
def test_the_home_page_runs_a_bounded_number_of_queries(client, story_index, django_assert_max_num_queries, count):
    artisan = make_artisan(bio_en="Potter of Bahla.")
    for n in range(1, count + 1):
        make_product(artisan=artisan, craft_code=("pottery", "silverwork", "palm_frond")[n % 3], title_en=f"Jar {n}")
        add_story(story_index, n)
    client.get("/en/")
    cache.clear()  # measure the page as rendered, not as served from the cache

    with django_assert_max_num_queries(HOME_QUERY_BOUND):
        html_of(client.get("/en/"))


def without_nonces(html: str) -> str:
    return re.sub(r'nonce="[^"]*"', 'nonce=""', html)


def test_the_home_sections_are_served_from_the_cache_in_a_few_queries(
    client, story_index, django_assert_max_num_queries
):
    for n in range(1, 4):
        make_product(title_en=f"Jar {n}")
        add_story(story_index, n)
    first = html_of(client.get("/en/"))

    with django_assert_max_num_queries(HOME_CACHED_QUERY_BOUND):
        again = html_of(client.get("/en/"))

    assert "Jar 3" in again and "Story 3" in again
    # the footer's forms carry a fresh CSRF token, and each response its own CSP nonce
    assert without_nonces(again.split("</main>")[0]) == without_nonces(first.split("</main>")[0])


def test_publishing_a_story_shows_it_on_the_cached_home_page_at_once(client, story_index):
    add_story(story_index, 1)
    assert "Story 2" not in html_of(client.get("/en/"))

    add_story(story_index, 2)

    assert "Story 2" in html_of(client.get("/en/"))


def test_unpublishing_a_story_takes_it_off_the_cached_home_page_at_once(client, story_index):
    story = add_story(story_index, 1)
    assert "Story 1" in html_of(client.get("/en/"))

    story.unpublish()

    assert "Story 1" not in html_of(client.get("/en/"))


def test_a_price_change_shows_on_the_cached_home_page_at_once(client):
    from catalogue.services import product_set_price_and_stock

    product = make_product(title_en="Frankincense burner", price=Decimal("12.000"))
    assert "12.000" in html_of(client.get("/en/"))

    product_set_price_and_stock(product=product, price=Decimal("14.500"), stock=3)

    page = html_of(client.get("/en/"))
    assert "14.500" in page and "12.000" not in page


def test_the_cached_sections_follow_the_language_and_the_digit_style(client):
    make_product(title_en="Jar", title_ar="جرة", price=Decimal("12.000"))
    html_of(client.get("/ar/"))

    client.cookies["hirfa_digits"] = "arab"
    arabic_digits = html_of(client.get("/ar/"))

    assert "١٢" in arabic_digits
    assert "Jar" in html_of(client.get("/en/"))
