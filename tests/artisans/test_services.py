"""Registering artisans keeps the registry coherent."""

import pytest
from django.core.exceptions import ValidationError

from artisans.models import Artisan
from artisans.services import ArtisanData, artisan_create
from tests.factories import governorate, make_artisan, wilayat

pytestmark = pytest.mark.django_db


def test_an_artisan_is_a_seller_with_its_own_account_coded_by_registry_number():
    artisan = make_artisan(registry_number="TS-DAK-00042", name_en="", name_ar="سالم")
    assert artisan.partner.code == "ts-dak-00042"
    assert artisan.partner.name == "سالم"


def test_two_artisans_with_the_same_name_get_separate_seller_accounts():
    first, second = make_artisan(name_en="Said Al Amri"), make_artisan(name_en="Said Al Amri")
    assert first.partner != second.partner


def test_a_wilayat_of_another_governorate_is_refused():
    with pytest.raises(ValidationError):
        artisan_create(
            data=ArtisanData(
                registry_number="TS-DHO-00001",
                name_en="Juma",
                name_ar="",
                governorate=governorate("dhofar"),
                wilayat=wilayat("nizwa"),
            )
        )
    assert not Artisan.objects.filter(registry_number="TS-DHO-00001").exists()


def test_a_suspended_artisan_is_hidden_from_buyers_until_reinstated_and_both_decisions_are_audited():
    from artisans.selectors import public_artisans
    from artisans.services import artisan_reinstate, artisan_suspend
    from audit.models import AuditEvent
    from tests.factories import UserFactory

    artisan, reviewer = make_artisan(), UserFactory(is_staff=True)

    artisan_suspend(artisan=artisan, reviewer=reviewer, note="Selling imported pieces as handmade.")
    assert not public_artisans().filter(pk=artisan.pk).exists()
    artisan_reinstate(artisan=artisan, reviewer=reviewer)

    assert public_artisans().filter(pk=artisan.pk).exists()
    events = AuditEvent.objects.filter(artisan=artisan).order_by("pk")
    assert [(e.action, e.before, e.after) for e in events] == [
        ("artisan.suspended", {"verification": "verified"}, {"verification": "suspended"}),
        ("artisan.reinstated", {"verification": "suspended"}, {"verification": "verified"}),
    ]
    assert events[0].note == "Selling imported pieces as handmade."


def test_only_a_verified_artisan_can_be_suspended_and_only_a_suspended_one_reinstated():
    from artisans.services import artisan_reinstate, artisan_suspend
    from tests.factories import UserFactory

    waiting, verified = make_artisan(verification=Artisan.Verification.PENDING), make_artisan()
    with pytest.raises(ValidationError):
        artisan_suspend(artisan=waiting, reviewer=UserFactory())
    with pytest.raises(ValidationError):
        artisan_reinstate(artisan=verified, reviewer=UserFactory())
    waiting.refresh_from_db()
    assert waiting.verification == Artisan.Verification.PENDING
