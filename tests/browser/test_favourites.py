"""A guest hearts a piece on a cached product page, signs in and keeps it (issue 21, part 2), in both languages at
a phone's width; the screenshots are looked at."""

import pytest
from django.urls import reverse
from django.utils import translation

from favourites.models import Favourite
from tests.factories import PASSWORD, UserFactory, make_artisan, make_product

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.mark.parametrize(("language", "locale"), [("en", "en-GB"), ("ar", "ar-OM")])
def test_a_guest_hearts_a_piece_signs_in_and_keeps_it(live_server, page_factory, artifacts, language, locale):
    potter = make_artisan(name_en="Aisha Al Harthi", name_ar="عائشة الحارثية", wilayat_slug="bahla")
    piece = make_product(artisan=potter, title_en="Bahla clay incense burner", title_ar="مبخرة فخارية من بهلاء")
    make_product(artisan=potter, title_en="Small water jar", title_ar="جحلة ماء صغيرة")
    buyer = UserFactory(email=f"buyer-{language}@example.com")
    with translation.override(language):
        product_url = live_server.url + piece.get_absolute_url().replace("/en/", f"/{language}/", 1)
        favourites_url = live_server.url + reverse("favourites:list")
        login_url = live_server.url + reverse("customer:login")

    page = page_factory(locale=locale, width=390, height=844)
    page.context.request.get(product_url)  # another visitor fills the page cache
    response = page.goto(product_url)
    assert "public" in response.headers["cache-control"]
    heart = page.locator(".product-page__buy form.heart button")
    assert heart.get_attribute("aria-pressed") == "false"

    heart.click()
    page.wait_for_selector(".product-page__buy form.heart button[aria-pressed=true]")
    page.screenshot(path=str(artifacts / f"favourites-product-{language}-390.png"), full_page=False)

    page.goto(favourites_url)
    expected = "مبخرة فخارية من بهلاء" if language == "ar" else "Bahla clay incense burner"
    assert page.locator(".product-card__title").all_inner_texts() == [expected]
    page.screenshot(path=str(artifacts / f"favourites-guest-list-{language}-390.png"), full_page=True)

    page.goto(f"{login_url}?next={reverse('favourites:list')}")
    page.fill("#id_login-username", buyer.email)
    page.fill("#id_login-password", PASSWORD)
    page.locator("button[name=login_submit]").click()
    page.wait_for_load_state()

    assert list(Favourite.objects.filter(user=buyer).values_list("product_id", flat=True)) == [piece.pk]
    page.goto(product_url)
    page.wait_for_selector(".product-page__buy form.heart button[aria-pressed=true]")
    page.goto(favourites_url)
    assert page.locator(".product-card").count() == 1
    page.screenshot(path=str(artifacts / f"favourites-account-list-{language}-390.png"), full_page=True)
    assert page.problems == []
