"""What other parts of the site do that the content pages must follow."""

from django.db.models.signals import post_delete, post_save
from oscar.core.loading import get_model
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from cms.home_cache import invalidate_home_sections
from cms.models import HomePage, IndexPage, InfoPage
from cms.navigation_cache import invalidate_navigation
from cms.site_cache import invalidate_sites
from cms.tasks import make_image_renditions

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")


# Saves that only record what Wagtail measured about the file change no rendition.
BOOKKEEPING_FIELDS = frozenset({"file_size", "file_hash"})


def _prepare_renditions(sender, instance, update_fields=None, **kwargs) -> None:
    if update_fields is not None and set(update_fields) <= BOOKKEEPING_FIELDS:
        return
    # Made by the worker, not in the editor's request. The task is written in the upload's transaction, so the
    # worker sees it only once the image (and its focal point) is committed. Until it has run, a page makes the
    # renditions it shows itself.
    make_image_renditions.enqueue(image_id=instance.pk)


def invalidate_navigation_for_page(*, instance=None, **_signal_kwargs) -> None:
    """A page signal's receiver: only pages the menu or the footer link (or whose URL theirs start with) count.
    (Here rather than in cms.navigation_cache, which cms.selectors imports: it needs the page models.)"""
    page_class = getattr(instance, "specific_class", None)
    if page_class is None or issubclass(page_class, (HomePage, IndexPage, InfoPage)):
        invalidate_navigation()


def connect() -> None:
    from cms.images import HirfaImage

    # An image's renditions are made (by the worker) when it is uploaded or its focal point changes, not on a
    # reader's first view.
    post_save.connect(_prepare_renditions, sender=HirfaImage, dispatch_uid="cms-image-renditions")
    # Publishing, unpublishing or deleting any page may change the home page's collections and stories; a saved
    # product or stock record may change a price or a "sold out" it shows.
    page_published.connect(invalidate_home_sections, dispatch_uid="cms-home-published")
    page_unpublished.connect(invalidate_home_sections, dispatch_uid="cms-home-unpublished")
    post_delete.connect(invalidate_home_sections, sender=Page, dispatch_uid="cms-home-page-deleted")
    # The menu and the footer name and link the live section and footer pages: a publish may rename one, an
    # unpublish, move or deletion remove or move one.
    page_published.connect(invalidate_navigation_for_page, dispatch_uid="cms-navigation-published")
    page_unpublished.connect(invalidate_navigation_for_page, dispatch_uid="cms-navigation-unpublished")
    post_page_move.connect(invalidate_navigation_for_page, dispatch_uid="cms-navigation-moved")
    post_delete.connect(invalidate_navigation_for_page, sender=Page, dispatch_uid="cms-navigation-page-deleted")
    for model in (Product, StockRecord):
        post_save.connect(invalidate_home_sections, sender=model, dispatch_uid=f"cms-home-{model.__name__}-saved")
    # The Site of each host is kept in the cache with its root page (cms.site_cache).
    post_save.connect(invalidate_sites, sender=Site, dispatch_uid="cms-site-saved")
    post_delete.connect(invalidate_sites, sender=Site, dispatch_uid="cms-site-deleted")
    page_signals = {
        "published": page_published,
        "unpublished": page_unpublished,
        "moved": post_page_move,
        "slug-changed": page_slug_changed,
    }
    for name, signal in page_signals.items():
        signal.connect(invalidate_sites, dispatch_uid=f"cms-site-page-{name}")
    post_delete.connect(invalidate_sites, sender=Page, dispatch_uid="cms-site-page-deleted")
