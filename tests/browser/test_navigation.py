"""A reader finds the content by the menu and the footer, in Arabic and English, on a 390 px phone (the menu folded
behind its button, opened with the keyboard) and on a 1366 px screen: a story, a collection and the returns page,
each reached by clicking. Screenshots go to test-artifacts/nav-*.png."""

from datetime import date

import pytest

from cms.models import CollectionIndexPage, CollectionPage, HomePage, InfoPage, StoryIndexPage, StoryPage
from tests.cms.conftest import add_page, translate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

TEXTS = {
    "en": {
        "stories": "Stories",
        "story": "The silver of Nizwa",
        "collections": "Collections",
        "collection": "Gifts for Eid",
        "returns": "Returns and refunds",
    },
    "ar": {
        "stories": "حكايات",
        "story": "فضة نزوى",
        "collections": "مجموعات",
        "collection": "هدايا العيد",
        "returns": "الإرجاع والاسترداد",
    },
}


@pytest.fixture
def content():
    def both(parent, english, **arabic):
        translate(add_page(parent, english), "ar", **arabic)

    both(
        StoryIndexPage.objects.get(locale__language_code="en"),
        StoryPage(title=TEXTS["en"]["story"], slug="silver-of-nizwa", date=date(2026, 1, 5), intro="Silver."),
        title=TEXTS["ar"]["story"],
        slug="fiddat-nizwa",
    )
    both(
        CollectionIndexPage.objects.get(locale__language_code="en"),
        CollectionPage(title=TEXTS["en"]["collection"], slug="gifts-for-eid"),
        title=TEXTS["ar"]["collection"],
        slug="hadaya-al-eid",
    )
    both(
        HomePage.objects.get(locale__language_code="en"),
        InfoPage(key="returns", title=TEXTS["en"]["returns"], slug="returns", body="<p>Within 14 days.</p>"),
        title=TEXTS["ar"]["returns"],
        slug="al-irja",
        body="<p>خلال 14 يومًا.</p>",
    )


def open_menu(page, width):
    menu, toggle = page.locator("#site-menu"), page.locator(".site-nav-toggle")
    if width < 768:
        assert menu.is_hidden() and toggle.is_visible()
        toggle.focus()
        page.keyboard.press("Enter")
        assert toggle.get_attribute("aria-expanded") == "true"
        # The focus moves into the opened menu, and is drawn.
        assert page.evaluate("document.activeElement.closest('#site-menu') !== null")
        outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        assert outline not in ("", "none"), outline
    else:
        assert toggle.is_hidden()
    assert menu.is_visible()
    return menu


def heading(page) -> str:
    return page.locator("main h1").first.inner_text().strip()


def no_horizontal_overflow(page):
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{page.url} is {overflow}px too wide"


