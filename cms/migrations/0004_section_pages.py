"""The sections of the site under each language's home page (stories, collections, crafts, governorates, events),
each English section and its Arabic translation sharing a translation_key, so that a freshly migrated site has the
page tree editors fill in. Content (stories, collections...) is not created here.

Historical models have no treebeard API, so paths are computed as in 0002: a child's path is its parent's path and
a 4-character step after the parent's last child; the parent's numchild is updated.
"""

import uuid

from django.db import migrations
from django.utils import timezone

SECTIONS = [
    # model, (English title, slug), (Arabic title, slug)
    ("storyindexpage", ("Stories", "stories"), ("حكايات", "hikayat")),
    ("collectionindexpage", ("Collections", "collections"), ("مجموعات", "majmuat")),
    ("craftindexpage", ("Crafts", "crafts"), ("الحرف", "al-hiraf")),
    ("governorateindexpage", ("Governorates", "governorates"), ("المحافظات", "al-muhafazat")),
    ("eventindexpage", ("Events", "events"), ("فعاليات", "faaliyat")),
]
MODEL_NAMES = {
    "storyindexpage": "StoryIndexPage",
    "collectionindexpage": "CollectionIndexPage",
    "craftindexpage": "CraftIndexPage",
    "governorateindexpage": "GovernorateIndexPage",
    "eventindexpage": "EventIndexPage",
}
STEP = 4
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # treebeard's MP_Node alphabet


def _next_step(step: str) -> str:
    number = 0
    for char in step:
        number = number * len(ALPHABET) + ALPHABET.index(char)
    number += 1
    digits = ""
    while number:
        number, rest = divmod(number, len(ALPHABET))
        digits = ALPHABET[rest] + digits
    return digits.rjust(STEP, "0")


def create_sections(apps, schema_editor):
    db = schema_editor.connection.alias
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    HomePage = apps.get_model("cms", "HomePage")

    homes = {home.locale.language_code: home for home in HomePage.objects.using(db).select_related("locale")}
    if not {"en", "ar"} <= homes.keys():
        return
    now = timezone.now()
    for model, *titles in SECTIONS:
        Model = apps.get_model("cms", MODEL_NAMES[model])
        if Model.objects.using(db).exists():
            continue
        content_type, _ = ContentType.objects.using(db).get_or_create(app_label="cms", model=model)
        translation_key = uuid.uuid4()
        for language, (title, slug) in zip(("en", "ar"), titles, strict=True):
            home = Page.objects.using(db).get(pk=homes[language].pk)
            children = Page.objects.using(db).filter(path__startswith=home.path, depth=home.depth + 1)
            if children.filter(slug=slug).exists():
                continue
            last = children.order_by("-path").values_list("path", flat=True).first()
            step = _next_step(last[-STEP:]) if last else "0001"
            Model.objects.using(db).create(
                title=title,
                draft_title=title,
                slug=slug,
                content_type=content_type,
                path=f"{home.path}{step}",
                depth=home.depth + 1,
                numchild=0,
                url_path=f"{home.url_path}{slug}/",
                locale_id=home.locale_id,
                translation_key=translation_key,
                live=True,
                first_published_at=now,
                last_published_at=now,
            )
            home.numchild = children.count()
            home.save(update_fields=["numchild"])


class Migration(migrations.Migration):
    dependencies = [("cms", "0003_content_pages")]

    operations = [migrations.RunPython(create_sections, migrations.RunPython.noop)]
