"""Collections show hand-picked pieces in the editor's order, or every piece matching a rule, at today's price and
stock, between their start and end dates; the home page features those running now."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from oscar.core.loading import get_model

from cms import selectors
from cms.models import CollectionPage, CollectionProduct
from tests.cms.conftest import add_page, html_of, translate
from tests.factories import craft, governorate, make_artisan, make_deposit, make_product

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
COLLECTION_QUERY_BOUND = 20  # 16 measured, for 3 and for 30 pieces alike


def make_collection(index, *, products=(), title="Gifts for Eid", slug="eid", **fields) -> CollectionPage:
    return add_page(
        index,
        CollectionPage(
            title=title,
            slug=slug,
            collection_products=[CollectionProduct(product=p) for p in products],
            **fields,
        ),
    )


def shown_titles(collection) -> list[str]:
    return [item.product.title if item.product else None for item in selectors.collection_items(collection)]


def test_hand_picked_pieces_are_shown_in_the_editors_order(client, collection_index):
    first, second = make_product(title_en="Silver ring"), make_product(title_en="Clay jar")
    make_collection(collection_index, products=[second, first])

    page = html_of(client.get("/en/collections/eid/"))

    assert page.index("Clay jar") < page.index("Silver ring")


def test_a_collection_renders_in_arabic_right_to_left_with_a_link_back_to_english(client, collection_index):
    collection = make_collection(collection_index, products=[make_product()])
    translate(collection, "ar", title="هدايا العيد", slug="hadaya-al-eid")

    arabic = html_of(client.get("/ar/majmuat/hadaya-al-eid/"))
    english = html_of(client.get("/en/collections/eid/"))

    assert '<html lang="ar" dir="rtl"' in arabic and "هدايا العيد" in arabic and "Read in English" in arabic
    assert '<html lang="en" dir="ltr"' in english and 'href="/ar/majmuat/hadaya-al-eid/"' in english


def test_a_collection_shows_the_current_price_and_sold_out_pieces(client, collection_index):
    jar, ring = make_product(title_en="Clay jar", price="10.000"), make_product(title_en="Silver ring")
    make_collection(collection_index, products=[jar, ring])
    jar.stockrecords.update(price="11.250")
    ring.stockrecords.update(num_in_stock=0)

    page = html_of(client.get("/en/collections/eid/"))

    assert "11.250" in page and "10.000" not in page
    assert "Silver ring" in page and "Sold out" in page


def test_deleted_and_withdrawn_pieces_are_marked_when_the_editor_chose_to_show_them(client, collection_index):
    deleted, withdrawn = make_product(title_en="Deleted jar"), make_product(title_en="Withdrawn jar")
    make_collection(collection_index, products=[deleted, withdrawn], when_unavailable="mark")
    deleted.delete()
    Product.objects.filter(pk=withdrawn.pk).update(is_public=False)

    page = html_of(client.get("/en/collections/eid/"))

    assert page.count("No longer available") == 2
    assert "Deleted jar" not in page and "Withdrawn jar" not in page


def test_sold_out_and_withdrawn_pieces_are_left_out_when_the_editor_chose_to_hide_them(collection_index):
    kept, sold_out, withdrawn = (make_product(title_en=t) for t in ("Kept", "Sold out jar", "Withdrawn jar"))
    collection = make_collection(collection_index, products=[kept, sold_out, withdrawn], when_unavailable="hide")
    sold_out.stockrecords.update(num_in_stock=0)
    Product.objects.filter(pk=withdrawn.pk).update(is_public=False)

    assert shown_titles(collection) == ["Kept"]


def test_a_rule_on_the_craft_selects_the_pieces_of_that_craft(collection_index):
    make_product(artisan=make_artisan(crafts=("silverwork",)), title_en="Silver ring")
    make_product(title_en="Clay jar")
    collection = make_collection(collection_index, selection="rule", rule_craft=craft("silverwork"))

    assert shown_titles(collection) == ["Silver ring"]


def test_a_rule_on_the_governorate_selects_the_pieces_made_there(collection_index):
    make_product(artisan=make_artisan(wilayat_slug="salalah"), title_en="Dhofar burner")
    make_product(artisan=make_artisan(wilayat_slug="bahla"), title_en="Bahla jar")
    collection = make_collection(collection_index, selection="rule", rule_governorate=governorate("dhofar"))

    assert shown_titles(collection) == ["Dhofar burner"]


def test_a_rule_on_the_price_range_selects_pieces_at_their_current_price(collection_index):
    for title, price in (("Cheap", "4.990"), ("Middle", "5.000"), ("Top", "20.000"), ("Dear", "20.010")):
        make_product(title_en=title, price=price)
    collection = make_collection(
        collection_index, selection="rule", rule_min_price=Decimal("5.000"), rule_max_price=Decimal("20.000")
    )

    assert sorted(shown_titles(collection)) == ["Middle", "Top"]


def test_a_rule_for_registered_designs_only_selects_pieces_made_to_a_deposit(collection_index):
    make_product(title_en="Registered burner", design_deposit=make_deposit())
    make_product(title_en="Plain jar")
    collection = make_collection(collection_index, selection="rule", rule_deposits_only=True)

    assert shown_titles(collection) == ["Registered burner"]


def test_a_rule_on_the_material_matches_its_english_or_arabic_name(collection_index):
    make_product(title_en="Silver ring", materials=("silver",))
    make_product(title_en="Clay jar", materials=("clay",))
    collection = make_collection(collection_index, selection="rule", rule_material="silver")

    assert shown_titles(collection) == ["Silver ring"]


def test_a_collection_before_its_start_date_says_so_and_is_not_featured_on_home(client, collection_index):
    today = timezone.localdate()
    make_collection(collection_index, featured_on_home=True, starts_on=today + timedelta(days=3))

    assert "This collection opens on" in html_of(client.get("/en/collections/eid/"))
    assert "Gifts for Eid" not in html_of(client.get("/en/"))


def test_a_running_featured_collection_is_featured_on_its_languages_home_page_only(client, collection_index):
    today = timezone.localdate()
    make_collection(
        collection_index, featured_on_home=True, starts_on=today - timedelta(days=1), ends_on=today + timedelta(days=1)
    )

    assert "Gifts for Eid" in html_of(client.get("/en/"))
    assert "Gifts for Eid" not in html_of(client.get("/ar/"))


def test_an_ended_or_unflagged_collection_is_not_featured(client, collection_index):
    today = timezone.localdate()
    make_collection(collection_index, featured_on_home=True, ends_on=today - timedelta(days=1))
    make_collection(collection_index, title="Not flagged", slug="plain")

    page = html_of(client.get("/en/"))

    assert "Gifts for Eid" not in page and "Not flagged" not in page
    assert "not running" in html_of(client.get("/en/collections/eid/"))


def test_a_collection_cannot_end_before_it_starts(collection_index):
    today = timezone.localdate()
    collection = CollectionPage(title="Backwards", slug="backwards", starts_on=today, ends_on=today - timedelta(days=1))

    with pytest.raises(ValidationError) as refused:
        collection_index.add_child(instance=collection)

    assert "ends_on" in refused.value.message_dict


@pytest.mark.parametrize("count", [3, 30])
def test_a_collection_runs_the_same_queries_whatever_the_number_of_pieces(
    client, collection_index, django_assert_max_num_queries, count
):
    artisan = make_artisan()
    make_collection(
        collection_index, products=[make_product(artisan=artisan, title_en=f"Jar {n}") for n in range(count)]
    )
    client.get("/en/collections/eid/")

    with django_assert_max_num_queries(COLLECTION_QUERY_BOUND):
        page = html_of(client.get("/en/collections/eid/"))

    assert f"Jar {count - 1}" in page
