"""Every saved change that affects search reaches the index, whoever makes it: the project's services, Oscar's
dashboard, the Django admin or Wagtail's editors. Each receiver only notes the change in the outbox
(search.services), inside the saving transaction; bulk writes, which send no signals, call the service themselves.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from oscar.core.loading import get_model
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from artisans.models import Artisan, DesignDeposit
from cms.models import StoryPage
from search.services import (
    search_index_enqueue,
    search_index_enqueue_artisans,
    search_index_enqueue_deposits,
    search_index_enqueue_stories_within,
)

Product = get_model("catalogue", "Product")
ProductImage = get_model("catalogue", "ProductImage")
Category = get_model("catalogue", "Category")
Material = get_model("catalogue", "Material")
StockRecord = get_model("partner", "StockRecord")


@receiver([post_save, post_delete], sender=Product, dispatch_uid="search_product_changed")
def product_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        search_index_enqueue(product_ids=[instance.pk])


@receiver([post_save, post_delete], sender=StockRecord, dispatch_uid="search_stockrecord_changed")
@receiver([post_save, post_delete], sender=ProductImage, dispatch_uid="search_image_changed")
def product_part_changed(sender, instance, raw=False, **kwargs):
    if not raw and instance.product_id:
        search_index_enqueue(product_ids=[instance.product_id])


@receiver(m2m_changed, sender=Product.materials.through, dispatch_uid="search_materials_changed")
def product_materials_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action.startswith("post_"):
        # From a material's side (reverse) the products are in pk_set; from a product's side it is the instance.
        search_index_enqueue(product_ids=(pk_set or []) if reverse else [instance.pk])


@receiver(post_save, sender=Category, dispatch_uid="search_craft_renamed")
def craft_changed(sender, instance, raw=False, **kwargs):
    if not raw and instance.depth == 1:
        search_index_enqueue(product_ids=instance.craft_products.values_list("pk", flat=True))


@receiver(post_save, sender=Material, dispatch_uid="search_material_renamed")
def material_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        search_index_enqueue(product_ids=instance.products.values_list("pk", flat=True))


@receiver(post_save, sender=Artisan, dispatch_uid="search_artisan_changed")
def artisan_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        search_index_enqueue_artisans([instance.pk])  # their name and place are searchable with every product


@receiver(post_save, sender=DesignDeposit, dispatch_uid="search_deposit_changed")
def deposit_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        search_index_enqueue_deposits([instance.pk])


# Stories: only what is live is indexed, so publishing, unpublishing (also when a page expires) and deleting are the
# changes; saving a draft changes nothing readers see. The worker reads the page as it is then, and removes the
# document of a story that is no longer live.
@receiver([page_published, page_unpublished], sender=StoryPage, dispatch_uid="search_story_published")
def story_published_or_unpublished(sender, instance, **kwargs):
    search_index_enqueue(story_ids=[instance.pk])


@receiver(post_delete, sender=StoryPage, dispatch_uid="search_story_deleted")
def story_deleted(sender, instance, **kwargs):
    search_index_enqueue(story_ids=[instance.pk])


@receiver([page_slug_changed, post_page_move], dispatch_uid="search_page_address_changed")
def page_address_changed(sender, instance, **kwargs):
    search_index_enqueue_stories_within(instance)  # the documents hold each story's URL


@receiver([post_save, post_delete], sender=PageViewRestriction, dispatch_uid="search_page_restriction_changed")
def page_restriction_changed(sender, instance, raw=False, **kwargs):
    # A restriction is deleted with its page too; then the page's own deletion has noted its stories.
    page = None if raw else Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        search_index_enqueue_stories_within(page)
