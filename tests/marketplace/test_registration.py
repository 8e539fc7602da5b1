"""Registering tells nobody whether an address has an account (marketplace/registration.py): Oscar's sign-in page,
its registration page and joining as an artisan answer a free and a taken address with the same page; a free one
gets a link that activates the new account, a taken one's owner is told that someone tried, in Arabic then English."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from django.utils import translation

from artisans.models import SellerApplication
from tests.factories import PASSWORD, UserFactory, craft, wilayat

pytestmark = pytest.mark.django_db
User = get_user_model()
NEW_PASSWORD = "clay-and-fire-2026"


def url(name: str, language: str = "en") -> str:
    with translation.override(language):
        return reverse(name)


def sign_in_page_registration(email: str) -> tuple[str, dict]:
    return url("customer:login"), {
        "registration-email": email,
        "registration-password1": NEW_PASSWORD,
        "registration-password2": NEW_PASSWORD,
        "registration_submit": "1",
    }


def registration_page(email: str) -> tuple[str, dict]:
    return url("customer:register"), {"email": email, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}


def joining(email: str) -> tuple[str, dict]:
    place = wilayat("bahla")
    return url("artisans:workshop-join"), {
        "account-email": email,
        "account-password1": NEW_PASSWORD,
        "account-password2": NEW_PASSWORD,
        "registry-registry_number": "DAK-2017-04321",
        "registry-seller_type": "artisan",
        "registry-name_ar": "فاطمة بنت سالم",
        "registry-governorate": place.governorate_id,
        "registry-wilayat": place.pk,
        "registry-crafts": [craft("pottery").pk],
        "registry-phone": "9123 4567",
    }


FORMS = pytest.mark.parametrize(
    "form", [sign_in_page_registration, registration_page, joining], ids=["sign-in-page", "register-page", "join"]
)


def submit(client, form, email, capture):
    address, data = form(email)
    with capture(execute=True):  # the e-mails go once the registration's transaction commits
        return client.post(address, data)


def what_the_visitor_sees(client, response) -> tuple:
    """The answer as anyone can observe it: status, where it leads, cookies set, whether it signs in, and the page
    it leads to (without the per-request CSRF token and script nonce)."""
    page = client.get(response["Location"]) if response.status_code == 302 else response
    text = re.sub(r'(csrfmiddlewaretoken" value|nonce)="[^"]*"', "", page.content.decode())
    return (
        response.status_code,
        response.get("Location"),
        sorted(response.cookies),
        "_auth_user_id" in client.session,
        page.status_code,
        text,
    )


@FORMS
def test_a_free_and_a_taken_address_get_the_same_answer(client, django_capture_on_commit_callbacks, form):
    UserFactory(email="taken@example.com")

    free = what_the_visitor_sees(client, submit(client, form, "free@example.com", django_capture_on_commit_callbacks))
    client.cookies.clear()
    taken = what_the_visitor_sees(client, submit(client, form, "Taken@Example.com", django_capture_on_commit_callbacks))

    assert free == taken
    assert free[1] == url("account-check-inbox") and free[3] is False
    assert "We have sent a message to the e-mail address you gave." in free[5]


@FORMS
def test_a_taken_address_makes_nothing_and_its_owner_is_told_in_arabic_then_english(
    client, django_capture_on_commit_callbacks, form
):
    owner = UserFactory(email="taken@example.com")
    password_before = owner.password

    submit(client, form, "taken@example.com", django_capture_on_commit_callbacks)

    assert User.objects.filter(email__iexact="taken@example.com").count() == 1
    owner.refresh_from_db()
    assert owner.password == password_before and owner.is_active
    assert not SellerApplication.objects.exists()
    [notice] = mail.outbox
    assert notice.to == ["taken@example.com"]
    assert notice.subject.startswith("حرفة: حاول أحدهم التسجيل بعنوان بريدك الإلكتروني · Hirfa: someone tried")
    body = notice.body
    arabic, english = body.index("حاول أحدهم إنشاء حساب"), body.index("Someone tried to make a Hirfa account")
    assert arabic < english
    for language in ("ar", "en"):
        assert f"https://example.com{url('customer:login', language)}" in body
        assert f"https://example.com{url('password-reset', language)}" in body
    assert ("They were asking to sell on Hirfa as an artisan." in body) == (form is joining)


def activation_link(message) -> str:
    return re.search(r"https://[^/\s]+(/ar/shop/accounts/activate/\S+/)", message.body).group(1)


@FORMS
def test_a_free_address_gets_a_link_that_activates_the_account_and_signs_in_once(
    client, django_capture_on_commit_callbacks, form
):
    submit(client, form, "new@example.com", django_capture_on_commit_callbacks)
    account = User.objects.get(email="new@example.com")
    assert not account.is_active
    [message] = mail.outbox
    assert message.to == ["new@example.com"]
    assert message.body.index("لإكمال إنشاء حسابك") < message.body.index("To finish making your account")
    link = activation_link(message)

    page = client.get(link)  # opening the link (as a mail scanner would) changes nothing
    account.refresh_from_db()
    assert page.status_code == 200 and not account.is_active
    assert "تفعيل حسابي" in page.content.decode()

    response = client.post(link, {"password": NEW_PASSWORD})

    account.refresh_from_db()
    assert account.is_active
    assert client.session["_auth_user_id"] == str(account.pk)
    expected = url("artisans:workshop" if form is joining else "customer:summary", "ar")
    assert response.status_code == 302 and response["Location"] == expected
    client.logout()
    assert client.post(link, {"password": NEW_PASSWORD}).status_code == 404  # spent
    assert client.get(link).status_code == 404


def test_joining_with_a_free_address_leaves_the_request_waiting_for_the_authority(
    client, django_capture_on_commit_callbacks
):
    submit(client, joining, "fatma@example.com", django_capture_on_commit_callbacks)
    client.post(activation_link(mail.outbox[0]), {"password": NEW_PASSWORD})

    application = SellerApplication.objects.get()
    assert application.user.email == "fatma@example.com"
    assert application.status == SellerApplication.Status.PENDING
    assert "DAK-2017-04321" in client.get(url("artisans:workshop", "ar"), follow=True).content.decode()


def test_an_account_not_yet_activated_cannot_sign_in_and_is_told_what_a_wrong_password_is_told(
    client, django_capture_on_commit_callbacks
):
    UserFactory(email="known@example.com")
    submit(client, registration_page, "waiting@example.com", django_capture_on_commit_callbacks)

    def sign_in(email, password):
        data = {"login-username": email, "login-password": password, "login_submit": "1"}
        page = client.post(url("customer:login"), data).content.decode()
        return re.sub(r'(csrfmiddlewaretoken" value|nonce)="[^"]*"|value="[^"]*@example.com"', "", page)

    assert sign_in("waiting@example.com", NEW_PASSWORD) == sign_in("known@example.com", "wrong-password-2026")
    assert "_auth_user_id" not in client.session
    assert PASSWORD != NEW_PASSWORD


@pytest.mark.parametrize(
    "path",
    [
        "/ar/shop/accounts/activate/MQ/not-a-token/",
        "/ar/shop/accounts/activate/%3Cscript%3E/x-y/",
        "/ar/shop/accounts/activate/" + "A" * 500 + "/" + "b" * 500 + "/",
    ],
    ids=["forged-token", "hostile-id", "oversized"],
)
def test_a_forged_or_malformed_activation_link_activates_nothing(client, path):
    account = UserFactory(email="sleeping@example.com", is_active=False)
    assert client.get(path).status_code == 404
    assert client.post(path, {"password": PASSWORD}).status_code == 404
    account.refresh_from_db()
    assert not account.is_active and "_auth_user_id" not in client.session


def test_activating_needs_the_password_chosen_when_registering(client, django_capture_on_commit_callbacks):
    submit(client, registration_page, "new@example.com", django_capture_on_commit_callbacks)
    link = activation_link(mail.outbox[0])

    for wrong in ("", "x" * 5000, "not-the-password-2026"):
        response = client.post(link, {"password": wrong})
        assert response.status_code == 200
    assert "هذه ليست كلمة المرور التي اختيرت عند إنشاء الحساب." in response.content.decode()
    assert not User.objects.get(email="new@example.com").is_active
    assert "_auth_user_id" not in client.session


def test_someone_who_registered_another_persons_address_first_cannot_have_them_activate_it(
    client, django_capture_on_commit_callbacks
):
    # Given someone registers the address of another person, with a password of their own
    submit(client, registration_page, "victim@example.com", django_capture_on_commit_callbacks)
    first_link = activation_link(mail.outbox[0])
    mail.outbox.clear()
    # When the address's owner registers with their own password (the same answer as any registration)
    owner_password = "owner-chose-this-2026"
    address, data = registration_page("victim@example.com")
    data.update({"password1": owner_password, "password2": owner_password})
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(address, data)
    assert response["Location"] == url("account-check-inbox")
    # Then the first link is dead, and the new one activates only with the owner's password
    link = activation_link(mail.outbox[0])
    assert client.post(first_link, {"password": NEW_PASSWORD}).status_code == 404
    assert client.post(link, {"password": NEW_PASSWORD}).status_code == 200
    assert client.post(link, {"password": owner_password}).status_code == 302
    assert User.objects.filter(email__iexact="victim@example.com").count() == 1
