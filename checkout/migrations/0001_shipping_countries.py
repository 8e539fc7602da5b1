"""The countries the marketplace ships to: Oman first, the GCC, then the main export destinations. Oscar's checkout
offers only countries marked `is_shipping_country`; the authority can add more in the dashboard."""

from django.db import migrations

# (alpha-2, alpha-3, numeric, English name, display order: higher first)
COUNTRIES = [
    ("OM", "OMN", "512", "Oman", 100),
    ("AE", "ARE", "784", "United Arab Emirates", 90),
    ("SA", "SAU", "682", "Saudi Arabia", 90),
    ("KW", "KWT", "414", "Kuwait", 90),
    ("QA", "QAT", "634", "Qatar", 90),
    ("BH", "BHR", "048", "Bahrain", 90),
    ("GB", "GBR", "826", "United Kingdom", 50),
    ("US", "USA", "840", "United States", 50),
    ("DE", "DEU", "276", "Germany", 50),
    ("FR", "FRA", "250", "France", 50),
    ("NL", "NLD", "528", "Netherlands", 50),
    ("IN", "IND", "356", "India", 50),
    ("JP", "JPN", "392", "Japan", 50),
    ("AU", "AUS", "036", "Australia", 50),
    ("CA", "CAN", "124", "Canada", 50),
]


def add_countries(apps, schema_editor):
    Country = apps.get_model("address", "Country")
    for a2, a3, numeric, name, order in COUNTRIES:
        Country.objects.update_or_create(
            iso_3166_1_a2=a2,
            defaults={
                "iso_3166_1_a3": a3,
                "iso_3166_1_numeric": numeric,
                "printable_name": name,
                "name": name,
                "display_order": order,
                "is_shipping_country": True,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("address", "0007_useraddress_code")]
    operations = [migrations.RunPython(add_countries, migrations.RunPython.noop)]
