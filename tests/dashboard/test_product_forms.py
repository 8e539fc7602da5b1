"""The authority's staff list pieces in Oscar's dashboard with the artisan, craft and exact prices."""

from decimal import Decimal

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from tests.factories import UserFactory, craft, make_artisan

Product = get_model("catalogue", "Product")
ProductClass = get_model("catalogue", "ProductClass")

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def product_form(owner, **overrides) -> dict:
    data = {
        "artisan": owner.registry_number,
        "craft": craft("pottery").pk,
        "upc": "DAK-JAR-00001",
        "title": "",
        "title_ar": "جحلة",
        "description": "",
        "description_ar": "",
        "weight_g": "1200",
        "is_public": "on",
        "is_discountable": "on",
        "structure": "standalone",
        "slug": "",
        "meta_title": "",
        "meta_description": "",
        "stockrecords-TOTAL_FORMS": "1",
        "stockrecords-INITIAL_FORMS": "0",
        "stockrecords-MIN_NUM_FORMS": "0",
        "stockrecords-MAX_NUM_FORMS": "1",
        "stockrecords-0-price": "12.340",
        "stockrecords-0-num_in_stock": "4",
        "stockrecords-0-low_stock_threshold": "",
        "productcategory_set-TOTAL_FORMS": "0",
        "productcategory_set-INITIAL_FORMS": "0",
        "productcategory_set-MIN_NUM_FORMS": "0",
        "productcategory_set-MAX_NUM_FORMS": "1000",
        "images-TOTAL_FORMS": "0",
        "images-INITIAL_FORMS": "0",
        "images-MIN_NUM_FORMS": "0",
        "images-MAX_NUM_FORMS": "1000",
        "primary_recommendations-TOTAL_FORMS": "0",
        "primary_recommendations-INITIAL_FORMS": "0",
        "primary_recommendations-MIN_NUM_FORMS": "0",
        "primary_recommendations-MAX_NUM_FORMS": "1000",
    }
    data.update(overrides)
    return data


def create_url() -> str:
    product_class = ProductClass.objects.get(slug="craft-piece")
    return reverse("dashboard:catalogue-product-create", kwargs={"product_class_slug": product_class.slug})


def test_staff_list_an_arabic_only_piece_for_an_artisan_sold_under_the_artisans_account(staff_client):
    artisan = make_artisan(crafts=("pottery",))

    response = staff_client.post(create_url(), product_form(artisan))

    assert response.status_code == 302, response.content.decode()[:3000]
    piece = Product.objects.get(upc="DAK-JAR-00001")
    assert (piece.artisan, piece.craft.code, piece.title_ar) == (artisan, "pottery", "جحلة")
    stockrecord = piece.stockrecords.get()
    assert stockrecord.partner == artisan.partner
    assert stockrecord.partner_sku == "DAK-JAR-00001"
    assert stockrecord.price == Decimal("12.340")


def test_the_dashboard_refuses_a_price_that_is_not_a_10_baisa_step(staff_client):
    artisan = make_artisan()
    response = staff_client.post(create_url(), product_form(artisan, **{"stockrecords-0-price": "10.125"}))
    assert response.status_code == 200
    assert "steps of 10 baisa" in response.content.decode()
    assert not Product.objects.filter(upc="DAK-JAR-00001").exists()


def test_the_dashboard_refuses_an_unknown_artisan(staff_client):
    artisan = make_artisan()
    response = staff_client.post(create_url(), product_form(artisan, **{"artisan": "NO-SUCH-00000"}))
    assert "There is no artisan with this registry number." in response.content.decode()
    assert not Product.objects.exists()


def test_a_buyer_cannot_reach_the_dashboard(client):
    client.force_login(UserFactory())
    response = client.get(create_url())
    assert response.status_code in (302, 403)


def test_a_photo_uploaded_in_the_dashboard_is_checked_and_cleaned(staff_client):
    from PIL import Image

    from tests.factories import image_upload

    artisan = make_artisan()
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    data = product_form(
        artisan,
        **{
            "images-TOTAL_FORMS": "1",
            "images-0-original": image_upload("jar.jpg", size=(120, 80), exif=exif.tobytes()),
            "images-0-caption": "",
            "images-0-display_order": "0",
        },
    )
    assert staff_client.post(create_url(), data).status_code == 302
    stored = Image.open(Product.objects.get(upc="DAK-JAR-00001").images.get().original.path)
    assert len(stored.getexif()) == 0


def test_the_dashboard_refuses_a_file_that_is_not_a_photo(staff_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    artisan = make_artisan()
    data = product_form(
        artisan,
        **{
            "images-TOTAL_FORMS": "1",
            "images-0-original": SimpleUploadedFile("jar.jpg", b"GIF89a not really"),
            "images-0-caption": "",
            "images-0-display_order": "0",
        },
    )
    response = staff_client.post(create_url(), data)
    assert response.status_code == 200
    assert not Product.objects.filter(upc="DAK-JAR-00001").exists()
