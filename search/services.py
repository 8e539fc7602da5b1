"""Writes of the search app: telling the index what changed (through the outbox), and recording searches."""

from __future__ import annotations

from collections.abc import Iterable

from django.apps import apps
from django.db.models import F
from oscar.core.loading import get_model

from marketplace.observability import current_request_id
from search.models import SearchIndexVersion, SearchOutboxEntry

Product = get_model("catalogue", "Product")
BATCH = 1000


def search_index_enqueue(
    *, product_ids: Iterable[int] = (), artisan_ids: Iterable[int] = (), story_ids: Iterable[int] = ()
) -> None:
    """Note that these products, artisans and stories changed. Call it inside the transaction that changes them:
    the note is committed with the change or not at all, and the search worker applies it when the engine
    answers."""
    request_id = current_request_id()
    kinds = SearchOutboxEntry.Kind
    entries = [SearchOutboxEntry(kind=kinds.PRODUCT, object_id=pk, request_id=request_id) for pk in set(product_ids)]
    entries += [SearchOutboxEntry(kind=kinds.ARTISAN, object_id=pk, request_id=request_id) for pk in set(artisan_ids)]
    entries += [SearchOutboxEntry(kind=kinds.STORY, object_id=pk, request_id=request_id) for pk in set(story_ids)]
    SearchOutboxEntry.objects.bulk_create(entries, batch_size=BATCH)


def search_index_enqueue_artisans(artisan_ids: Iterable[int]) -> None:
    """An artisan's name, place or standing changed: their document and all their products' documents."""
    artisan_ids = list(set(artisan_ids))
    product_ids = Product.objects.filter(artisan_id__in=artisan_ids).values_list("pk", flat=True)
    search_index_enqueue(product_ids=product_ids, artisan_ids=artisan_ids)


def search_index_enqueue_deposits(deposit_ids: Iterable[int]) -> None:
    product_ids = Product.objects.filter(design_deposit_id__in=list(deposit_ids)).values_list("pk", flat=True)
    search_index_enqueue(product_ids=product_ids)


def search_index_enqueue_stories_within(page) -> None:
    """A page's address or visibility changed (a new slug, a move, a view restriction): the stories at or below it
    have a new URL or may no longer be public. The worker re-reads each one, and removes what readers cannot open."""
    StoryPage = apps.get_model("cms", "StoryPage")
    story_ids = StoryPage.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True)
    search_index_enqueue(story_ids=story_ids)


def search_index_version_bump(kind: str) -> None:
    """The index of this kind changed (documents written, or a rebuild switched to a new index): what was cached
    from it under the old version is stale everywhere from now on."""
    if not SearchIndexVersion.objects.filter(kind=kind).update(number=F("number") + 1):
        SearchIndexVersion.objects.get_or_create(kind=kind, defaults={"number": 1})
