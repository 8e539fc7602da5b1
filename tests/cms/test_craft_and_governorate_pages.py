"""A craft page shows that craft's pieces on sale, newest first; a governorate page shows its crafts, artisans and
the registry's figures."""

import re

import pytest
from django.core.exceptions import ValidationError
from oscar.core.loading import get_model

from cms.models import CraftPage, GovernoratePage
from tests.cms.conftest import add_page, html_of, translate
from tests.factories import craft, governorate, make_artisan, make_product

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
CRAFT_QUERY_BOUND = 25  # 23 measured, for 3 and for 30 pieces alike (breadcrumbs and "where it is made" included)
GOVERNORATE_QUERY_BOUND = 24  # 22 measured, for 2 and for 20 pieces and artisans alike


def make_craft_page(index, code="pottery", **fields) -> CraftPage:
    return add_page(
        index,
        CraftPage(
            title=fields.pop("title", "Pottery"),
            slug=fields.pop("slug", "pottery"),
            craft=craft(code),
            history=fields.pop("history", "<p>Bahla has been a town of potters for centuries.</p>"),
            **fields,
        ),
    )


def make_governorate_page(index, slug="ad_dakhiliyah", **fields) -> GovernoratePage:
    return add_page(
        index,
        GovernoratePage(
            title=fields.pop("title", "Ad Dakhiliyah"),
            slug=fields.pop("page_slug", "ad-dakhiliyah"),
            governorate=governorate(slug),
            **fields,
        ),
    )


def test_a_craft_page_shows_its_history_and_the_pieces_of_its_craft_newest_first(client, craft_index):
    make_product(title_en="Older jar")
    make_product(title_en="Newer jar")
    make_product(artisan=make_artisan(crafts=("silverwork",)), title_en="Silver ring")
    make_craft_page(craft_index)

    page = html_of(client.get("/en/crafts/pottery/"))

    assert "town of potters" in page
    assert page.index("Newer jar") < page.index("Older jar")
    assert "Silver ring" not in page


def test_a_craft_page_shows_current_prices_and_leaves_out_withdrawn_pieces(client, craft_index):
    jar, hidden = make_product(title_en="Clay jar", price="8.000"), make_product(title_en="Hidden jar")
    make_craft_page(craft_index)
    jar.stockrecords.update(price="9.250", num_in_stock=0)
    Product.objects.filter(pk=hidden.pk).update(is_public=False)

    page = html_of(client.get("/en/crafts/pottery/"))

    assert "9.250" in page and "Sold out" in page
    assert "Hidden jar" not in page


def test_a_craft_page_and_its_translation_render_in_both_directions_and_link_each_other(client, craft_index):
    page = make_craft_page(craft_index)
    translate(page, "ar", title="الفخار", slug="fakhar")

    english = html_of(client.get("/en/crafts/pottery/"))
    arabic = html_of(client.get("/ar/al-hiraf/fakhar/"))

    assert '<html lang="en" dir="ltr"' in english and 'href="/ar/al-hiraf/fakhar/"' in english
    assert '<html lang="ar" dir="rtl"' in arabic and 'href="/en/crafts/pottery/"' in arabic


def test_a_craft_can_have_only_one_page_per_language(craft_index):
    make_craft_page(craft_index)

    with pytest.raises(ValidationError) as refused:
        craft_index.add_child(instance=CraftPage(title="Pottery again", slug="pottery-2", craft=craft("pottery")))

    assert "craft" in refused.value.message_dict


@pytest.mark.parametrize("count", [3, 30])
def test_a_craft_page_runs_the_same_queries_whatever_the_number_of_pieces(
    client, craft_index, django_assert_max_num_queries, count
):
    artisan = make_artisan()
    for n in range(count):
        make_product(artisan=artisan, title_en=f"Jar {n}")
    make_craft_page(craft_index)
    client.get("/en/crafts/pottery/")

    with django_assert_max_num_queries(CRAFT_QUERY_BOUND):
        page = html_of(client.get("/en/crafts/pottery/"))

    assert f"Jar {count - 1}" in page


def figure_after(page: str, label: str) -> str:
    """The number shown under a figure's label (the `<dd>` after the `<dt>` that holds `label`)."""
    found = re.search(re.escape(label) + r".*?</dt>\s*<dd class=\"place-figure__number\">([^<]*)</dd>", page, re.DOTALL)
    assert found, f"no figure labelled {label!r}"
    return found.group(1)


