"""A verified review end to end, in each language: the buyer of a shipped piece reviews it from their order page on
a phone, the authority approves it in its reviews tab, and the product page shows it with its rating."""

import pytest

from catalogue.reviews.models import ProductReview
from moderation.roles import REVIEWERS_GROUP
from tests.browser.test_portal import sign_in
from tests.factories import UserFactory, make_artisan, make_manager, make_product, make_staff
from tests.reviews.conftest import shipped_line

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

TEXTS = {
    "en": ("Beautiful burner, the smoke rises straight and the clay smells of Bahla.", "4.0 out of 5, from 1 review"),
    "ar": ("مبخرة جميلة، يصعد دخانها مستقيمًا ورائحة الطين من بهلاء.", "4.0 من 5، من مراجعة واحدة"),
}

ANSWERS = {"en": "Thank you, Huda.", "ar": "شكرًا لكِ يا هدى."}


@pytest.mark.parametrize(("language", "locale"), [("en", "en-GB"), ("ar", "ar-OM")])
def test_a_verified_buyer_reviews_the_authority_approves_and_the_review_appears(
    page_factory, live_server, artifacts, language, locale
):
    artisan = make_artisan(name_en="Salim Al Hinai", name_ar="سالم الهنائي")
    piece = make_product(artisan=artisan, title_en="Bahla incense burner", title_ar="مبخرة بهلاء", stock=3)
    buyer = UserFactory(first_name="Huda")
    manager = make_manager(artisan)
    line = shipped_line(buyer=buyer, product=piece, manager=manager)
    text, summary = TEXTS[language]

    # The buyer, on a phone, from their order's page
    phone = page_factory(locale=locale, width=390, height=844)
    sign_in(phone, live_server, buyer)
    phone.goto(f"{live_server.url}/{language}/shop/accounts/orders/{line.order.number}/")
    phone.locator(".order-reviews a").first.click()
    phone.wait_for_load_state()
    phone.locator("input[name=score][value='4']").check()
    phone.fill("#id_body", text)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    phone.screenshot(path=artifacts / f"review-write-{language}-390.png", full_page=True)
    phone.locator("form.review-write button[type=submit]").click()
    phone.wait_for_load_state()
    review = ProductReview.objects.get()
    assert review.status == ProductReview.FOR_MODERATION and review.language == language

    # The authority, at a desk
    desk = page_factory(locale=locale, width=1366, height=900)
    sign_in(desk, live_server, make_staff(REVIEWERS_GROUP))
    desk.goto(f"{live_server.url}/{language}/authority/")
    desk.locator(".workshop-nav a[href$='/authority/reviews-to-check/']").click()
    desk.locator(f"a[href$='/authority/reviews-to-check/{review.pk}/']").click()
    desk.wait_for_load_state()
    desk.screenshot(path=artifacts / f"review-moderate-{language}-1366.png", full_page=True)
    desk.locator("input[name=decision][value=approve]").check()
    desk.locator("form.workshop-form button[type=submit]").click()
    desk.wait_for_load_state()
    assert ProductReview.objects.get().status == ProductReview.APPROVED

    # The artisan answers from the workshop, on a phone
    workshop = page_factory(locale=locale, width=390, height=844)
    sign_in(workshop, live_server, manager)
    workshop.goto(f"{live_server.url}/{language}/workshop/{artisan.registry_number}/reviews/")
    assert text in workshop.locator(".workshop-reviews").inner_text()
    workshop.locator(".workshop-reviews a.btn").first.click()
    workshop.wait_for_load_state()
    workshop.fill("#id_reply", ANSWERS[language])
    workshop.locator("form.workshop-form button[type=submit]").click()
    workshop.wait_for_load_state()
    assert ANSWERS[language] in workshop.locator(".workshop-reviews .review__reply").inner_text()
    assert workshop.evaluate("document.documentElement.scrollWidth") <= 390
    workshop.screenshot(path=artifacts / f"review-workshop-{language}-390.png", full_page=True)

    # Anyone: the product page shows it with its rating and the answer
    visitor = page_factory(locale=locale, width=390, height=844)
    visitor.goto(f"{live_server.url}{piece_url(piece, language)}")
    section = visitor.locator("#reviews")
    assert text in section.inner_text() and ANSWERS[language] in section.inner_text()
    assert summary in " ".join(section.locator(".reviews__summary").inner_text().split())
    assert visitor.evaluate("document.documentElement.scrollWidth") <= 390
    section.screenshot(path=artifacts / f"review-shown-{language}-390.png")
    for page in (phone, desk, workshop, visitor):
        assert not page.problems, page.problems


def piece_url(piece, language: str) -> str:
    from django.utils import translation

    with translation.override(language):
        return piece.get_absolute_url()
