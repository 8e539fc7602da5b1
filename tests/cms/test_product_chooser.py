"""Editors choose the products and artisans that pages show from admin choosers that search the catalogue and the
registry in both languages, offer only what a page may show, and store the chosen id as before."""

import json
import re
from datetime import date

import pytest
from django.urls import reverse
from django.utils import translation
from oscar.core.loading import get_model
from wagtail.test.utils.form_data import querydict_from_html
from wagtail.users.models import UserProfile

from cms.blocks import StoryBodyBlock
from cms.models import CollectionPage, EventPage, EventWinner, StoryPage
from cms.stream_context import referenced_ids
from tests.cms.conftest import add_page, html_of, product_block
from tests.factories import UserFactory, make_artisan, make_product

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
CHOOSER_QUERY_BOUND = 10  # 7 measured for a page of 3 and of 20 products and the second page of 30, searching or not
OFFERED = re.compile(r"/product_chooser/chosen/(\d+)/")


@pytest.fixture
def editor(client):
    user = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return user


def in_admin_language(user, language: str) -> None:
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def offered_products(client, *, language: str = "en", **params) -> set[int]:
    """The ids of the products the chooser's results list offers to choose."""
    with translation.override(language):
        response = client.get(reverse("product_chooser:choose_results"), params)
    return {int(pk) for pk in OFFERED.findall(html_of(response))}


def offered_artisans(client, **params) -> set[int]:
    with translation.override("en"):
        response = client.get(reverse("artisan_chooser:choose_results"), params)
    return {int(pk) for pk in re.findall(r"/artisan_chooser/chosen/(\d+)/", html_of(response))}


# --- Searching the catalogue ----------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize(
    "query",
    [
        pytest.param("frankincense burner", id="english title"),
        pytest.param("مبخرة اللبان", id="arabic title"),
        pytest.param("dhf-4417", id="partial sku"),
        pytest.param("الحارثية", id="artisan's arabic name"),
        pytest.param("Harthi", id="artisan's english name"),
    ],
)
def test_the_chooser_finds_a_product_by_either_title_its_sku_or_its_artisan_in_either_language(
    client, editor, language, query
):
    artisan = make_artisan(name_en="Aisha Al Harthi", name_ar="عائشة الحارثية", crafts=("pottery",))
    wanted = make_product(
        artisan=artisan,
        title_en="Frankincense burner",
        title_ar="مبخرة اللبان",
        sku="TS-DHF-44170",
    )
    other = make_product(title_en="Silver ring", title_ar="خاتم فضة", sku="TS-SIL-10001")
    in_admin_language(editor, language)

    offered = offered_products(client, language=language, q=query)

    assert wanted.pk in offered and other.pk not in offered


@pytest.mark.parametrize(
    ("listed_as", "typed"),
    [
        pytest.param("مبخرة", "مبخره", id="taa marbuta typed as haa"),
        pytest.param("أساور", "اساور", id="alef without its hamza"),
        pytest.param("إبريق", "ابريق", id="alef with hamza below typed bare"),
        pytest.param("مِبْخَرة", "مبخرة", id="short vowels in the listing"),
    ],
)
def test_the_chooser_matches_arabic_spelling_variants(client, editor, listed_as, typed):
    wanted = make_product(title_en="Piece", title_ar=listed_as)

    assert wanted.pk in offered_products(client, q=typed)


def test_every_word_of_the_search_must_match(client, editor):
    jar = make_product(title_en="Bahla water jar", title_ar="جرة ماء")
    make_product(title_en="Bahla incense burner", title_ar="مبخرة")

    assert offered_products(client, q="bahla jar") == {jar.pk}


@pytest.mark.parametrize(
    "unavailable",
    [
        pytest.param({"is_public": False}, id="withdrawn"),
        pytest.param({"artisan": "pending"}, id="artisan not verified"),
        pytest.param({"artisan": "rejected"}, id="artisan rejected"),
    ],
)
def test_products_a_page_may_not_show_are_not_offered(client, editor, unavailable):
    shown = make_product(title_en="Clay jar")
    verification = unavailable.pop("artisan", None)
    if verification:
        unavailable["artisan"] = make_artisan(verification=verification)
    hidden = make_product(title_en="Clay jar", **unavailable)

    offered = offered_products(client) | offered_products(client, q="clay jar")

    assert shown.pk in offered and hidden.pk not in offered


