"""The background task queue, django-tasks' API over our backend: a task exists only if its caller's change was
committed, runs once in the worker with the id of the request that asked for it, waits longer after each failure,
and is given up, and kept for an operator, after TASK_MAX_ATTEMPTS. Nothing a row holds can stop the worker, or make
it run anything but a declared task."""

import logging
import threading
import time
from datetime import timedelta

import pytest
from django.db import connection, transaction
from django.utils import timezone
from django_tasks import TaskResultStatus, task
from wagtail.models import Page
from wagtail.tasks import update_reference_index_task

from marketplace.models import BackgroundTask
from marketplace.observability import RequestIdFilter, current_request_id, request_id_var
from marketplace.selectors import dead_task_count, task_queue_depth
from marketplace.tasks import retry_delay, run_due_tasks

pytestmark = pytest.mark.django_db

runs: list[dict] = []
task_logger = logging.getLogger("tests.tasks")


@task
def note_run(*, label: str, seconds: float = 0.0) -> None:
    time.sleep(seconds)
    runs.append({"label": label, "request_id": current_request_id()})
    task_logger.warning("ran %s", label)


@task
def always_fail(*, label: str) -> None:
    raise RuntimeError(f"{label} cannot be done")


@pytest.fixture(autouse=True)
def _no_runs_yet():
    runs.clear()
    yield
    runs.clear()


def let_time_pass() -> None:
    """Every waiting task becomes due, as if its retry delay had gone by."""
    BackgroundTask.objects.filter(dead_at__isnull=True).update(available_at=timezone.now())


def test_a_task_enqueued_in_a_rolled_back_transaction_leaves_nothing():
    # Given a change that enqueues a task, then fails
    with pytest.raises(RuntimeError), transaction.atomic():
        note_run.enqueue(label="never")
        raise RuntimeError("the change is refused")

    # When the worker runs
    done = run_due_tasks()

    # Then there was nothing to run
    assert done == 0 and runs == []
    assert not BackgroundTask.objects.exists()


def test_a_task_runs_once_in_the_worker_and_is_deleted():
    note_run.enqueue(label="once")

    first, second = run_due_tasks(), run_due_tasks()

    assert (first, second) == (1, 0)
    assert [run["label"] for run in runs] == ["once"]
    assert task_queue_depth() == 0


def test_a_task_runs_with_the_id_of_the_request_that_enqueued_it(caplog):
    # Given a task enqueued while request "req-7" was handled
    token = request_id_var.set("req-7")
    try:
        note_run.enqueue(label="joined")
    finally:
        request_id_var.reset(token)
    caplog.handler.addFilter(RequestIdFilter())

    # When the worker, outside any request, runs it
    with caplog.at_level(logging.INFO):
        run_due_tasks()

    # Then the task's own log lines, and the queue's, carry that id; afterwards the worker is back to "no request"
    assert runs == [{"label": "joined", "request_id": "req-7"}]
    ran = [record for record in caplog.records if record.name == "tests.tasks"]
    done = [record for record in caplog.records if record.name == "marketplace.tasks" and "done" in record.message]
    assert [record.request_id for record in ran + done] == ["req-7", "req-7"]
    assert current_request_id() == "-"


def test_a_long_turn_stops_starting_tasks_so_the_worker_can_stop_between_jobs(monkeypatch):
    # Given five tasks of 0.3 s each, and a turn allowed half a second
    monkeypatch.setattr("marketplace.tasks.RUN_SECONDS", 0.5)
    for number in range(5):
        note_run.enqueue(label=f"slow {number}", seconds=0.3)

    # When the worker takes a turn
    done = run_due_tasks()

    # Then it started no task once its time was up (two at most fit); the others wait, due, for its next turn
    assert done in (1, 2) and len(runs) == done
    assert task_queue_depth() == 5 - done


def test_a_row_naming_a_function_that_is_not_a_task_never_runs_it(tmp_path):
    # Given a row, written by hand, that names a plain function of the standard library
    target = tmp_path / "made-by-a-row"
    BackgroundTask.objects.create(name="os.mkdir", args=[str(target)])

    # When the worker runs
    done = run_due_tasks()

    # Then the function was not called: the row failed as naming no task
    assert done == 0 and not target.exists()
    assert "No task is registered as 'os.mkdir'" in BackgroundTask.objects.get().last_error


