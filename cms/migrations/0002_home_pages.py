"""The site's home page in English and Arabic (one translation of the other), replacing Wagtail's welcome page,
so that a freshly migrated site has a working home page in both languages."""

import uuid

from django.db import migrations
from django.utils import timezone

HOME_PAGES = [
    # language, slug, title, hero title, hero text
    ("en", "home", "Home", "Hirfa: Omani crafts from the hands that make them",
     "Khanjars, silver, palm-frond weaving, pottery, frankincense and more, sold by the artisans and artisan "
     "houses of every governorate of Oman."),
    ("ar", "home-ar", "الرئيسية", "حرفة: حرف عُمانية من الأيدي التي تصنعها",
     "خناجر وفضيات وسعفيات وفخار ولبان وغيرها، يبيعها حرفيو عُمان وبيوت الحرفي في كل محافظاتها."),
]


def create_home_pages(apps, schema_editor):
    db = schema_editor.connection.alias
    ContentType = apps.get_model("contenttypes", "ContentType")
    Locale = apps.get_model("wagtailcore", "Locale")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    HomePage = apps.get_model("cms", "HomePage")

    if HomePage.objects.using(db).exists():
        return
    locales = {code: Locale.objects.using(db).get_or_create(language_code=code)[0] for code in ("en", "ar")}
    page_type = ContentType.objects.using(db).get(app_label="wagtailcore", model="page")
    Page.objects.using(db).filter(content_type=page_type, depth=2, slug="home").delete()
    home_type, _ = ContentType.objects.using(db).get_or_create(app_label="cms", model="homepage")
    root = Page.objects.using(db).get(depth=1)

    translation_key = uuid.uuid4()
    now = timezone.now()
    pages = {}
    for position, (language, slug, title, hero_title, hero_text) in enumerate(HOME_PAGES, start=1):
        pages[language] = HomePage.objects.using(db).create(
            title=title,
            draft_title=title,
            slug=slug,
            content_type=home_type,
            path=f"{root.path}{position:04d}",
            depth=2,
            numchild=0,
            url_path=f"/{slug}/",
            locale=locales[language],
            translation_key=translation_key,
            live=True,
            first_published_at=now,
            last_published_at=now,
            hero_title=hero_title,
            hero_text=hero_text,
        )
    root.numchild = len(pages)
    root.save(update_fields=["numchild"])
    Site.objects.using(db).all().delete()
    Site.objects.using(db).create(
        hostname="localhost", port=80, root_page_id=pages["en"].pk, is_default_site=True, site_name="Hirfa"
    )


class Migration(migrations.Migration):
    dependencies = [("cms", "0001_initial"), ("wagtailcore", "0098_apitoken")]

    operations = [migrations.RunPython(create_home_pages, migrations.RunPython.noop)]
