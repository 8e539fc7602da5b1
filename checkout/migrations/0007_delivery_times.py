"""How long each shipping method takes, in working days (the basket's delivery estimate and "fastest"), with the
starting methods' times as their descriptions state them; the authority changes them in the admin."""

import django.db.models.deletion
from django.db import migrations, models

STARTING = {"oman": (2, 4), "oman-far": (3, 6), "surface-gcc": (4, 7), "international": (7, 14), "surface-international": (20, 40)}


def add_starting_times(apps, schema_editor):
    WeightBased = apps.get_model("shipping", "WeightBased")
    DeliveryTime = apps.get_model("checkout", "DeliveryTime")
    for method in WeightBased.objects.filter(code__in=STARTING):
        low, high = STARTING[method.code]
        DeliveryTime.objects.get_or_create(method=method, defaults={"min_days": low, "max_days": high})


class Migration(migrations.Migration):
    dependencies = [("checkout", "0006_far_governorates_shipping"), ("shipping", "0003_auto_20181115_1953")]

    operations = [
        migrations.CreateModel(
            name="DeliveryTime",
            fields=[
                ("id", models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("min_days", models.PositiveSmallIntegerField(verbose_name="at the soonest (working days)")),
                ("max_days", models.PositiveSmallIntegerField(verbose_name="at the latest (working days)")),
                (
                    "method",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="delivery_time",
                        to="shipping.weightbased",
                        verbose_name="method",
                    ),
                ),
            ],
            options={"verbose_name": "delivery time", "verbose_name_plural": "delivery times"},
        ),
        migrations.AddConstraint(
            model_name="deliverytime",
            constraint=models.CheckConstraint(condition=models.Q(("min_days__lte", models.F("max_days"))), name="delivery_min_le_max"),
        ),
        migrations.RunPython(add_starting_times, migrations.RunPython.noop),
    ]