def test_a_failing_task_waits_longer_after_each_attempt(caplog):
    # Given a task that fails
    always_fail.enqueue(label="flaky")

    # When the worker runs it, then runs again at once
    before = timezone.now()
    with caplog.at_level(logging.ERROR, logger="marketplace.tasks"):
        assert run_due_tasks() == 0
    after = timezone.now()
    assert run_due_tasks() == 0

    # Then it was tried once, its error kept and logged with its traceback, and it waits a minute before the next try
    waiting = BackgroundTask.objects.get()
    assert waiting.attempts == 1
    assert "RuntimeError: flaky cannot be done" in waiting.last_error
    assert before + retry_delay(1) <= waiting.available_at <= after + retry_delay(1)
    assert [record.exc_info is not None for record in caplog.records] == [True]

    # and after that minute, a second failure makes it wait twice as long
    let_time_pass()
    before = timezone.now()
    run_due_tasks()
    waiting.refresh_from_db()
    assert waiting.attempts == 2
    assert waiting.available_at >= before + timedelta(minutes=2)


def test_retry_delays_double_up_to_an_hour():
    assert [retry_delay(attempt).total_seconds() for attempt in range(1, 10)] == [
        60,
        120,
        240,
        480,
        960,
        1920,
        3600,
        3600,
        3600,
    ]


def test_a_task_failing_every_attempt_is_given_up_and_kept_for_an_operator(settings, caplog):
    # Given a task that fails, and three attempts allowed
    settings.TASK_MAX_ATTEMPTS = 3
    always_fail.enqueue(label="hopeless")

    # When it has been tried three times
    with caplog.at_level(logging.ERROR, logger="marketplace.tasks"):
        for _ in range(3):
            run_due_tasks()
            let_time_pass()
        run_due_tasks()

    # Then it is marked dead, with its last error, never tried again, and counted apart from the queue
    dead = BackgroundTask.objects.get()
    assert dead.is_dead and dead.attempts == 3
    assert "hopeless cannot be done" in dead.last_error
    assert (task_queue_depth(), dead_task_count()) == (0, 1)
    given_up = [record for record in caplog.records if "given up" in record.getMessage()]
    assert len(given_up) == 1 and given_up[0].levelno == logging.ERROR


def test_a_task_whose_worker_died_at_every_attempt_is_given_up_without_running(settings):
    # Given a task whose every start so far ended with the worker killed (its lease ran out each time)
    settings.TASK_MAX_ATTEMPTS = 3
    crashing = note_run.enqueue(label="kills its worker")
    BackgroundTask.objects.filter(pk=crashing.id).update(attempts=3)

    # When a worker comes to it again
    run_due_tasks()

    # Then it is not started a fourth time
    assert runs == []
    assert BackgroundTask.objects.get().is_dead


