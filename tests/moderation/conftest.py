"""People and pieces for the portal and moderation tests."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import translation
from oscar.core.loading import get_model

from moderation.roles import REVIEWERS_GROUP
from tests.factories import UserFactory, craft, make_artisan, make_manager
from tests.image_files import plain_jpeg

Material = get_model("catalogue", "Material")


@pytest.fixture
def aisha():
    return make_artisan(registry_number="TS-DAK-00301", name_en="Aisha", name_ar="عائشة", crafts=("pottery",))


@pytest.fixture
def salim():
    return make_artisan(registry_number="TS-SHS-00302", name_en="Salim", name_ar="سالم", wilayat_slug="sur")


@pytest.fixture
def aisha_manager(aisha):
    return make_manager(aisha)


@pytest.fixture
def salim_manager(salim):
    return make_manager(salim)


@pytest.fixture
def aisha_client(aisha_manager) -> Client:
    client = Client()
    client.force_login(aisha_manager)
    return client


@pytest.fixture
def reviewer():
    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get(name=REVIEWERS_GROUP))
    return user


@pytest.fixture
def reviewer_client(reviewer) -> Client:
    client = Client()
    client.force_login(reviewer)
    return client


def url(name: str, language: str = "en", **kwargs) -> str:
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


def new_listing_post(**overrides) -> dict:
    data = {
        "title_ar": "جرة ماء من بهلاء",
        "title_en": "Bahla water jar",
        "description_ar": "جرة من طين بهلاء.",
        "description_en": "A jar of Bahla clay.",
        "craft": craft("pottery").pk,
        "materials": [Material.objects.get(slug="clay").pk],
        "price": "12.500",
        "stock": "3",
        "weight_g": "900",
        "length_cm": "20",
        "width_cm": "20",
        "height_cm": "35.5",
        "design_deposit": "",
        "photos": plain_jpeg("jar.jpg"),
        "photo_alt_ar": "جرة فخارية حمراء",
        "photo_alt_en": "A red clay jar",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def edit_post(product, **overrides) -> dict:
    stockrecord = product.stockrecords.get()
    data = {
        "title_ar": product.title_ar,
        "title_en": product.title,
        "description_ar": product.description_ar,
        "description_en": product.description,
        "craft": product.craft_id,
        "materials": [m.pk for m in product.materials.all()],
        "price": f"{stockrecord.price:.3f}",
        "stock": str(stockrecord.num_in_stock),
        "weight_g": str(product.weight_g),
        "design_deposit": product.design_deposit_id or "",
    }
    data.update(overrides)
    return data
