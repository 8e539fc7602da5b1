"""The project's own tables: the background task queue (see marketplace.tasks)."""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class BackgroundTask(models.Model):
    """Work a request asked for that runs later, in `manage.py worker`: sending an e-mail, making image copies,
    Wagtail's reference index. The store of `marketplace.tasks.DatabaseBackend`, the django-tasks backend.

    Written in the caller's transaction, so a change that is rolled back leaves no task behind, and a task is never
    lost once its change is committed. The worker runs a task and deletes it; a failed task waits longer after each
    attempt (`available_at`) and, after `TASK_MAX_ATTEMPTS`, is given up: `dead_at` is set and the row stays, with
    its last error, for an operator to read, then retry (clear `dead_at` and `attempts`) or delete. `request_id` is
    the id of the request that asked for it, so the worker's log lines for the task join that request's.
    """

    # The task function's dotted path (django-tasks' `Task.module_path`), which the worker imports to run it.
    name = models.CharField(_("task"), max_length=200)
    args = models.JSONField(_("positional arguments"), default=list, blank=True)
    payload = models.JSONField(_("payload"), default=dict, blank=True)  # the keyword arguments
    request_id = models.CharField(_("request id"), max_length=64, blank=True)
    enqueued_at = models.DateTimeField(_("enqueued at"), auto_now_add=True)
    available_at = models.DateTimeField(_("available at"), default=timezone.now)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    dead_at = models.DateTimeField(_("given up at"), null=True, blank=True)

    class Meta:
        verbose_name = _("background task")
        verbose_name_plural = _("background tasks")
        indexes = [
            # The worker's question, "what is due?": given-up tasks are left out of the index, so however many pile
            # up they never slow it down.
            models.Index(fields=["available_at", "id"], name="background_task_due", condition=Q(dead_at__isnull=True))
        ]

    def __str__(self) -> str:
        return f"{self.name} #{self.pk}"

    @property
    def is_dead(self) -> bool:
        return self.dead_at is not None
