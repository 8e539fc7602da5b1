"""Editors translate pages with wagtail-localize, which keeps a translation in step with its source, and can use
the admin in Arabic, laid out right to left."""

from datetime import date

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import TranslationSource

from cms.models import StoryIndexPage, StoryPage
from tests.cms.conftest import add_page, product_block
from tests.factories import UserFactory, make_product

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return user


def test_the_admin_loads_in_english_left_to_right(client, editor):
    response = client.get("/cms-admin/")
    assert response.status_code == 200
    assert 'dir="ltr"' in response.content.decode()


def test_the_admin_is_laid_out_right_to_left_for_an_editor_who_chose_arabic(client, editor):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "ar"
    profile.save()

    page = client.get("/cms-admin/").content.decode()

    assert 'lang="ar"' in page and 'dir="rtl"' in page


def test_translating_a_story_creates_its_arabic_version_under_the_arabic_stories_and_keeps_it_in_sync(
    client, editor, story_index
):
    product = make_product()
    story = add_page(
        story_index,
        StoryPage(
            title="The potters of Bahla",
            slug="potters",
            date=date(2026, 3, 1),
            body=[product_block(product.pk), {"type": "paragraph", "value": "<p>Clay and fire.</p>"}],
        ),
    )
    arabic = Locale.objects.get(language_code="ar")

    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[story.pk]), {"locales": [arabic.pk]}
    )

    assert response.status_code == 302
    translation = StoryPage.objects.get(locale=arabic, translation_key=story.translation_key)
    assert translation.get_parent().specific == StoryIndexPage.objects.get(locale=arabic)
    assert translation.body[0].value["product"].pk == product.pk

    story.author = "Maryam Al Balushi"
    story.save_revision().publish()
    source = TranslationSource.objects.get_for_instance(story)
    client.post(reverse("wagtail_localize:update_translations", args=[source.pk]), {"publish_translations": "on"})

    translation.refresh_from_db()
    assert translation.author == "Maryam Al Balushi"


def switch_links(html: str) -> dict[str, str]:
    """The header's language switch: language code → href."""
    import re

    switch = html.split('class="language-switch"', 1)[1].split("</ul>", 1)[0]
    return {code: href for href, code in re.findall(r'<a href="([^"]+)" hreflang="([a-z]+)"', switch)}


def test_the_language_switch_on_a_story_leads_to_its_translation_whose_slug_differs(client, story_index):
    from tests.cms.conftest import translate

    story = add_page(story_index, StoryPage(title="Bahla pottery", slug="bahla-pottery", date=date(2026, 3, 1)))
    arabic = translate(story, "ar", title="فخار بهلاء", slug="fakhar-bahla")

    links = switch_links(client.get(story.url).content.decode())

    assert links["ar"].endswith(arabic.url) and "fakhar-bahla" in links["ar"]
    assert client.get(links["ar"]).status_code == 200


def test_the_language_switch_on_an_untranslated_story_leads_to_the_home_page_in_the_other_language(client, story_index):
    story = add_page(story_index, StoryPage(title="Only in English", slug="only-english", date=date(2026, 3, 1)))

    links = switch_links(client.get(story.url).content.decode())

    assert links["ar"] == "/ar/"
    assert client.get(links["ar"]).status_code == 200


def test_a_story_page_describes_itself_as_an_article_for_link_previews_and_search_engines(client, story_index):
    story = add_page(story_index, StoryPage(title="Frankincense", slug="frankincense", date=date(2026, 3, 1)))

    html = client.get(story.url).content.decode()

    assert '<meta property="og:type" content="article">' in html
    assert '"@type": "Article"' in html
