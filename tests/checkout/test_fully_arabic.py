"""The shop's pages and e-mails on /ar/ are fully in Arabic: a guest and a signed-in buyer go through the basket, every
checkout step (with a form error on the way), pay with a card (localstripe), and read the thank-you page, the order's
status page and invoice, their account (profile, orders, addresses, password and e-mail change, wish lists) and the
sign-in, registration and password-reset pages; no page and no e-mail may show one of the site's English UI strings
(tests/checkout/english_text.py says which strings, and what text counts)."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.test import Client

from marketplace.mail import BODY_SEPARATOR, SUBJECT_SEPARATOR
from payments.models import Payment
from tests.factories import PASSWORD, make_artisan, make_product
from tests.marketplace.test_registration import activation_link

from .conftest import Buyer
from .english_text import english_in_page, english_in_plain_text

pytestmark = pytest.mark.django_db

GUEST_EMAIL = "maryam@example.com"
ADDRESS_OMAN = {
    "first_name": "Maryam",
    "last_name": "Al Balushi",
    "line1": "Way 3021, House 17",
    "line4": "Muscat",
    "state": "Muscat",
    "postcode": "112",
    "country": "OM",
    "phone_number": "+96891234567",
}
ADDRESS_ABROAD = {
    "first_name": "Maryam",
    "last_name": "Al Balushi",
    "line1": "221B Baker Street",
    "line4": "London",
    "state": "",
    "postcode": "NW1 6XE",
    "country": "GB",
    "phone_number": "+442079460000",
}
# What the buyer typed: their own words, not the site's (the address, a wish list's name).
TYPED = (
    "Maryam",
    "Al Balushi",
    "Way 3021, House 17",
    "221B Baker Street",
    "London",
    "NW1 6XE",
    "Muscat",
    "Gifts for Eid",
)


class ArabicReader:
    """A browser on /ar/ that reads every page it is shown and notes the English UI strings it finds."""

    def __init__(self, buyer: Buyer) -> None:
        self.buyer = buyer
        self.client = buyer.client
        self.found: list[str] = []
        self.pages = 0

    def read(self, response, label: str, *, data: tuple[str, ...] = ()):
        """`data`: text the page shows as it was recorded (not the site's UI), left out like the buyer's typing."""
        assert response.status_code == 200, (label, response.status_code, response.get("Location"))
        assert response["Content-Language"] == "ar", label
        self.pages += 1
        for phrase, text in english_in_page(response.content.decode(), typed=TYPED + data):
            self.found.append(f"{label}: “{phrase}” in “{text}”")
        return response

    def get(self, url: str, label: str | None = None, *, data: tuple[str, ...] = ()):
        return self.read(self.client.get(url, follow=True), label or url, data=data)

    def post(self, url: str, data: dict, label: str | None = None):
        """A post whose answer is a page (a form with errors)."""
        return self.read(self.client.post(url, data), label or f"POST {url}")

    def post_then_read(self, url: str, data: dict, label: str | None = None):
        """A post that succeeds: follow its redirect and read where it lands."""
        response = self.client.post(url, data)
        assert response.status_code == 302, (label or url, response.status_code, response.content.decode()[:2000])
        return self.get(response["Location"], label)

    def read_email(self, email, label: str):
        """An e-mail sent in Arabic: its Arabic part (the order confirmation also holds the other language after
        it: after " · " in the subject, after the separator in the text, marked lang="en" in the HTML)."""
        self.pages += 1
        subject = email.subject.split(SUBJECT_SEPARATOR)[0]
        body = email.body.split(BODY_SEPARATOR)[0]
        for phrase, text in english_in_plain_text(f"{subject}\n{body}", typed=TYPED):
            self.found.append(f"{label} (text): “{phrase}” in “{text}”")
        for content, mime in getattr(email, "alternatives", []):
            if mime == "text/html":
                shown = re.sub(r"<title>.*?</title>", "", content, flags=re.S)  # a mail client shows the subject
                for phrase, text in english_in_page(shown, typed=TYPED):
                    self.found.append(f"{label} (html): “{phrase}” in “{text}”")

    def url(self, name: str, **kwargs) -> str:
        return self.buyer.url(name, **kwargs)


@pytest.fixture
def pieces():
    potter = make_artisan(name_en="Aisha Al Harthi", name_ar="عائشة الحارثية", wilayat_slug="bahla")
    weaver = make_artisan(name_en="Salim Al Hinai", name_ar="سالم الهنائي", wilayat_slug="nizwa")
    return (
        make_product(artisan=potter, price="12.340", stock=12),
        make_product(artisan=weaver, price="7.500", stock=3, title_en="Clay water jar", title_ar="جحلة"),
    )


@pytest.fixture
def reader(stripe_settings, localstripe_url):
    def open_reader() -> ArabicReader:
        return ArabicReader(Buyer(Client(HTTP_ACCEPT_LANGUAGE="ar"), "ar", localstripe_url))

    return open_reader


def pay_and_come_back(reader: ArabicReader, capture):
    placed = reader.buyer.place_order()
    assert placed.status_code == 302 and "/checkout/pay/" in placed["Location"], placed.content.decode()[:3000]
    reader.get(placed["Location"], "payment page")
    payment = Payment.objects.filter(status=Payment.Status.AWAITING_BUYER).latest("pk")
    assert reader.buyer.pay(payment)["status"] == "succeeded"
    with capture(execute=True):
        back = reader.buyer.come_back(payment)
    assert back.status_code == 302 and back["Location"].endswith("/checkout/thank-you/")
    reader.get(back["Location"], "thank-you page")
    return payment.order


def hidden_fields(response) -> dict:
    """The hidden inputs of a page's forms (a formset's management form), as a browser would send them."""
    from bs4 import BeautifulSoup

    page = BeautifulSoup(response.content.decode(), "html.parser")
    return {
        field["name"]: field.get("value", "")
        for field in page.select("input[type=hidden]")
        if field.get("name") and field["name"] != "csrfmiddlewaretoken"
    }


def report(reader: ArabicReader) -> str:
    return f"{len(reader.found)} English UI strings on {reader.pages} Arabic pages and e-mails:\n" + "\n".join(
        reader.found
    )


def test_a_guests_checkout_is_all_in_arabic(reader, pieces, django_capture_on_commit_callbacks):
    # Given a guest on /ar/ with pieces by two artisans in the basket
    guest = reader()
    for piece in pieces:
        assert guest.buyer.add(piece).status_code == 302
    # When they go through every step, with a mistake on the way, and pay
    guest.get(guest.url("basket:summary"), "basket")
    guest.get(guest.url("checkout:index"), "who are you")
    guest.post(guest.url("checkout:index"), {"username": "", "options": "anonymous"}, "who are you, no e-mail")
    guest.post_then_read(
        guest.url("checkout:index"), {"username": GUEST_EMAIL, "options": "anonymous"}, "shipping address"
    )
    wrong_wilayat = {**ADDRESS_OMAN, "line4": "Bahla"}
    guest.post(
        guest.url("checkout:shipping-address"), wrong_wilayat, "shipping address, wilayat of another governorate"
    )
    guest.post_then_read(guest.url("checkout:shipping-address"), ADDRESS_ABROAD, "shipping method")
    methods = guest.client.get(guest.url("checkout:shipping-method")).context["methods"]
    guest.post_then_read(guest.url("checkout:shipping-method"), {"method_code": methods[-1].code}, "preview (export)")
    order = pay_and_come_back(guest, django_capture_on_commit_callbacks)
    # And read the order's status page, its invoice and the confirmation e-mail
    status_form = guest.client.get(
        guest.url("customer:anon-order", order_number=order.number, hash=order.verification_hash())
    )
    form_url = status_form["Location"]
    guest.get(form_url, "order status: confirm your e-mail")
    guest.post_then_read(form_url, {"email": GUEST_EMAIL}, "order status")
    guest.get(guest.url("checkout:invoice", number=order.number), "invoice")
    (confirmation,) = mail.outbox
    guest.read_email(confirmation, "order confirmation e-mail")
    # Then none of it showed the site's English
    assert not guest.found, report(guest)
    assert guest.pages >= 13


def test_a_signed_in_buyers_account_and_checkout_are_all_in_arabic(reader, pieces, django_capture_on_commit_callbacks):
    # Given a new buyer who registers on /ar/
    buyer = reader()
    buyer.get(buyer.url("customer:register"), "registration")
    buyer.post(
        buyer.url("customer:register"),
        {"email": "salma@example.com", "password1": PASSWORD, "password2": "something-else-1"},
        "registration, passwords differ",
    )
    with django_capture_on_commit_callbacks(execute=True):
        registered = buyer.client.post(
            buyer.url("customer:register"),
            {"email": "salma@example.com", "password1": PASSWORD, "password2": PASSWORD},
        )
    assert registered.status_code == 302
    buyer.get(registered["Location"], "registration: check your e-mail")
    buyer.read_email(mail.outbox[-1], "activation e-mail")
    link = activation_link(mail.outbox[-1])
    buyer.get(link, "activate your account")
    buyer.post(link, {"password": "not-the-password-2026"}, "activate your account, wrong password")
    buyer.post_then_read(link, {"password": PASSWORD}, "account after activation")
    # When they keep an address, buy from their address book (one way to ship: the method step is skipped) and pay
    buyer.get(buyer.url("customer:address-create"), "new address")
    buyer.post(buyer.url("customer:address-create"), {**ADDRESS_OMAN, "line1": ""}, "new address, no street")
    buyer.post_then_read(buyer.url("customer:address-create"), ADDRESS_OMAN, "address book")
    address = buyer.client.get(buyer.url("customer:address-list")).context["addresses"][0]
    buyer.get(buyer.url("customer:address-detail", pk=address.pk), "edit address")
    buyer.get(buyer.url("customer:address-delete", pk=address.pk), "delete address")
    for piece in pieces:
        buyer.buyer.add(piece)
    buyer.get(buyer.url("basket:summary"), "basket")
    buyer.get(buyer.url("checkout:shipping-address"), "shipping address from the address book")
    buyer.get(buyer.url("checkout:user-address-update", pk=address.pk), "checkout: edit address")
    buyer.get(buyer.url("checkout:user-address-delete", pk=address.pk), "checkout: delete address")
    ship_to = {"action": "ship_to", "address_id": address.pk}
    response = buyer.client.post(buyer.url("checkout:shipping-address"), ship_to)
    assert response.status_code == 302
    buyer.get(buyer.url("checkout:preview"), "preview")
    order = pay_and_come_back(buyer, django_capture_on_commit_callbacks)
    buyer.read_email(mail.outbox[-1], "order confirmation e-mail")
    # And go through their account
    buyer.get(buyer.url("customer:profile-view"), "profile")
    buyer.get(buyer.url("customer:profile-update"), "edit profile")
    buyer.post(buyer.url("customer:profile-update"), {"email": "not-an-address"}, "edit profile, bad e-mail")
    buyer.post_then_read(
        buyer.url("customer:profile-update"),
        {"email": "salma.new@example.com", "first_name": "", "last_name": ""},
        "profile after an e-mail change",
    )
    buyer.read_email(mail.outbox[-1], "e-mail changed e-mail")
    buyer.get(buyer.url("customer:change-password"), "change password")
    buyer.post(
        buyer.url("customer:change-password"),
        {"old_password": "wrong", "new_password1": "x", "new_password2": "y"},
        "change password, errors",
    )
    new_password = "another-long-password-2"
    buyer.post_then_read(
        buyer.url("customer:change-password"),
        {"old_password": PASSWORD, "new_password1": new_password, "new_password2": new_password},
        "profile after a password change",
    )
    buyer.read_email(mail.outbox[-1], "password changed e-mail")
    buyer.get(buyer.url("customer:profile-delete"), "delete profile")
    buyer.get(buyer.url("customer:order-list"), "orders")
    buyer.get(buyer.url("customer:order", order_number=order.number), "order")
    buyer.get(buyer.url("checkout:invoice", number=order.number), "invoice")
    # The e-mail history lists each e-mail's subject as it was sent; the order confirmation's is bilingual by design
    # (payments.services.order_send_confirmation: the buyer's language, then the other one).
    sent_subjects = tuple(part for email in mail.outbox for part in email.subject.split(" · ")[1:])
    buyer.get(buyer.url("customer:email-list"), "e-mail history", data=sent_subjects)
    buyer.get(buyer.url("customer:alerts-list"), "product alerts")
    buyer.get(buyer.url("customer:notifications-inbox"), "notifications")
    buyer.get(buyer.url("customer:notifications-archive"), "archived notifications")
    buyer.get(buyer.url("customer:wishlists-list"), "wish lists")
    form = buyer.get(buyer.url("customer:wishlists-create"), "new wish list")
    hidden = hidden_fields(form)
    buyer.post(buyer.url("customer:wishlists-create"), {**hidden, "name": ""}, "new wish list, no name")
    buyer.client.post(
        buyer.url("customer:wishlists-create"), {**hidden, "name": "Gifts for Eid", "visibility": "Private"}
    )
    wishlist = buyer.client.get(buyer.url("customer:wishlists-list")).context["wishlists"][0]
    buyer.client.post(buyer.url("customer:wishlists-add-product", key=wishlist.key, product_pk=pieces[0].pk))
    buyer.get(buyer.url("customer:wishlists-detail", key=wishlist.key), "wish list")
    buyer.get(buyer.url("customer:wishlists-update", key=wishlist.key), "edit wish list")
    buyer.get(buyer.url("customer:wishlists-delete", key=wishlist.key), "delete wish list")
    # Then none of it showed the site's English
    assert not buyer.found, report(buyer)
    assert buyer.pages >= 30


def test_signing_in_registering_and_resetting_a_password_are_all_in_arabic(reader):
    # Given an account, and a visitor on /ar/ who is not signed in
    from tests.factories import UserFactory

    UserFactory(email="salma@example.com")
    visitor = reader()
    # When they open the sign-in page, get the password wrong, and reset it by e-mail
    visitor.get(visitor.url("customer:login"), "sign in")
    visitor.post(
        visitor.url("customer:login"),
        {"login_submit": "1", "login-username": "salma@example.com", "login-password": "wrong"},
        "sign in, wrong password",
    )
    visitor.get(visitor.url("password-reset"), "password reset")
    visitor.post_then_read(visitor.url("password-reset"), {"email": "salma@example.com"}, "password reset sent")
    (email,) = mail.outbox
    visitor.read_email(email, "password reset e-mail")
    link = re.search(r"/ar/shop/password-reset/confirm/[^/\s]+/[^/\s]+/", email.body).group(0)
    form = visitor.client.get(link)
    form_url = form["Location"] if form.status_code == 302 else link
    visitor.get(form_url, "new password")
    visitor.post(form_url, {"new_password1": "x", "new_password2": "y"}, "new password, errors")
    visitor.post_then_read(
        form_url, {"new_password1": "a-new-long-password-3", "new_password2": "a-new-long-password-3"}, "password set"
    )
    # Then none of it showed the site's English
    assert not visitor.found, report(visitor)
    assert visitor.pages >= 7
