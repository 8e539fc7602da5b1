"""Starting shipping zones, priced by weight (the authority changes them in the dashboard: Shipping > methods).

The charges are this project's starting assumptions, in whole 10-baisa steps, not a carrier's published tariff.
"""

from decimal import Decimal

from django.db import migrations

GCC = ["AE", "SA", "KW", "QA", "BH"]
ZONES = [
    # name, description, countries (None: every country without a zone of its own), [(upper kg, charge OMR)]
    ("Oman · داخل عُمان", "Delivered in 2 to 4 working days.", ["OM"],
     [("1", "1.500"), ("5", "3.000"), ("20", "6.000")]),
    ("GCC · دول الخليج", "Delivered in 4 to 7 working days.", GCC,
     [("1", "4.000"), ("5", "9.000"), ("20", "20.000")]),
    ("International · دولي", "By air, delivered in 7 to 14 working days.", None,
     [("1", "9.000"), ("5", "22.000"), ("20", "55.000")]),
    ("International surface · دولي بري وبحري", "By land and sea, delivered in 4 to 8 weeks.", None,
     [("1", "6.000"), ("5", "14.000"), ("20", "35.000")]),
]
# Codes starting with "surface" mark methods that do not fly (what dangerous goods need, checkout/restrictions.py);
# GCC parcels travel by road.
CODES = {"Oman": "oman", "GCC": "surface-gcc", "International": "international"}


def add_zones(apps, schema_editor):
    WeightBased = apps.get_model("shipping", "WeightBased")
    WeightBand = apps.get_model("shipping", "WeightBand")
    Country = apps.get_model("address", "Country")
    for name, description, countries, bands in ZONES:
        if WeightBased.objects.filter(name=name).exists():
            continue
        code = "surface-international" if "surface" in name else CODES[name.split(" ")[0]]
        method = WeightBased.objects.create(name=name, code=code, description=description)
        if countries:
            method.countries.set(Country.objects.filter(iso_3166_1_a2__in=countries))
        for upper, charge in bands:
            WeightBand.objects.create(method=method, upper_limit=Decimal(upper), charge=Decimal(charge))


class Migration(migrations.Migration):
    dependencies = [("checkout", "0001_shipping_countries"), ("shipping", "0003_auto_20181115_1953")]
    operations = [migrations.RunPython(add_zones, migrations.RunPython.noop)]
