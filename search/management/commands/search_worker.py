import logging
import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections, connection

from search.indexing import apply_due_entries

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Apply the search outbox: every change noted by the site reaches the index. Runs until stopped; with "
        "--once, until nothing is due. When the engine is down, changes wait in the outbox and are retried."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--once", action="store_true", help="apply what is due, then stop")
        parser.add_argument("--idle-sleep", type=float, default=1.0, help="seconds to wait when nothing is due")

    def handle(self, *args, once: bool, idle_sleep: float, **options) -> None:
        total = 0
        while True:
            # A long-running worker must drop connections the database has timed out; inside a transaction (a
            # test, or a caller's atomic block) closing would abort that transaction, so it is left alone.
            if not connection.in_atomic_block:
                close_old_connections()
            report = apply_due_entries()
            total += report.applied
            if report.errors:
                logger.warning("Search outbox: %s changes postponed: %s", report.failed, report.errors[0])
            if report.applied == 0 and report.failed == 0:
                if once:
                    break
                time.sleep(idle_sleep)
            elif report.failed and once:
                break
        self.stdout.write(f"{total} index changes applied")
