"""Writes to the catalogue. Forms, the import, the demo and the dashboard all create and change products here,
so every product gets the same invariants: one artisan, one craft, a title in at least one language, a SKU, and
a price in whole 10-baisa steps held in the artisan's stock record."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from artisans.models import Artisan, DesignDeposit
from artisans.services import (
    BULK_BATCH,
    UpsertCounts,
    artisan_ids_by_registry_number,
    chunked,
    deposit_ids_by_number,
)
from catalogue.photos import warm_thumbnails_later
from marketplace.forms import refuse_line_breaks_and_bidi_controls
from marketplace.images import sanitized_upload
from marketplace.money import CURRENCY, MoneyError, parse_listing_price, to_oscar_amount
from marketplace.page_cache import invalidate_pages
from search.services import search_index_enqueue

Category = get_model("catalogue", "Category")
Product = get_model("catalogue", "Product")
ProductClass = get_model("catalogue", "ProductClass")
ProductImage = get_model("catalogue", "ProductImage")
StockRecord = get_model("partner", "StockRecord")

CRAFT_PIECE_CLASS_SLUG = "craft-piece"
MAX_STOCK = 100_000


def product_slug(*, title_en: str, title_ar: str) -> str:
    """Latin slugs when there is an English title (they read well everywhere), else an Arabic one."""
    return (slugify(title_en or title_ar, allow_unicode=True)[:200].strip("-")) or "piece"


def craft_piece_class():
    """The product class every craft piece uses: shipped, stock tracked. Created by a migration."""
    return ProductClass.objects.get(slug=CRAFT_PIECE_CLASS_SLUG)


@dataclass(frozen=True)
class ListingText:
    title_en: str = ""
    title_ar: str = ""
    description_en: str = ""
    description_ar: str = ""

    def clean(self) -> ListingText:
        cleaned = ListingText(
            *(value.strip() for value in (self.title_en, self.title_ar, self.description_en, self.description_ar))
        )
        if not (cleaned.title_en or cleaned.title_ar):
            raise ValidationError(_("Give the product a title in Arabic or in English."), code="no_title")
        refuse_line_breaks_and_bidi_controls(cleaned.title_en)
        refuse_line_breaks_and_bidi_controls(cleaned.title_ar)
        return cleaned


def _check_price(price: Decimal | str) -> Decimal:
    try:
        return to_oscar_amount(parse_listing_price(price))
    except MoneyError as error:
        raise ValidationError(error.message, code="price") from None


def _check_stock(stock: int) -> int:
    if isinstance(stock, bool) or not isinstance(stock, int) or not 0 <= stock <= MAX_STOCK:
        raise ValidationError(_("Stock must be a whole number from 0 to %(max)s.") % {"max": MAX_STOCK}, code="stock")
    return stock


BLADED_CRAFT = "khanjars"


@transaction.atomic
def product_create(
    *,
    artisan: Artisan,
    craft,
    sku: str,
    text: ListingText,
    price: Decimal | str,
    stock: int,
    weight_g: int,
    materials=(),
    design_deposit: DesignDeposit | None = None,
    is_public: bool = True,
    is_dangerous_goods: bool = False,
):
    """List a new piece for an artisan: the product, and its stock record under the artisan's seller account.
    Khanjars are flagged as bladed items; perfume oils and the like are flagged by whoever lists them."""
    text = text.clean()
    price = _check_price(price)
    product = Product.objects.create(
        artisan=artisan,
        craft=craft,
        upc=sku,
        product_class=craft_piece_class(),
        title=text.title_en,
        title_ar=text.title_ar,
        description=text.description_en,
        description_ar=text.description_ar,
        slug=product_slug(title_en=text.title_en, title_ar=text.title_ar),
        weight_g=weight_g,
        design_deposit=design_deposit,
        is_public=is_public,
        is_bladed=craft.code == BLADED_CRAFT,
        is_dangerous_goods=is_dangerous_goods,
    )
    product.materials.set(materials)
    StockRecord.objects.create(
        product=product,
        partner=artisan.partner,
        partner_sku=sku,
        price=price,
        price_currency=CURRENCY,
        num_in_stock=_check_stock(stock),
    )
    return product


@transaction.atomic
def product_update_listing(
    *,
    product,
    text: ListingText,
    craft,
    weight_g: int,
    materials,
    design_deposit: DesignDeposit | None,
):
    """Change what a listing says and is (not its price or stock, see `product_set_price_and_stock`)."""
    text = text.clean()
    product.title, product.title_ar = text.title_en, text.title_ar
    product.description, product.description_ar = text.description_en, text.description_ar
    product.slug = product_slug(title_en=text.title_en, title_ar=text.title_ar)
    product.craft = craft
    product.weight_g = weight_g
    product.design_deposit = design_deposit
    product.save()
    product.materials.set(materials)
    return product


@transaction.atomic
def product_set_price_and_stock(*, product, price: Decimal | str, stock: int) -> None:
    """Set the price (whole 10-baisa steps, refused otherwise) and the number in stock, under a row lock."""
    price = _check_price(price)
    stock = _check_stock(stock)
    stockrecord = StockRecord.objects.select_for_update().get(product=product, partner=product.artisan.partner)
    stockrecord.price = price
    stockrecord.num_in_stock = stock
    stockrecord.save(update_fields=["price", "num_in_stock", "date_updated"])


@transaction.atomic
def product_save_listing(
    *,
    product,
    text: ListingText,
    craft,
    weight_g: int,
    materials,
    design_deposit: DesignDeposit | None,
    price: Decimal | str,
    stock: int,
):
    """Save an edited listing, its price and its stock together: all of it or none of it."""
    product_update_listing(
        product=product,
        text=text,
        craft=craft,
        weight_g=weight_g,
        materials=materials,
        design_deposit=design_deposit,
    )
    product_set_price_and_stock(product=product, price=price, stock=stock)
    return product


# --- Bulk upsert for the catalogue import --------------------------------------------------------------------


@dataclass(frozen=True)
class ProductRecord:
    sku: str
    artisan_registry_number: str
    craft_id: int
    title_en: str
    title_ar: str
    description_en: str
    description_ar: str
    material_ids: frozenset
    price: Decimal
    stock: int
    weight_g: int
    deposit_number: str | None


PRODUCT_RECORD_FIELDS = (
    "artisan_id",
    "craft_id",
    "title",
    "title_ar",
    "description",
    "description_ar",
    "slug",
    "weight_g",
    "design_deposit_id",
    "is_bladed",
)


def products_bulk_upsert(records: list[ProductRecord]) -> UpsertCounts:
    """Create or update products (with their stock records and materials) matched by SKU. Prices must already be
    valid listing prices; the import checks them before calling this."""
    counts = UpsertCounts()
    artisans = artisan_ids_by_registry_number(r.artisan_registry_number for r in records)
    deposits = deposit_ids_by_number(r.deposit_number for r in records if r.deposit_number)
    product_class = craft_piece_class()
    MaterialLink = Product.materials.through
    bladed_craft_id = Category.objects.filter(code=BLADED_CRAFT).values_list("id", flat=True).first()

    existing: dict[str, Product] = {}
    for chunk in chunked(r.sku for r in records):
        existing.update((p.upc, p) for p in Product.objects.filter(upc__in=chunk))
    existing_ids = [p.id for p in existing.values()]
    stockrecords: dict[int, StockRecord] = {}
    current_materials: dict[int, set[int]] = {pk: set() for pk in existing_ids}
    for chunk in chunked(existing_ids):
        stockrecords.update((s.product_id, s) for s in StockRecord.objects.filter(product_id__in=chunk))
        for product_id, material_id in MaterialLink.objects.filter(product_id__in=chunk).values_list(
            "product_id", "material_id"
        ):
            current_materials[product_id].add(material_id)

    now = timezone.now()
    new_records, changed_products, changed_stock = [], [], []
    links_to_add, links_to_remove = [], []
    for record in records:
        artisan_id, partner_id = artisans[record.artisan_registry_number]
        values = {
            "artisan_id": artisan_id,
            "craft_id": record.craft_id,
            "title": record.title_en,
            "title_ar": record.title_ar,
            "description": record.description_en,
            "description_ar": record.description_ar,
            "slug": product_slug(title_en=record.title_en, title_ar=record.title_ar),
            "weight_g": record.weight_g,
            "design_deposit_id": deposits[record.deposit_number] if record.deposit_number else None,
            "is_bladed": record.craft_id == bladed_craft_id,
        }
        product = existing.get(record.sku)
        if product is None:
            new_records.append((record, values, partner_id))
            continue
        stockrecord = stockrecords.get(product.id)
        product_changed = any(getattr(product, name) != value for name, value in values.items())
        stock_values = {"partner_id": partner_id, "price": to_oscar_amount(record.price), "num_in_stock": record.stock}
        stock_changed = stockrecord is None or any(getattr(stockrecord, n) != v for n, v in stock_values.items())
        materials_before = current_materials[product.id]
        if not (product_changed or stock_changed or materials_before != record.material_ids):
            counts.unchanged += 1
            continue
        counts.updated += 1
        if product_changed:
            for name, value in values.items():
                setattr(product, name, value)
            product.date_updated = now
            changed_products.append(product)
        if stockrecord is None:
            StockRecord.objects.create(product=product, partner_sku=record.sku, price_currency=CURRENCY, **stock_values)
        elif stock_changed:
            for name, value in stock_values.items():
                setattr(stockrecord, name, value)
            stockrecord.date_updated = now
            changed_stock.append(stockrecord)
        links_to_add += [
            MaterialLink(product_id=product.id, material_id=m) for m in record.material_ids - materials_before
        ]
        links_to_remove += [(product.id, m) for m in materials_before - record.material_ids]

    Product.objects.bulk_update(changed_products, [*PRODUCT_RECORD_FIELDS, "date_updated"], batch_size=BULK_BATCH)
    StockRecord.objects.bulk_update(
        changed_stock, ["partner_id", "price", "num_in_stock", "date_updated"], batch_size=BULK_BATCH
    )
    for product_id, material_id in links_to_remove:
        MaterialLink.objects.filter(product_id=product_id, material_id=material_id).delete()

    created = Product.objects.bulk_create(
        [
            Product(upc=record.sku, product_class=product_class, structure=Product.STANDALONE, is_public=True, **values)
            for record, values, _partner_id in new_records
        ],
        batch_size=BULK_BATCH,
    )
    StockRecord.objects.bulk_create(
        [
            StockRecord(
                product_id=product.pk,
                partner_id=partner_id,
                partner_sku=record.sku,
                price=to_oscar_amount(record.price),
                price_currency=CURRENCY,
                num_in_stock=record.stock,
            )
            for product, (record, _values, partner_id) in zip(created, new_records, strict=True)
        ],
        batch_size=BULK_BATCH,
    )
    for product, (record, _values, _partner_id) in zip(created, new_records, strict=True):
        links_to_add += [MaterialLink(product_id=product.pk, material_id=m) for m in record.material_ids]
    MaterialLink.objects.bulk_create(links_to_add, batch_size=BULK_BATCH)
    counts.created = len(created)
    # Bulk writes send no signals: tell the search index about every product created or changed.
    search_index_enqueue(
        product_ids=[p.pk for p in created]
        + [p.pk for p in changed_products]
        + [s.product_id for s in changed_stock]
        + [product_id for product_id, _material in links_to_remove]
        + [link.product_id for link in links_to_add]
    )
    invalidate_pages()  # nor to the page cache
    return counts


def product_add_photo(*, product, upload, caption: str = ""):
    """Add a photo to a listing: the upload is checked and re-encoded without metadata (see marketplace.images),
    placed after the existing photos, and its thumbnails are left to the worker rather than a buyer's first view."""
    clean = sanitized_upload(upload)
    position = product.images.count()
    image = ProductImage(product=product, caption=caption[:200], display_order=position)
    image.original.save(f"{product.upc or product.pk}-{position + 1}.jpg", clean, save=False)
    image.save()
    warm_thumbnails_later(image)
    return image
