"""The artisan portal (the workshop) end to end, in Arabic on a 360 px phone: an artisan joins with a registry
number, the authority verifies them, they list a piece with a photo from their phone, the authority approves it,
they change its stock, and a buyer finds it on sale. Pages are read by id, name and URL, never by their words
(which translators may change); what happened is checked in the database."""

import re

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from oscar.core.loading import get_model

from artisans.models import Artisan, SellerApplication
from moderation.models import ListingSubmission
from moderation.roles import REVIEWERS_GROUP
from tests.factories import PASSWORD, UserFactory, craft, wilayat
from tests.image_files import jpeg_with_gps

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

Product = get_model("catalogue", "Product")

PHONE = {"width": 360, "height": 780}
REGISTRY_NUMBER = "DAK-2017-05555"
ARTISAN_EMAIL = "maryam.alabri@example.com"
MIN_TAP_HEIGHT = 44


def sign_in(page, live_server, user):
    """The user's session, made on the server side, as the browser's session cookie."""
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )


def check_phone_page(page, *tap_targets: str):
    """Right to left, nothing wider than the phone, and the named buttons and links big enough for a thumb."""
    assert page.get_attribute("html", "dir") == "rtl", page.url
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{page.url} is {width} px wide on a {PHONE['width']} px phone"
    for selector in tap_targets:
        elements = page.locator(selector)
        assert elements.count(), f"{selector} not found on {page.url}"
        for index in range(elements.count()):
            box = elements.nth(index).bounding_box()
            assert box and box["height"] >= MIN_TAP_HEIGHT, f"{selector} #{index} on {page.url}: {box}"
    assert not page.problems, page.problems


def decide(page, live_server, queue_path: str, approve_link: str):
    """The reviewer opens the queue, the request in it, chooses 'approve' and records the decision."""
    page.goto(f"{live_server.url}{queue_path}")
    page.locator(approve_link).click()
    page.check("input[name=decision][value=approve]")
    page.locator("form.workshop-form button[type=submit]").click()
    page.wait_for_url(f"{live_server.url}{queue_path}")
    assert not page.problems, page.problems


