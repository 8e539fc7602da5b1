"""The content pages' background tasks (django-tasks, run by `manage.py worker`; see marketplace.tasks)."""

from django_tasks import task
from wagtail.images import get_image_model

from cms.templatetags.cms_images import prepare_block_renditions


@task
def make_image_renditions(*, image_id: int) -> None:
    """The renditions the content blocks show (`BLOCK_IMAGE_SPECS`, every width and format `responsive_image` asks
    for). Only missing ones are made, so running it again costs one query."""
    image = get_image_model().objects.filter(pk=image_id).first()
    if image is None:
        return  # deleted before the worker came to it
    prepare_block_renditions(image)
