"""The shop laid out for a phone (issue 18, part 4), in Arabic and English at 390x844: the catalogue's and the search's
facets in a drawer behind a "Filter" button, so the first piece is on the first screen; the drawer worked from the
keyboard; the facets still in the page without JavaScript and beside the list on a wide screen; cards embedded in a
story no wider than the shop's grid cards; the workshop's pages no wider than the phone. Screenshots go to
test-artifacts/layout-*.png."""

import json
from datetime import date

import pytest

from catalogue.services import product_add_photo
from cms.models import StoryIndexPage, StoryPage
from tests.cms.conftest import add_page, artisan_block, product_block
from tests.factories import PASSWORD, image_upload, make_artisan, make_manager, make_product

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"width": 390, "height": 844}
FILTER = {"ar": "تصفية", "en": "Filter"}
# (wilayat, craft, material, English title, Arabic title): pieces from five governorates, five crafts and five
# materials, so that the facets are as long as the demo's (they filled the first screen before the first piece).
PIECES = [
    ("nizwa", "silverwork", "silver", "Nizwa silver ring", "خاتم فضي من نزوى"),
    ("bahla", "pottery", "clay", "Bahla clay water jar", "جحلة فخارية من بهلاء"),
    ("sur", "wool_weaving", "wool", "Sur wool rug", "سجادة صوفية من صور"),
    ("salalah", "incense_cosmetics", "frankincense", "Hojari frankincense", "لبان حوجري"),
    ("mutrah", "copperwork", "copper", "Mutrah copper tray", "صينية نحاسية من مطرح"),
    ("ibri", "palm_frond", "palm_frond", "Ibri palm-frond basket", "سلة سعف من عبري"),
    ("sohar", "woodwork", "wood", "Sohar wooden chest", "مندوس خشبي من صحار"),
    ("khasab", "bone_coconut", "coconut_shell", "Khasab coconut-shell keyring", "ميدالية من قشرة النارجيل"),
]


@pytest.fixture
def shop(live_server, index_everything):
    pieces = []
    for number, (wilayat, craft, material, title_en, title_ar) in enumerate(PIECES, start=1):
        artisan = make_artisan(wilayat_slug=wilayat, crafts=(craft,))
        piece = make_product(
            artisan=artisan,
            craft_code=craft,
            title_en=title_en,
            title_ar=title_ar,
            materials=(material,),
            sku=f"TS-LAY-{number:05d}",
        )
        product_add_photo(product=piece, upload=image_upload(f"piece-{number}.jpg", size=(900, 900)))
        pieces.append(piece)
    index_everything()
    return pieces


def first_card_top(page) -> float:
    return page.locator(".product-grid .product-card").first.bounding_box()["y"]


def no_horizontal_overflow(page):
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{page.url} is {overflow}px too wide"


@pytest.mark.parametrize("path", ["shop/catalogue/", "shop/search/?q=bahla"])
@pytest.mark.parametrize("language", ["ar", "en"])
def test_on_a_phone_the_first_piece_is_on_the_first_screen_and_the_facets_behind_filter(
    live_server, page_factory, artifacts, shop, language, path
):
    page = page_factory(locale=language, **PHONE)
    page.goto(f"{live_server.url}/{language}/{path}")

    toggle = page.locator(".facets-toggle")
    assert toggle.is_visible() and toggle.inner_text().strip() == FILTER[language]
    assert page.locator("#facets").is_hidden()
    assert first_card_top(page) < PHONE["height"]
    no_horizontal_overflow(page)
    name = "catalogue" if "catalogue" in path else "search"
    page.screenshot(path=str(artifacts / f"layout-{name}-{language}-390-closed.png"))
    toggle.click()
    page.screenshot(path=str(artifacts / f"layout-{name}-{language}-390-open.png"))


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_filter_drawer_opens_and_closes_with_the_keyboard(live_server, page_factory, shop, language):
    page = page_factory(locale=language, **PHONE)
    page.goto(f"{live_server.url}/{language}/shop/catalogue/")
    toggle, drawer = page.locator(".facets-toggle"), page.locator("#facets")
    assert page.evaluate("document.querySelector('.facets-toggle').tagName") == "BUTTON"
    assert toggle.get_attribute("aria-controls") == "facets"
    assert toggle.get_attribute("aria-expanded") == "false"

    toggle.focus()
    page.keyboard.press("Enter")

    assert toggle.get_attribute("aria-expanded") == "true"
    assert drawer.is_visible()
    assert drawer.bounding_box()["x"] >= 0 and drawer.bounding_box()["width"] <= PHONE["width"]
    assert page.evaluate("document.activeElement.closest('#facets') !== null"), "the focus moves into the drawer"
    page.keyboard.press("Tab")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") not in ("", "none")

    page.keyboard.press("Escape")

    assert toggle.get_attribute("aria-expanded") == "false"
    assert drawer.is_hidden()
    assert page.evaluate("document.activeElement.classList.contains('facets-toggle')"), "the focus is given back"
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") not in ("", "none")


