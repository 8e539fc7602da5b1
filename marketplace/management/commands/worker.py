"""`manage.py worker`: the background process beside the web servers (the Procfile's `worker`).

One loop does the work that must not happen in a request:
- the **search outbox**, applied continuously (every change the site notes reaches the index, retried while the
  engine is away);
- the **browsing facets** (`search.selectors.refresh_browse_facets`): after each change of the products index, the
  counts of the catalogue's and each craft's facets, cached under the index's new version, so no visitor waits
  for them;
- the **background tasks** (django-tasks on `marketplace.tasks.DatabaseBackend`: e-mail delivery, product
  thumbnails, Wagtail renditions, Wagtail's own reference and search index updates), run continuously, each under
  the id of the request that queued it;
- **reservation expiry** (`payments.services.reservations_expire`), every `WORKER_RESERVATIONS_EVERY` seconds:
  unpaid orders past their reservation are cancelled and their stock released;
- Wagtail's **scheduled publishing**, every `WORKER_PUBLISHING_EVERY` seconds;
- the **certificate scans** counted in the shared cache, added to the certificates every minute
  (`provenance.services.certificate_scans_flush`);
- with `SETTLEMENT_SCHEDULE=monthly`, the **settlement** of the month just ended (`ledger.services.
  settlement_run_monthly`: statements and the bank-transfer file kept in the private storage), looked for every
  `WORKER_SETTLEMENT_EVERY` seconds and made once. Without it, settlements are run by hand (`manage.py settle`).

A job that fails is logged and tried again at its next turn; it never stops the worker. SIGTERM or SIGINT (a deploy,
`honcho` stopping) lets the current job finish, then the worker exits 0, so nothing is cut half-way. Several workers
may run at once: the outbox claims its entries, reservation expiry locks each order, and publishing is idempotent.
"""

from __future__ import annotations

import logging
import signal
import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections, connection

from marketplace.metrics import record_job_run
from marketplace.worker_jobs import Job, default_jobs

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Run the background work: the search outbox, background tasks (e-mail, image copies), reservation expiry, "
        "pending refunds and scheduled publishing, until stopped "
        "(SIGTERM finishes the current job first). With --once, run every job once and stop."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--once", action="store_true", help="run every job once, then stop")
        parser.add_argument("--idle-sleep", type=float, default=1.0, help="seconds to wait when nothing was done")

    def handle(self, *args, once: bool, idle_sleep: float, **options) -> None:
        self.stopping = False
        if not once:
            signal.signal(signal.SIGTERM, self._stop)
            signal.signal(signal.SIGINT, self._stop)
        jobs = default_jobs()
        logger.info("Worker started: %s", ", ".join(job.name for job in jobs))
        while not self.stopping:
            did = run_due_jobs(jobs, now=time.monotonic())
            if once:
                break
            if not did:
                time.sleep(idle_sleep)
        failed = sum(job.failures for job in jobs)
        self.stdout.write(f"Worker stopped ({failed} failed job runs).")

    def _stop(self, signum, frame) -> None:
        logger.info("Worker asked to stop (signal %s): finishing the current job", signum)
        self.stopping = True


def run_due_jobs(jobs: list[Job], *, now: float) -> int:
    """Run each job whose turn has come; returns how much was done in all. A failure is logged and counted."""
    did = 0
    for job in jobs:
        if now < job.next_at:
            continue
        # A long-running process must drop connections the database has timed out; inside a transaction (a test)
        # closing would abort it, so it is left alone.
        if not connection.in_atomic_block:
            close_old_connections()
        started, failed = time.monotonic(), False
        try:
            did += job.run() or 0
        except Exception:
            failed = True
            job.failures += 1
            logger.exception("Worker job %r failed; it runs again at its next turn", job.name)
        # Counted in the shared cache for the metrics endpoint (runs, failures, time, last success); never raises.
        record_job_run(job.name, failed=failed, seconds=time.monotonic() - started)
        job.next_at = now + job.every
    return did
