"""One Arabic name per section: the heading the home page and search results give a section is the title of the
section's own page, so a reader who follows "القصص" on the home page does not land on "حكايات"."""

import pytest
from django.utils import translation

from cms.models import CollectionIndexPage, CraftIndexPage, StoryIndexPage

from .conftest import section

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "model, heading",
    [(StoryIndexPage, "Stories"), (CollectionIndexPage, "Collections"), (CraftIndexPage, "Crafts")],
)
@pytest.mark.parametrize("language", ["ar", "en"])
def test_a_sections_heading_is_its_pages_title(model, heading, language):
    with translation.override(language):
        assert translation.gettext(heading) == section(model, language).title
