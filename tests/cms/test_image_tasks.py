"""An image's renditions are made by the worker when the image is saved, not in the editor's request and not on a
reader's first view."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.tasks import make_image_renditions
from marketplace.models import BackgroundTask
from marketplace.tasks import run_due_tasks
from tests.cms.conftest import html_of
from tests.cms.test_images import gallery_block, image_block, make_image, make_story

pytestmark = pytest.mark.django_db


def test_uploading_an_image_only_asks_the_worker_for_its_renditions():
    image = make_image()

    # (Wagtail's own tasks for the image, its search and reference index updates, are queued beside ours.)
    assert image.renditions.count() == 0
    assert list(BackgroundTask.objects.filter(name__startswith="cms.").values_list("name", "payload")) == [
        (make_image_renditions.module_path, {"image_id": image.pk})
    ]


def test_once_the_worker_has_run_a_readers_get_writes_nothing(client, story_index):
    # Given an image shown in a story, and the worker having run since it was uploaded
    image = make_image()
    make_story(story_index, image_block(image), gallery_block(image), slug="ready")
    run_due_tasks()
    made_by_the_worker = image.renditions.count()

    # When a reader opens the story for the first time
    with CaptureQueriesContext(connection) as first_visit:
        html_of(client.get("/en/stories/ready/"))

    # Then every rendition it shows was already there
    writes = [q["sql"] for q in first_visit.captured_queries if q["sql"].lstrip().upper().startswith("INSERT")]
    assert made_by_the_worker > 0 and not writes


def test_wagtails_own_bookkeeping_saves_ask_for_nothing_more():
    image = make_image()
    run_due_tasks()

    image.file_hash = ""
    image.get_file_hash()  # Wagtail saves the hash it computed, with update_fields=["file_hash"]

    assert not BackgroundTask.objects.filter(name=make_image_renditions.module_path).exists()
