"""Stories in the site search: published stories reach the index through the outbox and leave it when they are
unpublished, deleted or made private; they are found in both languages (spelling variants, transliterations and
glossary words included) and shown after the products as a secondary section, in the reader's language first.
A search that finds no product offers the featured collections instead."""

from datetime import date, timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import PageViewRestriction

from cms.models import CollectionIndexPage, CollectionPage, StoryIndexPage, StoryPage
from search.indexing import apply_due_entries, check, rebuild
from search.models import SearchOutboxEntry
from search.selectors import stories_matching
from tests.cms.conftest import add_page, publish, section, translate
from tests.factories import make_artisan, make_product

pytestmark = pytest.mark.django_db

RESULTS_PAGE_QUERY_BOUND = 8  # 4 measured (a product card and the stories), for one story hit and for three alike


@pytest.fixture
def story_index(search_engine):
    return section(StoryIndexPage)


@pytest.fixture
def arabic_story_index(search_engine):
    return section(StoryIndexPage, "ar")


@pytest.fixture
def collection_index():
    return section(CollectionIndexPage)


def make_story(index, *, title="The potters of Bahla", slug="potters-of-bahla", body=None, **fields) -> StoryPage:
    if body is None:
        body = [
            {"type": "paragraph", "value": "<p>Every spring the <b>kilns</b> of the oasis are lit again.</p>"},
            {"type": "quote", "value": {"text": "The clay remembers the hand.", "attribution": "Aisha Al Hinai"}},
        ]
    return add_page(
        index,
        StoryPage(
            title=title,
            slug=slug,
            kind=fields.pop("kind", StoryPage.Kind.HERITAGE),
            author=fields.pop("author", "Maryam Al Balushi"),
            date=fields.pop("date", date(2026, 3, 1)),
            intro=fields.pop("intro", "Clay from the wadi, fired in the old way."),
            body=body,
            **fields,
        ),
    )


def drain() -> None:
    while apply_due_entries().applied:
        pass


def titles(query: str, language: str = "en") -> list[str]:
    return [hit.title for hit in stories_matching(query, language)]


def search_page(client, language: str, query: str) -> str:
    with translation.override(language):
        path = reverse("search:search")
    response = client.get(path, {"q": query})
    assert response.status_code == 200
    return response.content.decode()


# --- Keeping the index true -------------------------------------------------------------------------------------


def test_publishing_a_story_notes_it_in_the_outbox_and_the_worker_makes_it_searchable(story_index):
    story = make_story(story_index)
    assert SearchOutboxEntry.objects.filter(kind="story", object_id=story.pk).exists()
    assert titles("potters") == []  # not applied yet

    drain()

    assert titles("potters") == ["The potters of Bahla"]
    assert not SearchOutboxEntry.objects.exists()


def test_a_story_is_found_by_the_words_of_its_paragraphs_quotes_and_author(story_index):
    make_story(story_index, author="Said Al-Harthy")
    drain()

    assert titles("kilns") == ["The potters of Bahla"]  # a paragraph, inside markup
    assert titles("remembers") == ["The potters of Bahla"]  # a quote
    assert titles("alharthi") == ["The potters of Bahla"]  # the author, typed as another transliteration


def test_a_story_is_found_by_its_arabic_title_with_or_without_the_hamza(story_index):
    story = make_story(story_index)
    translate(story, "ar", title="فخاريو بهلاء", slug="fakhariyo-bahla", intro="طين من الوادي.")
    drain()

    assert titles("فخاريو بهلاء", "ar") == ["فخاريو بهلاء"]
    assert titles("بهلا", "ar") == ["فخاريو بهلاء"]


