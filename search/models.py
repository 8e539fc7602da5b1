"""The search app's own tables: the index outbox, and what buyers search for and click.

Oscar's search app has no models; this fork adds them under the same app label.
"""

import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SearchOutboxEntry(models.Model):
    """A change the search index has not applied yet.

    Written in the same transaction as the change itself, so a change is never lost even when the engine is down;
    the worker (`manage.py search_worker`) applies entries and deletes them, and leaves them, with a later retry
    time, when the engine does not answer. Applying an entry rebuilds the object's document from the database as it
    is then, so entries can be applied in any order and more than once with the same result.
    """

    class Kind(models.TextChoices):
        PRODUCT = "product", _("product")
        ARTISAN = "artisan", _("artisan")
        STORY = "story", _("story")

    kind = models.CharField(max_length=10, choices=Kind.choices)
    object_id = models.BigIntegerField()
    enqueued_at = models.DateTimeField(auto_now_add=True)
    available_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    # The request that made the change: the worker's log lines about it carry the same id as the request's own.
    request_id = models.CharField(max_length=64, blank=True, default="")

    class Meta:
        verbose_name = _("search index change")
        verbose_name_plural = _("search index changes")
        indexes = [models.Index(fields=["available_at", "id"], name="search_outbox_due")]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id}"


class SearchQueryRecord(models.Model):
    """One search a buyer made: what they typed, how it was read, and how many results it had."""

    # Made when the search runs (the row is written later, in the background), so clicks can refer to it.
    token = models.UUIDField(unique=True, default=uuid.uuid4, editable=False)
    query = models.CharField(max_length=200)
    normalised = models.CharField(max_length=300, blank=True)
    language = models.CharField(max_length=5)
    filters = models.JSONField(default=dict, blank=True)
    result_count = models.PositiveIntegerField()
    channel = models.CharField(max_length=10, default="api")
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("search")
        verbose_name_plural = _("searches")
        indexes = [models.Index(fields=["result_count", "created_at"], name="search_query_zero_results")]

    def __str__(self) -> str:
        return f"{self.query} ({self.result_count})"


class SearchClick(models.Model):
    """A result a buyer opened from a search."""

    search_token = models.UUIDField(null=True, blank=True, db_index=True)
    product_id = models.BigIntegerField()
    position = models.PositiveSmallIntegerField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("search click")
        verbose_name_plural = _("search clicks")

    def __str__(self) -> str:
        return f"{self.product_id} at {self.position}"


class SearchIndexVersion(models.Model):
    """A number that grows each time an index's documents change (the worker applied changes, or a rebuild switched
    to a new index). Whatever is worked out from an index, such as the browsing facets' counts, is cached under
    this number, so a change of the index makes it stale at once, in every process. Kept in the database, not the
    cache, because the cache may be each process's own (locally), and a stale version would show stale counts."""

    kind = models.CharField(max_length=20, primary_key=True)
    number = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = _("search index version")
        verbose_name_plural = _("search index versions")

    def __str__(self) -> str:
        return f"{self.kind} {self.number}"
