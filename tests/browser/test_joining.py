"""Joining an artisan who already has managers, in Arabic on a 390 px phone: the current manager sees the request on
the dashboard and agrees on the "who manages this workshop" page; the reviewer records a call to the registry's
number and approves; the bank details the newcomer then gives wait on the authority's page until confirmed. And a
new piece's photo, waiting for review, shows in the artisan's pieces list through its signed private link. Pages are
read by id, name and URL, never by their words; what happened is checked in the database."""

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from artisans.models import SellerApplication
from artisans.services import seller_application_submit
from catalogue.services import ListingText
from ledger.models import PayoutAccount
from ledger.services import payout_account_save
from moderation.roles import REVIEWERS_GROUP
from moderation.services import ListingContent, Logistics, PhotoUpload, listing_create
from tests.factories import UserFactory, craft, make_artisan, make_manager
from tests.image_files import plain_jpeg

from .test_portal import MIN_TAP_HEIGHT, sign_in

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"width": 390, "height": 844}


def check_phone_page(page, *tap_targets: str):
    """Right to left, nothing wider than the phone, the named buttons and links big enough for a thumb, and no
    error in the console (a Content-Security-Policy violation among them)."""
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


@pytest.fixture
def salim():
    return make_artisan(registry_number="TS-SHS-00777", name_en="Salim", name_ar="سالم", wilayat_slug="sur")


def test_a_manager_agrees_the_reviewer_checks_by_phone_and_confirms_the_bank_details(
    live_server, page_factory, artifacts, salim
):
    manager = make_manager(salim)
    stranger = UserFactory(email="son@example.com")
    application = seller_application_submit(
        user=stranger,
        registry_number=salim.registry_number,
        seller_type=salim.seller_type,
        name_ar="خالد بن سالم",
        name_en="Khalid bin Salim",
        governorate=salim.governorate,
        wilayat=salim.wilayat,
        phone="9988 7766",
    )
    reviewer = UserFactory(is_staff=True)
    reviewer.groups.add(Group.objects.get(name=REVIEWERS_GROUP))
    base = f"{live_server.url}/ar/workshop/{salim.registry_number}/"

    # The current manager, on a phone: the dashboard says someone asks; the managers page lets them agree
    page = page_factory(locale="ar-OM", **PHONE)
    sign_in(page, live_server, manager)
    page.goto(base)
    check_phone_page(page, ".workshop-requests-alert a")
    page.screenshot(path=str(artifacts / "joining-dashboard-request-ar.png"), full_page=True)
    page.locator(".workshop-requests-alert a").click()
    page.wait_for_url(f"{base}managers/")
    check_phone_page(page, "button[name=answer]")
    page.screenshot(path=str(artifacts / "joining-managers-ar.png"), full_page=True)
    page.locator("button[name=answer][value=accept]").click()
    page.wait_for_url(f"{base}managers/")
    application.refresh_from_db()
    assert application.managers_answer == SellerApplication.ManagersAnswer.ACCEPTED

    # The reviewer, on a phone too: records the call to the registry's number, then approves
    authority = page_factory(locale="ar-OM", **PHONE)
    sign_in(authority, live_server, reviewer)
    review = f"{live_server.url}/ar/authority/artisans-to-verify/{application.pk}/"
    authority.goto(review)
    authority.locator(".authority-identity summary").click()
    authority.fill("#id_number", "2441 0000")
    authority.check("input[name=outcome][value=confirmed]")
    check_phone_page(authority, ".authority-identity button[type=submit]")
    authority.screenshot(path=str(artifacts / "joining-review-call-ar.png"), full_page=True)
    authority.locator(".authority-identity button[type=submit]").click()
    authority.wait_for_url(review)
    application.refresh_from_db()
    assert application.call_outcome == SellerApplication.CallOutcome.CONFIRMED
    authority.check("input[name=decision][value=approve]")
    authority.locator("form.workshop-form:not([action]) button[type=submit]").click()
    authority.wait_for_url(f"{live_server.url}/ar/authority/artisans-to-verify/")
    assert salim.partner.users.filter(pk=stranger.pk).exists()

    # The newcomer gives bank details: held, they wait on the authority's page until confirmed
    salim.refresh_from_db()
    payout_account_save(
        artisan=salim, actor=stranger, account_holder="Khalid", bank="Bank Muscat", iban="OM810180000001299123456"
    )
    authority.goto(f"{live_server.url}/ar/authority/bank-details-to-confirm/")
    check_phone_page(authority, ".authority-held button[type=submit]")
    authority.screenshot(path=str(artifacts / "joining-bank-details-to-confirm-ar.png"), full_page=True)
    authority.locator(".authority-held button[type=submit]").click()
    authority.wait_for_url(f"{live_server.url}/ar/authority/bank-details-to-confirm/")
    assert not PayoutAccount.objects.get(artisan=salim).is_held


def test_a_new_pieces_waiting_photo_shows_in_the_pieces_list(live_server, page_factory, artifacts, salim):
    manager = make_manager(salim)
    listing_create(
        artisan=salim,
        actor=manager,
        content=ListingContent(
            text=ListingText("Sur clay jar", "جرة من طين صور", "", ""),
            craft=craft("pottery"),
        ),
        logistics=Logistics(price="12.500", stock=2, weight_g=900),
        photos=[PhotoUpload(plain_jpeg("jar.jpg"), "A jar", "جرة")],
    )
    page = page_factory(locale="ar-OM", **PHONE)
    sign_in(page, live_server, manager)

    page.goto(f"{live_server.url}/ar/workshop/{salim.registry_number}/pieces/")

    photo = page.locator(".workshop-product__waiting img")
    photo.wait_for()
    # Polled from the test, not with wait_for_function: that evaluates a string in the page, which the CSP forbids.
    expect(photo).to_have_js_property("complete", True)
    assert photo.evaluate("img => img.naturalWidth") > 0  # the signed private link served it, within the CSP
    assert page.locator(".workshop-product__waiting .workshop-badge--wait").count() == 1
    check_phone_page(page)
    page.screenshot(path=str(artifacts / "joining-pieces-waiting-photo-ar.png"), full_page=True)
