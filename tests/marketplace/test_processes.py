"""The production processes: the background worker's loop, gunicorn with the project's configuration, and the
Procfile that runs both (`honcho start`). The servers are started for real, as subprocesses."""

import os
import signal
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from marketplace.management.commands.worker import run_due_jobs
from marketplace.worker_jobs import Job
from search.models import SearchOutboxEntry
from tests.factories import make_product
from tests.servers import free_port, wait_for

PROJECT = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent


def local_environment(tmp_path) -> dict:
    """A process of its own on the embedded defaults: a fresh SQLite file, no search engine."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="marketplace.settings.local",
        DATABASE_URL=f"sqlite:///{tmp_path / 'process.sqlite3'}",
        DJANGO_MEDIA_ROOT=str(tmp_path),
        ELASTICSEARCH_URL="http://127.0.0.1:9",
        PATH=f"{VENV_BIN}:{env.get('PATH', '')}",
    )
    return env


@pytest.mark.django_db
def test_one_turn_of_the_worker_applies_the_search_outbox(search_engine, settings):
    # Given a new piece, noted in the search outbox, on a site without card payments configured (like the demo)
    settings.STRIPE_SECRET_KEY = ""
    make_product()
    assert SearchOutboxEntry.objects.exists()
    # When the worker runs every job once
    output = StringIO()
    call_command("worker", "--once", stdout=output)
    # Then the outbox is empty (the piece is in the index), and no job failed: with no reservation overdue, reservation
    # expiry does not even need the payment provider
    assert not SearchOutboxEntry.objects.exists()
    assert "(0 failed job runs)" in output.getvalue()


@pytest.mark.django_db  # each turn drops stale database connections
def test_a_failing_job_is_counted_and_never_stops_the_others():
    ran = []

    def broken() -> int:
        raise ConnectionError("the engine is away")

    jobs = [Job("broken", 0, broken), Job("fine", 0, lambda: ran.append("fine") or 1)]
    assert run_due_jobs(jobs, now=100.0) == 1
    assert ran == ["fine"]
    assert jobs[0].failures == 1


@pytest.mark.django_db
def test_a_job_runs_again_only_when_its_turn_comes():
    runs = []
    jobs = [Job("every minute", 60, lambda: runs.append(1) or 0)]
    run_due_jobs(jobs, now=1000.0)
    run_due_jobs(jobs, now=1030.0)
    run_due_jobs(jobs, now=1060.0)
    assert len(runs) == 2


def test_the_worker_finishes_its_job_and_exits_cleanly_on_sigterm(tmp_path):
    # The database here is an empty file: every job fails, is logged, and the worker keeps going until told to stop.
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "worker", "--idle-sleep", "0.2"],
        cwd=PROJECT,
        env=local_environment(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    # Stopped once it is running (its signal handlers set), however long Django takes to start on a busy machine
    for line in worker.stderr:
        if "Worker started" in line:
            break
    assert worker.poll() is None, worker.stderr.read()
    worker.send_signal(signal.SIGTERM)
    stdout, stderr = worker.communicate(timeout=30)
    assert worker.returncode == 0, stderr
    assert "Worker stopped" in stdout
    assert "finishing the current job" in stderr or "Worker stopped" in stdout


def test_gunicorn_serves_with_the_project_configuration_and_stops_gracefully(tmp_path):
    port = free_port()
    env = {**local_environment(tmp_path), "PORT": str(port), "HOST": "127.0.0.1", "WEB_CONCURRENCY": "2"}
    server = subprocess.Popen(
        [str(VENV_BIN / "gunicorn"), "-c", "gunicorn.conf.py", "marketplace.wsgi"],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert wait_for(f"http://127.0.0.1:{port}/healthz") == 200
    finally:
        server.send_signal(signal.SIGTERM)
        output, _ = server.communicate(timeout=60)
    assert server.returncode == 0, output
    assert output.count("Booting worker") == 2  # WEB_CONCURRENCY
    assert "Shutting down" in output


def test_the_procfile_names_the_web_server_and_the_worker(tmp_path):
    result = subprocess.run(
        [str(VENV_BIN / "honcho"), "check"],
        cwd=PROJECT,
        env=local_environment(tmp_path),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "web, worker" in result.stderr + result.stdout
