"""The authority's reviewer role, installed by `migrate` so every database (the demo, the tests, production) has
it: verify artisans, review listings, list on an artisan's behalf, read the audit trail."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions

REVIEWERS_GROUP = "Authority reviewers"
REVIEWER_PERMISSIONS = (
    ("artisans", "verify_sellers"),
    ("moderation", "moderate_listings"),
    ("moderation", "list_for_artisans"),
    ("audit", "view_auditevent"),
)


def install_reviewer_role(apps=global_apps) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    # Our post_migrate may run before auth's own has created these apps' permissions.
    for label in {app for app, _codename in REVIEWER_PERMISSIONS}:
        create_permissions(apps.get_app_config(label), verbosity=0)
    group, _created = Group.objects.get_or_create(name=REVIEWERS_GROUP)
    for app_label, codename in REVIEWER_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        group.permissions.add(permission)
