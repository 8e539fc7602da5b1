"""A small registry, marketplace and search history built by hand, whose every figure can be counted directly."""

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django.utils import timezone

from artisans.models import Artisan
from catalogue.models import Product
from insights.activity_generator import OrderLine, paid_order_create
from ledger.models import PayoutAccount
from ledger.services import ledger_record_refund
from search.models import SearchQueryRecord
from tests.factories import UserFactory, make_artisan, make_manager, make_product

VALID_OMAN_IBAN = "OM810180000001299123456"


@dataclass
class Marketplace:
    potter: Artisan  # Bahla, a woman born 1990, full time
    silversmith: Artisan  # Nizwa, a man born 1950, part time, has bank details and a manager
    incense_maker: Artisan  # Salalah, a woman born 2005
    outlet: Artisan  # Muscat, an outlet waiting for verification
    unknown: Artisan  # Khasab, gender and birth year not recorded, rejected
    jar: Product
    dagger: Product
    bracelet: Product
    orders: dict
    manager_email: str


def grant(user, *codenames: str):
    for codename in codenames:
        app_label, code = codename.split(".")
        user.user_permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=code))
    return type(user).objects.get(pk=user.pk)  # a fresh instance: permissions are cached on the old one


@pytest.fixture
def marketplace(db) -> Marketplace:
    potter = make_artisan(
        name_en="Aisha bint Said Al Hinai",
        name_ar="عائشة بنت سعيد الهنائية",
        wilayat_slug="bahla",
        crafts=("pottery",),
        gender=Artisan.Gender.FEMALE,
        birth_year=1990,
        full_time=True,
    )
    silversmith = make_artisan(
        name_en="Salim bin Ali Al Riyami",
        name_ar="سالم بن علي الريامي",
        wilayat_slug="nizwa",
        crafts=("silverwork", "khanjars"),
        gender=Artisan.Gender.MALE,
        birth_year=1950,
        full_time=False,
    )
    incense_maker = make_artisan(
        name_en="Maryam bint Ahmed Al Mahri",
        name_ar="مريم بنت أحمد المهرية",
        wilayat_slug="salalah",
        crafts=("incense_cosmetics",),
        gender=Artisan.Gender.FEMALE,
        birth_year=2005,
        full_time=True,
    )
    outlet = make_artisan(
        name_en="Muscat Artisan House",
        name_ar="بيت الحرفيين بمسقط",
        wilayat_slug="mutrah",
        crafts=("pottery",),
        seller_type=Artisan.SellerType.OUTLET,
        gender="",
        birth_year=None,
        verification=Artisan.Verification.PENDING,
    )
    unknown = make_artisan(
        name_en='=HYPERLINK("http://evil.example")',
        name_ar="مجهول",
        wilayat_slug="khasab",
        crafts=("palm_frond",),
        gender="",
        birth_year=None,
        verification=Artisan.Verification.REJECTED,
    )
    manager = make_manager(silversmith, email="salim.riyami@example.com")
    PayoutAccount.objects.create(
        artisan=silversmith, account_holder="Salim Al Riyami", bank="Bank Muscat", iban=VALID_OMAN_IBAN
    )

    jar = make_product(artisan=potter, price="10.000")
    dagger = make_product(artisan=silversmith, craft_code="khanjars", price="30.500", title_en="Nizwa khanjar")
    bracelet = make_product(artisan=silversmith, craft_code="silverwork", price="8.000", title_en="Bracelet")
    waiting = make_product(artisan=silversmith, craft_code="silverwork", is_public=False)
    Product.objects.filter(pk=waiting.pk).update(moderation_status=Product.Moderation.PENDING)
    refused = make_product(artisan=incense_maker, craft_code="incense_cosmetics", is_public=False)
    Product.objects.filter(pk=refused.pk).update(moderation_status=Product.Moderation.REJECTED)
    make_product(artisan=outlet, price="5.000")  # approved, but its outlet is not verified: not on sale
    withdrawn = make_product(artisan=potter, is_public=False)  # approved once, then taken off sale
    assert withdrawn.moderation_status == Product.Moderation.APPROVED

    now = timezone.now()
    buyer_with_account = UserFactory(email="yusuf@example.com")
    orders = {
        # This month, in Oman, a guest: two jars.
        "home": paid_order_create(
            number="T-1",
            buyer_email="fatma@example.com",
            country_code="OM",
            lines=[OrderLine(jar, 2, Decimal("10.000"))],
            placed_at=now - timedelta(hours=1),
        ),
        # This month, to the Emirates, an account: a dagger and a jar; the dagger is partly refunded below.
        "gulf": paid_order_create(
            number="T-2",
            buyer_email="",
            user=buyer_with_account,
            country_code="AE",
            lines=[OrderLine(dagger, 1, Decimal("30.500")), OrderLine(jar, 1, Decimal("10.000"))],
            placed_at=now - timedelta(hours=2),
        ),
        # More than a year ago, to Britain, the same guest as the first: a bracelet.
        "old": paid_order_create(
            number="T-3",
            buyer_email="fatma@example.com",
            country_code="GB",
            lines=[OrderLine(bracelet, 1, Decimal("8.000"))],
            placed_at=now - timedelta(days=400),
        ),
    }
    dagger_line = orders["gulf"].lines.get(product=dagger)
    ledger_record_refund(order=orders["gulf"], line=dagger_line, amount=Decimal("5.500"), key="test-refund")

    for query, normalised, language, results, days_ago in (
        ("Khanjar", "khanjar", "en", 3, 1),
        ("khanjer", "khanjar", "en", 3, 2),
        ("خنجر", "خنجر", "ar", 2, 3),
        ("halwa", "halwa", "en", 0, 4),
        ("Halwa", "halwa", "en", 0, 5),
        ("بشت", "بشت", "ar", 0, 6),
        ("old search", "old search", "en", 0, 500),
    ):
        SearchQueryRecord.objects.create(
            query=query,
            normalised=normalised,
            language=language,
            result_count=results,
            created_at=now - timedelta(days=days_ago),
        )
    return Marketplace(
        potter, silversmith, incense_maker, outlet, unknown, jar, dagger, bracelet, orders, manager.email
    )


@pytest.fixture
def analyst(db):
    """Authority staff who may see the dashboard, not personal data."""
    return grant(UserFactory(is_staff=True), "insights.view_insights")


@pytest.fixture
def registry_officer(db):
    return grant(UserFactory(is_staff=True), "insights.view_insights", "insights.view_personal_data")
