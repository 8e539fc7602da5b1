"""Bank details in the workshop: an artisan's managers give them once, see them masked afterwards, and change them
only with their password again; every change is audited (masked) and e-mailed to the managers."""

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation

from audit.models import AuditEvent
from ledger.models import PayoutAccount
from ledger.services import PayoutAccountChangeRefused, payout_account_save
from tests.factories import PASSWORD, make_artisan, make_manager

pytestmark = pytest.mark.django_db

IBAN = "OM810180000001299123456"
IBAN_MASKED = "OM•• •••• •••• •••• •••3 456"
NEW_IBAN = "OM620270000009876543210"
NEW_IBAN_MASKED = "OM•• •••• •••• •••• •••3 210"
# A valid IBAN with the wrong check digits (the last two digits swapped: the kind of typo the check catches).
MISTYPED_IBAN = "OM810180000001299123465"


def bank_url(artisan, language: str = "en") -> str:
    with translation.override(language):
        return reverse("ledger:workshop-bank", kwargs={"registry_number": artisan.registry_number})


def statements_url(artisan, language: str = "en") -> str:
    with translation.override(language):
        return reverse("ledger:workshop-statements", kwargs={"registry_number": artisan.registry_number})


def iban_forms(iban: str) -> list[str]:
    """The ways a full IBAN could show: compact, in groups of 4, and its middle digits (what masking hides)."""
    grouped = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return [iban, grouped, iban.lower(), iban[4:-4]]


@pytest.fixture
def aisha():
    return make_artisan(registry_number="TS-DAK-00301", name_en="Aisha", name_ar="عائشة")


@pytest.fixture
def salim():
    return make_artisan(registry_number="TS-SHS-00302", name_en="Salim", name_ar="سالم", wilayat_slug="sur")


@pytest.fixture
def aisha_manager(aisha):
    return make_manager(aisha, first_name="Aisha", last_name="Al Hinai")


@pytest.fixture
def signed_in(aisha_manager) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(aisha_manager)
    return client


@pytest.fixture
def aisha_account(aisha, aisha_manager):
    """Aisha's bank details, on file."""
    return payout_account_save(
        artisan=aisha, actor=aisha_manager, account_holder="Aisha Al Hinai", bank="Bank Muscat", iban=IBAN
    )


def details(**overrides) -> dict:
    data = {"account_holder": "Aisha Al Hinai", "bank": "Bank Muscat", "iban": IBAN}
    data.update(overrides)
    return data


def change(**overrides) -> dict:
    data = {"account_holder": "Aisha Al Hinai", "bank": "Bank Dhofar", "iban": NEW_IBAN, "password": PASSWORD}
    data.update(overrides)
    return data


def as_saved(account) -> tuple:
    account.refresh_from_db()
    return account.account_holder, account.bank, account.iban


# --- Who may see the page ----------------------------------------------------------------------------------------


def test_anonymous_visitors_are_asked_to_sign_in(client, aisha):
    response = client.get(bank_url(aisha))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_a_manager_of_another_artisan_gets_not_found_and_nothing_of_theirs(aisha, salim, signed_in):
    salim_manager = make_manager(salim)
    payout_account_save(
        artisan=salim, actor=salim_manager, account_holder="Salim Al Araimi", bank="Bank Nizwa", iban=IBAN
    )

    response = signed_in.get(bank_url(salim))

    assert response.status_code == 404
    assert "Salim Al Araimi" not in response.content.decode()
    assert "•••3 456" not in response.content.decode()


def test_a_manager_of_another_artisan_cannot_change_their_bank_details(aisha, salim, signed_in):
    salim_manager = make_manager(salim)
    theirs = payout_account_save(
        artisan=salim, actor=salim_manager, account_holder="Salim Al Araimi", bank="Bank Nizwa", iban=IBAN
    )

    response = signed_in.post(bank_url(salim), change())

    assert response.status_code == 404
    assert as_saved(theirs) == ("Salim Al Araimi", "Bank Nizwa", IBAN)


def test_the_bank_form_carries_its_csrf_token(signed_in, aisha):
    page = signed_in.get(bank_url(aisha)).content.decode()

    assert 'name="csrfmiddlewaretoken"' in page


def test_bank_details_posted_without_the_csrf_token_are_refused(aisha, aisha_manager):
    client = Client(enforce_csrf_checks=True)
    client.force_login(aisha_manager)

    response = client.post(bank_url(aisha), details())

    assert response.status_code == 403
    assert not PayoutAccount.objects.exists()


