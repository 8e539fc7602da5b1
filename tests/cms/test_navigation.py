"""The menu links every section and the footer links the shop's information pages, in the reader's language, from
the cache; content pages show breadcrumbs; craft and governorate pages link each other through filtered lists."""

import re
from datetime import date

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.models import CollectionPage, InfoPage, StoryPage
from cms.selectors import site_navigation
from tests.cms.conftest import add_page, html_of, publish, translate
from tests.cms.test_craft_and_governorate_pages import make_craft_page, make_governorate_page
from tests.factories import make_artisan, make_product

pytestmark = pytest.mark.django_db

INFO_PAGES = [
    ("about", "About Hirfa", "about", "عن حرفة", "an-hirfa"),
    ("contact", "Contact us", "contact", "تواصل معنا", "tawasal"),
    ("shipping", "Shipping and delivery", "shipping", "الشحن والتوصيل", "shahn"),
    ("returns", "Returns and refunds", "returns", "الإرجاع والاسترداد", "irja"),
    ("terms", "Terms of sale", "terms", "شروط البيع", "shurut"),
    ("privacy", "Privacy", "privacy", "الخصوصية", "khususiya"),
    ("faq", "Questions and answers", "questions", "أسئلة وأجوبة", "asila"),
]


def make_info_page(home, key, title, slug, title_ar=None, slug_ar=None) -> InfoPage:
    page = add_page(home, InfoPage(key=key, title=title, slug=slug, body=f"<p>{title} text.</p>"))
    if title_ar:
        translate(page, "ar", title=title_ar, slug=slug_ar)
    return page


def links_in(html: str, start_marker: str, end_marker: str) -> list[tuple[str, str]]:
    part = html[html.index(start_marker) :]
    part = part[: part.index(end_marker)]
    return re.findall(r'<a[^>]*href="([^"]+)"[^>]*>([^<]+)</a>', part)


def menu_links(html):
    return links_in(html, 'id="site-menu"', "</nav>")


def footer_links(html):
    if 'class="site-footer__pages"' not in html:
        return []
    return links_in(html, 'class="site-footer__pages"', "</nav>")


@pytest.fixture
def story(story_index):
    story = add_page(story_index, StoryPage(title="The silver of Nizwa", slug="silver-of-nizwa", date=date(2026, 1, 5)))
    translate(story, "ar", title="فضة نزوى", slug="fiddat-nizwa")
    return story


@pytest.mark.parametrize(
    ("language", "titles"),
    [
        (
            "en",
            ["Shop", "Crafts", "Governorates", "Artisans", "Stories", "Collections", "Events", "Registered designs"],
        ),
        ("ar", ["تسوّق", "الحرف", "المحافظات", "الحرفيون", "حكايات", "مجموعات", "فعاليات", "التصاميم المودعة"]),
    ],
)
def test_the_menu_links_every_section_in_the_readers_language_and_each_link_resolves(client, language, titles):
    links = menu_links(html_of(client.get(f"/{language}/")))

    assert [title for _url, title in links][: len(titles)] == titles
    for url, _title in links:
        assert url.startswith(f"/{language}/"), url
        assert client.get(url).status_code == 200, url


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_footer_links_each_information_page_in_the_readers_language_and_each_link_resolves(client, home, language):
    for key, title, slug, title_ar, slug_ar in INFO_PAGES:
        make_info_page(home, key, title, slug, title_ar, slug_ar)

    links = footer_links(html_of(client.get(f"/{language}/shop/catalogue/")))

    expected = [title if language == "en" else title_ar for _key, title, _s, title_ar, _sa in INFO_PAGES]
    assert [title for _url, title in links] == expected
    for url, title in links:
        page = html_of(client.get(url))
        assert f'<html lang="{language}"' in page and title in page


def test_the_footer_finds_its_pages_by_key_so_an_editor_may_rename_them(client, home):
    returns = make_info_page(home, "returns", "Returns", "returns")
    client.get("/en/")

    returns.title, returns.slug = "Returning a piece", "returning-a-piece"
    publish(returns)

    links = footer_links(html_of(client.get("/en/")))
    assert links == [("/en/returning-a-piece/", "Returning a piece")]


