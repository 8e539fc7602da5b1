"""Reads of the artisan registry that pages and other apps share."""

from django.db.models import Count, Q, QuerySet

from artisans.models import Artisan, DesignDeposit, Governorate, SellerApplication, Wilayat


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


def governorates_with_artisan_counts(*, craft) -> QuerySet:
    """The governorates where a craft is practised, each with the number of verified artisans there who practise
    it, most first."""
    here = Q(artisans__crafts=craft, artisans__verification=Artisan.Verification.VERIFIED)
    return (
        Governorate.objects.annotate(artisan_count=Count("artisans", filter=here, distinct=True))
        .filter(artisan_count__gt=0)
        .order_by("-artisan_count", "pk")
    )


def artisans_of_governorate(governorate: Governorate) -> QuerySet:
    return public_artisans().filter(governorate=governorate).order_by("registry_number")


def artisan_for_listings(user, *, registry_number: str) -> Artisan | None:
    """The artisan whose listings this user may manage: one they manage, or any artisan for authority staff who
    list on artisans' behalf."""
    if user.is_authenticated and user.has_perm("moderation.list_for_artisans"):
        return (
            Artisan.objects.select_related("governorate", "wilayat", "partner")
            .filter(registry_number=registry_number.upper())
            .first()
        )
    return artisan_managed_by(user, registry_number=registry_number)


def seller_applications_of(user) -> QuerySet:
    from artisans.models import SellerApplication

    if not user.is_authenticated:
        return SellerApplication.objects.none()
    return SellerApplication.objects.filter(user=user).select_related("wilayat", "governorate").order_by("-created_at")


def applications_to_verify() -> QuerySet:
    from artisans.models import SellerApplication

    # A request made with a new account waits until its owner has opened the activation link in its e-mail
    # (marketplace/registration.py): until then nobody has shown the address is theirs.
    return (
        SellerApplication.objects.filter(status=SellerApplication.Status.PENDING, user__is_active=True)
        .select_related("user", "governorate", "wilayat")
        .order_by("created_at", "pk")
    )


def registry_match(application) -> dict:
    """What the registry says about the number an applicant gave, for the authority to compare: the record (if
    any), whether it already has an account, and whether the names and wilayat agree."""
    from search.analysis import index_terms

    record = (
        Artisan.objects.select_related("governorate", "wilayat")
        .prefetch_related("partner__users")
        .filter(registry_number=application.registry_number)
        .first()
    )
    if record is None:
        return {"record": None}

    def same(a: str, b: str) -> bool | None:
        if not a or not b:
            return None
        return sorted(index_terms(a).split()) == sorted(index_terms(b).split())

    managers = [user for user in record.partner.users.all() if user.pk != application.user_id]
    return {
        "record": record,
        "managers": managers,
        "name_ar_matches": same(application.name_ar, record.name_ar),
        "name_en_matches": same(application.name_en, record.name_en),
        "wilayat_matches": application.wilayat_id == record.wilayat_id,
        # With managers, approving needs one of them to agree or a call to the registry's number that confirmed it.
        "needs_managers_or_call": bool(managers),
        "may_be_approved": application_may_be_approved(application, managers),
        "numbers_on_file": numbers_on_file(record.registry_number, exclude=application),
    }


def application_may_be_approved(application, managers) -> bool:
    """An artisan who has managers takes a new one only with the agreement of one of them (still a manager), or after
    the authority's call to the registry's phone number confirmed the request. Names and a wilayat that match the
    registry prove nothing: the public artisan page shows them."""
    if not managers:
        return True
    agreed = application.managers_answer == SellerApplication.ManagersAnswer.ACCEPTED and any(
        manager.pk == application.managers_answered_by_id for manager in managers
    )
    return agreed or application.call_outcome == SellerApplication.CallOutcome.CONFIRMED


def numbers_on_file(registry_number: str, *, exclude=None) -> list[str]:
    """The phone numbers given in this artisan's approved requests to join (checked by the authority then), newest
    first: numbers to call, besides the national registry's own."""
    from artisans.models import SellerApplication

    approved = SellerApplication.objects.filter(
        registry_number=registry_number, status=SellerApplication.Status.APPROVED
    ).order_by("-decided_at", "-pk")
    if exclude is not None:
        approved = approved.exclude(pk=exclude.pk)
    numbers = []
    for phone in approved.values_list("phone", flat=True)[:20]:
        if phone and phone not in numbers:
            numbers.append(phone)
    return numbers


def requests_to_join(artisan: Artisan) -> QuerySet:
    """Requests waiting to manage this artisan, for its current managers to answer (oldest first). A request made
    with an account not yet active is not shown: nobody has shown that its address is theirs."""
    from artisans.models import SellerApplication

    return (
        SellerApplication.objects.filter(
            registry_number=artisan.registry_number, status=SellerApplication.Status.PENDING, user__is_active=True
        )
        .exclude(user__in=artisan.partner.users.all())
        .select_related("user", "wilayat", "governorate", "managers_answered_by")
        .order_by("created_at", "pk")
    )
