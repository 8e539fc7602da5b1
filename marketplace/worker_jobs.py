"""The worker's jobs: what `manage.py worker` runs, and how often.

Kept apart from the command so that the metrics (`marketplace.metrics`, which labels each run by its job's name and
reports every known job from zero) read the list as data without importing the command that records into them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.core.management import call_command

logger = logging.getLogger(__name__)


@dataclass
class Job:
    name: str
    every: float  # seconds between runs; 0: every turn of the loop
    run: Callable[[], int]  # returns how much it did (for the log)
    next_at: float = 0.0
    failures: int = field(default=0)


def _apply_search_outbox() -> int:
    from search.indexing import apply_due_entries

    report = apply_due_entries()
    if report.errors:
        logger.warning("Search outbox: %s changes postponed: %s", report.failed, report.errors[0])
    return report.applied


def _refresh_browse_facets() -> int:
    from search.selectors import refresh_browse_facets

    return refresh_browse_facets()


def _run_background_tasks() -> int:
    from marketplace.tasks import run_due_tasks

    return run_due_tasks()


def _expire_reservations() -> int:
    from payments.services import reservations_expire

    return reservations_expire()


def _retry_refunds() -> int:
    from payments.services import refunds_retry

    return refunds_retry()


def _settle_the_past_month() -> int:
    from ledger.services import settlement_run_monthly

    return 1 if settlement_run_monthly() else 0


def _publish_scheduled() -> int:
    call_command("publish_scheduled", verbosity=0)
    return 0


def _count_certificate_scans() -> int:
    from provenance.services import certificate_scans_flush

    return certificate_scans_flush()


def _send_follow_digests() -> int:
    from favourites.services import follow_digests_send

    return follow_digests_send()


def _send_review_reminders() -> int:
    from catalogue.reviews.services import review_reminders_send

    return review_reminders_send()


def default_jobs() -> list[Job]:
    jobs = [
        Job("search outbox", 0, _apply_search_outbox),
        # Right after the outbox, so the counts of the index it just changed are ready before visitors ask; a turn
        # with nothing new costs one database query and one cache read.
        Job("browse facets", 0, _refresh_browse_facets),
        Job("background tasks", 0, _run_background_tasks),
        Job("reservation expiry", float(settings.WORKER_RESERVATIONS_EVERY), _expire_reservations),
        Job("pending refunds", float(settings.WORKER_REFUNDS_EVERY), _retry_refunds),
        Job("scheduled publishing", float(settings.WORKER_PUBLISHING_EVERY), _publish_scheduled),
        Job("certificate scans", 60.0, _count_certificate_scans),
        Job("follow digests", float(settings.WORKER_FOLLOW_DIGESTS_EVERY), _send_follow_digests),
        Job("review reminders", float(settings.WORKER_REVIEW_REMINDERS_EVERY), _send_review_reminders),
    ]
    if settings.SETTLEMENT_SCHEDULE == "monthly":
        jobs.append(Job("monthly settlement", float(settings.WORKER_SETTLEMENT_EVERY), _settle_the_past_month))
    return jobs