def test_a_missing_or_unpublished_information_page_leaves_no_link_in_the_footer(client, home):
    make_info_page(home, "about", "About Hirfa", "about")
    make_info_page(home, "privacy", "Privacy", "privacy").unpublish()

    english = html_of(client.get("/en/"))
    arabic = html_of(client.get("/ar/"))

    assert footer_links(english) == [("/en/about/", "About Hirfa")]
    assert footer_links(arabic) == []  # no Arabic pages yet: no list, no empty link
    assert "None" not in english[english.index("site-footer") :]


def test_an_information_page_key_is_used_once_per_language(home):
    from django.core.exceptions import ValidationError

    make_info_page(home, "returns", "Returns", "returns")

    with pytest.raises(ValidationError) as refused:
        home.add_child(instance=InfoPage(key="returns", title="Returns again", slug="returns-2"))

    assert "key" in refused.value.message_dict


def test_the_menu_and_footer_cost_the_same_queries_whatever_the_number_of_pages_and_none_once_cached(home):
    make_info_page(home, "about", "About Hirfa", "about")
    site_navigation(language="en")  # content types are cached for the process
    cache.clear()
    with CaptureQueriesContext(connection) as one_page:
        site_navigation(language="en")
    for key, title, slug, *_ in INFO_PAGES[1:]:
        make_info_page(home, key, title, slug)
    cache.clear()
    with CaptureQueriesContext(connection) as seven_pages:
        navigation = site_navigation(language="en")

    assert len(navigation.info_pages) == 7 and len(navigation.sections) == 5
    # One query for the pages; the others are Wagtail's site root paths, which it caches itself.
    assert len(seven_pages.captured_queries) == len(one_page.captured_queries) <= 3
    with CaptureQueriesContext(connection) as cached:
        site_navigation(language="en")
    assert len(cached.captured_queries) == 0


def test_a_page_with_the_menu_and_footer_runs_no_more_queries_for_seven_information_pages_than_for_one(client, home):
    make_info_page(home, "about", "About Hirfa", "about")
    cache.clear()
    with CaptureQueriesContext(connection) as one_page:
        client.get("/en/shop/catalogue/")
    for key, title, slug, *_ in INFO_PAGES[1:]:
        make_info_page(home, key, title, slug)
    cache.clear()
    with CaptureQueriesContext(connection) as seven_pages:
        html = html_of(client.get("/en/shop/catalogue/"))

    assert len(footer_links(html)) == 7
    assert len(seven_pages.captured_queries) == len(one_page.captured_queries)


# --- Breadcrumbs --------------------------------------------------------------------------------------


def breadcrumb_of(html: str) -> str:
    return html[html.index('<ol class="breadcrumb">') : html.index("</ol>", html.index('<ol class="breadcrumb">'))]


def test_a_story_shows_the_way_down_from_the_home_page_in_english(client, story):
    crumbs = breadcrumb_of(html_of(client.get("/en/stories/silver-of-nizwa/")))

    assert re.findall(r'href="([^"]+)">([^<]+)<', crumbs) == [("/en/", "Home"), ("/en/stories/", "Stories")]
    assert 'aria-current="page">The silver of Nizwa</li>' in crumbs


def test_a_story_shows_its_breadcrumbs_in_arabic_on_a_right_to_left_page(client, story):
    html = html_of(client.get("/ar/hikayat/fiddat-nizwa/"))
    crumbs = breadcrumb_of(html)

    assert '<html lang="ar" dir="rtl"' in html
    links = re.findall(r'href="([^"]+)">([^<]+)<', crumbs)
    assert [url for url, _ in links] == ["/ar/", "/ar/hikayat/"]
    assert links[0][1] == "الرئيسية" and "Stories" not in crumbs
    assert 'aria-current="page">فضة نزوى</li>' in crumbs


@pytest.mark.parametrize("url", ["/en/crafts/pottery/", "/en/governorates/ad-dakhiliyah/", "/en/about/"])
def test_craft_governorate_and_information_pages_have_breadcrumbs(client, craft_index, governorate_index, home, url):
    make_craft_page(craft_index)
    make_governorate_page(governorate_index)
    make_info_page(home, "about", "About Hirfa", "about")

    crumbs = breadcrumb_of(html_of(client.get(url)))

    assert 'href="/en/">Home<' in crumbs and 'aria-current="page"' in crumbs


def test_a_collection_page_has_breadcrumbs_through_its_section(client, collection_index):
    add_page(collection_index, CollectionPage(title="Gifts for Eid", slug="gifts-for-eid"))

    crumbs = breadcrumb_of(html_of(client.get("/en/collections/gifts-for-eid/")))

    assert 'href="/en/collections/">Collections<' in crumbs