def test_a_governorate_page_counts_its_verified_artisans_on_hirfa_in_all_and_by_craft(client, governorate_index):
    make_artisan(name_en="Potter one", wilayat_slug="bahla", crafts=("pottery",))
    make_artisan(name_en="Potter two", wilayat_slug="nizwa", crafts=("pottery", "silverwork"))
    make_artisan(name_en="Pending potter", wilayat_slug="bahla", verification="pending")
    make_artisan(name_en="Dhofar potter", wilayat_slug="salalah")
    make_governorate_page(governorate_index)

    page = html_of(client.get("/en/governorates/ad-dakhiliyah/"))

    assert figure_after(page, "On Hirfa: artisans verified by the authority") == "2"
    assert "Potter one" in page and "Potter two" in page
    assert "Pending potter" not in page and "Dhofar potter" not in page
    figures = page[page.index("cms-figures-table") :]
    assert re.search(r"Pottery from Ad Dakhiliyah</a>.*?</td>\s*<td>2<", figures, re.DOTALL)
    assert re.search(r"Silverwork from Ad Dakhiliyah</a>.*?</td>\s*<td>1<", figures, re.DOTALL)


def test_a_governorate_page_says_how_many_of_its_artisans_on_hirfa_sell_here_now(client, governorate_index):
    make_product(artisan=make_artisan(name_en="Selling potter", wilayat_slug="bahla"))
    make_product(artisan=make_artisan(name_en="Withdrawn potter", wilayat_slug="bahla"), is_public=False)
    make_artisan(name_en="Registered potter", wilayat_slug="nizwa")
    make_governorate_page(governorate_index)

    page = html_of(client.get("/en/governorates/ad-dakhiliyah/"))

    assert figure_after(page, "On Hirfa: artisans verified by the authority") == "3"
    assert "Of them, selling pieces here now: 1<" in page


def test_a_governorate_page_labels_the_national_registrys_count_apart_from_the_artisans_on_hirfa(
    client, governorate_index
):
    make_artisan(wilayat_slug="salalah")
    page = make_governorate_page(governorate_index, "dhofar", title="Dhofar", page_slug="dhofar")
    translate(page, "ar", title="ظفار", slug="dhofar")

    english = html_of(client.get("/en/governorates/dhofar/"))
    arabic = html_of(client.get("/ar/al-muhafazat/dhofar/"))

    assert figure_after(english, "Registered in the national registry of artisans (the authority’s count, 2017)") == (
        "6,224"
    )
    assert figure_after(english, "On Hirfa: artisans verified by the authority") == "1"
    assert figure_after(arabic, "المسجّلون في السجلّ الوطني للحرفيين (إحصاء الهيئة لعام 2017)") == "6,224"
    assert figure_after(arabic, "في حرفة: حرفيون وثّقتهم الهيئة") == "1"
    # The old unlabelled count ("1 registered artisan in Dhofar") could be read as the registry's.
    assert "registered artisan in Dhofar" not in english and "مسجّل في ظفار" not in arabic


def test_a_governorate_page_says_when_the_registry_counts_it_together_with_its_neighbour(client, governorate_index):
    make_governorate_page(governorate_index, "north_batinah", title="North Al Batinah", page_slug="north-batinah")

    page = html_of(client.get("/en/governorates/north-batinah/"))

    assert figure_after(page, "Registered in the national registry of artisans") == "4,685"
    assert "The registry counts North Al Batinah and South Al Batinah together: this is the figure for both." in page


def map_of(page: str) -> str:
    start = page.index('<svg class="locator-map"')
    return page[start : page.index("</svg>", start)]


def test_a_governorate_page_shows_the_map_of_oman_with_only_its_governorate_highlighted(client, governorate_index):
    page = make_governorate_page(governorate_index, "dhofar", title="Dhofar", page_slug="dhofar")
    translate(page, "ar", title="ظفار", slug="dhofar")

    english = map_of(html_of(client.get("/en/governorates/dhofar/")))
    arabic = map_of(html_of(client.get("/ar/al-muhafazat/dhofar/")))

    highlighted = re.findall(r'locator-map__area--highlighted" data-governorate="([a-z_]+)"', english)
    assert highlighted == ["dhofar"] and english.count("<path ") == 11
    assert 'role="img"' in english and "<title" in english and "Dhofar on the map of Oman’s governorates" in english
    assert "ظفار على خريطة محافظات عُمان" in arabic and "<title>مسقط</title>" in arabic
    assert "style=" not in english and "<script" not in english  # the Content-Security-Policy forbids both