def test_the_results_are_paginated(client, editor):
    artisan = make_artisan()
    products = [make_product(artisan=artisan, title_en=f"Jar {n}") for n in range(25)]

    first, second = offered_products(client), offered_products(client, p=2)

    assert len(first) == 20 and len(second) == 5 and first | second == {p.pk for p in products}


@pytest.mark.parametrize(("count", "page"), [(3, 1), (20, 1), (30, 2)])
def test_the_results_run_a_bounded_number_of_queries_whatever_the_page(
    client, editor, django_assert_max_num_queries, count, page
):
    artisan = make_artisan()
    for n in range(count):
        make_product(artisan=artisan, title_en=f"Jar {n}", title_ar=f"جرة {n}")
    offered_products(client)  # the session and the editor's profile, as a signed-in editor already has

    with django_assert_max_num_queries(CHOOSER_QUERY_BOUND):
        offered_products(client, q="jar", p=page)
    with django_assert_max_num_queries(CHOOSER_QUERY_BOUND):
        offered_products(client, q="جرة", p=page)


def test_the_results_show_both_titles_the_artisan_the_price_in_rials_and_the_stock(client, editor):
    make_product(
        artisan=make_artisan(name_en="Aisha Al Harthi", name_ar="عائشة الحارثية"),
        title_en="Frankincense burner",
        title_ar="مبخرة اللبان",
        sku="TS-DHF-44170",
        price="12.340",
        stock=7,
    )

    with translation.override("en"):
        page = html_of(client.get(reverse("product_chooser:choose_results")))

    for shown in ("Frankincense burner", "مبخرة اللبان", "TS-DHF-44170", "Aisha Al Harthi", "عائشة الحارثية"):
        assert shown in page
    assert "12.340" in page and ">7<" in re.sub(r"\s+", "", page)


def test_the_chooser_modal_opens_with_its_search_box(client, editor):
    make_product(title_en="Frankincense burner")

    with translation.override("en"):
        response = client.get(reverse("product_chooser:choose"))

    modal = json.loads(html_of(response))
    assert modal["step"] == "choose" and 'name="q"' in modal["html"] and "Frankincense burner" in modal["html"]


# --- Choosing -------------------------------------------------------------------------------------------------


def test_choosing_a_product_returns_its_id_and_its_titles(client, editor):
    product = make_product(title_en="Frankincense burner", title_ar="مبخرة اللبان", sku="TS-DHF-44170")

    with translation.override("en"):
        response = client.get(reverse("product_chooser:chosen", args=[product.pk]))

    chosen = json.loads(html_of(response))
    assert chosen["step"] == "chosen" and chosen["result"]["id"] == str(product.pk)
    assert "Frankincense burner" in chosen["result"]["title"] and "مبخرة اللبان" in chosen["result"]["title"]


def test_a_withdrawn_product_cannot_be_chosen_by_its_url(client, editor):
    product = make_product(is_public=False)

    with translation.override("en"):
        # LocaleMiddleware turns a 404 into a redirect to the /en/ address, which Wagtail's front end then refuses.
        response = client.get(reverse("product_chooser:chosen", args=[product.pk]), follow=True)

    assert response.status_code == 404


@pytest.mark.parametrize("who", ["buyer", "anonymous"])
def test_someone_without_access_to_the_admin_is_refused_the_chooser(client, who):
    product = make_product(title_en="Frankincense burner")
    if who == "buyer":
        client.force_login(UserFactory(is_staff=False), backend="django.contrib.auth.backends.ModelBackend")

    with translation.override("en"):
        response = client.get(reverse("product_chooser:choose_results"), {"q": "frankincense"})

    assert response.status_code in (302, 403)
    assert str(product.pk) not in OFFERED.findall(response.content.decode())
    if response.status_code == 302:
        assert "login" in response["Location"]