@pytest.mark.parametrize("width", [390, 1366])
@pytest.mark.parametrize("language", ["ar", "en"])
def test_a_reader_reaches_a_story_a_collection_and_the_returns_page_from_the_menu_and_footer(
    live_server, page_factory, artifacts, content, language, width
):
    texts = TEXTS[language]
    page = page_factory(locale=language, width=width, height=844 if width < 768 else 900)
    page.goto(f"{live_server.url}/{language}/")
    header = page.locator("header.site-header").bounding_box()["height"]
    if width < 768:
        assert header <= 120, f"the header is {header}px tall on a phone"
    else:  # the account's links are in the header's top row, not repeated in the menu
        assert page.locator(".site-nav__account").is_hidden()
    # Nothing in the header's top row sits on anything else (the Arabic basket's name is long).
    parts = ".brand, .language-switch a, .basket-link, .site-search, .site-nav-toggle"
    shown = page.locator("header.site-header").locator(parts).all()
    boxes = [box for box in (part.bounding_box() for part in shown) if box]
    assert len(boxes) >= 5
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            apart = (
                a["x"] + a["width"] <= b["x"] + 1
                or b["x"] + b["width"] <= a["x"] + 1
                or a["y"] + a["height"] <= b["y"] + 1
                or b["y"] + b["height"] <= a["y"] + 1
            )
            assert apart, (a, b)
    page.screenshot(path=str(artifacts / f"nav-home-{language}-{width}.png"))

    menu = open_menu(page, width)
    page.screenshot(path=str(artifacts / f"nav-menu-open-{language}-{width}.png"))
    if width < 768:  # Escape folds it again and gives the focus back to the button
        page.keyboard.press("Escape")
        assert menu.is_hidden() and page.evaluate("document.activeElement.classList.contains('site-nav-toggle')")
        open_menu(page, width)
    menu.get_by_role("link", name=texts["stories"], exact=True).click()
    page.wait_for_load_state()
    page.locator("main").get_by_role("link", name=texts["story"]).first.click()
    page.wait_for_load_state()
    assert heading(page) == texts["story"]
    assert page.locator("nav ol.breadcrumb").inner_text().count(texts["stories"]) == 1
    no_horizontal_overflow(page)
    page.screenshot(path=str(artifacts / f"nav-story-{language}-{width}.png"), full_page=True)

    open_menu(page, width).get_by_role("link", name=texts["collections"], exact=True).click()
    page.wait_for_load_state()
    page.locator("main").get_by_role("link", name=texts["collection"]).first.click()
    page.wait_for_load_state()
    assert heading(page) == texts["collection"]
    no_horizontal_overflow(page)

    page.locator(".site-footer__pages").get_by_role("link", name=texts["returns"]).click()
    page.wait_for_load_state()
    assert heading(page) == texts["returns"]
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    no_horizontal_overflow(page)
    page.screenshot(path=str(artifacts / f"nav-returns-{language}-{width}.png"), full_page=True)
    assert page.problems == []


@pytest.mark.parametrize(("language", "width"), [("ar", 390), ("en", 1366)])
def test_a_governorate_page_links_its_crafts_pieces_from_there_and_a_craft_page_where_it_is_made(
    live_server, page_factory, artifacts, language, width
):
    from cms.models import CraftIndexPage, CraftPage, GovernorateIndexPage, GovernoratePage
    from tests.factories import craft, governorate, make_artisan, make_product

    make_product(artisan=make_artisan(wilayat_slug="salalah"), title_en="Salalah burner", title_ar="مبخرة صلالة")
    make_product(artisan=make_artisan(wilayat_slug="bahla"), title_en="Bahla jar", title_ar="جحلة بهلاء")
    translate(
        add_page(
            CraftIndexPage.objects.get(locale__language_code="en"),
            CraftPage(title="Pottery", slug="pottery", craft=craft("pottery")),
        ),
        "ar",
        title="الفخار",
        slug="fakhar",
    )
    translate(
        add_page(
            GovernorateIndexPage.objects.get(locale__language_code="en"),
            GovernoratePage(title="Dhofar", slug="dhofar", governorate=governorate("dhofar")),
        ),
        "ar",
        title="ظفار",
        slug="dhofar",
    )
    page = page_factory(locale=language, width=width, height=844 if width < 768 else 900)
    prefix = "/ar/al-muhafazat/dhofar/" if language == "ar" else "/en/governorates/dhofar/"

    page.goto(live_server.url + prefix)
    page.screenshot(path=str(artifacts / f"nav-governorate-{language}-{width}.png"), full_page=True)
    page.locator("a.craft-in-place").first.click()
    page.wait_for_load_state()
    body = page.locator("main").inner_text()
    assert ("مبخرة صلالة" if language == "ar" else "Salalah burner") in body
    assert "Bahla jar" not in body and "جحلة بهلاء" not in body

    page.goto(live_server.url + ("/ar/al-hiraf/fakhar/" if language == "ar" else "/en/crafts/pottery/"))
    page.screenshot(path=str(artifacts / f"nav-craft-{language}-{width}.png"), full_page=True)
    assert page.locator("a.craft-in-place").count() == 2
    no_horizontal_overflow(page)
    assert page.problems == []