def test_a_craft_page_highlights_the_governorates_where_the_craft_is_made(client, craft_index):
    make_artisan(wilayat_slug="bahla", crafts=("pottery",))
    make_artisan(wilayat_slug="salalah", crafts=("pottery",))
    make_artisan(wilayat_slug="sohar", crafts=("silverwork",))
    make_craft_page(craft_index)

    map_svg = map_of(html_of(client.get("/en/crafts/pottery/")))

    highlighted = re.findall(r'locator-map__area--highlighted" data-governorate="([a-z_]+)"', map_svg)
    assert sorted(highlighted) == ["ad_dakhiliyah", "dhofar"]
    assert "Where Pottery is made: the map of Oman’s governorates" in map_svg


def test_a_craft_page_shows_the_pieces_of_its_craft_under_its_map(client, craft_index):
    make_product(artisan=make_artisan(wilayat_slug="bahla", crafts=("pottery",)), title_en="Bahla jar")
    make_craft_page(craft_index)

    page = html_of(client.get("/en/crafts/pottery/"))

    pieces = page[page.index('id="pieces-heading"') :]
    assert page.index('class="locator-map"') < page.index('id="pieces-heading"') and "Bahla jar" in pieces


def test_a_governorate_page_renders_in_arabic_right_to_left(client, governorate_index):
    make_artisan(wilayat_slug="bahla")
    page = make_governorate_page(governorate_index)
    translate(page, "ar", title="الداخلية", slug="ad-dakhiliyah")

    arabic = html_of(client.get("/ar/al-muhafazat/ad-dakhiliyah/"))

    assert '<html lang="ar" dir="rtl"' in arabic and "الداخلية" in arabic and "Read in English" in arabic


def test_a_governorate_page_shows_the_pieces_on_sale_made_there_and_links_to_all_of_them(client, governorate_index):
    make_product(artisan=make_artisan(wilayat_slug="bahla"), title_en="Bahla jar")
    make_product(artisan=make_artisan(wilayat_slug="salalah"), title_en="Salalah burner")
    make_product(artisan=make_artisan(wilayat_slug="nizwa"), title_en="Withdrawn jar", is_public=False)
    make_governorate_page(governorate_index)

    page = html_of(client.get("/en/governorates/ad-dakhiliyah/"))

    pieces = page[page.index('id="pieces-heading"') : page.index('id="artisans-heading"')]
    assert "Pieces from Ad Dakhiliyah" in pieces and "Bahla jar" in pieces
    assert "Salalah burner" not in page and "Withdrawn jar" not in page
    assert "?governorate=ad_dakhiliyah" in pieces


def test_a_governorate_page_shows_the_artisans_with_pieces_on_sale_before_the_others(client, governorate_index):
    make_artisan(name_en="Registered only", registry_number="DAK-2017-00001")
    make_product(artisan=make_artisan(name_en="Selling potter", registry_number="RG-DAK-00099"))
    make_governorate_page(governorate_index)

    page = html_of(client.get("/en/governorates/ad-dakhiliyah/"))

    artisans = page[page.index('id="artisans-heading"') :]
    assert artisans.index("Selling potter") < artisans.index("Registered only")


@pytest.mark.parametrize("count", [2, 20])
def test_a_governorate_page_runs_the_same_queries_whatever_the_number_of_pieces_and_artisans(
    client, governorate_index, django_assert_max_num_queries, count
):
    for n in range(count):
        make_product(artisan=make_artisan(name_en=f"Potter {n}"), title_en=f"Jar {n}")
    make_governorate_page(governorate_index)
    client.get("/en/governorates/ad-dakhiliyah/")

    with django_assert_max_num_queries(GOVERNORATE_QUERY_BOUND):
        page = html_of(client.get("/en/governorates/ad-dakhiliyah/"))

    assert f"Jar {count - 1}" in page
