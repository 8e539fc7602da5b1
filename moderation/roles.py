"""The authority's reviewer role, installed by `migrate` so every database (the demo, the tests, production) has
it: verify artisans, review listings and buyers' reviews, list on an artisan's behalf, read the audit trail, confirm
bank details held after a new manager joined an artisan, read reported conversations and release questions held for
review."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions

REVIEWERS_GROUP = "Authority reviewers"
REVIEWER_PERMISSIONS = (
    ("artisans", "verify_sellers"),
    ("moderation", "moderate_listings"),
    ("moderation", "list_for_artisans"),
    ("reviews", "moderate_reviews"),
    ("audit", "view_auditevent"),
    ("ledger", "confirm_payoutaccount"),
    ("conversations", "moderate_conversations"),
)


def install_reviewer_role(apps=global_apps) -> None:
    install_group(REVIEWERS_GROUP, REVIEWER_PERMISSIONS, apps=apps)


def install_group(name: str, permissions, *, apps=global_apps) -> None:
    """Create the group `name` if needed and give it `permissions` ((app_label, codename) pairs); never removes
    a permission the authority added by hand."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    # Our post_migrate may run before auth's own has created these apps' permissions.
    for label in {app for app, _codename in permissions}:
        create_permissions(apps.get_app_config(label), verbosity=0)
    group, _created = Group.objects.get_or_create(name=name)
    for app_label, codename in permissions:
        permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        group.permissions.add(permission)
