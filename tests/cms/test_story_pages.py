"""Stories show the pieces and artisans they embed as they are in the shop at the moment of reading, in a fixed
number of queries, and link to their other-language version."""

from datetime import date

import pytest
from oscar.core.loading import get_model

from cms.models import StoryPage, StoryRelatedStory
from tests.cms.conftest import add_page, artisan_block, html_of, product_block, translate
from tests.factories import make_artisan, make_product

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
# 23 measured, for 3 and for 30 products alike: routing (9), the products' cards (4), the chooser blocks' own
# lookups (2), related stories and the page's translations and their URLs for the language links (8).
STORY_QUERY_BOUND = 25


def make_story(index, *, body=(), title="The potters of Bahla", slug="potters-of-bahla", **fields) -> StoryPage:
    return add_page(
        index,
        StoryPage(
            title=title,
            slug=slug,
            kind=fields.pop("kind", StoryPage.Kind.HERITAGE),
            author=fields.pop("author", "Maryam Al Balushi"),
            date=fields.pop("date", date(2026, 3, 1)),
            intro=fields.pop("intro", "Clay from the wadi, fired in the old kilns."),
            body=list(body),
            **fields,
        ),
    )


def test_a_story_renders_in_english_left_to_right_and_its_translation_in_arabic_right_to_left(client, story_index):
    story = make_story(story_index, body=[{"type": "paragraph", "value": "<p>Clay and fire.</p>"}])
    translate(story, "ar", title="فخاريو بهلاء", slug="fakhariyo-bahla")

    english = html_of(client.get("/en/stories/potters-of-bahla/"))
    arabic = html_of(client.get("/ar/hikayat/fakhariyo-bahla/"))

    assert '<html lang="en" dir="ltr"' in english and "Clay and fire." in english
    assert '<html lang="ar" dir="rtl"' in arabic and "فخاريو بهلاء" in arabic


def test_a_story_links_to_its_published_translation_in_the_other_language(client, story_index):
    story = make_story(story_index)
    translate(story, "ar", title="فخاريو بهلاء", slug="fakhariyo-bahla")

    english = html_of(client.get("/en/stories/potters-of-bahla/"))
    arabic = html_of(client.get("/ar/hikayat/fakhariyo-bahla/"))

    assert 'href="/ar/hikayat/fakhariyo-bahla/"' in english and "اقرأ بالعربية" in english
    assert 'href="/en/stories/potters-of-bahla/"' in arabic and "Read in English" in arabic


def test_a_story_without_a_translation_shows_no_link_to_one(client, story_index):
    make_story(story_index)
    assert "اقرأ بالعربية" not in html_of(client.get("/en/stories/potters-of-bahla/"))


def test_an_embedded_product_shows_its_current_price(client, story_index):
    product = make_product(title_en="Bahla water jar", price="12.340")
    make_story(story_index, body=[product_block(product.pk)])
    product.stockrecords.update(price="15.500")

    page = html_of(client.get("/en/stories/potters-of-bahla/"))

    assert "Bahla water jar" in page and "15.500" in page and "12.340" not in page


def test_an_embedded_product_out_of_stock_shows_sold_out_in_both_languages(client, story_index):
    product = make_product(stock=3)
    story = make_story(story_index, body=[product_block(product.pk)])
    translate(story, "ar", title="فخاريو بهلاء", slug="fakhariyo-bahla")
    product.stockrecords.update(num_in_stock=0)

    assert "Sold out" in html_of(client.get("/en/stories/potters-of-bahla/"))
    assert "نفدت الكمية" in html_of(client.get("/ar/hikayat/fakhariyo-bahla/"))


def test_a_deleted_embedded_product_is_shown_as_no_longer_available(client, story_index):
    product = make_product(title_en="Bahla water jar")
    make_story(story_index, body=[product_block(product.pk)])
    product.delete()

    page = html_of(client.get("/en/stories/potters-of-bahla/"))

    assert "No longer available" in page and "Bahla water jar" not in page


