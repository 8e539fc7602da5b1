"""`load_demo` fills a fresh site with a believable catalogue, and running it again changes nothing."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from oscar.core.loading import get_model
from PIL import Image

from artisans.models import Artisan, DesignDeposit, Governorate

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")

pytestmark = pytest.mark.django_db


def test_the_demo_covers_every_governorate_and_craft_with_photos_and_runs_twice_harmlessly():
    call_command("load_demo", stdout=StringIO())

    assert Artisan.objects.count() >= 60
    assert Product.objects.count() >= 300
    assert DesignDeposit.objects.count() >= 5
    assert set(Artisan.objects.values_list("governorate", flat=True)) == set(
        Governorate.objects.values_list("pk", flat=True)
    )
    crafts = Category.objects.filter(depth=1)
    assert all(Product.objects.filter(craft=c).count() >= 10 for c in crafts)
    assert Product.objects.filter(title="").count() > 20  # Arabic only
    assert Product.objects.filter(title_ar="").count() > 20  # English only
    assert Product.objects.filter(images__isnull=True).count() == 0
    photo = Product.objects.first().images.first().original
    assert Image.open(photo.path).size == (800, 800)
    assert Artisan.objects.filter(photo="").count() == 0

    again = StringIO()
    call_command("load_demo", stdout=again)
    assert "product: 0 created, 0 updated, 343 unchanged" in again.getvalue()
    assert "0 product photos and 0 portraits generated" in again.getvalue()


def test_the_demo_refuses_to_run_where_demo_data_is_not_allowed(settings):
    settings.ALLOW_DEMO_DATA = False
    with pytest.raises(CommandError, match="not allowed"):
        call_command("load_demo")
