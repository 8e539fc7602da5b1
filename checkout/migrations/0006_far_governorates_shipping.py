"""A starting domestic method for the governorates far from the capital's distribution centres: Dhofar (Salalah is a
1,000 km road trip), Al Wusta and Musandam (reached through the UAE or by sea). The rest of Oman keeps the "Oman"
method. The charges are this project's starting assumptions, in whole 10-baisa steps; the authority changes them, and
the governorates each method serves, in the dashboard (Shipping > methods)."""

from decimal import Decimal

from django.db import migrations

NAME = "Oman · Dhofar, Al Wusta, Musandam · ظفار والوسطى ومسندم"
BANDS = [("1", "2.500"), ("5", "5.000"), ("20", "10.000")]
GOVERNORATES = ["dhofar", "al_wusta", "musandam"]


def add_far_governorates_method(apps, schema_editor):
    WeightBased = apps.get_model("shipping", "WeightBased")
    WeightBand = apps.get_model("shipping", "WeightBand")
    Country = apps.get_model("address", "Country")
    Governorate = apps.get_model("artisans", "Governorate")
    DomesticShippingArea = apps.get_model("checkout", "DomesticShippingArea")
    if WeightBased.objects.filter(code="oman-far").exists():
        return
    method = WeightBased.objects.create(
        name=NAME, code="oman-far", description="Delivered in 3 to 6 working days."
    )
    method.countries.set(Country.objects.filter(iso_3166_1_a2="OM"))
    for upper, charge in BANDS:
        WeightBand.objects.create(method=method, upper_limit=Decimal(upper), charge=Decimal(charge))
    area = DomesticShippingArea.objects.create(method=method)
    area.governorates.set(Governorate.objects.filter(slug__in=GOVERNORATES))


class Migration(migrations.Migration):
    dependencies = [("checkout", "0005_domestic_shipping_areas")]
    operations = [migrations.RunPython(add_far_governorates_method, migrations.RunPython.noop)]
