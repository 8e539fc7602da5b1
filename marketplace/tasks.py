"""A small durable task queue in the database: work a request asks for, done later by `manage.py worker`.

    @task("warm_product_thumbnails")            # in <app>/tasks.py
    def warm_product_thumbnails(*, image_id: int) -> None: ...

    enqueue("warm_product_thumbnails", image_id=image.pk)

`enqueue` writes a `BackgroundTask` row in the caller's transaction: if the change is rolled back, so is the task,
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

Task functions are found in the installed apps' `tasks` modules (and the modules in `TASK_MODULES`), imported on
the first enqueue or run, so nothing depends on import order at start-up.
"""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable
from datetime import timedelta
from importlib import import_module

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError, transaction
from django.utils import timezone
from django.utils.module_loading import autodiscover_modules

from marketplace.models import BackgroundTask
from marketplace.observability import NO_REQUEST, current_request_id, request_id_var

logger = logging.getLogger(__name__)

# Modules holding tasks that are not an app's `tasks` module.
TASK_MODULES = ("marketplace.mail_queue",)
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

TaskFunction = Callable[..., object]
_registry: dict[str, TaskFunction] = {}
_discovered = False


class UnknownTask(LookupError):
    pass


def task(name: str) -> Callable[[TaskFunction], TaskFunction]:
    """Register the decorated function as the task `name`; it is called with the payload as keyword arguments."""

    def register(function: TaskFunction) -> TaskFunction:
        registered = _registry.get(name)
        if registered is not None and _qualified_name(registered) != _qualified_name(function):
            raise ImproperlyConfigured(
                f"Task name {name!r} is taken by {_qualified_name(registered)}, not {_qualified_name(function)}"
            )
        _registry[name] = function
        return function

    return register


def _qualified_name(function: TaskFunction) -> str:
    return f"{function.__module__}.{function.__qualname__}"


def _discover_tasks() -> None:
    global _discovered
    if _discovered:
        return
    autodiscover_modules("tasks")
    for module in TASK_MODULES:
        import_module(module)
    _discovered = True


def registered_task(name: str) -> TaskFunction:
    _discover_tasks()
    try:
        return _registry[name]
    except KeyError:
        raise UnknownTask(f"No task is registered as {name!r}") from None


def enqueue(name: str, **payload) -> BackgroundTask:
    """Ask the worker to run the task `name` with `payload` (JSON-serialisable keyword arguments). Written in the
    current transaction, so it only happens if the caller's change is committed."""
    registered_task(name)  # a misspelt name fails here, where it was written, not later in the worker
    return BackgroundTask.objects.create(name=name, payload=payload, request_id=current_request_id()[:64])


def retry_delay(attempts: int) -> timedelta:
    """How long a task waits after its `attempts`-th failure: one minute, doubling, at most an hour."""
    return timedelta(seconds=min(RETRY_MAX_SECONDS, RETRY_BASE_SECONDS * 2 ** max(0, min(attempts - 1, 16))))


def run_due_tasks(*, limit: int = 50) -> int:
    """Run up to `limit` due tasks (starting none after `RUN_SECONDS`); returns how many ran to completion. Never
    raises: a failing task is logged and retried later, and a database that does not answer ends this turn (the
    worker comes back at its next)."""
    try:
        _discover_tasks()
    except Exception:
        # Running tasks whose code could not be imported would only use up their attempts: none run until fixed.
        logger.exception("Background tasks: a tasks module could not be imported; no task runs")
        return 0
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
    now = timezone.now()
    with transaction.atomic():
        claimed = (
            BackgroundTask.objects.select_for_update(skip_locked=True)
            .filter(dead_at__isnull=True, available_at__lte=now)
            .order_by("available_at", "id")
            .first()
        )
        if claimed is None:
            return None
        claimed.attempts += 1
        claimed.available_at = now + CLAIM_LEASE
        BackgroundTask.objects.filter(pk=claimed.pk).update(
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
            registered_task(claimed.name)(**claimed.payload)
        except Exception:
            error = traceback.format_exc()[-LAST_ERROR_CHARS:]
            logger.exception("Task %s failed (attempt %s of %s)", claimed, claimed.attempts, max_attempts)
            if claimed.attempts >= max_attempts:
                _give_up(claimed, error)
            else:
                _postpone(claimed, error)
            return 0
        BackgroundTask.objects.filter(pk=claimed.pk).delete()
        logger.info("Task %s done in %.0f ms", claimed, (time.monotonic() - started) * 1000)
        return 1
    except DatabaseError:
        # The task's outcome could not be written; its lease runs out and it is tried again.
        logger.exception("Task %s: its outcome could not be recorded", claimed)
        return 0
    finally:
        request_id_var.reset(token)


def _postpone(claimed: BackgroundTask, error: str) -> None:
    available_at = timezone.now() + retry_delay(claimed.attempts)
    BackgroundTask.objects.filter(pk=claimed.pk).update(available_at=available_at, last_error=error)


def _give_up(claimed: BackgroundTask, error: str) -> None:
    BackgroundTask.objects.filter(pk=claimed.pk).update(dead_at=timezone.now(), last_error=error)
    logger.error(
        "Task %s given up after %s attempts; it stays in the table, marked dead, for an operator",
        claimed,
        claimed.attempts,
    )
