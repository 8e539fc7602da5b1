"""Shipping methods in the reader's language: the dashboard keeps each method's name and delivery time in Arabic and
in English, the checkout offers them in the page's language, and an order names its method in the language of
whoever reads it later."""

import importlib
import re
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.utils import translation
from oscar.apps.partner.strategy import Default
from oscar.core.loading import get_class, get_model

from shipping.selectors import order_shipping
from tests.factories import make_product

pytestmark = pytest.mark.django_db

Basket = get_model("basket", "Basket")
WeightBased = get_model("shipping", "WeightBased")
Repository = get_class("shipping.repository", "Repository")
ARABIC = re.compile(r"[\u0600-\u06FF]")
split_migration = importlib.import_module("shipping.migrations.0005_split_bilingual_names")


def methods_for(country: str, language: str):
    basket = Basket.objects.create()
    basket.strategy = Default()
    basket.add_product(make_product(weight_g=800))
    with translation.override(language):
        return Repository().get_shipping_methods(basket, shipping_addr=SimpleNamespace(country_id=country, state=""))


def test_the_starting_methods_keep_each_language_in_its_own_field():
    methods = list(WeightBased.objects.all())
    assert len(methods) == 5
    for method in methods:
        assert not ARABIC.search(method.name) and not ARABIC.search(method.description), method.name
        assert ARABIC.search(method.name_ar) and ARABIC.search(method.description_ar), method.code
    oman = WeightBased.objects.get(code="oman")
    assert (oman.name, oman.name_ar) == ("Oman", "داخل عُمان")
    assert oman.description_ar == "يصل خلال 2 إلى 4 أيام عمل."


def test_the_checkout_offers_methods_in_arabic_on_arabic_pages():
    air, surface = methods_for("GB", "ar")
    assert (air.name, surface.name) == ("دولي", "دولي بري وبحري")
    assert surface.description == "برًا وبحرًا، يصل خلال 4 إلى 8 أسابيع."


def test_the_checkout_offers_methods_in_english_on_english_pages():
    (oman,) = methods_for("OM", "en")
    assert (oman.name, oman.description) == ("Oman", "Delivered in 2 to 4 working days.")
    assert oman.code == "oman" and oman.calculate is not None


def test_a_method_with_only_an_english_name_is_offered_in_english_on_arabic_pages():
    WeightBased.objects.filter(code="oman").update(name_ar="", description_ar="")
    (oman,) = methods_for("OM", "ar")
    assert (oman.name, oman.description) == ("Oman", "Delivered in 2 to 4 working days.")


def test_an_order_placed_in_english_names_its_method_in_arabic_for_an_arabic_reader():
    order = SimpleNamespace(shipping_code="surface-gcc", shipping_method="GCC")
    shipping = order_shipping(order, language="ar")
    assert (shipping.name, shipping.delivery_time) == ("دول الخليج", "يصل خلال 4 إلى 7 أيام عمل.")


def test_an_order_whose_method_was_deleted_keeps_the_name_it_recorded():
    order = SimpleNamespace(shipping_code="gone", shipping_method="Camel caravan")
    assert order_shipping(order, language="ar").name == "Camel caravan"
    assert order_shipping(order, language="ar").delivery_time == ""


def test_a_bilingual_name_made_in_the_dashboard_is_split_by_script():
    method = WeightBased.objects.create(
        name="Muscat next day · مسقط في اليوم التالي", code="muscat-next-day", description="Next working day."
    )
    split_migration.split_names(apps, None)
    method.refresh_from_db()
    assert (method.name, method.name_ar) == ("Muscat next day", "مسقط في اليوم التالي")
    assert (method.description, method.description_ar) == ("Next working day.", "")


def test_a_split_name_that_would_clash_with_another_method_keeps_its_english_whole():
    method = WeightBased.objects.create(name="Oman · عُمان السريع", code="oman-fast")
    split_migration.split_names(apps, None)
    method.refresh_from_db()
    assert (method.name, method.name_ar) == ("Oman · عُمان السريع", "عُمان السريع")
