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