def test_an_artisan_joins_is_verified_lists_a_piece_and_sells_it(live_server, page_factory, artifacts, tmp_path):
    bahla = wilayat("bahla")
    pottery = craft("pottery")
    reviewer = UserFactory(username="reviewer", email="reviewer@example.com")
    reviewer.groups.add(Group.objects.get(name=REVIEWERS_GROUP))
    authority = page_factory(locale="ar-OM")
    sign_in(authority, live_server, reviewer)
    page = page_factory(locale="ar-OM", **PHONE)
    base = f"{live_server.url}/ar/workshop/"
    home = f"{base}{REGISTRY_NUMBER}/"
    submit = "form.workshop-form button[type=submit]"

    # 1. The artisan, without an account, asks to join
    page.goto(f"{base}join/")
    page.fill("#id_account-email", ARTISAN_EMAIL)
    page.fill("#id_account-password1", PASSWORD)
    page.fill("#id_account-password2", PASSWORD)
    page.fill("#id_registry-registry_number", REGISTRY_NUMBER)
    page.check("input[name=registry-seller_type][value=artisan]")
    page.fill("#id_registry-name_ar", "مريم بنت سعيد العبرية")
    page.select_option("#id_registry-governorate", str(bahla.governorate.pk))
    page.select_option("#id_registry-wilayat", str(bahla.pk))
    page.check(f"input[name=registry-crafts][value='{pottery.pk}']")
    page.fill("#id_registry-phone", "9123 4567")
    check_phone_page(page, submit)
    page.screenshot(path=str(artifacts / "portal-join-ar.png"), full_page=True)
    page.locator(submit).click()
    # (joining tells nobody whether the address has an account: the new account waits for the link in its e-mail)
    page.wait_for_url(f"{live_server.url}/ar/shop/accounts/check-your-inbox/")
    page.screenshot(path=str(artifacts / "portal-check-inbox-ar.png"), full_page=True)
    [activation] = [message for message in mail.outbox if message.to == [ARTISAN_EMAIL]]
    page.goto(
        live_server.url + re.search(r"https://[^/\s]+(/ar/shop/accounts/activate/\S+/)", activation.body).group(1)
    )
    page.screenshot(path=str(artifacts / "portal-activate-ar.png"), full_page=True)
    page.fill("form.account-activate input[name=password]", PASSWORD)
    page.locator("form.account-activate button[type=submit]").click()
    page.wait_for_url(base)
    assert page.locator(".workshop-status--pending").count() == 1
    check_phone_page(page)
    page.screenshot(path=str(artifacts / "portal-waiting-ar.png"), full_page=True)
    application = SellerApplication.objects.get(registry_number=REGISTRY_NUMBER)
    artisan_user = get_user_model().objects.get(email=ARTISAN_EMAIL)
    assert application.user == artisan_user and application.status == SellerApplication.Status.PENDING
    assert application.wilayat == bahla and list(application.crafts.all()) == [pottery]

    # 2. The authority checks the registry number and approves
    decide(
        authority,
        live_server,
        "/ar/authority/artisans-to-verify/",
        f"a[href$='/artisans-to-verify/{application.pk}/']",
    )
    application.refresh_from_db()
    assert application.status == SellerApplication.Status.APPROVED
    artisan = Artisan.objects.get(registry_number=REGISTRY_NUMBER)
    assert artisan.is_verified
    assert artisan.partner.users.filter(pk=artisan_user.pk).exists()

    # 3. The artisan's workshop; they add a piece with a photo from their phone
    page.goto(base)
    page.wait_for_url(home)
    check_phone_page(page, "a.workshop-big-button", "a.workshop-tile")
    page.screenshot(path=str(artifacts / "portal-dashboard-ar.png"), full_page=True)
    page.locator("a[href$='pieces/new/']").first.click()
    page.wait_for_url(f"{home}pieces/new/")
    page.fill("#id_title_ar", "مبخرة فخارية من بهلاء")
    page.fill("#id_description_ar", "مشكلة يدويا من طين بهلاء ومزينة بنقوش تقليدية.")
    page.select_option("#id_craft", str(pottery.pk))
    page.fill("#id_price", "12.500")
    page.fill("#id_stock", "3")
    page.fill("#id_weight_g", "900")
    photo = tmp_path / "IMG_0001.jpg"
    photo.write_bytes(jpeg_with_gps().read())
    page.set_input_files("#id_photos", str(photo))
    check_phone_page(page, submit)
    page.screenshot(path=str(artifacts / "portal-new-piece-ar.png"), full_page=True)
    page.locator(submit).click()
    page.wait_for_url(f"{home}pieces/")
    check_phone_page(page, "a.workshop-big-button")
    page.screenshot(path=str(artifacts / "portal-pieces-waiting-ar.png"), full_page=True)
    product = Product.objects.get(artisan=artisan)
    assert not product.is_public
    submission = ListingSubmission.objects.get(product=product, status=ListingSubmission.Status.PENDING)
    assert submission.photos.count() == 1

    # 4. The authority approves the piece: buyers see it, with its photo
    decide(
        authority,
        live_server,
        "/ar/authority/listings-to-review/",
        f"a[href$='/listings-to-review/{submission.pk}/']",
    )
    product.refresh_from_db()
    assert product.is_public
    assert product.images.count() == 1

    # 5. On sale now; the artisan has made four more and sets the stock to 7
    page.reload()
    assert page.locator(f"a[href$='/pieces/{product.pk}/']").count() == 1
    check_phone_page(page, "a.workshop-big-button")
    page.screenshot(path=str(artifacts / "portal-pieces-approved-ar.png"), full_page=True)
    page.goto(f"{home}stock/")
    piece = page.locator(f"#piece-{product.pk}")
    check_phone_page(page, f"#piece-{product.pk} button[type=submit]")
    piece.locator(f"#stock-{product.pk}").fill("7")
    piece.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(rf"{re.escape(home)}stock/(#piece-{product.pk})?$"))
    assert product.stockrecords.get().num_in_stock == 7
    assert page.input_value(f"#stock-{product.pk}") == "7"
    check_phone_page(page, f"#piece-{product.pk} button[type=submit]")
    page.screenshot(path=str(artifacts / "portal-stock-ar.png"), full_page=True)

    # 6. A buyer finds it on sale
    buyer = page_factory(locale="ar-OM", **PHONE)
    path = re.sub(r"^/[a-z]{2}/", "/ar/", product.get_absolute_url())
    response = buyer.goto(f"{live_server.url}{path}")
    assert response.status == 200
    assert buyer.get_attribute("html", "dir") == "rtl"
    assert buyer.locator("#add_to_basket_form").count() == 1
    assert not buyer.problems, buyer.problems
    buyer.screenshot(path=str(artifacts / "portal-buyer-product-ar.png"), full_page=True)
