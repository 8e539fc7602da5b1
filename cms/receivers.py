"""What other parts of the site do that the content pages must follow."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from oscar.core.loading import get_model
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from cms.home_cache import invalidate_home_sections

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")


def _prepare_renditions(sender, instance, **kwargs) -> None:
    from cms.templatetags.cms_images import prepare_block_renditions

    # After the commit: the image (and its focal point) is final, and a failure here cannot undo the upload.
    transaction.on_commit(lambda: prepare_block_renditions(instance))


def connect() -> None:
    from cms.images import HirfaImage

    # An image's renditions are made when it is uploaded or its focal point changes, not on a reader's first view.
    post_save.connect(_prepare_renditions, sender=HirfaImage, dispatch_uid="cms-image-renditions")
    # Publishing, unpublishing or deleting any page may change the home page's collections and stories; a saved
    # product or stock record may change a price or a "sold out" it shows.
    page_published.connect(invalidate_home_sections, dispatch_uid="cms-home-published")
    page_unpublished.connect(invalidate_home_sections, dispatch_uid="cms-home-unpublished")
    post_delete.connect(invalidate_home_sections, sender=Page, dispatch_uid="cms-home-page-deleted")
    for model in (Product, StockRecord):
        post_save.connect(invalidate_home_sections, sender=model, dispatch_uid=f"cms-home-{model.__name__}-saved")
