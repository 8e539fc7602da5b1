"""A curator of the authority builds a collection in Wagtail's admin, in English and then in Arabic, publishes it,
and buyers see it on the home page in both languages; a story as an Arabic reader sees it."""

from datetime import date

import pytest
from django.contrib.auth.models import Group

from cms.images import HirfaImage
from cms.models import CollectionIndexPage, CollectionPage, StoryIndexPage, StoryPage
from cms.workflow import CURATORS, install_editorial_roles
from tests.cms.conftest import add_page, translate
from tests.factories import PASSWORD, UserFactory, image_upload, make_artisan, make_product

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def curator():
    install_editorial_roles()
    user = UserFactory(username="curator", is_staff=False)
    user.groups.add(Group.objects.get(name=CURATORS))
    return user


def sign_in_to_the_cms(page, live_server, user):
    page.goto(f"{live_server.url}/cms-admin/login/")
    page.fill("input[name=username]", user.username)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(f"{live_server.url}/cms-admin/")


def choose_product(page, query: str, title: str):
    page.get_by_role("button", name="Choose a product").last.click()
    modal = page.locator(".modal-content")
    modal.locator("input[name=q]").fill(query)
    modal.get_by_role("link", name=title).first.click()
    page.wait_for_selector(".modal-content", state="hidden")


def publish(page):
    page.locator("footer .dropdown-toggle, [data-w-dropdown-target=toggle]").last.click()
    page.get_by_role("button", name="Publish").click()


def test_a_curator_builds_a_collection_that_appears_on_the_home_page_in_both_languages(
    live_server, page_factory, artifacts, curator
):
    artisan = make_artisan(name_en="Salim Al Amri", name_ar="سالم العامري")
    make_product(artisan=artisan, title_en="Frankincense burner", title_ar="مبخرة اللبان", price="9.500")
    index_en = CollectionIndexPage.objects.get(locale__language_code="en")
    page = page_factory(locale="en-GB")
    sign_in_to_the_cms(page, live_server, curator)

    # The English collection: a title, one hand-picked piece found by its Arabic title, on the home page
    page.goto(f"{live_server.url}/cms-admin/pages/add/cms/collectionpage/{index_en.pk}/")
    page.fill("input[name=title]", "Gifts for Eid")
    page.get_by_role("button", name="Add hand-picked pieces").click()
    choose_product(page, "مبخرة", "Frankincense burner")
    page.check("input[name=featured_on_home]")
    publish(page)
    page.wait_for_url("**/cms-admin/pages/*/")
    english = CollectionPage.objects.get(locale__language_code="en", title="Gifts for Eid")
    assert english.live and english.collection_products.get().product.title == "Frankincense burner"

    # Its Arabic translation, made with wagtail-localize and published
    page.goto(f"{live_server.url}/cms-admin/localize/submit/page/{english.pk}/")
    page.get_by_label("Arabic").check()
    page.get_by_role("button", name="Submit").click()
    page.get_by_role("button", name="Translate", exact=True).first.click()
    page.locator("textarea").first.fill("هدايا العيد")
    page.get_by_role("button", name="Save", exact=True).first.click()
    page.wait_for_selector("text=هدايا العيد")
    page.screenshot(path=str(artifacts / "cms-translation-editor.png"), full_page=True)
    page.get_by_role("button", name="Publish in Arabic").click()
    page.wait_for_load_state()
    arabic = CollectionPage.objects.get(translation_key=english.translation_key, locale__language_code="ar")
    for _ in range(50):  # the editor publishes in the background of the click
        arabic.refresh_from_db()
        if arabic.live and arabic.title == "هدايا العيد":
            break
        page.wait_for_timeout(100)
    assert arabic.live and arabic.title == "هدايا العيد"

    # Buyers see it on the home page in both languages, and it leads to the piece
    for language, title, piece in (
        ("en", "Gifts for Eid", "Frankincense burner"),
        ("ar", "هدايا العيد", "مبخرة اللبان"),
    ):
        buyer = page_factory(locale=language)
        buyer.goto(f"{live_server.url}/{language}/")
        buyer.get_by_role("link", name=title).first.click()
        buyer.wait_for_load_state()
        assert piece in buyer.inner_text("main")
        assert buyer.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    buyer.goto(f"{live_server.url}/ar/")
    buyer.screenshot(path=str(artifacts / "cms-home-ar.png"), full_page=True)


def test_a_story_reads_right_to_left_in_arabic_with_its_live_piece(live_server, page_factory, artifacts):
    piece = make_product(title_en="Silver bracelet", title_ar="سوار فضي", price="45.000")
    story = add_page(
        StoryIndexPage.objects.get(locale__language_code="en"),
        StoryPage(
            title="The silver of Nizwa",
            slug="silver-of-nizwa",
            date=date(2026, 3, 3),
            intro="Silversmiths of Nizwa.",
            body=[
                {"type": "paragraph", "value": "<p>Silver wire drawn fine.</p>"},
                {"type": "product", "value": {"product": piece.pk, "when_unavailable": "mark"}},
            ],
        ),
    )
    arabic = translate(
        story,
        "ar",
        title="فضة نزوى",
        slug="fiddat-nizwa",
        intro="صاغة الفضة في نزوى.",
        body=[
            {"type": "paragraph", "value": "<p>أسلاك فضة تُسحب رفيعة، وتُبرم وتُصفّ في صفوف وحلقات.</p>"},
            {"type": "quote", "value": {"text": "الصبر أول الصنعة.", "attribution": "صائغ في نزوى"}},
            {"type": "product", "value": {"product": piece.pk, "when_unavailable": "mark"}},
        ],
    )
    reader = page_factory(locale="ar", width=390, height=844)

    reader.goto(f"{live_server.url}{arabic.url}")

    assert reader.locator("html").get_attribute("dir") == "rtl"
    assert "سوار فضي" in reader.inner_text("main") and "45.000" in reader.inner_text("main")
    reader.screenshot(path=str(artifacts / "cms-story-ar.png"), full_page=True)
    assert not reader.problems, reader.problems


def test_a_story_card_shows_its_cover_within_the_screen_of_a_phone(live_server, page_factory, artifacts):
    cover = HirfaImage.objects.create(
        title="Silver",
        file=image_upload("silver.jpg", size=(1600, 1200)),
        alt_en="A silver necklace",
        alt_ar="قلادة فضية",
    )
    story = add_page(
        StoryIndexPage.objects.get(locale__language_code="en"),
        StoryPage(title="The silver of Nizwa", slug="silver-of-nizwa", date=date(2026, 3, 3), cover_image=cover),
    )
    translate(story, "ar", title="فضة نزوى", slug="fiddat-nizwa")

    for language in ("en", "ar"):
        reader = page_factory(locale=language, width=390, height=844)
        reader.goto(f"{live_server.url}/{language}/")
        image = reader.locator(".cms-card__img").first
        image.scroll_into_view_if_needed()
        reader.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=image.element_handle())

        box, card = image.bounding_box(), reader.locator(".cms-card").first.bounding_box()
        page_width = reader.evaluate("document.documentElement.scrollWidth")
        assert page_width <= 390, page_width
        assert card["x"] >= 0 and card["x"] + card["width"] <= 390
        assert box["x"] >= card["x"] - 1 and box["x"] + box["width"] <= card["x"] + card["width"] + 1
        assert image.get_attribute("alt") == ("قلادة فضية" if language == "ar" else "A silver necklace")
        reader.screenshot(path=str(artifacts / f"cms-story-card-{language}-390.png"), full_page=True)
        assert not reader.problems, reader.problems
