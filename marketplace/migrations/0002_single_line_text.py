"""Single-line text already stored (titles, names, alt text, proposals waiting for review) made single-line: a line
break becomes a space, direction overrides and isolates are dropped. Forms and services refuse them from now on;
this cleans what came in before (issue "Hardening", item 3)."""

from django.db import migrations

from marketplace.forms import as_single_line

FIELDS = [
    ("catalogue", "Product", ("title", "title_ar")),
    ("catalogue", "ProductImage", ("caption", "alt_ar")),
    ("artisans", "Artisan", ("name_ar", "name_en")),
    ("artisans", "SellerApplication", ("name_ar", "name_en")),
    ("moderation", "SubmissionPhoto", ("alt_en", "alt_ar")),
    ("cms", "HirfaImage", ("title", "alt_en", "alt_ar")),
]
PROPOSED_KEYS = ("title_en", "title_ar")


def _changed(obj, fields) -> list[str]:
    changed = []
    for name in fields:
        value = getattr(obj, name) or ""
        cleaned = as_single_line(value)
        if cleaned != value:
            setattr(obj, name, cleaned)
            changed.append(name)
    return changed


def make_single_line(apps, schema_editor):
    for app_label, model_name, fields in FIELDS:
        model = apps.get_model(app_label, model_name)
        for obj in model.objects.only("pk", *fields).iterator(chunk_size=500):
            changed = _changed(obj, fields)
            if changed:
                obj.save(update_fields=changed)
    submission_model = apps.get_model("moderation", "ListingSubmission")
    for submission in submission_model.objects.exclude(proposed={}).iterator(chunk_size=500):
        proposed = dict(submission.proposed or {})
        cleaned = {key: as_single_line(proposed[key]) for key in PROPOSED_KEYS if isinstance(proposed.get(key), str)}
        if any(proposed[key] != value for key, value in cleaned.items()):
            submission.proposed = {**proposed, **cleaned}
            submission.save(update_fields=["proposed"])


class Migration(migrations.Migration):
    dependencies = [
        ("marketplace", "0001_initial"),
        ("catalogue", "0036_listing_review_dimensions_alt"),
        ("artisans", "0005_joining_needs_the_managers_or_a_call"),
        ("moderation", "0002_waiting_photos_in_private_storage"),
        ("cms", "0007_alt_text_single_line"),
    ]

    operations = [migrations.RunPython(make_single_line, migrations.RunPython.noop)]
