"""Pages for the content tests, made as an editor makes them: added under their parent, translated with Wagtail's
`copy_for_translation`, and published through a revision."""

from __future__ import annotations

import pytest
from wagtail.models import Locale, Page

from cms.models import (
    CollectionIndexPage,
    CraftIndexPage,
    EventIndexPage,
    GovernorateIndexPage,
    HomePage,
    StoryIndexPage,
)


def publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def add_page(parent: Page, page: Page) -> Page:
    parent.add_child(instance=page)
    return publish(page)


def translate(page: Page, language: str, **changes) -> Page:
    """The page's translation into `language`, edited and published (its parent's translation must exist)."""
    translation = page.copy_for_translation(Locale.objects.get(language_code=language))
    for name, value in changes.items():
        setattr(translation, name, value)
    return publish(translation)


def section(model, language: str = "en"):
    """A section index made by the migration (stories, collections, crafts, governorates, events)."""
    return model.objects.get(locale__language_code=language)


@pytest.fixture
def home():
    return HomePage.objects.get(locale__language_code="en")


@pytest.fixture
def story_index():
    return section(StoryIndexPage)


@pytest.fixture
def collection_index():
    return section(CollectionIndexPage)


@pytest.fixture
def craft_index():
    return section(CraftIndexPage)


@pytest.fixture
def governorate_index():
    return section(GovernorateIndexPage)


@pytest.fixture
def event_index():
    return section(EventIndexPage)


def product_block(product_id: int, *, when_unavailable: str = "mark") -> dict:
    return {"type": "product", "value": {"product": product_id, "when_unavailable": when_unavailable}}


def artisan_block(artisan_id: int) -> dict:
    return {"type": "artisan", "value": {"artisan": artisan_id}}


def html_of(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()
