"""Background work on the standard task API: `django-tasks` (Django 6's `django.tasks`), with our own backend.

    @task                                        # from django_tasks import task; anywhere at module level
    def warm_product_thumbnails(*, image_id: int) -> None: ...

    warm_product_thumbnails.enqueue(image_id=image.pk)

`TASKS` (settings) sends every task, Wagtail's own included, to `DatabaseBackend`, which keeps them in the
`BackgroundTask` table; `manage.py worker` runs them. Moving to Django 6 changes the imports, not this backend.

`DatabaseBackend.enqueue` writes the row in the caller's transaction: if the change is rolled back, so is the task,
and once it is committed the task cannot be lost. The row carries the id of the request that enqueued it, and the
worker runs the task with that id in `request_id_var`, so the task's log lines join the request's.

`run_due_tasks` (one of the worker's jobs) claims due tasks one at a time in a short transaction (on PostgreSQL
`SKIP LOCKED`, so two workers never take the same task) that also leases it for `CLAIM_LEASE`, then runs it outside
any transaction (an e-mail or an image must not hold a database lock while it is sent or made). A task is deleted
once it has run. A task that raises is logged and tried again after a delay that doubles with each attempt (capped
at an hour); after `TASK_MAX_ATTEMPTS` it is given up: its row stays, marked dead with its last error, for an
operator (`dead_task_count()` in marketplace.selectors counts them).

Delivery is at least once: a worker that dies while a task runs (a deploy's SIGKILL, memory) leaves it leased, and
it runs again when the lease ends. Such a start counts as an attempt too, so a task that kills its worker every time
is eventually given up rather than tried forever. Tasks should therefore be safe to repeat.

Why not `django-tasks-db` (the ORM backend, 0.13 fits django-tasks 0.12): it enqueues in the caller's transaction and
claims with SKIP LOCKED, but a task whose worker died stays RUNNING for ever (no lease), a failure is final (no
retries, no dead state kept apart) and nothing carries the request id. Its worker is a process of its own, too,
where ours is one job among the worker's others, with their metrics.
"""

from __future__ import annotations

import logging
import time
import traceback
from datetime import timedelta
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.db import DatabaseError, transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks import TaskContext, TaskResult, TaskResultStatus
from django_tasks.backends.base import BaseTaskBackend
from django_tasks.base import Task, TaskError
from django_tasks.exceptions import TaskResultDoesNotExist
from django_tasks.signals import task_enqueued
from django_tasks.utils import normalize_json

from marketplace.observability import NO_REQUEST, current_request_id, request_id_var

if TYPE_CHECKING:
    from marketplace.models import BackgroundTask

logger = logging.getLogger(__name__)

# Longer than any task should take (an SMTP exchange, a large image's renditions): a task still running when its
# lease ends may be started a second time by another worker.
CLAIM_LEASE = timedelta(minutes=15)
RETRY_BASE_SECONDS = 60
RETRY_MAX_SECONDS = 3600
# The worker notices SIGTERM only between its jobs: no new task is started after this long, so a deploy's stop is
# honoured within one task rather than fifty.
RUN_SECONDS = 10.0
# The end of a traceback says what failed; its beginning is the worker's own frames.
LAST_ERROR_CHARS = 4000


class UnknownTask(LookupError):
    pass


def _background_task_model():
    # Imported when used: a tasks module may be imported (and its `@task` ask for this backend) while the apps load.
    from marketplace.models import BackgroundTask

    return BackgroundTask


class DatabaseBackend(BaseTaskBackend):
    """The `BackgroundTask` table as a django-tasks backend. `run_after` delays a task (`available_at`); priorities
    and queues other than the default are refused, since one worker loop runs them all in order."""

    supports_defer = True
    # A task's row is deleted once it has run, so only waiting and given-up tasks have a result to read.
    supports_get_result = False

    def enqueue(self, task: Task, args, kwargs) -> TaskResult:
        """Written in the current transaction, so it only happens if the caller's change is committed."""
        self.validate_task(task)
        row = _background_task_model().objects.create(
            name=task.module_path,
            args=normalize_json(args),
            payload=normalize_json(kwargs),
            request_id=current_request_id()[:64],
            available_at=task.run_after or timezone.now(),
        )
        result = _task_result(task, row)
        task_enqueued.send(type(self), task_result=result)
        return result

    def get_result(self, result_id: str) -> TaskResult:
        """A waiting task (READY) or a given-up one (FAILED, with its last error)."""
        row = _background_task_model().objects.filter(pk=result_id).first() if str(result_id).isdigit() else None
        if row is None:
            raise TaskResultDoesNotExist(result_id)
        return _task_result(task_at(row.name), row)


def _task_result(task: Task, row: BackgroundTask) -> TaskResult:
    # The row does not say whether a worker holds it now: a task waiting for its first run, its retry or the end of
    # a worker's lease is READY alike.
    status = TaskResultStatus.FAILED if row.dead_at is not None else TaskResultStatus.READY
    errors = [TaskError(exception_class_path="builtins.Exception", traceback=row.last_error)] if row.last_error else []
    return TaskResult(
        task=task,
        id=str(row.pk),
        status=status,
        enqueued_at=row.enqueued_at,
        started_at=None,
        finished_at=row.dead_at,
        last_attempted_at=None,
        args=row.args,
        kwargs=row.payload,
        backend=task.backend,
        errors=errors,
        # Which worker made each attempt is not kept; django-tasks counts attempts by this list's length.
        worker_ids=["-"] * row.attempts,
    )