# --- Giving bank details for the first time ----------------------------------------------------------------------


def test_a_manager_gives_bank_details_with_spaces_and_lower_case(signed_in, aisha):
    response = signed_in.post(bank_url(aisha), details(iban="om81 0180 0000 0129 9123 456"))

    assert response.status_code == 302
    assert as_saved(aisha.payout_account) == ("Aisha Al Hinai", "Bank Muscat", IBAN)


def test_an_iban_typed_with_arabic_digits_is_read_as_the_same_iban(signed_in, aisha):
    signed_in.post(bank_url(aisha), details(iban="OM٨١ ٠١٨٠ ٠٠٠٠ ٠١٢٩ ٩١٢٣ ٤٥٦"))

    assert PayoutAccount.objects.get(artisan=aisha).iban == IBAN


def test_a_valid_iban_of_another_country_is_accepted(signed_in, aisha):
    signed_in.post(bank_url(aisha), details(iban="GB82 WEST 1234 5698 7654 32"))

    assert PayoutAccount.objects.get(artisan=aisha).iban == "GB82WEST12345698765432"


def test_giving_bank_details_is_audited_with_the_iban_masked(signed_in, aisha, aisha_manager):
    signed_in.post(bank_url(aisha), details())

    event = AuditEvent.objects.get(action="bank.created")
    assert event.actor == aisha_manager and event.artisan == aisha
    # (held: Aisha's manager joined today, see test_payout_holds.py)
    assert event.after == {"account_holder": "Aisha Al Hinai", "bank": "Bank Muscat", "iban": IBAN_MASKED, "held": True}
    assert IBAN[4:-4] not in str(event.before) + str(event.after) + event.target_label + event.note


def test_giving_bank_details_emails_the_managers(signed_in, aisha, django_capture_on_commit_callbacks):
    other_manager = make_manager(aisha)

    with django_capture_on_commit_callbacks(execute=True):
        signed_in.post(bank_url(aisha), details())

    assert sorted(address for message in mail.outbox for address in message.to) == sorted(
        [aisha.partner.users.exclude(pk=other_manager.pk).get().email, other_manager.email]
    )
    assert "Your bank details were added" in mail.outbox[0].subject


@pytest.mark.parametrize(
    "iban",
    [
        MISTYPED_IBAN,  # wrong check digits
        "OM81018000000129912345",  # an Omani IBAN one character short
        "OM81-0180-0000-0129-9123-456",  # dashes
        "OMAB0180000001299123456",  # letters where the check digits go
        "81OM0180000001299123456",  # no country first
        "OM81 0180 0000 0129 9123 456 \x00",  # a NUL character
        "OM81 0180\n0000 0129 9123 456",  # a line break
        "OM" + "1" * 5000,  # far too long
        "",
    ],
)
def test_an_invalid_iban_is_refused_and_nothing_is_saved(signed_in, aisha, iban):
    response = signed_in.post(bank_url(aisha), details(iban=iban))

    assert response.status_code == 200
    assert response.context["form"].errors["iban"]
    assert not PayoutAccount.objects.exists()


@pytest.mark.parametrize(
    "field, value",
    [
        ("account_holder", "Aisha\x00Al Hinai"),
        ("account_holder", "Aisha\x07Al Hinai"),
        ("account_holder", "Aisha\nAl Hinai"),
        ("account_holder", "Aisha \u202einiH lA"),  # a right-to-left override, to make a name read differently
        ("bank", "Bank\x1bMuscat"),
        ("account_holder", "A" * 121),
        ("bank", "B" * 81),
        ("account_holder", ""),
    ],
)
def test_hostile_or_oversized_text_is_refused_and_nothing_is_saved(signed_in, aisha, field, value):
    response = signed_in.post(bank_url(aisha), details(**{field: value}))

    assert response.status_code == 200
    assert response.context["form"].errors[field]
    assert not PayoutAccount.objects.exists()


# --- Once on file: masked ----------------------------------------------------------------------------------------


