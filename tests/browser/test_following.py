"""A signed-in buyer follows an artisan from the artisan's page, and the artisan's workshop shows the count, in both
languages at a phone's and a desktop's width (the screenshots are looked at)."""

import pytest
from django.urls import reverse
from django.utils import translation

from favourites.models import Favourite, Follow
from tests.factories import PASSWORD, UserFactory, make_artisan, make_manager, make_product

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def sign_in(page, live_server, user, language):
    with translation.override(language):
        page.goto(live_server.url + reverse("customer:login"))
    page.fill("#id_login-username", user.email)
    page.fill("#id_login-password", PASSWORD)
    page.locator("button[name=login_submit]").click()
    page.wait_for_load_state()


@pytest.mark.parametrize(("language", "locale"), [("en", "en-GB"), ("ar", "ar-OM")])
def test_a_buyer_follows_an_artisan_and_the_workshop_counts_them(
    live_server, page_factory, artifacts, language, locale
):
    potter = make_artisan(name_en="Aisha Al Harthi", name_ar="عائشة الحارثية", wilayat_slug="bahla")
    piece = make_product(artisan=potter)
    manager = make_manager(potter)
    buyer = UserFactory(email=f"follower-{language}@example.com")
    Favourite.objects.create(user=buyer, product=piece)
    with translation.override(language):
        artisan_url = live_server.url + potter.get_absolute_url()
        workshop_url = live_server.url + reverse(
            "artisans:workshop-dashboard", kwargs={"registry_number": potter.registry_number}
        )

    for width in (390, 1366):
        page = page_factory(locale=locale, width=width, height=900)
        sign_in(page, live_server, buyer, language)
        page.goto(artisan_url)
        button = page.locator("form.follow button")
        page.wait_for_selector(".product-card form.heart button[aria-pressed=true]")
        if button.get_attribute("aria-pressed") == "false":
            button.click()
        page.wait_for_selector("form.follow button[aria-pressed=true]")
        page.screenshot(path=str(artifacts / f"following-artisan-{language}-{width}.png"), full_page=False)
        assert page.problems == []
    follow = Follow.objects.get(user=buyer, artisan=potter)
    assert follow.language == language

    page = page_factory(locale=locale, width=390, height=900)
    sign_in(page, live_server, manager, language)
    page.goto(workshop_url)
    tiles = page.locator(".workshop-tile--audience").all_inner_texts()
    assert [text.split()[0] for text in tiles] in (["1", "1"], ["١", "١"])
    assert buyer.email not in page.content()
    page.screenshot(path=str(artifacts / f"following-workshop-{language}-390.png"), full_page=True)
