"""What buyers search for, kept for the authority (to improve the glossary from what people really type).

A search is a GET, and a GET must not write anything that can fail or wait under load. So a search is recorded
in a small in-process buffer and a background thread writes the buffer in batches, outside the request. If the
buffer is full (the database is far behind), records are dropped and counted: the page never waits for them.
Tests (SEARCH_ANALYTICS_SYNC) write at once, in the request, to see the rows.
"""

from __future__ import annotations

import logging
import queue
import threading
import uuid
from typing import Any

from django.conf import settings
from django.db import close_old_connections

from search.models import SearchClick, SearchQueryRecord

logger = logging.getLogger(__name__)

BUFFER_SIZE = 5000
FLUSH_EVERY_SECONDS = 1.0
_buffer: queue.Queue = queue.Queue(maxsize=BUFFER_SIZE)
_writer_lock = threading.Lock()
_writer: threading.Thread | None = None
dropped = 0


def record_search(
    *, query: str, normalised: str, language: str, filters: dict, result_count: int, channel: str
) -> uuid.UUID:
    """Record a search; returns its token, by which the results page reports clicks."""
    token = uuid.uuid4()
    _enqueue(
        SearchQueryRecord(
            token=token,
            query=query[:200],
            normalised=normalised[:300],
            language=language,
            filters=filters,
            result_count=result_count,
            channel=channel,
        )
    )
    return token


def record_click(*, search_token: uuid.UUID | None, product_id: int, position: int) -> None:
    _enqueue(SearchClick(search_token=search_token, product_id=product_id, position=position))


def _enqueue(record: Any) -> None:
    global dropped
    if getattr(settings, "SEARCH_ANALYTICS_SYNC", False):
        record.save()
        return
    try:
        _buffer.put_nowait(record)
    except queue.Full:
        dropped += 1
        return
    _ensure_writer()


def _ensure_writer() -> None:
    global _writer
    if _writer is not None and _writer.is_alive():
        return
    with _writer_lock:
        if _writer is None or not _writer.is_alive():
            _writer = threading.Thread(target=_write_forever, name="search-analytics", daemon=True)
            _writer.start()


def _write_forever() -> None:
    while True:
        try:
            first = _buffer.get(timeout=60)
        except queue.Empty:
            continue
        batch = [first]
        while len(batch) < 500:
            try:
                batch.append(_buffer.get(timeout=FLUSH_EVERY_SECONDS if len(batch) == 1 else 0.01))
            except queue.Empty:
                break
        flush(batch)


def flush(batch: list | None = None) -> int:
    """Write a batch (or everything buffered) to the database; returns how many records were written."""
    if batch is None:
        batch = []
        while True:
            try:
                batch.append(_buffer.get_nowait())
            except queue.Empty:
                break
    if not batch:
        return 0
    close_old_connections()
    try:
        searches = [record for record in batch if isinstance(record, SearchQueryRecord)]
        clicks = [record for record in batch if isinstance(record, SearchClick)]
        SearchQueryRecord.objects.bulk_create(searches)
        SearchClick.objects.bulk_create(clicks)
    except Exception:  # analytics must never take anything down with it
        logger.exception("Could not write %s search analytics records", len(batch))
        return 0
    finally:
        close_old_connections()
    return len(batch)