def test_a_withdrawn_embedded_product_is_hidden_when_the_editor_chose_so(client, story_index):
    product = make_product(title_en="Bahla water jar")
    make_story(story_index, body=[product_block(product.pk, when_unavailable="hide")])
    Product.objects.filter(pk=product.pk).update(is_public=False)

    page = html_of(client.get("/en/stories/potters-of-bahla/"))

    assert "No longer available" not in page and "Bahla water jar" not in page


def test_a_product_of_an_artisan_not_verified_is_not_shown(client, story_index):
    product = make_product(artisan=make_artisan(verification="pending"), title_en="Unverified jar")
    make_story(story_index, body=[product_block(product.pk)])

    page = html_of(client.get("/en/stories/potters-of-bahla/"))

    assert "Unverified jar" not in page and "No longer available" in page


def test_an_embedded_artisan_shows_their_card(client, story_index):
    artisan = make_artisan(name_en="Aisha Al Hinai")
    make_story(story_index, body=[artisan_block(artisan.pk)])

    assert "Aisha Al Hinai" in html_of(client.get("/en/stories/potters-of-bahla/"))


def test_quote_and_related_stories_are_shown(client, story_index):
    other = make_story(story_index, title="Frankincense of Dhofar", slug="frankincense")
    story = make_story(
        story_index, body=[{"type": "quote", "value": {"text": "The clay remembers.", "attribution": "A potter"}}]
    )
    story.related_stories.add(StoryRelatedStory(story=other))
    story.save_revision().publish()

    page = html_of(client.get("/en/stories/potters-of-bahla/"))

    assert "The clay remembers." in page and "A potter" in page
    assert "Frankincense of Dhofar" in page and 'href="/en/stories/frankincense/"' in page


def test_the_story_index_lists_its_stories_newest_first(client, story_index):
    make_story(story_index, title="Older story", slug="older", date=date(2025, 1, 1))
    make_story(story_index, title="Newer story", slug="newer", date=date(2026, 1, 1))

    page = html_of(client.get("/en/stories/"))

    assert page.index("Newer story") < page.index("Older story")


@pytest.mark.parametrize("count", [3, 30])
def test_a_story_runs_the_same_queries_whatever_the_number_of_embedded_products(
    client, story_index, django_assert_max_num_queries, count
):
    artisan = make_artisan()
    products = [make_product(artisan=artisan, title_en=f"Jar {n}") for n in range(count)]
    body = [product_block(p.pk) for p in products] + [artisan_block(artisan.pk)] * 3
    make_story(story_index, body=body)
    client.get("/en/stories/potters-of-bahla/")  # warm the site root paths cache, as a running site has

    with django_assert_max_num_queries(STORY_QUERY_BOUND):
        page = html_of(client.get("/en/stories/potters-of-bahla/"))

    assert f"Jar {count - 1}" in page


def test_the_arabic_story_says_a_deleted_piece_is_no_longer_available_in_arabic(client, story_index):
    product = make_product()
    story = make_story(story_index, body=[product_block(product.pk)])
    translate(story, "ar", title="فخاريو بهلاء", slug="fakhariyo-bahla")
    product.delete()

    assert "لم تعد متاحة" in html_of(client.get("/ar/hikayat/fakhariyo-bahla/"))


def test_pieces_and_artisans_that_follow_each_other_are_drawn_as_the_shops_grids(client, story_index):
    artisan = make_artisan()
    first, second = make_product(artisan=artisan), make_product(artisan=artisan, title_en="Bahla clay water jar")
    make_story(
        story_index,
        body=[
            product_block(first.pk),
            product_block(second.pk),
            {"type": "paragraph", "value": "<p>Clay and fire.</p>"},
            product_block(second.pk),
            artisan_block(artisan.pk),
        ],
    )

    html = html_of(client.get("/en/stories/potters-of-bahla/"))

    grids = html.split('<div class="product-grid cms-embeds">')[1:]
    assert len(grids) == 2, "one grid for the two pieces together, one for the piece after the paragraph"
    assert grids[0].split("Clay and fire.")[0].count('class="product-card"') == 2
    assert html.count('<div class="artisan-grid cms-embeds">') == 1