def test_without_javascript_the_facets_stay_in_the_page(live_server, browser, shop):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE, locale="en-GB")
    try:
        page = context.new_page()
        page.goto(f"{live_server.url}/en/shop/catalogue/")
        assert page.locator("#facets").is_visible()
        assert page.locator(".facets-toggle").is_hidden()
        assert page.locator("#facets input[name=craft]").count() == len(PIECES)
    finally:
        context.close()


def test_on_a_wide_screen_the_facets_stay_beside_the_pieces(live_server, page_factory, shop):
    page = page_factory(locale="en", width=1366, height=900)
    page.goto(f"{live_server.url}/en/shop/catalogue/")

    assert page.locator(".facets-toggle").is_hidden()
    facets, first = page.locator("#facets").bounding_box(), page.locator(".product-card").first.bounding_box()
    assert facets["x"] + facets["width"] <= first["x"], "the facets are a column beside the pieces"


@pytest.mark.parametrize("width", [390, 1366])
@pytest.mark.parametrize("language", ["ar", "en"])
def test_pieces_embedded_in_a_story_are_no_wider_than_the_shops_grid_cards(
    live_server, page_factory, artifacts, shop, language, width
):
    body = [
        {"type": "paragraph", "value": "<p>Nizwa lies at the foot of the mountains.</p>"},
        *(product_block(piece.pk) for piece in shop[:3]),
        artisan_block(shop[0].artisan_id),
    ]
    story = StoryPage(
        title="The silver of Nizwa", slug="silver-of-nizwa", date=date(2026, 2, 10), body=json.dumps(body)
    )
    add_page(StoryIndexPage.objects.get(locale__language_code="en"), story)
    page = page_factory(locale=language, width=width, height=900)
    page.goto(f"{live_server.url}/en/shop/catalogue/")
    grid_card = page.locator(".product-grid .product-card").first.bounding_box()["width"]

    page.goto(f"{live_server.url}{story.url}")

    cards = page.locator(".cms-body .product-card")
    assert cards.count() == 3
    for index in range(3):
        card = cards.nth(index).bounding_box()
        assert card["width"] <= grid_card + 1, (card["width"], grid_card)
        assert cards.nth(index).locator("img").bounding_box()["width"] <= card["width"]
    tops = {round(cards.nth(index).bounding_box()["y"]) for index in range(2)}
    assert len(tops) == 1, "embedded pieces side by side, as in the grid"
    no_horizontal_overflow(page)
    page.screenshot(path=str(artifacts / f"layout-story-{language}-{width}.png"), full_page=True)


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_workshops_pages_fit_a_phone(live_server, page_factory, artifacts, shop, language):
    artisan = shop[0].artisan
    manager = make_manager(artisan)
    page = page_factory(locale=language, **PHONE)
    page.goto(f"{live_server.url}/{language}/shop/accounts/login/")
    page.fill("#id_login-username", manager.email)
    page.fill("#id_login-password", PASSWORD)
    page.locator("form:has(#id_login-username) button[type=submit]").click()
    page.wait_for_load_state()

    base = f"{live_server.url}/{language}/workshop/{artisan.registry_number}/"
    for path in ("", "pieces/", "stock/", "orders/", "statements/", "bank/", "profile/", "managers/"):
        response = page.goto(base + path)
        assert response.status == 200, path
        no_horizontal_overflow(page)
        page.screenshot(path=str(artifacts / f"layout-workshop-{path.strip('/') or 'home'}-{language}-390.png"))
