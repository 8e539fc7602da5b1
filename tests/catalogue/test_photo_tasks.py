"""A product photo's thumbnails are made by the worker, not in the request that added it; a page shown before the
worker has run still shows the photo."""

import re
from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from django.utils import translation
from oscar.core.loading import get_model
from sorl.thumbnail.conf import settings as thumbnail_settings

from catalogue.photos import warm_product_thumbnails
from catalogue.services import product_add_photo
from marketplace.models import BackgroundTask
from marketplace.tasks import run_due_tasks
from tests.factories import image_upload, make_product

pytestmark = pytest.mark.django_db

ProductImage = get_model("catalogue", "ProductImage")


def thumbnail_files(settings) -> list[Path]:
    return sorted((Path(settings.MEDIA_ROOT) / thumbnail_settings.THUMBNAIL_PREFIX).rglob("*.jpg"))


def test_a_photos_thumbnails_are_made_by_the_worker_not_when_it_is_added(settings):
    # Given a piece
    piece = make_product()

    # When a photo is added to it
    product_add_photo(product=piece, upload=image_upload("burner.jpg", size=(1200, 1200)))

    # Then no thumbnail is made yet, until the worker runs: then one for each size the pages show
    assert thumbnail_files(settings) == []
    assert run_due_tasks() == 1
    assert len(thumbnail_files(settings)) == 2  # "card" and "detail"
    assert not BackgroundTask.objects.exists()


def test_a_product_page_shows_its_photo_before_the_worker_has_run(client, settings):
    # Given a piece whose photo was just added, the worker not having run
    piece = make_product()
    product_add_photo(product=piece, upload=image_upload("burner.jpg", size=(1200, 1200)))
    with translation.override("en"):
        page_url = piece.get_absolute_url()

    # When a buyer opens its page
    html = client.get(page_url).content.decode()

    # Then the photo is there: the page had the thumbnail it shows made on demand
    thumbnail_urls = re.findall(r'<img[^>]+src="/media/(cache/[^"]+)"', html)
    assert thumbnail_urls
    assert all(default_storage.exists(name) for name in thumbnail_urls)
    # still waiting for the worker
    assert BackgroundTask.objects.filter(name=warm_product_thumbnails.module_path).count() == 1


def test_a_photo_removed_before_the_worker_came_is_skipped(settings):
    piece = make_product()
    image = product_add_photo(product=piece, upload=image_upload("burner.jpg"))
    ProductImage.objects.filter(pk=image.pk).delete()

    assert run_due_tasks() == 1
    assert thumbnail_files(settings) == []
