"""The home page exists in both languages from the first migration, and shows crafts, pieces and artisans."""

import pytest
from wagtail.models import Locale, Page

from cms.models import HomePage
from tests.factories import make_artisan, make_product

pytestmark = pytest.mark.django_db


def test_a_freshly_migrated_site_has_an_english_and_an_arabic_home_page_translating_each_other():
    english = HomePage.objects.get(locale__language_code="en")
    arabic = HomePage.objects.get(locale__language_code="ar")
    assert english.translation_key == arabic.translation_key
    assert {locale.language_code for locale in Locale.objects.all()} == {"ar", "en"}
    assert Page.objects.get(depth=1).get_children().count() == 2


def test_each_language_serves_its_own_home_page(client):
    assert "Hirfa: Omani crafts" in client.get("/en/").content.decode()
    assert "حرفة: حرف عُمانية" in client.get("/ar/").content.decode()


def test_the_home_page_shows_the_crafts_with_counts_new_pieces_and_artisans(client):
    artisan = make_artisan(name_en="Aisha Al Hinai", bio_en="Potter of Bahla.")
    make_product(artisan=artisan, title_en="Bahla water jar")
    page = client.get("/en/").content.decode()
    assert "Pottery" in page and "1 piece" in page
    assert "Bahla water jar" in page
    assert "Aisha Al Hinai" in page
