"""The task queue becomes a django-tasks backend (issue 22, part 2): a row names its task by the function's dotted
path, which the worker imports, instead of a name in a registry of our own, and keeps positional arguments too
(Wagtail's tasks take them). Rows waiting at the deploy are renamed, so none is lost."""

from django.db import migrations, models

PATHS_OF_OLD_NAMES = {
    "send_email": "marketplace.mail_queue.send_email",
    "warm_product_thumbnails": "catalogue.photos.warm_product_thumbnails",
    "make_image_renditions": "cms.tasks.make_image_renditions",
}


def name_tasks_by_path(apps, schema_editor):
    background_task = apps.get_model("marketplace", "BackgroundTask")
    for old_name, path in PATHS_OF_OLD_NAMES.items():
        background_task.objects.filter(name=old_name).update(name=path)


def name_tasks_by_old_name(apps, schema_editor):
    background_task = apps.get_model("marketplace", "BackgroundTask")
    for old_name, path in PATHS_OF_OLD_NAMES.items():
        background_task.objects.filter(name=path).update(name=old_name)


class Migration(migrations.Migration):
    dependencies = [("marketplace", "0002_single_line_text")]

    operations = [
        migrations.AlterField(
            model_name="backgroundtask",
            name="name",
            field=models.CharField(max_length=200, verbose_name="task"),
        ),
        migrations.AddField(
            model_name="backgroundtask",
            name="args",
            field=models.JSONField(blank=True, default=list, verbose_name="positional arguments"),
        ),
        migrations.RunPython(name_tasks_by_path, name_tasks_by_old_name),
    ]
