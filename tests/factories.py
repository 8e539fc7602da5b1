"""Test data, made through the same services the site uses, so tests start from states the site can reach."""

from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal
from io import BytesIO

import factory
from django.core.files.uploadedfile import SimpleUploadedFile
from oscar.core.loading import get_model
from oscar.test.factories import UserFactory as OscarUserFactory
from PIL import Image

from artisans.models import Artisan, DesignDeposit, Governorate, Wilayat
from artisans.services import ArtisanData, artisan_add_manager, artisan_create, deposit_create
from catalogue.services import ListingText, product_create

Category = get_model("catalogue", "Category")
Material = get_model("catalogue", "Material")

_numbers = itertools.count(1)
PASSWORD = "a-long-test-password-1"


class UserFactory(OscarUserFactory):
    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.Sequence(lambda n: f"user{n}@example.com")
    password = factory.django.Password(PASSWORD)

    class Meta:
        skip_postgeneration_save = True


def craft(code: str = "pottery"):
    return Category.objects.get(code=code)


def wilayat(slug: str = "bahla") -> Wilayat:
    return Wilayat.objects.select_related("governorate").get(slug=slug)


def make_artisan(
    *,
    registry_number: str | None = None,
    name_en: str = "Salim bin Ali Al Hinai",
    name_ar: str = "سالم بن علي الهنائي",
    wilayat_slug: str = "bahla",
    crafts: tuple[str, ...] = ("pottery",),
    verification: str = Artisan.Verification.VERIFIED,
    managers=(),
    **extra,
) -> Artisan:
    place = wilayat(wilayat_slug)
    number = registry_number or f"TS-{place.governorate.code}-{next(_numbers):05d}"
    return artisan_create(
        data=ArtisanData(
            registry_number=number,
            name_en=name_en,
            name_ar=name_ar,
            governorate=place.governorate,
            wilayat=place,
            crafts=tuple(craft(code) for code in crafts),
            gender=extra.pop("gender", Artisan.Gender.MALE),
            birth_year=extra.pop("birth_year", 1975),
            verification=verification,
            managers=tuple(managers),
            **extra,
        )
    )


def make_deposit(*, owner: Artisan | None = None, number: str | None = None, **extra) -> DesignDeposit:
    return deposit_create(
        number=number or f"OM-CD-2020-{next(_numbers):04d}",
        title_en=extra.pop("title_en", "Incense burner with a palm-leaf band"),
        title_ar=extra.pop("title_ar", "مبخرة بحزام سعف"),
        deposited_on=extra.pop("deposited_on", date(2020, 5, 17)),
        owner_artisan=owner,
        certificate_reference=extra.pop("certificate_reference", "MOCI-IP-2020-0001"),
    )


def make_product(
    *,
    artisan: Artisan | None = None,
    craft_code: str | None = None,
    title_en: str = "Bahla clay incense burner",
    title_ar: str = "مبخرة فخارية من بهلاء",
    description_en: str = "Shaped by hand from Bahla clay.",
    description_ar: str = "مشكلة يدويا من طين بهلاء.",
    price: str | Decimal = "12.340",
    stock: int = 5,
    weight_g: int = 800,
    sku: str | None = None,
    materials: tuple[str, ...] = ("clay",),
    design_deposit: DesignDeposit | None = None,
    is_public: bool = True,
):
    artisan = artisan or make_artisan()
    code = craft_code or artisan.crafts.first().code
    return product_create(
        artisan=artisan,
        craft=craft(code),
        sku=sku or f"TS-{code[:3].upper()}-{next(_numbers):05d}",
        text=ListingText(title_en, title_ar, description_en, description_ar),
        price=price,
        stock=stock,
        weight_g=weight_g,
        materials=Material.objects.filter(slug__in=materials),
        design_deposit=design_deposit,
        is_public=is_public,
    )


def make_manager(artisan: Artisan, **user_fields):
    user = UserFactory(**user_fields)
    artisan_add_manager(artisan=artisan, user=user)
    return user


def make_staff(*groups: str, **user_fields):
    """A staff account in the named groups (the roles `migrate` installs, e.g. payments.roles.FINANCE_GROUP)."""
    from django.contrib.auth.models import Group

    user = UserFactory(is_staff=True, **user_fields)
    found = list(Group.objects.filter(name__in=groups))
    assert len(found) == len(groups), f"no such group among {groups}"
    user.groups.add(*found)
    return user


def image_upload(
    name: str = "photo.jpg", *, size=(64, 48), image_format: str = "JPEG", color=(180, 90, 40), exif=None
) -> SimpleUploadedFile:
    buffer = BytesIO()
    options = {"exif": exif} if exif is not None else {}
    Image.new("RGB", size, color).save(buffer, format=image_format, **options)
    content_type = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp", "GIF": "image/gif"}[image_format]
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=content_type)


def governorate(slug: str) -> Governorate:
    return Governorate.objects.get(slug=slug)
