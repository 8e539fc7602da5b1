"""The authority's editorial roles: editors write and submit, curators approve and publish (now or at a set time),
artisans and buyers have no way into the CMS; every save is a revision in the page's history."""

from datetime import date, timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import querydict_from_html

from cms.models import StoryPage
from cms.workflow import CURATORS, EDITORS, WORKFLOW, install_editorial_roles
from tests.factories import UserFactory, make_artisan, make_manager

pytestmark = pytest.mark.django_db


def member_of(group_name: str):
    user = UserFactory(is_staff=False)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor():
    return member_of(EDITORS)


@pytest.fixture
def curator():
    return member_of(CURATORS)


def logged_in(client, user):
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


@pytest.fixture
def draft(story_index, editor) -> StoryPage:
    story = StoryPage(title="The weavers of Sur", slug="weavers-of-sur", date=date(2026, 3, 3), live=False)
    story_index.add_child(instance=story)
    story.save_revision(user=editor)
    return story


def edit_form_of(client, page) -> dict:
    with translation.override("en"):
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    data["body-count"] = "0"  # the StreamField's inputs are drawn by the admin's script; this story's body is empty
    return data


def post_edit(client, page, data):
    with translation.override("en"):
        return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def test_the_roles_and_the_curator_workflow_exist_after_migrate_and_installing_again_changes_nothing():
    root = Page.objects.get(depth=1)
    assert root.get_workflow().name == WORKFLOW
    groups_before = Group.objects.filter(name__in=[EDITORS, CURATORS]).count()

    install_editorial_roles()

    assert groups_before == 2 and Group.objects.filter(name__in=[EDITORS, CURATORS]).count() == 2
    assert root.get_workflow().tasks.get().specific.groups.get().name == CURATORS


def test_editors_and_curators_may_translate_pages(editor, curator):
    assert editor.has_perm("wagtail_localize.submit_translation")
    assert curator.has_perm("wagtail_localize.submit_translation")


def test_an_editor_cannot_publish_a_page_even_by_posting_the_publish_action(client, editor, draft):
    logged_in(client, editor)
    data = edit_form_of(client, draft)
    data["title"] = "The weavers of Sur, revised"
    data["action-publish"] = "action-publish"

    post_edit(client, draft, data)

    draft.refresh_from_db()
    assert not draft.live
    assert not draft.permissions_for_user(editor).can_publish()


def test_an_editor_submits_a_page_and_a_curator_approves_it_which_publishes_it(client, editor, curator, draft):
    logged_in(client, editor)
    data = edit_form_of(client, draft)
    data["action-submit"] = "action-submit"
    post_edit(client, draft, data)
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(draft.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS

    logged_in(client, curator)
    task_state = state.current_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[draft.pk, "approve", task_state.pk]), {"comment": "Good"}
    )

    assert response.status_code in (200, 302)
    draft.refresh_from_db()
    assert draft.live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED


def test_a_curator_can_reject_a_submitted_page_which_stays_unpublished(client, editor, curator, draft):
    logged_in(client, editor)
    data = edit_form_of(client, draft)
    data["action-submit"] = "action-submit"
    post_edit(client, draft, data)
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(draft.pk))

    logged_in(client, curator)
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[draft.pk, "reject", state.current_task_state.pk]),
        {"comment": "Check the dates"},
    )

    draft.refresh_from_db()
    state.refresh_from_db()
    assert not draft.live and state.status == WorkflowState.STATUS_NEEDS_CHANGES


def test_a_curator_schedules_a_page_which_publish_scheduled_publishes_once_its_time_has_come(client, curator, draft):
    logged_in(client, curator)
    go_live = timezone.localtime() + timedelta(days=2)
    data = edit_form_of(client, draft)
    data["go_live_at"] = go_live.strftime("%Y-%m-%d %H:%M")
    data["action-publish"] = "action-publish"

    post_edit(client, draft, data)

    draft.refresh_from_db()
    assert not draft.live
    revision = draft.latest_revision
    assert revision.approved_go_live_at is not None

    call_command("publish_scheduled")
    draft.refresh_from_db()
    assert not draft.live  # not yet

    # Two days pass: the revision, and the page inside it, now say a go-live time in the past.
    past = timezone.now() - timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    call_command("publish_scheduled")

    draft.refresh_from_db()
    assert draft.live
    assert client.get(draft.url).status_code == 200


def test_every_save_is_a_revision_in_the_page_history(client, editor, draft):
    logged_in(client, editor)
    for title in ("First rewrite", "Second rewrite"):
        data = edit_form_of(client, draft)
        data["title"] = title
        post_edit(client, draft, data)

    assert draft.revisions.count() == 3
    with translation.override("en"):
        history = client.get(reverse("wagtailadmin_pages:history", args=[draft.pk]))
    assert history.status_code == 200


@pytest.mark.parametrize("who", ["artisan", "buyer"])
def test_artisans_and_buyers_cannot_reach_the_cms(client, who):
    user = make_manager(make_artisan()) if who == "artisan" else UserFactory(is_staff=False)
    logged_in(client, user)

    response = client.get("/cms-admin/pages/")

    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "login" in response["Location"]
