"""A buyer types in the search box, picks a suggestion, and ticks a facet, in Arabic and in English."""

import pytest

from tests.factories import make_artisan, make_product

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def shop(live_server, index_everything):
    silversmith = make_artisan(
        name_en="Saif Al Harthi", name_ar="سيف الحارثي", wilayat_slug="nizwa", crafts=("silverwork",)
    )
    muscat = make_artisan(
        name_en="Salma Al Busaidi", name_ar="سلمى البوسعيدية", wilayat_slug="mutrah", crafts=("silverwork",)
    )
    make_product(
        artisan=silversmith,
        craft_code="silverwork",
        title_en="Nizwa silver necklace",
        title_ar="قلادة فضية من نزوى",
        materials=("silver",),
        sku="DAK-NEC-00001",
    )
    make_product(
        artisan=muscat,
        craft_code="silverwork",
        title_en="Mutrah silver bracelet",
        title_ar="سوار فضي من مطرح",
        materials=("silver",),
        sku="MCT-BRA-00002",
    )
    index_everything()


@pytest.mark.parametrize(
    ("language", "typed", "suggestion", "heading"),
    [
        ("ar", "قلاد", "قلادة فضية من نزوى", "قلادة فضية من نزوى"),
        ("en", "neckl", "Nizwa silver necklace", "Nizwa silver necklace"),
    ],
)
def test_typing_then_picking_a_suggestion_opens_the_piece(
    live_server, page_factory, shop, artifacts, language, typed, suggestion, heading
):
    page = page_factory(locale=language)
    page.goto(f"{live_server.url}/{language}/")
    page.locator("#site-search-q").press_sequentially(typed, delay=60)
    option = page.locator("#site-search-suggestions [role=option]", has_text=suggestion)
    option.wait_for()
    page.screenshot(path=str(artifacts / f"autocomplete-{language}.png"))
    option.locator("a").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == heading
    assert page.problems == []


@pytest.mark.parametrize(("language", "query", "governorate"), [("ar", "فضي", "مسقط"), ("en", "silver", "Muscat")])
def test_ticking_a_facet_narrows_the_results(live_server, page_factory, shop, artifacts, language, query, governorate):
    page = page_factory(locale=language)
    page.goto(f"{live_server.url}/{language}/shop/search/?q={query}")
    assert page.locator(".product-card").count() == 2
    page.locator(".facet__value", has_text=governorate).locator("input").check()
    page.wait_for_url("**governorate=muscat**")
    assert page.locator(".product-card").count() == 1
    assert page.locator(".facet__value", has_text=governorate).locator("input").is_checked()
    page.screenshot(path=str(artifacts / f"search-facets-{language}.png"), full_page=True)
    assert page.problems == []


def test_the_keyboard_chooses_a_suggestion(live_server, page_factory, shop):
    page = page_factory(locale="en")
    page.goto(f"{live_server.url}/en/")
    search_box = page.locator("#site-search-q")
    search_box.press_sequentially("brace", delay=60)
    page.locator("#site-search-suggestions [role=option]").first.wait_for()
    search_box.press("ArrowDown")
    search_box.press("Enter")
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Mutrah silver bracelet"