def test_hostile_or_malformed_tasks_are_logged_failures_and_the_others_still_run(caplog):
    # Given rows the code does not know how to run (written by another version, or by hand), among a good one
    BackgroundTask.objects.create(name="no_such_task", payload={"label": "x"})
    BackgroundTask.objects.create(name=note_run.module_path, payload={})  # its required key is missing
    BackgroundTask.objects.create(name=note_run.module_path, payload={"label": "x", "surprise": 1})
    BackgroundTask.objects.create(name=note_run.module_path, payload=["not", "keyword", "arguments"])
    BackgroundTask.objects.create(name=note_run.module_path, payload="__import__('os')")
    note_run.enqueue(label="good")

    # When the worker runs
    with caplog.at_level(logging.ERROR, logger="marketplace.tasks"):
        done = run_due_tasks()

    # Then the good one ran; each bad one failed, was logged and waits for its retry
    assert done == 1 and [run["label"] for run in runs] == ["good"]
    failed = BackgroundTask.objects.order_by("pk")
    assert [(row.attempts, bool(row.last_error)) for row in failed] == [(1, True)] * 5
    assert "No task is registered as 'no_such_task'" in failed[0].last_error
    assert "label" in failed[1].last_error
    assert len([record for record in caplog.records if record.exc_info]) == 5


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks (SKIP LOCKED) need PostgreSQL")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_workers_running_at_once_never_run_the_same_task_twice():
    # Given twenty tasks, each taking a little while
    for number in range(20):
        note_run.enqueue(label=f"task {number}", seconds=0.02)
    start = threading.Barrier(2)
    done = []

    def worker():
        try:
            start.wait()
            done.append(run_due_tasks())
        finally:
            connection.close()

    # When two workers run at the same moment
    workers = [threading.Thread(target=worker) for _ in range(2)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()

    # Then each task ran exactly once, between them
    labels = [run["label"] for run in runs]
    assert sorted(labels) == sorted(f"task {number}" for number in range(20))
    assert sum(done) == 20
    assert not BackgroundTask.objects.exists()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks (SKIP LOCKED) need PostgreSQL")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_task_another_worker_is_claiming_is_skipped_not_waited_for():
    # Given a task whose row another worker holds locked while it claims it
    busy = note_run.enqueue(label="busy")
    note_run.enqueue(label="free")
    locked, release = threading.Event(), threading.Event()

    def other_worker():
        try:
            with transaction.atomic():
                BackgroundTask.objects.select_for_update().get(pk=busy.id)
                locked.set()
                release.wait(timeout=10)
        finally:
            connection.close()

    holder = threading.Thread(target=other_worker)
    holder.start()
    locked.wait(timeout=10)

    # When this worker runs
    try:
        started = time.monotonic()
        done = run_due_tasks()
        waited = time.monotonic() - started
    finally:
        release.set()
        holder.join()

    # Then it ran the other task at once and left the locked one alone
    assert done == 1 and [run["label"] for run in runs] == ["free"]
    assert waited < 5
    assert list(BackgroundTask.objects.values_list("pk", flat=True)) == [int(busy.id)]


def test_a_task_enqueued_to_run_later_waits_until_then():
    # Given a task asked to run in an hour
    note_run.using(run_after=timezone.now() + timedelta(hours=1)).enqueue(label="later")

    # When the worker runs now, and again once the hour has passed
    now, later = run_due_tasks(), (let_time_pass(), run_due_tasks())[1]

    # Then it ran only the second time
    assert (now, later) == (0, 1)
    assert [run["label"] for run in runs] == ["later"]


def test_a_given_up_task_reads_as_failed_with_its_error(settings):
    # Given a task that failed at its only allowed attempt
    settings.TASK_MAX_ATTEMPTS = 1
    result = always_fail.enqueue(label="read back")
    run_due_tasks()

    # When its result is read back through django-tasks
    result.refresh()

    # Then it failed, with the traceback the worker kept
    assert result.status == TaskResultStatus.FAILED
    assert "read back cannot be done" in result.errors[0].traceback


def test_wagtails_own_tasks_run_in_the_worker_with_their_positional_arguments():
    # Given a page Wagtail indexes the references of, saved (Wagtail enqueues its reference index update)
    root = Page.objects.get(depth=1)
    root.save()
    waiting = BackgroundTask.objects.all()
    assert (update_reference_index_task.module_path, ["wagtailcore", "page", str(root.pk)]) in [
        (row.name, row.args) for row in waiting
    ]

    # When the worker runs
    done = run_due_tasks()

    # Then Wagtail's tasks ran there, not in the request that saved the page
    assert done == len(waiting) > 0
    assert not BackgroundTask.objects.exists()


def test_wagtails_task_for_an_object_deleted_before_it_ran_is_done_not_retried(caplog):
    # Given a page saved (Wagtail queues its index updates) and deleted before the worker came
    root = Page.objects.get(depth=1)
    page = root.add_child(instance=Page(title="Gone soon", slug="gone-soon"))
    page.delete()
    assert BackgroundTask.objects.filter(name=update_reference_index_task.module_path).exists()

    # When the worker runs
    with caplog.at_level(logging.ERROR, logger="marketplace.tasks"):
        run_due_tasks()

    # Then those tasks are done, with nothing to do: none waits for a retry or is kept dead for an operator
    assert not BackgroundTask.objects.exists()
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]
