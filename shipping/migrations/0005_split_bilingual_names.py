"""Shipping methods carried both languages in one name ("Oman · داخل عُمان") and English only in their description,
so buyers read both languages, or English on Arabic pages. Each method now gets its Arabic in `name_ar` and
`description_ar`, and keeps its English in `name` and `description`.

A name is split at its " · " separators: the parts in Arabic script make the Arabic name, the others the English one
("Oman", "داخل عُمان"); a name that would then clash with another method's keeps its English whole. The far
governorates' starting name (checkout migration 0006), if still unchanged, is written out instead, and the starting
delivery times (checkout migrations 0002 and 0006), if unchanged, get their Arabic. Going back joins them again."""

import re

from django.db import migrations

ARABIC = re.compile(r"[\u0600-\u06FF]")
SEPARATOR = " · "

# starting name -> (English name, Arabic name); starting description -> Arabic description
STARTING_NAMES = {
    "Oman · Dhofar, Al Wusta, Musandam · ظفار والوسطى ومسندم": ("Dhofar, Al Wusta, Musandam", "ظفار والوسطى ومسندم"),
}
STARTING_DESCRIPTIONS = {
    "Delivered in 2 to 4 working days.": "يصل خلال 2 إلى 4 أيام عمل.",
    "Delivered in 3 to 6 working days.": "يصل خلال 3 إلى 6 أيام عمل.",
    "Delivered in 4 to 7 working days.": "يصل خلال 4 إلى 7 أيام عمل.",
    "By air, delivered in 7 to 14 working days.": "جوًا، يصل خلال 7 إلى 14 يوم عمل.",
    "By land and sea, delivered in 4 to 8 weeks.": "برًا وبحرًا، يصل خلال 4 إلى 8 أسابيع.",
}


def split(text: str) -> tuple[str, str]:
    """(English, Arabic) parts of a "English · Arabic" text; ("", "") when it is not one."""
    parts = [part.strip() for part in text.split(SEPARATOR)]
    arabic = [part for part in parts if ARABIC.search(part)]
    latin = [part for part in parts if part and not ARABIC.search(part)]
    if not arabic or not latin:
        return "", ""
    return SEPARATOR.join(latin), SEPARATOR.join(arabic)


def split_names(apps, schema_editor):
    WeightBased = apps.get_model("shipping", "WeightBased")
    methods = list(WeightBased.objects.all())
    taken = {method.name for method in methods}
    for method in methods:
        english, arabic = STARTING_NAMES.get(method.name) or split(method.name)
        if arabic and not method.name_ar:
            method.name_ar = arabic
            if english not in taken:
                taken.discard(method.name)
                taken.add(english)
                method.name = english
        if not method.description_ar:
            if method.description in STARTING_DESCRIPTIONS:
                method.description_ar = STARTING_DESCRIPTIONS[method.description]
            else:
                english_description, arabic_description = split(method.description)
                if arabic_description:
                    method.description, method.description_ar = english_description, arabic_description
        method.save(update_fields=["name", "name_ar", "description", "description_ar"])


def join_names(apps, schema_editor):
    WeightBased = apps.get_model("shipping", "WeightBased")
    starting = {pair: name for name, pair in STARTING_NAMES.items()}
    for method in WeightBased.objects.exclude(name_ar=""):
        method.name = starting.get((method.name, method.name_ar)) or f"{method.name}{SEPARATOR}{method.name_ar}"
        method.name_ar = ""
        if method.description_ar and method.description not in STARTING_DESCRIPTIONS:
            method.description = f"{method.description}{SEPARATOR}{method.description_ar}"
        method.description_ar = ""
        method.save(update_fields=["name", "name_ar", "description", "description_ar"])


class Migration(migrations.Migration):
    dependencies = [
        ("shipping", "0004_weightbased_arabic"),
        # The starting methods are created by the checkout's migrations; split them once they exist.
        ("checkout", "0006_far_governorates_shipping"),
    ]
    operations = [migrations.RunPython(split_names, join_names)]
