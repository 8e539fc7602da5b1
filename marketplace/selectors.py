"""Reads about the project's own tables: how the background task queue is doing (for the metrics endpoint)."""

from marketplace.models import BackgroundTask


def task_queue_depth() -> int:
    """Tasks waiting to run, due now or waiting to be retried; given-up ones are not counted."""
    return BackgroundTask.objects.filter(dead_at__isnull=True).count()


def dead_task_count() -> int:
    """Tasks given up after `TASK_MAX_ATTEMPTS` failures, left for an operator to look at."""
    return BackgroundTask.objects.filter(dead_at__isnull=False).count()
