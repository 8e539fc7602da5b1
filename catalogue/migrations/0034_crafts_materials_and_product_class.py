"""Reference data: the crafts (Oscar root categories, `code` = craft slug), the materials, and the one product
class every craft piece uses."""

from django.db import migrations

CRAFTS = [
    # code, English, Arabic, description in English, description in Arabic
    ("khanjars", "Khanjars", "الخناجر",
     "The curved Omani dagger and its belt, worked in silver by hand.",
     "الخنجر العماني المعقوف وحزامه، مشغولان بالفضة يدويًا."),
    ("silverwork", "Silverwork", "الفضيات",
     "Rings, bracelets, necklaces, anklets and kohl pots in Omani silver.",
     "خواتم وأساور وقلائد وخلاخيل ومكاحل من الفضة العمانية."),
    ("palm_frond", "Palm-frond weaving", "السعفيات",
     "Baskets, mats, food covers and fans plaited from date-palm fronds.",
     "سلال وحصر ومكبات ومهاف مضفورة من سعف النخيل."),
    ("pottery", "Pottery", "الفخار",
     "Water jars, cooking pots and incense burners shaped from Omani clay.",
     "جحال وبرم ومباخر مشكلة من الطين العماني."),
    ("cotton_weaving", "Cotton weaving", "النسيج القطني",
     "Shawls, embroidered caps and men's wraps woven in cotton.",
     "شالات وكمم مطرزة وأوزرة منسوجة من القطن."),
    ("wool_weaving", "Wool weaving", "النسيج الصوفي",
     "Rugs and saddle bags woven from sheep's wool and camel hair.",
     "سجاد وخروج منسوجة من صوف الغنم ووبر الإبل."),
    ("incense_cosmetics", "Incense and cosmetics", "البخور ومستحضرات التجميل",
     "Frankincense, bakhoor, perfume oils, rosewater and kohl.",
     "اللبان والبخور ودهن العطر وماء الورد والكحل."),
    ("woodwork", "Woodwork", "الخشبيات",
     "Mandoos chests, carved doors, trays and dhow models in wood.",
     "مناديس وأبواب منقوشة وصوان ونماذج سفن من الخشب."),
    ("copperwork", "Copperwork", "النحاسيات",
     "Coffee pots, trays and incense burners hammered from copper.",
     "دلال وصوان ومباخر مطروقة من النحاس."),
    ("bone_coconut", "Bone and coconut-shell work", "منتجات العظام وقشرة النارجيل",
     "Prayer beads, keyrings and gifts carved from bone and coconut shell.",
     "مسابح وميداليات وهدايا منحوتة من العظم وقشرة النارجيل."),
]

MATERIALS = [
    ("silver", "Silver", "فضة"),
    ("gold_plated", "Gold-plated", "مطلي بالذهب"),
    ("copper", "Copper", "نحاس"),
    ("wood", "Wood", "خشب"),
    ("sandalwood", "Sandalwood", "خشب الصندل"),
    ("palm_frond", "Palm frond", "سعف"),
    ("clay", "Clay", "طين"),
    ("cotton", "Cotton", "قطن"),
    ("wool", "Wool", "صوف"),
    ("camel_hair", "Camel hair", "وبر الإبل"),
    ("coconut_shell", "Coconut shell", "قشرة النارجيل"),
    ("bone", "Bone", "عظم"),
    ("frankincense", "Frankincense", "لبان"),
    ("oud", "Oud", "عود"),
    ("rose", "Rose", "ورد"),
    ("kohl_stone", "Kohl stone", "حجر الكحل"),
]

# django-treebeard's materialised path: each level is 4 characters of this alphabet.
TREEBEARD_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEPLEN = 4


def _path_segment(number: int) -> str:
    digits = ""
    while number:
        number, remainder = divmod(number, len(TREEBEARD_ALPHABET))
        digits = TREEBEARD_ALPHABET[remainder] + digits
    return digits.rjust(STEPLEN, "0")


def load_reference_data(apps, schema_editor):
    # Historical models have no treebeard methods, so root categories are created with their path by hand.
    Category = apps.get_model("catalogue", "Category")
    Material = apps.get_model("catalogue", "Material")
    ProductClass = apps.get_model("catalogue", "ProductClass")
    db = schema_editor.connection.alias

    roots = Category.objects.using(db).filter(depth=1)
    next_number = max((int(path, 36) for path in roots.values_list("path", flat=True)), default=0) + 1
    for code, name_en, name_ar, description_en, description_ar in CRAFTS:
        values = {
            "name": name_en,
            "name_ar": name_ar,
            "description": description_en,
            "description_ar": description_ar,
            "slug": code.replace("_", "-"),
        }
        if Category.objects.using(db).filter(code=code).update(**values):
            continue
        Category.objects.using(db).create(
            code=code, path=_path_segment(next_number), depth=1, numchild=0, is_public=True, **values
        )
        next_number += 1

    for slug, name_en, name_ar in MATERIALS:
        Material.objects.using(db).update_or_create(slug=slug, defaults={"name_en": name_en, "name_ar": name_ar})

    ProductClass.objects.using(db).update_or_create(
        slug="craft-piece", defaults={"name": "Craft piece", "requires_shipping": True, "track_stock": True}
    )


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0033_hirfa_product_and_category")]

    operations = [migrations.RunPython(load_reference_data, migrations.RunPython.noop)]
