"""The artisans' register for the authority's staff: who is counted in a figure, by name (selectors).

Anyone with the dashboard sees names, places, crafts and verification, which the public artisan pages show anyway.
Personal data (birth year, gender, the managing accounts' e-mail addresses, the phone given when joining, and the
bank details, masked) is loaded and shown only for staff with `insights.view_personal_data`; filtering by gender or
age would reveal them as well, so those filters exist only for them too.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone

from artisans.models import Artisan, SellerApplication
from insights.dashboard.registry import age_band_range
from ledger.selectors import iban_masked

PERSONAL_DATA_PERMISSION = "insights.view_personal_data"
DASHBOARD_PERMISSION = "insights.view_insights"

# The register's filters; the personal ones only for staff who may see personal data.
PUBLIC_FILTERS = ("governorate", "wilayat", "craft", "seller_type", "verification", "working_time")
PERSONAL_FILTERS = ("gender", "age")


def may_see_personal_data(user) -> bool:
    return bool(user.is_active and user.is_staff and user.has_perm(PERSONAL_DATA_PERMISSION))


def may_see_dashboard(user) -> bool:
    return bool(user.is_active and user.is_staff and user.has_perm(DASHBOARD_PERMISSION))


def register_artisans(filters: dict, *, personal: bool, reference_year: int | None = None) -> QuerySet:
    """The registry entries matching `filters` (cleaned values, see `RegisterFilterForm`), by registry number, with
    everything a row shows in a fixed number of queries. Personal filters are ignored unless `personal`."""
    artisans = Artisan.objects.select_related("governorate", "wilayat").prefetch_related("crafts")
    condition = Q()
    if filters.get("governorate"):
        condition &= Q(governorate__slug=filters["governorate"])
    if filters.get("wilayat"):
        condition &= Q(wilayat__slug=filters["wilayat"])
    if filters.get("craft"):
        condition &= Q(crafts__code=filters["craft"])
    if filters.get("seller_type"):
        condition &= Q(seller_type=filters["seller_type"])
    if filters.get("verification"):
        condition &= Q(verification=filters["verification"])
    if filters.get("working_time"):
        condition &= Q(seller_type=Artisan.SellerType.ARTISAN, full_time=filters["working_time"] == "full-time")
    if personal:
        condition &= _personal_condition(filters, reference_year or timezone.localdate().year)
        artisans = artisans.select_related("payout_account").prefetch_related(
            "partner__users",
            Prefetch(
                "applications",
                queryset=SellerApplication.objects.order_by("-created_at").only("artisan_id", "phone", "created_at"),
                to_attr="applications_newest_first",
            ),
        )
    return artisans.filter(condition).order_by("registry_number")


def _personal_condition(filters: dict, reference_year: int) -> Q:
    condition = Q()
    gender = filters.get("gender")
    if gender == "not-recorded":
        condition &= Q(seller_type=Artisan.SellerType.ARTISAN, gender="")
    elif gender:
        condition &= Q(seller_type=Artisan.SellerType.ARTISAN, gender=gender)
    age = filters.get("age")
    if age:
        condition &= Q(seller_type=Artisan.SellerType.ARTISAN)
        years = age_band_range(age, reference_year)
        condition &= Q(birth_year__range=years) if years else Q(birth_year__isnull=True)
    return condition


@dataclass(frozen=True)
class PersonalData:
    """An artisan's personal data as the register shows it: the IBAN masked, never in full."""

    gender: str
    birth_year: int | None
    emails: tuple[str, ...]
    phone: str
    bank: str
    iban: str


def personal_data_of(artisan: Artisan) -> PersonalData:
    """From what `register_artisans(personal=True)` prefetched: no query."""
    account = getattr(artisan, "payout_account", None)
    users = artisan.partner.users.all() if artisan.partner_id else ()
    applications = getattr(artisan, "applications_newest_first", ())
    return PersonalData(
        gender=artisan.get_gender_display() if artisan.gender else "",
        birth_year=artisan.birth_year,
        emails=tuple(sorted(user.email for user in users if user.email)),
        phone=applications[0].phone if applications else "",
        bank=account.bank if account else "",
        iban=iban_masked(account.iban) if account else "",
    )