def test_saved_bank_details_are_shown_with_only_the_last_four_characters_of_the_iban(signed_in, aisha, aisha_account):
    page = signed_in.get(bank_url(aisha)).content.decode()

    assert "Aisha Al Hinai" in page and "Bank Muscat" in page
    assert IBAN_MASKED in page


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_full_iban_never_appears_in_a_response_after_saving(signed_in, aisha, language):
    saved = signed_in.post(bank_url(aisha, language), details(iban="om81 0180 0000 0129 9123 456"), follow=True)
    responses = [
        saved,
        signed_in.get(bank_url(aisha, language)),
        signed_in.post(bank_url(aisha, language), change(password="not-my-password", iban="")),
        signed_in.post(bank_url(aisha, language), change(password="")),
        signed_in.get(statements_url(aisha, language)),
    ]

    for response in responses:
        assert response.status_code == 200
        page = response.content.decode()
        assert not any(form in page for form in iban_forms(IBAN))


def test_the_bank_page_is_not_kept_in_caches(signed_in, aisha, aisha_account):
    response = signed_in.get(bank_url(aisha))

    assert "no-store" in response["Cache-Control"]


# --- Changing them: only with the password again ------------------------------------------------------------------


def test_a_change_without_the_password_is_refused_and_nothing_changes(signed_in, aisha, aisha_account):
    response = signed_in.post(bank_url(aisha), change(password=""))

    assert response.status_code == 200
    assert response.context["form"].errors["password"]
    assert as_saved(aisha_account) == ("Aisha Al Hinai", "Bank Muscat", IBAN)


def test_a_change_with_a_wrong_password_is_refused_says_so_and_nothing_changes(
    signed_in, aisha, aisha_account, django_capture_on_commit_callbacks
):
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in.post(bank_url(aisha), change(password="not-my-password"))

    assert response.status_code == 200
    assert "That is not your password. Nothing was changed." in response.content.decode()
    assert as_saved(aisha_account) == ("Aisha Al Hinai", "Bank Muscat", IBAN)
    assert not AuditEvent.objects.filter(action="bank.changed").exists()
    assert mail.outbox == []


def test_wrong_passwords_are_counted_like_wrong_sign_ins(signed_in, aisha, aisha_account, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        signed_in.post(bank_url(aisha), change(password="not-my-password"))

    locked = signed_in.post(bank_url(aisha), change())

    assert locked.status_code == 429
    assert as_saved(aisha_account) == ("Aisha Al Hinai", "Bank Muscat", IBAN)


def test_a_change_with_the_right_password_is_saved(signed_in, aisha, aisha_account):
    response = signed_in.post(bank_url(aisha), change(iban="om62 0270 0000 0987 6543 210"))

    assert response.status_code == 302
    assert as_saved(aisha_account) == ("Aisha Al Hinai", "Bank Dhofar", NEW_IBAN)


def test_a_change_is_audited_with_masked_values_before_and_after(signed_in, aisha, aisha_account, aisha_manager):
    signed_in.post(bank_url(aisha), change())

    event = AuditEvent.objects.get(action="bank.changed")
    assert event.actor == aisha_manager and event.artisan == aisha
    assert event.before == {"bank": "Bank Muscat", "iban": IBAN_MASKED}
    assert event.after == {"bank": "Bank Dhofar", "iban": NEW_IBAN_MASKED}
    recorded = str(event.before) + str(event.after) + event.target_label + event.note
    assert IBAN[4:-4] not in recorded and NEW_IBAN[4:-4] not in recorded


def test_a_change_emails_every_manager_in_arabic_then_english_with_masked_values(
    signed_in, aisha, aisha_account, django_capture_on_commit_callbacks
):
    other_manager = make_manager(aisha)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        signed_in.post(bank_url(aisha), change())

    assert len(mail.outbox) == 2
    assert other_manager.email in {address for message in mail.outbox for address in message.to}
    message = mail.outbox[0]
    assert "Your bank details were changed" in message.subject
    assert message.body.index("عائشة") < message.body.index("Hello Aisha")  # Arabic first, then English
    assert "Bank Muscat" in message.body and "Bank Dhofar" in message.body
    assert NEW_IBAN_MASKED in message.body and IBAN_MASKED in message.body
    assert not any(form in message.body + message.subject for form in iban_forms(IBAN) + iban_forms(NEW_IBAN))


def test_details_on_file_cannot_be_replaced_without_the_password_even_by_a_first_save(aisha, aisha_account):
    """Two managers open the empty form; the first saves. The second's first-time save must not replace it."""
    with pytest.raises(PayoutAccountChangeRefused):
        payout_account_save(
            artisan=aisha, actor=make_manager(aisha), account_holder="Someone", bank="Bank Dhofar", iban=NEW_IBAN
        )

    assert as_saved(aisha_account) == ("Aisha Al Hinai", "Bank Muscat", IBAN)
