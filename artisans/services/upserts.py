"""What the catalogue import's bulk upserts share. The import validates a whole file first and then
writes it through `artisans_bulk_upsert` and `deposits_bulk_upsert` in one transaction, matching records by their
natural keys, creating what is new, updating only what changed, and counting what it left alone."""

from __future__ import annotations

from dataclasses import dataclass

BULK_BATCH = 1000
LOOKUP_CHUNK = 900  # stays under SQLite's limit on query parameters


@dataclass
class UpsertCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


def chunked(items, size: int = LOOKUP_CHUNK):
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]
