"""`load_demo` fills a fresh site with a believable catalogue, and running it again changes nothing."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from oscar.core.loading import get_model
from PIL import Image

from artisans.models import Artisan, DesignDeposit, Governorate, SellerApplication
from catalogue.selectors import browsable_products
from moderation.models import ListingSubmission

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")

pytestmark = pytest.mark.django_db


def test_the_demo_covers_every_governorate_and_craft_with_photos_and_runs_twice_harmlessly():
    call_command("load_demo", stdout=StringIO())

    # The links in the demo's e-mails lead to the demo, over plain HTTP, not to Django's "example.com"
    from marketplace.mail import absolute_url

    assert absolute_url("/en/favourites/") == "http://127.0.0.1:8000/en/favourites/"
    assert Artisan.objects.count() == 700  # 66 sellers and the registry around them
    assert Product.objects.count() == 343 + 1  # and the new piece waiting for review
    assert DesignDeposit.objects.count() == 15
    # Every governorate has pieces on sale, so every governorate page shows some.
    on_sale = browsable_products().filter(stockrecords__num_in_stock__gt=0)
    for governorate in Governorate.objects.all():
        assert on_sale.filter(artisan__governorate=governorate).count() >= 10, governorate.slug
    crafts = Category.objects.filter(depth=1)
    assert all(Product.objects.filter(craft=c).count() >= 10 for c in crafts)
    assert Product.objects.filter(title="").count() > 20  # Arabic only
    assert Product.objects.filter(title_ar="").count() > 20  # English only
    assert Product.objects.filter(images__isnull=True, is_public=True).count() == 0
    # A request to join and a new piece wait for the authority, so its queues have something to show.
    assert SellerApplication.objects.filter(status="pending").count() == 1
    waiting = ListingSubmission.objects.get(status="pending")
    assert not waiting.product.is_public and waiting.photos.count() == 1
    photo = Product.objects.filter(is_public=True).first().images.first().original
    assert Image.open(photo.path).size == (800, 800)
    # Every seller has a portrait; the registry's other artisans, like most of the registry, have none.
    assert Artisan.objects.filter(products__isnull=False, photo="").count() == 0
    # The registry grew over the years since 2003, and the insights' last 12 months have new entries.
    years = set(Artisan.objects.values_list("created_at__year", flat=True))
    assert min(years) == 2003 and len(years) >= 20
    assert Artisan.objects.filter(created_at__gte=timezone.now() - timedelta(days=365)).count() >= 20
    # The two artisan accounts manage artisans with pieces on sale, in different governorates.
    managed = [
        Artisan.objects.get(partner__users__email=email)
        for email in ("artisan@hirfa.example", "artisan2@hirfa.example")
    ]
    assert all(browsable_products().filter(artisan=artisan).exists() for artisan in managed)
    assert managed[0].governorate != managed[1].governorate

    # Every piece of the demo's paid orders has its signed certificate, once
    from django.db.models import Sum

    from provenance.models import Certificate

    pieces = get_model("order", "Line").objects.filter(order__number__startswith="DEMO").aggregate(n=Sum("quantity"))
    certificates = Certificate.objects.count()
    assert certificates == pieces["n"] > 100

    # The demo buyer has hearted pieces and follows the demo artisan, so favourites and counts show something
    from favourites.models import Favourite, Follow

    buyer_favourites = Favourite.objects.filter(user__email="buyer@hirfa.example").count()
    assert buyer_favourites == 5
    assert list(Follow.objects.filter(user__email="buyer@hirfa.example").values_list("artisan", flat=True)) == [
        managed[0].pk
    ]
    # Buyers' reviews (issue 21): published in both languages, some answered, one waiting for the authority
    from catalogue.reviews.models import ProductReview

    published = ProductReview.objects.filter(status=ProductReview.APPROVED)
    assert set(published.values_list("language", flat=True)) == {"ar", "en"}
    assert published.exclude(reply="").count() >= 2 and published.filter(order_line__isnull=False).count() >= 4
    assert ProductReview.objects.filter(status=ProductReview.FOR_MODERATION).count() == 1
    reviews = ProductReview.objects.count()
    # ... and the demo buyer has a shipped piece waiting for their own review, for a newcomer to write
    from django.contrib.auth import get_user_model

    from catalogue.reviews.selectors import line_reviewable_by, shipped_lines_of

    demo_buyer = get_user_model().objects.get(email="buyer@hirfa.example")
    assert any(line_reviewable_by(demo_buyer, line_pk=line.pk) for line in shipped_lines_of(demo_buyer))

    again = StringIO()
    call_command("load_demo", stdout=again)
    assert ProductReview.objects.count() == reviews
    assert Certificate.objects.count() == certificates
    assert Favourite.objects.count() == buyer_favourites and Follow.objects.count() == 1
    assert "artisan: 0 created, 0 updated, 700 unchanged" in again.getvalue()
    assert "product: 0 created, 0 updated, 343 unchanged" in again.getvalue()
    assert "0 product photos and 0 portraits generated" in again.getvalue()
    assert "pages: nothing new" in again.getvalue()
    assert SellerApplication.objects.count() == 1 and ListingSubmission.objects.count() == 1


def test_the_demo_builds_the_content_pages_in_both_languages_each_rendering_with_its_pieces(client):
    from wagtail.models import Page

    from cms.models import CollectionPage, CraftPage, EventPage, GovernoratePage, StoryPage

    call_command("load_demo", stdout=StringIO())

    for model, per_language in ((StoryPage, 6), (CollectionPage, 3), (EventPage, 1)):
        for language in ("en", "ar"):
            assert model.objects.live().filter(locale__language_code=language).count() >= per_language, model
    crafts = Category.objects.filter(depth=1).count()
    for language in ("en", "ar"):
        assert CraftPage.objects.live().filter(locale__language_code=language).count() == crafts
        assert GovernoratePage.objects.live().filter(locale__language_code=language).count() == 11
    story = StoryPage.objects.get(locale__language_code="en", slug="the-khanjar-at-the-heart-of-omani-dress")
    assert [block.block_type for block in story.body].count("product") == 3
    arabic = StoryPage.objects.get(translation_key=story.translation_key, locale__language_code="ar")
    assert arabic.title.startswith("الخنجر") and arabic.related_stories.first().story.locale == arabic.locale
    assert [b.value["product"] for b in arabic.body if b.block_type == "product"] == [
        b.value["product"] for b in story.body if b.block_type == "product"
    ]
    for page in Page.objects.live().filter(depth__gte=2).specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        language = page.locale.language_code
        assert f'lang="{language}"' in response.content.decode()


def test_the_demo_refuses_to_run_where_demo_data_is_not_allowed(settings):
    settings.ALLOW_DEMO_DATA = False
    with pytest.raises(CommandError, match="not allowed"):
        call_command("load_demo")
