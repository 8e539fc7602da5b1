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


def test_a_governorate_page_counts_its_registered_artisans_in_all_and_by_craft(client, governorate_index):
    make_artisan(name_en="Potter one", wilayat_slug="bahla", crafts=("pottery",))
    make_artisan(name_en="Potter two", wilayat_slug="nizwa", crafts=("pottery", "silverwork"))
    make_artisan(name_en="Pending potter", wilayat_slug="bahla", verification="pending")
    make_artisan(name_en="Dhofar potter", wilayat_slug="salalah")
    make_governorate_page(governorate_index)

    page = html_of(client.get("/en/governorates/ad-dakhiliyah/"))

    assert "2 registered artisans in Ad Dakhiliyah" in page
    assert "Potter one" in page and "Potter two" in page
    assert "Pending potter" not in page and "Dhofar potter" not in page
    figures = page[page.index("cms-figures") :]
    assert re.search(r"Pottery from Ad Dakhiliyah</a>.*?</td>\s*<td>2<", figures, re.DOTALL)
    assert re.search(r"Silverwork from Ad Dakhiliyah</a>.*?</td>\s*<td>1<", figures, re.DOTALL)


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