# --- Crafts and governorates link each other ---------------------------------------------------------


@pytest.fixture
def pieces_in_two_governorates():
    """Pottery and silver from Ad Dakhiliyah, pottery from Dhofar."""
    return {
        "dakhiliyah pottery": make_product(artisan=make_artisan(wilayat_slug="bahla"), title_en="Bahla jar"),
        "dakhiliyah silver": make_product(
            artisan=make_artisan(wilayat_slug="nizwa", crafts=("silverwork",)), title_en="Nizwa ring"
        ),
        "dhofar pottery": make_product(artisan=make_artisan(wilayat_slug="salalah"), title_en="Salalah burner"),
    }


def product_titles(html: str) -> set[str]:
    return {title for title in ("Bahla jar", "Nizwa ring", "Salalah burner") if title in html}


def test_a_governorate_pages_craft_links_list_that_crafts_pieces_from_that_governorate_only(
    client, governorate_index, pieces_in_two_governorates
):
    make_governorate_page(governorate_index)

    page = html_of(client.get("/en/governorates/ad-dakhiliyah/"))
    links = {text: url for url, text in re.findall(r'<a class="craft-in-place" href="([^"]+)">([^<]+)</a>', page)}

    assert set(links) == {"Pottery from Ad Dakhiliyah", "Silverwork from Ad Dakhiliyah"}
    assert "governorate=ad_dakhiliyah" in links["Pottery from Ad Dakhiliyah"]
    pottery = html_of(client.get(links["Pottery from Ad Dakhiliyah"].replace("&amp;", "&")))
    assert product_titles(pottery) == {"Bahla jar"}
    silver = html_of(client.get(links["Silverwork from Ad Dakhiliyah"].replace("&amp;", "&")))
    assert product_titles(silver) == {"Nizwa ring"}


def test_a_craft_page_lists_the_governorates_where_it_is_made_linking_to_their_pieces_and_pages(
    client, craft_index, governorate_index, pieces_in_two_governorates
):
    make_craft_page(craft_index)
    make_governorate_page(governorate_index)  # Ad Dakhiliyah has a page, Dhofar not

    page = html_of(client.get("/en/crafts/pottery/"))
    regions = page[page.index('id="regions-made-heading"') : page.index('id="pieces-heading"')]
    links = {text: url for url, text in re.findall(r'<a class="craft-in-place" href="([^"]+)">([^<]+)</a>', regions)}

    assert set(links) == {"Pottery from Ad Dakhiliyah", "Pottery from Dhofar"}
    assert product_titles(html_of(client.get(links["Pottery from Dhofar"]))) == {"Salalah burner"}
    assert product_titles(html_of(client.get(links["Pottery from Ad Dakhiliyah"]))) == {"Bahla jar"}
    assert 'href="/en/governorates/ad-dakhiliyah/">About Ad Dakhiliyah</a>' in regions
    assert "About Dhofar" not in regions


def test_a_governorate_page_in_arabic_links_its_crafts_in_arabic(client, governorate_index, craft_index):
    make_artisan(wilayat_slug="bahla")
    translate(make_craft_page(craft_index), "ar", title="الفخار", slug="fakhar")
    translate(make_governorate_page(governorate_index), "ar", title="الداخلية", slug="ad-dakhiliyah")

    page = html_of(client.get("/ar/al-muhafazat/ad-dakhiliyah/"))

    link = re.search(r'<a class="craft-in-place" href="([^"]+)">([^<]+)</a>', page)
    assert link.group(1).startswith("/ar/") and "governorate=ad_dakhiliyah" in link.group(1)
    assert link.group(2) == "الفخار من الداخلية"
    assert 'href="/ar/al-hiraf/fakhar/"' in page


def test_publishing_a_story_keeps_the_menu_cached_and_publishing_a_section_refreshes_it(story_index, story):
    site_navigation(language="en")
    story.title = "The silver of Nizwa, revised"
    publish(story)
    with CaptureQueriesContext(connection) as after_story:
        site_navigation(language="en")

    story_index.title = "Tales"
    publish(story_index)

    assert len(after_story.captured_queries) == 0
    assert site_navigation(language="en").sections["stories"].title == "Tales"
