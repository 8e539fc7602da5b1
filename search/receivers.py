"""Every saved change that affects search reaches the index, whoever makes it: the project's services, Oscar's
dashboard or the Django admin. Each receiver only notes the change in the outbox (search.services), inside the
saving transaction; bulk writes, which send no signals, call the service themselves.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from oscar.core.loading import get_model

from artisans.models import Artisan, DesignDeposit
from search.services import search_index_enqueue, search_index_enqueue_artisans, search_index_enqueue_deposits

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