def test_a_transliteration_and_the_glossary_find_a_story_in_either_language(story_index, arabic_story_index):
    make_story(story_index, title="The khanjar makers of Nizwa", slug="khanjar-makers", intro="Silver and horn.")
    make_story(arabic_story_index, title="الخنجر العماني", slug="al-khanjar", intro="رمز عُمان.", author="")
    drain()

    assert set(titles("khanjer")) == {"The khanjar makers of Nizwa", "الخنجر العماني"}
    assert titles("khanjer")[0] == "The khanjar makers of Nizwa"  # the reader's language first


def test_unpublishing_a_story_removes_it_from_the_search(story_index):
    story = make_story(story_index)
    drain()

    story.unpublish()
    drain()

    assert titles("potters") == []


def test_deleting_a_story_removes_it_from_the_search(story_index):
    story = make_story(story_index)
    drain()

    story.delete()
    drain()

    assert titles("potters") == []


def test_a_draft_is_not_found_and_a_draft_edit_of_a_published_story_is_not_either(story_index):
    draft = StoryPage(title="The weavers of Sur", slug="weavers-of-sur", date=date(2026, 3, 2), live=False)
    story_index.add_child(instance=draft)
    draft.save_revision()
    published = make_story(story_index)
    published.title = "The dyers of Ibra"
    published.save_revision()
    drain()
    rebuild("stories")

    assert titles("weavers") == [] and titles("dyers") == []
    assert titles("potters") == ["The potters of Bahla"]


def test_a_story_made_private_leaves_the_search(story_index):
    story = make_story(story_index)
    drain()

    PageViewRestriction.objects.create(page=story, restriction_type=PageViewRestriction.PASSWORD, password="x")
    drain()

    assert titles("potters") == []


def test_a_new_slug_or_a_renamed_section_reaches_the_storys_address(story_index, django_capture_on_commit_callbacks):
    story = make_story(story_index)
    story.slug = "bahla-potters"
    publish(story)
    drain()
    assert stories_matching("potters", "en")[0].url == "/en/stories/bahla-potters/"

    with django_capture_on_commit_callbacks(execute=True):
        story_index.slug = "tales"
        publish(story_index)
    drain()

    assert stories_matching("potters", "en")[0].url == "/en/tales/bahla-potters/"


def test_the_rebuild_command_fills_and_checks_the_stories_index(story_index, capsys):
    make_story(story_index)
    SearchOutboxEntry.objects.all().delete()  # as if the story had been written before the index existed

    call_command("search_index", "--rebuild", "--kind", "stories")
    call_command("search_index", "--check", "--kind", "stories")

    assert titles("potters") == ["The potters of Bahla"]
    assert "stories: 1 expected, 1 indexed, 0 missing, 0 stale" in capsys.readouterr().out
    assert check("stories").ok


# --- The results page ---------------------------------------------------------------------------------------------


def test_the_arabic_results_page_shows_the_arabic_version_of_a_story_and_the_english_page_the_english(
    client, story_index
):
    story = make_story(story_index)
    translate(story, "ar", title="فخاريو بهلاء", slug="fakhariyo-bahla")
    drain()

    arabic = search_page(client, "ar", "Balushi")
    english = search_page(client, "en", "Balushi")

    assert 'href="/ar/hikayat/fakhariyo-bahla/" lang="ar" dir="rtl"' in arabic and "The potters of Bahla" not in arabic
    assert 'href="/en/stories/potters-of-bahla/" lang="en" dir="ltr"' in english and "فخاريو بهلاء" not in english


def test_a_story_only_in_the_other_language_is_shown_and_marked_with_its_language(client, arabic_story_index):
    make_story(arabic_story_index, title="الخنجر العماني", slug="al-khanjar", intro="رمز عُمان.", author="")
    drain()

    english = search_page(client, "en", "khanjar")

    assert (
        'lang="ar" dir="rtl"><mark>الخنجر</mark> العماني</a> <span class="lang-note" lang="ar">العربية</span>'
        in english
    )


