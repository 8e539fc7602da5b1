"""The authority's editorial roles and its moderation workflow, installed after every `migrate` (idempotent: what is
missing is added, nothing the authority changed since is taken away).

- Authority editors write and edit pages in both languages and submit them for moderation; they cannot publish.
- Authority curators approve and publish (the workflow's one step is theirs), schedule publishing, manage
  collections, and can unpublish, lock and delete.
- Artisans get no CMS access: an artisan's own profile is edited in the artisan portal, which shows only their
  own data, rather than in Wagtail, whose page permissions are per subtree and not per owner.

Every page, in every language, goes through the "Curator approval" workflow (attached to the root page), so a
page is published only once a curator approves it. Revisions keep the history; `publish_scheduled` (run every
minute by the worker) publishes pages whose go-live time has come.
"""

from __future__ import annotations

from django.apps import apps as global_apps
from django.db import transaction

EDITORS = "Authority editors"
CURATORS = "Authority curators"
WORKFLOW = "Curator approval"
TASK = "A curator approves"

PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    CURATORS: ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"],
}
IMAGE_PERMISSIONS = ["add_image", "change_image", "choose_image"]
DOCUMENT_PERMISSIONS = ["add_document", "change_document", "choose_document"]
# Both roles translate: wagtail-localize makes the other language's page from this permission.
TRANSLATION_PERMISSION = ("wagtail_localize", "submit_translation")


@transaction.atomic
def install_editorial_roles(apps=global_apps) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    root = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    access_admin = Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin").first()
    if root is None or root_collection is None or access_admin is None:
        return  # a database still being built: the next migrate installs the roles
    groups = {}
    for name, codenames in PAGE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        groups[name] = group
        group.permissions.add(access_admin)
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label=TRANSLATION_PERMISSION[0], codename=TRANSLATION_PERMISSION[1]
            )
        )
        for permission in Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames):
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
        collection_permissions = Permission.objects.filter(
            content_type__app_label__in=["wagtailimages", "wagtaildocs"],
            codename__in=IMAGE_PERMISSIONS + DOCUMENT_PERMISSIONS,
        )
        for permission in collection_permissions:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )

    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK)
    task.groups.add(groups[CURATORS])
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    attached = WorkflowPage.objects.filter(page=root).select_related("workflow").first()
    if attached is None or attached.workflow.name == "Moderators approval":  # Wagtail's own default, replaced once
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
