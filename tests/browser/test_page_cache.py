"""A cached product page in a real browser (marketplace/page_cache.py): its forms carry no CSRF token of their own,
so session-state.js writes it in from the cookie; adding to the basket works, the header then shows the count, and
the visitor's next pages are their own (private). The footer's preference forms work on a cached page too."""

import pytest

from tests.factories import make_artisan, make_product

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def piece(live_server):
    potter = make_artisan(name_en="Aisha Al Harthi", name_ar="عائشة الحارثية", wilayat_slug="bahla")
    return make_product(
        artisan=potter, title_en="Bahla clay incense burner", title_ar="مبخرة فخارية من بهلاء", price="12.340", stock=4
    )


def address(piece, language: str) -> str:
    return piece.get_absolute_url().replace("/en/", f"/{language}/", 1)


def cached_visit(page, url: str):
    """The second visit of the page, which is served from the page cache."""
    page.context.request.get(url)  # another visitor (no cookies of this page's) fills the cache
    response = page.goto(url)
    assert response.status == 200
    assert "public" in response.headers["cache-control"]
    return response


@pytest.mark.parametrize(("language", "locale"), [("en", "en-GB"), ("ar", "ar-OM")])
def test_an_anonymous_visitor_on_a_cached_page_adds_to_the_basket_and_then_sees_their_own_pages(
    live_server, page_factory, piece, language, locale
):
    page = page_factory(locale=locale)
    url = live_server.url + address(piece, language)
    response = cached_visit(page, url)
    assert 'name="csrfmiddlewaretoken" value=""' in response.text()

    page.locator("#add_to_basket_form button[type=submit]").click()
    page.wait_for_load_state()

    page.wait_for_selector(".basket-link .badge")
    assert page.locator(".basket-link .badge").inner_text().strip() in ("1", "١")
    again = page.goto(url)
    assert "private" in again.headers["cache-control"]
    assert page.locator(".basket-link .badge").inner_text().strip() in ("1", "١")
    assert page.problems == []


def test_the_footers_preference_forms_work_on_a_cached_page(live_server, page_factory, piece):
    page = page_factory(locale="ar-OM")
    url = live_server.url + address(piece, "ar")
    cached_visit(page, url)
    assert page.locator(".price-approx").count() == 0

    page.select_option("#display-currency", "USD")
    page.locator("form.currency-switch button[type=submit]").click()
    page.wait_for_load_state()
    assert page.url == url
    assert page.locator(".price-approx").count() > 0

    page.locator("form.digits-switch button[value=arab]").click()
    page.wait_for_load_state()
    assert page.url == url
    assert "١٢٫٣٤٠" in page.locator("main").inner_text()
    assert page.problems == []
