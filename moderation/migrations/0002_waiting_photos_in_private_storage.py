"""Photos waiting for review move from the public media (media/review/<uuid>.jpg, readable by anyone holding the
link) to the private storage, under the same names. Run again, it moves nothing: a photo already in the private
storage is left as it is."""

from django.core.files.storage import storages
from django.db import migrations, models

import marketplace.private_files
import moderation.models


def move_photos(source, target, SubmissionPhoto) -> int:
    """Copy each waiting photo from `source` into `target` and delete it from `source`; returns how many moved."""
    moved = 0
    for photo in SubmissionPhoto.objects.exclude(image="").only("pk", "image").iterator():
        name = photo.image.name
        if not source.exists(name):
            continue  # already moved, or gone
        if not target.exists(name):
            with source.open(name, "rb") as content:
                saved = target.save(name, content)
            if saved != name:
                SubmissionPhoto.objects.filter(pk=photo.pk).update(image=saved)
        source.delete(name)
        moved += 1
    return moved


def to_private(apps, schema_editor):
    move_photos(storages["default"], storages["private"], apps.get_model("moderation", "SubmissionPhoto"))


def to_public(apps, schema_editor):
    move_photos(storages["private"], storages["default"], apps.get_model("moderation", "SubmissionPhoto"))


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0001_initial"),
    ]

    operations = [
        migrations.AlterField(
            model_name="submissionphoto",
            name="image",
            field=models.ImageField(
                storage=marketplace.private_files.private_field_storage,
                upload_to=moderation.models.pending_photo_path,
                verbose_name="photo",
            ),
        ),
        migrations.RunPython(to_private, to_public, elidable=False),
    ]
