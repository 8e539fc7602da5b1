"""The workshop's and the authority's pages render in both languages, warn about low stock, and run a bounded
number of SQL queries whatever the number of pieces."""

import pytest
from django.test import Client
from django.utils import translation

from artisans.models import Artisan
from moderation.services import PhotoUpload, listing_add_photos
from tests.factories import make_artisan, make_manager, make_product
from tests.image_files import plain_jpeg

from .conftest import url

pytestmark = pytest.mark.django_db


def pieces(artisan, count: int, manager) -> None:
    for n in range(count):
        piece = make_product(artisan=artisan, title_en=f"Jar {n}", stock=n % 4)
        if n % 3 == 0:
            listing_add_photos(product=piece, actor=manager, photos=[PhotoUpload(plain_jpeg())])


@pytest.mark.parametrize(
    ("name", "bound"),
    [
        # 24 since issue 21's tiles: followers and hearts, unanswered questions and the median time to answer
        ("artisans:workshop-dashboard", 24),
        ("artisans:workshop-products", 22),
        ("artisans:workshop-stock", 18),
    ],
)
@pytest.mark.parametrize("count", [3, 30])
def test_workshop_pages_run_a_bounded_number_of_queries(
    aisha, aisha_manager, aisha_client, name, bound, count, django_assert_max_num_queries
):
    pieces(aisha, count, aisha_manager)
    aisha_client.get(url(name, registry_number=aisha.registry_number))  # warm the session and thumbnails
    with django_assert_max_num_queries(bound):
        response = aisha_client.get(url(name, registry_number=aisha.registry_number))
    assert response.status_code == 200


@pytest.mark.parametrize("count", [3, 30])
def test_the_review_queue_runs_a_bounded_number_of_queries(
    aisha, aisha_manager, reviewer_client, count, django_assert_max_num_queries
):
    pieces(aisha, count, aisha_manager)
    reviewer_client.get(url("authority:submissions"))
    with django_assert_max_num_queries(14):
        response = reviewer_client.get(url("authority:submissions"))
    assert response.status_code == 200


def test_the_dashboard_warns_about_pieces_running_out(aisha, aisha_client, settings):
    settings.WORKSHOP_LOW_STOCK_THRESHOLD = 2
    make_product(artisan=aisha, title_en="Last jar", stock=1)
    make_product(artisan=aisha, title_en="Many jars", stock=20)
    with translation.override("en"):
        page = aisha_client.get(url("artisans:workshop-dashboard", registry_number=aisha.registry_number))
    low = [p.title for p in page.context["low_stock"]]
    assert low == ["Last jar"]
    assert "Running out" in page.content.decode()


@pytest.mark.parametrize("language", ["ar", "en"])
def test_every_workshop_page_speaks_the_readers_language(aisha, aisha_client, language):
    jar = make_product(artisan=aisha)
    number = aisha.registry_number
    for name, kwargs in [
        ("artisans:workshop-dashboard", {}),
        ("artisans:workshop-products", {}),
        ("artisans:workshop-product-new", {}),
        ("artisans:workshop-stock", {}),
        ("artisans:workshop-profile", {}),
        ("artisans:workshop-product-edit", {"product_pk": jar.pk}),
        ("artisans:workshop-product-photos", {"product_pk": jar.pk}),
    ]:
        response = aisha_client.get(url(name, language, registry_number=number, **kwargs))
        assert response.status_code == 200, name
        direction = "rtl" if language == "ar" else "ltr"
        assert f'<html lang="{language}" dir="{direction}"' in response.content.decode(), name


def test_the_authority_pages_render_for_a_reviewer(reviewer_client, aisha, aisha_manager):
    jar = make_product(artisan=aisha)
    listing_add_photos(product=jar, actor=aisha_manager, photos=[PhotoUpload(plain_jpeg())])
    for language in ("ar", "en"):
        for name in (
            "authority:home",
            "authority:submissions",
            "authority:applications",
            "authority:audit",
            "authority:list-for",
        ):
            assert reviewer_client.get(url(name, language)).status_code == 200, name
        submission = jar.submissions.get()
        assert reviewer_client.get(url("authority:submission", language, pk=submission.pk)).status_code == 200


def test_the_authority_finds_the_artisan_to_list_for(reviewer_client, aisha):
    response = reviewer_client.get(url("authority:list-for"), {"registry_number": aisha.registry_number.lower()})
    assert response.status_code == 302
    assert response["Location"] == url("artisans:workshop-products", registry_number=aisha.registry_number)


def test_a_manager_of_two_outlets_chooses_one(client):
    first = make_artisan(seller_type=Artisan.SellerType.OUTLET)
    second = make_artisan(seller_type=Artisan.SellerType.OUTLET)
    manager = make_manager(first)
    second.partner.users.add(manager)
    client = Client()
    client.force_login(manager)
    page = client.get(url("artisans:workshop"))
    assert page.status_code == 200
    assert url("artisans:workshop-dashboard", registry_number=second.registry_number) in page.content.decode()
