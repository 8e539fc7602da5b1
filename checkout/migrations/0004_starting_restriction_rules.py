"""Starting restriction rules (the authority edits them in the admin), from the facts in the domain notes: bladed
items go abroad only to buyers who confirm they are adults, and not at all to the United Kingdom (remote sales of
bladed articles may not be delivered to residential premises there); perfume oils, dangerous goods for air couriers,
go abroad by surface only."""

from django.db import migrations

RULES = [
    (None, "bladed", "age_18"),
    ("GB", "bladed", "refuse"),
    (None, "dangerous_goods", "surface_only"),
]


def add_rules(apps, schema_editor):
    RestrictionRule = apps.get_model("checkout", "RestrictionRule")
    for country, flag, action in RULES:
        RestrictionRule.objects.get_or_create(country_id=country, flag=flag, defaults={"action": action})


class Migration(migrations.Migration):
    dependencies = [("checkout", "0003_restriction_rules")]
    operations = [migrations.RunPython(add_rules, migrations.RunPython.noop)]