def test_the_results_page_shows_the_products_first_and_the_stories_after_them(client, story_index, index_everything):
    make_product(title_en="Bahla clay incense burner")
    index_everything()
    make_story(story_index)
    drain()

    html = search_page(client, "en", "Bahla")

    assert "clay incense burner</a>" in html and 'id="search-stories-heading"' in html
    assert html.index("clay incense burner</a>") < html.index('id="search-stories-heading"')
    assert "<mark>Bahla</mark>" in html[html.index('id="search-stories-heading"') :]


def test_the_search_api_lists_the_stories_beside_the_products(client, story_index):
    make_story(story_index)
    drain()

    payload = client.get("/api/search/", {"q": "potters", "lang": "en"}).json()

    assert payload["stories"] == [
        {
            "title": "The potters of Bahla",
            "language": "en",
            "url": "/en/stories/potters-of-bahla/",
            "snippet": "Clay from the wadi, fired in the old way.",
        }
    ]


def test_a_search_with_no_results_offers_the_featured_collections_in_the_readers_language(
    client, story_index, collection_index
):
    featured = add_page(collection_index, CollectionPage(title="Gifts for Eid", slug="eid", featured_on_home=True))
    translate(featured, "ar", title="هدايا العيد", slug="hadaya-al-eid")
    add_page(collection_index, CollectionPage(title="Winter weaving", slug="winter", featured_on_home=False))
    ended = timezone.localdate() - timedelta(days=1)
    add_page(
        collection_index, CollectionPage(title="Last Ramadan", slug="ramadan", featured_on_home=True, ends_on=ended)
    )

    english = search_page(client, "en", "qwxzv")
    arabic = search_page(client, "ar", "qwxzv")

    assert 'id="search-collections-heading"' in english and 'href="/en/collections/eid/"' in english
    assert "Winter weaving" not in english and "Last Ramadan" not in english
    assert 'href="/ar/majmuat/hadaya-al-eid/"' in arabic and "هدايا العيد" in arabic


def test_a_search_with_results_does_not_show_the_featured_collections(client, story_index, collection_index):
    make_product(title_en="Bahla clay incense burner")
    rebuild("products")
    add_page(collection_index, CollectionPage(title="Gifts for Eid", slug="eid", featured_on_home=True))

    html = search_page(client, "en", "Bahla")

    assert "clay incense burner</a>" in html and "Gifts for Eid" not in html


def test_a_hostile_query_is_answered_without_error_and_without_markup(client, story_index):
    make_story(story_index)
    drain()
    markup = '<script>alert("x")</script><img src=x onerror=alert(1)> potters'

    short = search_page(client, "en", markup)
    long = search_page(client, "en", "potters " * 2_000 + markup)

    assert "<script>alert" not in short and "<img src=x" not in short
    assert "<script>alert" not in long and "<img src=x" not in long
    assert titles("potters " * 20_000) == ["The potters of Bahla"]  # the selector reads only the start
    assert titles("<mark>" * 100) == []


def test_the_results_page_reads_the_database_as_often_for_three_stories_as_for_one(
    client, story_index, django_assert_max_num_queries
):
    make_product(artisan=make_artisan(name_en="Maryam Al Balushi", name_ar="مريم البلوشية"))
    rebuild("products")
    make_story(story_index)
    drain()
    search_page(client, "en", "Balushi")  # the first request fills the caches every later one reads
    with CaptureQueriesContext(connection) as one_story:
        html = search_page(client, "en", "Balushi")
        assert html.count("product-card__title") == 1 and html.count("cms-card") == 1

    make_story(story_index, title="The weavers of Sur", slug="weavers-of-sur")
    make_story(story_index, title="The silversmiths of Nizwa", slug="silversmiths")
    drain()
    with django_assert_max_num_queries(RESULTS_PAGE_QUERY_BOUND), CaptureQueriesContext(connection) as three:
        assert search_page(client, "en", "Balushi").count("cms-card") == 3

    assert len(three.captured_queries) == len(one_story.captured_queries)
