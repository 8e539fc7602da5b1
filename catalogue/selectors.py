"""Reads of the catalogue that pages share. Each returns a queryset prepared so that rendering a page of products
runs the same small number of queries whatever the number of products on it."""

from decimal import Decimal

from django.db.models import Count, Exists, Max, Min, OuterRef, Q, QuerySet
from oscar.core.loading import get_model

from artisans.models import Artisan

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")
Material = get_model("catalogue", "Material")

CARD_RELATIONS = (
    "artisan",
    "artisan__governorate",
    "artisan__wilayat",
    "craft",
    "product_class",
    "design_deposit",
)


def browsable_products() -> QuerySet:
    """Products a buyer may see: public, stand-alone or parent, made by an artisan the authority has verified."""
    return Product.objects.filter(
        is_public=True,
        structure__in=[Product.STANDALONE, Product.PARENT],
        artisan__verification=Artisan.Verification.VERIFIED,
    )


def with_card_relations(products: QuerySet) -> QuerySet:
    """Everything a product card shows (artisan, region, craft, price, stock, photo) in a fixed number of queries."""
    return products.select_related(*CARD_RELATIONS).prefetch_related("stockrecords", "images")


ORDERINGS = {
    "newest": ("-date_created", "-pk"),
    "price-asc": ("min_price", "-pk"),
    "price-desc": ("-min_price", "-pk"),
}


def browse_products(
    products: QuerySet,
    *,
    q: str = "",
    craft: str = "",
    governorate: str = "",
    deposit: bool = False,
    sort: str = "newest",
) -> QuerySet:
    """Products narrowed by the listing's filters and ordered, ready to be shown as cards."""
    if craft:
        products = products.filter(craft__code=craft)
    if governorate:
        products = products.filter(artisan__governorate__slug=governorate)
    if deposit:
        products = products.filter(design_deposit__isnull=False)
    if q:
        products = products.filter(matching_text(q))
    if sort.startswith("price"):
        products = products.annotate(min_price=Min("stockrecords__price"))
    return with_card_relations(products.order_by(*ORDERINGS.get(sort, ORDERINGS["newest"])))


def matching_text(text: str) -> Q:
    """A plain database match on titles, SKU, artisan and craft names (the search issue moves search onto
    Elasticsearch, with Arabic normalisation and typo tolerance)."""
    query = Q()
    for word in text.split()[:8]:
        query &= (
            Q(title__icontains=word)
            | Q(title_ar__icontains=word)
            | Q(upc__iexact=word)
            | Q(artisan__name_en__icontains=word)
            | Q(artisan__name_ar__icontains=word)
            | Q(craft__name__icontains=word)
            | Q(craft__name_ar__icontains=word)
        )
    return query


def product_detail_queryset() -> QuerySet:
    """Products with everything their page shows; visibility is decided by `product_is_browsable`."""
    return with_card_relations(Product.objects.all()).prefetch_related("materials")


def product_is_browsable(product) -> bool:
    if product.is_child:
        return product.parent.is_public and product_is_browsable(product.parent)
    return product.is_public and product.artisan.verification == Artisan.Verification.VERIFIED


def newest_piece_of_each_craft() -> QuerySet:
    """The newest browsable piece of every craft (one query), so a front page shows the range of crafts."""
    newest_ids = browsable_products().values("craft").annotate(newest=Max("pk")).values("newest")
    return browsable_products().filter(pk__in=newest_ids).order_by("craft__path")


def crafts() -> QuerySet:
    """The crafts: Oscar's root categories, each with its craft slug in `code`."""
    return Category.objects.filter(depth=1, is_public=True).order_by("path")


def crafts_with_product_counts() -> QuerySet:
    visible = Q(
        craft_products__is_public=True,
        craft_products__artisan__verification=Artisan.Verification.VERIFIED,
    )
    return crafts().annotate(product_count=Count("craft_products", filter=visible))


def craft_by_code(code: str):
    return crafts().filter(code=code).first()


def products_of_artisan(artisan: Artisan) -> QuerySet:
    return browsable_products().filter(artisan=artisan)


def products_made_to_deposit(deposit) -> QuerySet:
    return browsable_products().filter(design_deposit=deposit)


def products_managed_by(user) -> QuerySet:
    """Every product (public or not) of the artisans this user manages; empty for anyone else."""
    if not user.is_authenticated:
        return Product.objects.none()
    return Product.objects.filter(artisan__partner__users=user)


def browsable_products_by_id(product_ids) -> dict:
    """The browsable products among these ids, as cards keyed by id, in a fixed number of queries. Ids of products
    that were deleted or withdrawn are simply absent, so content that names them can say so instead of failing."""
    ids = {int(pk) for pk in product_ids if pk}
    if not ids:
        return {}
    return {p.pk: p for p in with_card_relations(browsable_products().filter(pk__in=ids))}


def products_of_craft(craft) -> QuerySet:
    """The browsable pieces of a craft, newest first, as cards."""
    return with_card_relations(browsable_products().filter(craft=craft).order_by(*ORDERINGS["newest"]))


def products_matching_rule(
    *,
    craft=None,
    governorate=None,
    material: str = "",
    min_price: Decimal | None = None,
    max_price: Decimal | None = None,
    deposits_only: bool = False,
) -> QuerySet:
    """Browsable pieces matching an editor's rule (a curated collection), newest first, as cards. Each criterion
    left empty does not narrow; the price is the current price of a piece's stock records (in OMR)."""
    products = browsable_products()
    if craft is not None:
        products = products.filter(craft=craft)
    if governorate is not None:
        products = products.filter(artisan__governorate=governorate)
    if deposits_only:
        products = products.filter(design_deposit__isnull=False)
    if material.strip():
        word = material.strip()
        products = products.filter(
            Exists(
                Material.objects.filter(
                    Q(name_en__icontains=word) | Q(name_ar__icontains=word) | Q(slug__iexact=word),
                    products=OuterRef("pk"),
                )
            )
        )
    if min_price is not None or max_price is not None:
        products = products.annotate(current_price=Min("stockrecords__price"))
        if min_price is not None:
            products = products.filter(current_price__gte=min_price)
        if max_price is not None:
            products = products.filter(current_price__lte=max_price)
    return with_card_relations(products.order_by(*ORDERINGS["newest"]))


def crafts_with_artisan_counts(*, governorate) -> QuerySet:
    """The crafts practised in a governorate, each with the number of verified artisans there who practise it."""
    here = Q(artisans__governorate=governorate, artisans__verification=Artisan.Verification.VERIFIED)
    return (
        crafts()
        .annotate(artisan_count=Count("artisans", filter=here, distinct=True))
        .filter(artisan_count__gt=0)
        .order_by("-artisan_count", "path")
    )
