"""Starting rates for approximate prices (the authority updates them in the admin). The rial is pegged to the US
dollar at 2.6008; the dirham and the riyal are pegged to the dollar too; the euro and the pound are this project's
assumptions for the date shown."""

from datetime import date
from decimal import Decimal

from django.db import migrations

RATES = {"USD": "2.600800", "AED": "9.551438", "SAR": "9.753000", "EUR": "2.240000", "GBP": "1.980000"}


def add_rates(apps, schema_editor):
    ExchangeRate = apps.get_model("payments", "ExchangeRate")
    for currency, rate in RATES.items():
        ExchangeRate.objects.get_or_create(
            currency=currency, defaults={"per_rial": Decimal(rate), "as_of": date(2026, 11, 20)}
        )


class Migration(migrations.Migration):
    dependencies = [("payments", "0002_exchange_rates")]
    operations = [migrations.RunPython(add_rates, migrations.RunPython.noop)]
