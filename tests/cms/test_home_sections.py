"""The home page adds the latest stories of its language to what it already shows, in bounded queries."""

from datetime import date

import pytest

from cms.models import StoryPage
from tests.cms.conftest import add_page, html_of
from tests.factories import make_artisan, make_product

pytestmark = pytest.mark.django_db

HOME_QUERY_BOUND = 20  # 16 measured, with 3 and with 30 pieces and stories alike


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

    with django_assert_max_num_queries(HOME_QUERY_BOUND):
        html_of(client.get("/en/"))
