"""The catalogue's background tasks (run by `manage.py worker`, see marketplace.tasks)."""

from oscar.core.loading import get_model

from catalogue.photos import WARM_THUMBNAILS_TASK, warm_thumbnails
from marketplace.tasks import task

ProductImage = get_model("catalogue", "ProductImage")


@task(WARM_THUMBNAILS_TASK)
def warm_product_thumbnails(*, image_id: int) -> None:
    image = ProductImage.objects.filter(pk=image_id).first()
    if image is None:
        return  # the photo was removed before the worker came to it: nothing to make
    warm_thumbnails(image.original)
