"""Reads of the artisan registry that pages and other apps share."""

from django.db.models import Count, Q, QuerySet

from artisans.models import Artisan, DesignDeposit, Governorate, Wilayat


def public_artisans() -> QuerySet:
    """Artisans and outlets shown to buyers: those the authority has verified."""
    return Artisan.objects.filter(verification=Artisan.Verification.VERIFIED).select_related("governorate", "wilayat")


def artisan_for_public_page(*, registry_number: str) -> Artisan | None:
    return public_artisans().filter(registry_number=registry_number.upper()).prefetch_related("crafts").first()


def featured_artisans(*, limit: int) -> list[Artisan]:
    """Verified artisans with the most pieces on sale and a photo or a bio to show."""
    visible = Q(products__is_public=True)
    return list(
        public_artisans()
        .annotate(product_count=Count("products", filter=visible))
        .filter(product_count__gt=0)
        .exclude(bio_en="", bio_ar="")
        .order_by("-product_count", "registry_number")[:limit]
    )


def artisans_managed_by(user) -> QuerySet:
    """The artisans and outlets whose seller account this user manages (Oscar's Partner.users)."""
    if not user.is_authenticated:
        return Artisan.objects.none()
    return Artisan.objects.filter(partner__users=user).select_related("governorate", "wilayat")


def artisan_managed_by(user, *, registry_number: str) -> Artisan | None:
    """The artisan with this registry number if, and only if, this user manages it."""
    return artisans_managed_by(user).filter(registry_number=registry_number.upper()).first()


def deposits_with_products() -> QuerySet:
    return DesignDeposit.objects.select_related("owner_artisan").annotate(
        product_count=Count(
            "products",
            filter=Q(products__is_public=True, products__artisan__verification=Artisan.Verification.VERIFIED),
        )
    )


def deposits_usable_by(artisan: Artisan) -> QuerySet:
    """The design deposits an artisan may name on a listing: their own and the authority's."""
    return DesignDeposit.objects.filter(Q(owner_artisan=artisan) | Q(owner_artisan__isnull=True))


def deposit_by_number(number: str) -> DesignDeposit | None:
    return DesignDeposit.objects.select_related("owner_artisan").filter(number=number.upper()).first()


def governorates() -> QuerySet:
    return Governorate.objects.all()


def wilayats() -> QuerySet:
    return Wilayat.objects.select_related("governorate")


def public_artisans_by_id(artisan_ids) -> dict[int, Artisan]:
    """The verified artisans among these ids, keyed by id, in one query; the others are absent."""
    ids = {int(pk) for pk in artisan_ids if pk}
    if not ids:
        return {}
    return {a.pk: a for a in public_artisans().filter(pk__in=ids)}


def artisans_of_governorate(governorate: Governorate) -> QuerySet:
    return public_artisans().filter(governorate=governorate).order_by("registry_number")
