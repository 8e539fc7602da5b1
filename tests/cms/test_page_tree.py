"""The page tree stays honest: each page type lives only where it belongs, and a fresh site has every section in
both languages, each the translation of the other."""

import pytest
from wagtail.models import Page

from cms.models import (
    CollectionIndexPage,
    CollectionPage,
    CraftIndexPage,
    CraftPage,
    EventIndexPage,
    EventPage,
    GovernorateIndexPage,
    GovernoratePage,
    HomePage,
    StoryIndexPage,
    StoryPage,
)

pytestmark = pytest.mark.django_db

SECTIONS = {
    StoryIndexPage: ("stories", "hikayat"),
    CollectionIndexPage: ("collections", "majmuat"),
    CraftIndexPage: ("crafts", "al-hiraf"),
    GovernorateIndexPage: ("governorates", "al-muhafazat"),
    EventIndexPage: ("events", "faaliyat"),
}


def test_a_fresh_site_has_every_section_under_both_home_pages_as_translations_of_each_other():
    for model, (slug_en, slug_ar) in SECTIONS.items():
        english = model.objects.get(locale__language_code="en")
        arabic = model.objects.get(locale__language_code="ar")
        assert (english.slug, arabic.slug) == (slug_en, slug_ar)
        assert english.translation_key == arabic.translation_key
        assert english.get_parent().specific_class is HomePage
        assert arabic.get_parent().locale.language_code == "ar"
    assert HomePage.objects.get(locale__language_code="en").get_children().count() == len(SECTIONS)
    assert Page.find_problems() == ([], [], [], [], [])


def test_each_section_answers_in_both_languages(client):
    for slug_en, slug_ar in SECTIONS.values():
        assert client.get(f"/en/{slug_en}/").status_code == 200
        assert client.get(f"/ar/{slug_ar}/").status_code == 200


def test_a_story_can_be_created_only_under_the_story_index(home, story_index):
    assert not StoryPage.can_create_at(home)
    assert StoryPage.can_create_at(story_index)
    assert set(story_index.specific_class.allowed_subpage_models()) == {StoryPage}


def test_each_section_takes_only_its_own_pages():
    assert set(CollectionIndexPage.allowed_subpage_models()) == {CollectionPage}
    assert set(CraftIndexPage.allowed_subpage_models()) == {CraftPage}
    assert set(GovernorateIndexPage.allowed_subpage_models()) == {GovernoratePage}
    assert set(EventIndexPage.allowed_subpage_models()) == {EventPage}
    for page_model in (StoryPage, CollectionPage, CraftPage, GovernoratePage, EventPage):
        assert page_model.allowed_subpage_models() == []


def test_a_home_page_takes_one_index_of_each_kind(home, story_index):
    assert not StoryIndexPage.can_create_at(home)
    assert not CollectionPage.can_create_at(home)
    assert not CraftPage.can_create_at(home)


def test_an_event_may_sit_under_the_home_page_or_the_event_index(home, event_index):
    assert EventPage.can_create_at(home)
    assert EventPage.can_create_at(event_index)
