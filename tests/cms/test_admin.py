"""Editors can open the form of every page type where the tree allows it, in English and in Arabic."""

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

from cms.models import (
    CollectionIndexPage,
    CraftIndexPage,
    EventIndexPage,
    GovernorateIndexPage,
    HomePage,
    StoryIndexPage,
)
from tests.cms.conftest import section
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

CREATABLE = [
    (StoryIndexPage, "storypage"),
    (CollectionIndexPage, "collectionpage"),
    (CraftIndexPage, "craftpage"),
    (GovernorateIndexPage, "governoratepage"),
    (EventIndexPage, "eventpage"),
    (HomePage, "eventpage"),
]


@pytest.fixture
def editor(client):
    user = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return user


@pytest.mark.parametrize("language", ["en", "ar"])
def test_every_page_type_has_a_working_create_form_under_its_parent(client, editor, language):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()
    for parent_model, page_type in CREATABLE:
        parent = section(parent_model, language)
        url = reverse("wagtailadmin_pages:add", args=["cms", page_type, parent.pk])

        response = client.get(url)

        assert response.status_code == 200, (page_type, response.status_code)


def test_the_tree_refuses_a_story_under_the_home_page(client, editor):
    home = section(HomePage)

    response = client.get(reverse("wagtailadmin_pages:add", args=["cms", "storypage", home.pk]))

    assert response.status_code == 302 and response["Location"] == "/cms-admin/"  # Wagtail's permission denied