# --- The artisan chooser --------------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["Harthi", "الحارثيه", "ts-dhf-00077"])
def test_the_artisan_chooser_finds_a_verified_artisan_by_either_name_or_registry_number(client, editor, query):
    wanted = make_artisan(name_en="Aisha Al Harthi", name_ar="عائشة الحارثية", registry_number="TS-DHF-00077")
    other = make_artisan(name_en="Salim Al Hinai", name_ar="سالم الهنائي")
    pending = make_artisan(name_en="Aisha Al Harthi", name_ar="عائشة الحارثية", verification="pending")

    offered = offered_artisans(client, q=query)

    assert wanted.pk in offered and other.pk not in offered and pending.pk not in offered


def test_choosing_an_artisan_returns_their_id_and_names(client, editor):
    artisan = make_artisan(name_en="Aisha Al Harthi", name_ar="عائشة الحارثية")

    with translation.override("en"):
        chosen = json.loads(html_of(client.get(reverse("artisan_chooser:chosen", args=[artisan.pk]))))

    assert chosen["result"]["id"] == str(artisan.pk) and "عائشة الحارثية" in chosen["result"]["title"]


# --- Using the choosers in pages ------------------------------------------------------------------------------


def edit_form(client, page):
    with translation.override("en"):
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    return response


def test_a_collections_edit_page_shows_the_product_chooser_and_saves_the_chosen_pieces_in_order(
    client, editor, collection_index
):
    first, second = make_product(title_en="Silver ring"), make_product(title_en="Clay jar")
    collection = add_page(collection_index, CollectionPage(title="Gifts for Eid", slug="eid"))
    response = edit_form(client, collection)
    assert reverse("product_chooser:choose") in html_of(response)
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    data["collection_products-TOTAL_FORMS"] = "2"
    for index, product in enumerate([second, first]):
        data[f"collection_products-{index}-product"] = str(product.pk)
        data[f"collection_products-{index}-ORDER"] = str(index + 1)
        data[f"collection_products-{index}-id"] = ""
    data["action-publish"] = "action-publish"

    with translation.override("en"):
        response = client.post(reverse("wagtailadmin_pages:edit", args=[collection.pk]), data)

    assert response.status_code == 302, response.content.decode()[:2000]
    collection.refresh_from_db()
    chosen = list(collection.collection_products.order_by("sort_order").values_list("product_id", flat=True))
    assert chosen == [second.pk, first.pk]


def test_an_events_edit_page_shows_the_artisan_and_product_choosers_for_its_winners(client, editor, event_index):
    artisan = make_artisan()
    event = add_page(
        event_index,
        EventPage(
            title="Muscat crafts award",
            slug="award",
            date=date(2026, 2, 10),
            winners=[EventWinner(award="First prize", artisan=artisan, product=make_product(artisan=artisan))],
        ),
    )

    page = html_of(edit_form(client, event))

    assert reverse("artisan_chooser:choose") in page and reverse("product_chooser:choose") in page


def test_a_storys_edit_page_with_a_product_block_renders(client, editor, story_index):
    product = make_product(title_en="Frankincense burner")
    story = add_page(
        story_index,
        StoryPage(title="Frankincense", slug="frankincense", date=date(2026, 3, 1), body=[product_block(product.pk)]),
    )

    page = html_of(edit_form(client, story))

    assert "Frankincense burner" in page


def test_a_chosen_product_is_stored_as_its_integer_id():
    product = make_product()
    body = StoryBodyBlock()
    chosen = body.clean(body.to_python([product_block(product.pk)]))

    stored = body.get_prep_value(chosen)

    assert stored[0]["value"]["product"] == product.pk and isinstance(stored[0]["value"]["product"], int)
    assert referenced_ids(chosen, "product", "product") == [product.pk]


@pytest.mark.parametrize("gone", ["withdrawn", "deleted", "artisan no longer verified"])
def test_a_story_whose_chosen_product_is_gone_still_renders_and_says_so(client, story_index, gone):
    product = make_product(title_en="Frankincense burner")
    add_page(
        story_index,
        StoryPage(title="Frankincense", slug="frankincense", date=date(2026, 3, 1), body=[product_block(product.pk)]),
    )
    if gone == "withdrawn":
        Product.objects.filter(pk=product.pk).update(is_public=False)
    elif gone == "deleted":
        product.delete()
    else:
        type(product.artisan).objects.filter(pk=product.artisan_id).update(verification="pending")

    page = html_of(client.get("/en/stories/frankincense/"))

    assert "Frankincense burner" not in page and "product-card--unavailable" in page
