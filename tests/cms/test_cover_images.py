"""Stories, collections, crafts, governorates and events have a cover image: at the top of the page and on its card
in the home page's and its section's lists, with its alt text in the page's language, in a bounded number of
queries however many cards a list has."""

import re
from datetime import date

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.demo import data as demo_data
from cms.demo.pages import load_demo_pages
from cms.images import HirfaImage
from cms.models import CollectionPage, CraftPage, EventPage, GovernoratePage, StoryPage
from tests.cms.conftest import add_page, html_of, translate
from tests.factories import craft, governorate, image_upload

pytestmark = pytest.mark.django_db

ILLUSTRATED = (StoryPage, CollectionPage, CraftPage, GovernoratePage, EventPage)
INDEX_QUERY_BOUND = 16  # 12 measured on the story index, for 3 and for 12 cards with covers alike


def make_cover(alt_en="A clay water jar", alt_ar="جحلة من الفخار") -> HirfaImage:
    return HirfaImage.objects.create(
        title="Cover", file=image_upload("cover.jpg", size=(800, 800)), alt_en=alt_en, alt_ar=alt_ar
    )


def make_story(index, n: int = 1, *, cover=None) -> StoryPage:
    return add_page(
        index,
        StoryPage(title=f"Story {n}", slug=f"story-{n}", date=date(2026, 1, n), body=[], cover_image=cover),
    )


@pytest.mark.parametrize("model", ILLUSTRATED)
def test_every_editorial_page_type_offers_a_cover_image_in_the_editor(model):
    fields = model.get_edit_handler().get_form_class()._meta.fields

    assert "cover_image" in fields


def test_a_story_shows_its_cover_at_the_top_with_the_alt_text_of_the_pages_language(client, story_index):
    story = make_story(story_index, cover=make_cover())
    arabic_story = translate(story, "ar", title="حكاية", slug="hikaya")

    english = html_of(client.get("/en/stories/story-1/"))
    arabic = html_of(client.get(arabic_story.get_url()))

    cover = english[english.index('class="cms-cover"') :].split("</picture>")[0]
    assert english.index('class="cms-cover"') < english.index('class="cms-body"')
    assert 'alt="A clay water jar"' in cover and 'loading="eager"' in cover
    assert 'alt="جحلة من الفخار"' in arabic[arabic.index('class="cms-cover"') :].split("</picture>")[0]


def test_a_page_without_a_cover_shows_no_empty_frame(client, story_index):
    make_story(story_index)

    page = html_of(client.get("/en/stories/story-1/"))

    assert 'class="cms-cover"' not in page


def test_deleting_a_cover_image_leaves_the_page_without_one(client, story_index):
    cover = make_cover()
    make_story(story_index, cover=cover)

    cover.delete()

    assert StoryPage.objects.get(slug="story-1").cover_image is None
    assert 'class="cms-cover"' not in html_of(client.get("/en/stories/story-1/"))


def test_the_story_index_and_the_home_page_show_each_storys_cover_on_its_card(client, story_index):
    make_story(story_index, 1, cover=make_cover(alt_en="A basket of palm fronds"))
    make_story(story_index, 2)

    for url in ("/en/stories/", "/en/"):
        page = html_of(client.get(url))
        cards = re.findall(r'<article class="card cms-card">.*?</article>', page, re.DOTALL)
        with_cover = [card for card in cards if "Story 1" in card]
        without_cover = [card for card in cards if "Story 2" in card]
        assert re.search(r'<img[^>]*alt="A basket of palm fronds"[^>]*class="cms-card__img"', with_cover[0]), url
        assert "<img" not in without_cover[0], url


def test_the_craft_and_governorate_indexes_show_covers_on_their_cards(client, craft_index, governorate_index):
    cover = make_cover(alt_en="A cover photo")
    add_page(craft_index, CraftPage(title="Pottery", slug="pottery", craft=craft("pottery"), cover_image=cover))
    dhofar = governorate("dhofar")
    add_page(governorate_index, GovernoratePage(title="Dhofar", slug="dhofar", governorate=dhofar, cover_image=cover))

    for url in ("/en/crafts/", "/en/governorates/"):
        page = html_of(client.get(url))
        assert re.search(r'<img[^>]*alt="A cover photo"[^>]*class="cms-card__img"', page), url


def index_queries(client, url: str) -> int:
    html_of(client.get(url))  # the first visit makes the renditions, as the worker does after an upload
    cache.clear()
    html_of(client.get(url))  # and fills the caches a running site has (sites, menu)
    with CaptureQueriesContext(connection) as queries:
        html_of(client.get(url))
    return len(queries.captured_queries)


def test_the_story_index_runs_the_same_queries_for_twelve_cards_with_covers_as_for_three(
    client, story_index, django_assert_max_num_queries, settings
):
    settings.PAGE_CACHE_ENABLED = False  # the queries of the page itself, not of its copy in the page cache
    for n in range(1, 4):
        make_story(story_index, n, cover=make_cover())
    with_three = index_queries(client, "/en/stories/")
    for n in range(4, 13):
        make_story(story_index, n, cover=make_cover())
    with_twelve = index_queries(client, "/en/stories/")

    with django_assert_max_num_queries(INDEX_QUERY_BOUND):
        page = html_of(client.get("/en/stories/"))

    assert page.count('class="cms-card__img"') == 12
    assert with_twelve == with_three


def test_the_home_page_with_covers_on_its_cards_stays_within_its_query_bound(
    client, story_index, django_assert_max_num_queries
):
    from tests.cms.test_home_sections import HOME_QUERY_BOUND

    for n in range(1, 6):
        make_story(story_index, n, cover=make_cover())
    html_of(client.get("/en/"))
    cache.clear()  # measure the page as rendered, not as served from the cache

    with django_assert_max_num_queries(HOME_QUERY_BOUND):
        page = html_of(client.get("/en/"))

    assert page.count('class="cms-card__img"') == 3


# --- The demo ------------------------------------------------------------------------------------------


def test_every_demo_page_file_gives_its_pages_a_cover_with_alt_text_in_both_languages():
    pages = demo_data.pages_data()
    entries = [
        *pages.stories,
        *pages.collections,
        *pages.events,
        *pages.craft_pages.values(),
        *pages.governorate_pages.values(),
    ]

    assert all(entry.get("cover") and entry["cover"]["alt"]["ar"] and entry["cover"]["alt"]["en"] for entry in entries)


def test_the_demo_draws_each_pages_cover_once_with_the_alt_text_of_its_data_file():
    load_demo_pages()
    images_after_first_run = HirfaImage.objects.count()
    load_demo_pages()

    dhofar = GovernoratePage.objects.get(governorate__slug="dhofar", locale__language_code="ar")
    expected = demo_data.pages_data().governorate_pages["dhofar"]["cover"]["alt"]
    assert (dhofar.cover_image.alt_ar, dhofar.cover_image.alt_en) == (expected["ar"], expected["en"])
    assert dhofar.cover_image.width > 0 and dhofar.cover_image.file.name.endswith(".jpg")
    for model in ILLUSTRATED:
        assert not model.objects.filter(cover_image__isnull=True).exists(), model.__name__
    assert HirfaImage.objects.count() == images_after_first_run


def test_the_demo_gives_a_cover_to_a_demo_page_made_before_pages_had_covers():
    load_demo_pages()
    StoryPage.objects.update(cover_image=None)

    load_demo_pages()

    assert not StoryPage.objects.filter(cover_image__isnull=True).exists()
