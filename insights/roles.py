"""The authority's two insights roles, installed by `migrate` like the reviewers' group.

Analysts see the dashboard: counts and sums, never a person. Registry officers also see the artisans' register with
personal data (birth year, gender, contact, masked bank details), export it (each export logged), and read the log.
"""

from django.apps import apps as global_apps

from moderation.roles import install_group

ANALYSTS_GROUP = "Authority analysts"
ANALYST_PERMISSIONS = (("insights", "view_insights"),)
REGISTRY_OFFICERS_GROUP = "Registry officers"
REGISTRY_OFFICER_PERMISSIONS = (
    ("insights", "view_insights"),
    ("insights", "view_personal_data"),
    ("insights", "view_personaldataexport"),
)


def install_insights_roles(apps=global_apps) -> None:
    install_group(ANALYSTS_GROUP, ANALYST_PERMISSIONS, apps=apps)
    install_group(REGISTRY_OFFICERS_GROUP, REGISTRY_OFFICER_PERMISSIONS, apps=apps)
