"""The demo's pages (what `load_demo` makes with `cms.demo.pages.load_demo_pages`) give the menu and the footer
somewhere to go in both languages, and the Artisans' Day event links its collection."""

import re

import pytest

from cms.demo.pages import load_demo_pages
from cms.models import CollectionPage, EventPage, InfoPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_pages():
    load_demo_pages()


def test_the_demo_makes_every_information_page_in_both_languages(demo_pages):
    for language in ("en", "ar"):
        keys = set(InfoPage.objects.live().filter(locale__language_code=language).values_list("key", flat=True))
        assert keys == {key for key, _label in InfoPage.Key.choices}, language
    returns = InfoPage.objects.get(key="returns", locale__language_code="en")
    arabic = InfoPage.objects.get(key="returns", locale__language_code="ar")
    assert arabic.translation_key == returns.translation_key
    assert (
        "made to order" in returns.intro.lower()
        and "5% VAT" in InfoPage.objects.get(key="shipping", locale__language_code="en").body
    )


@pytest.mark.parametrize("language", ["en", "ar"])
def test_every_menu_and_footer_link_of_the_demo_resolves(client, demo_pages, language):
    html = client.get(f"/{language}/").content.decode()
    menu = html[html.index('id="site-menu"') :]
    menu = menu[: menu.index("</nav>")]
    footer = html[html.index('class="site-footer__pages"') :]
    footer = footer[: footer.index("</nav>")]

    urls = re.findall(r'href="([^"]+)"', menu) + re.findall(r'href="([^"]+)"', footer)

    assert len(re.findall(r'href="', footer)) == 7
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert f'<html lang="{language}"' in response.content.decode(), url


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_artisans_day_event_links_its_collection_in_the_same_language(client, demo_pages, language):
    event = EventPage.objects.get(locale__language_code=language, title__contains="2026")
    collection = CollectionPage.objects.get(
        locale__language_code=language,
        translation_key=CollectionPage.objects.get(slug="for-omani-artisans-day").translation_key,
    )

    html = client.get(event.url).content.decode()

    assert f'href="{collection.url}"' in html
    assert "data-collection" not in html