def task_at(path: str) -> Task:
    """The task whose function is at `path`. Anything else a row may name (a plain function, a class, a module that
    is gone) is refused: the worker runs only what was declared a task."""
    try:
        found = import_string(path)
    except ImportError:
        found = None
    if not isinstance(found, Task):
        raise UnknownTask(f"No task is registered as {path!r}")
    return found


def retry_delay(attempts: int) -> timedelta:
    """How long a task waits after its `attempts`-th failure: one minute, doubling, at most an hour."""
    return timedelta(seconds=min(RETRY_MAX_SECONDS, RETRY_BASE_SECONDS * 2 ** max(0, min(attempts - 1, 16))))


def run_due_tasks(*, limit: int = 50) -> int:
    """Run up to `limit` due tasks (starting none after `RUN_SECONDS`); returns how many ran to completion. Never
    raises: a failing task is logged and retried later, and a database that does not answer ends this turn (the
    worker comes back at its next)."""
    done = 0
    deadline = time.monotonic() + RUN_SECONDS
    for _ in range(limit):
        if time.monotonic() > deadline:
            break
        try:
            claimed = _claim_next()
        except DatabaseError:
            logger.exception("Background tasks: could not claim a task; trying again at the worker's next turn")
            break
        if claimed is None:
            break
        done += _run(claimed)
    return done


def _claim_next() -> BackgroundTask | None:
    """Take the next due task and lease it, as search.indexing claims outbox entries. On PostgreSQL the row lock
    with SKIP LOCKED keeps two workers from taking the same task, without one waiting for the other. SQLite ignores
    `select_for_update`; there our transactions begin IMMEDIATE (settings), taking the write lock first, so claims
    simply take turns."""
    background_task = _background_task_model()
    now = timezone.now()
    with transaction.atomic():
        claimed = (
            background_task.objects.select_for_update(skip_locked=True)
            .filter(dead_at__isnull=True, available_at__lte=now)
            .order_by("available_at", "id")
            .first()
        )
        if claimed is None:
            return None
        claimed.attempts += 1
        claimed.available_at = now + CLAIM_LEASE
        background_task.objects.filter(pk=claimed.pk).update(
            attempts=claimed.attempts, available_at=claimed.available_at
        )
    return claimed


def _run(claimed: BackgroundTask) -> int:
    """Run one claimed task with its request's id in the logs; returns 1 when it ran to completion, else 0."""
    token = request_id_var.set(claimed.request_id or NO_REQUEST)
    try:
        max_attempts = settings.TASK_MAX_ATTEMPTS
        if claimed.attempts > max_attempts:
            # Its earlier starts never reported back: each time, the worker stopped (or was killed) while it ran.
            _give_up(claimed, "The worker stopped while running this task, at every attempt.")
            return 0
        started = time.monotonic()
        try:
            _call(claimed)
        except ObjectDoesNotExist:
            # The object the task was queued for was deleted since (it was committed with the task): nothing is left
            # to do, and no retry would change that. Wagtail's tasks (`objects.get(pk=...)`) end so; ours return.
            logger.info("Task %s: its object was deleted before it ran; nothing to do", claimed)
            type(claimed).objects.filter(pk=claimed.pk).delete()
            return 1
        except Exception:
            error = traceback.format_exc()[-LAST_ERROR_CHARS:]
            logger.exception("Task %s failed (attempt %s of %s)", claimed, claimed.attempts, max_attempts)
            if claimed.attempts >= max_attempts:
                _give_up(claimed, error)
            else:
                _postpone(claimed, error)
            return 0
        type(claimed).objects.filter(pk=claimed.pk).delete()
        logger.info("Task %s done in %.0f ms", claimed, (time.monotonic() - started) * 1000)
        return 1
    except DatabaseError:
        # The task's outcome could not be written; its lease runs out and it is tried again.
        logger.exception("Task %s: its outcome could not be recorded", claimed)
        return 0
    finally:
        request_id_var.reset(token)


def _call(claimed: BackgroundTask) -> None:
    """Run the task a row names with the arguments it holds; a row written by hand or by another version of the code
    may hold anything, and whatever is wrong with it raises here, as the task's failure."""
    found = task_at(claimed.name)
    if not isinstance(claimed.args, list) or not isinstance(claimed.payload, dict):
        raise TypeError(f"A task's arguments must be a list and a dict, not {claimed.args!r} and {claimed.payload!r}")
    if found.takes_context:
        context = TaskContext(task_result=_task_result(found, claimed))
        found.call(context, *claimed.args, **claimed.payload)
    else:
        found.call(*claimed.args, **claimed.payload)


def _postpone(claimed: BackgroundTask, error: str) -> None:
    available_at = timezone.now() + retry_delay(claimed.attempts)
    type(claimed).objects.filter(pk=claimed.pk).update(available_at=available_at, last_error=error)


def _give_up(claimed: BackgroundTask, error: str) -> None:
    type(claimed).objects.filter(pk=claimed.pk).update(dead_at=timezone.now(), last_error=error)
    logger.error(
        "Task %s given up after %s attempts; it stays in the table, marked dead, for an operator",
        claimed,
        claimed.attempts,
    )
