"""Keeping the index true: building documents from the database, applying the outbox, rebuilding, checking.

Every change that affects search is written to the outbox (search.models.SearchOutboxEntry) in the same
transaction as the change; `apply_due_entries` (run by `manage.py search_worker`) turns entries into bulk index
operations. A rebuild fills a fresh index and moves the alias to it in one step, so searches keep working while
it runs.
"""

from __future__ import annotations

import hashlib
import logging
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import timedelta

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models import Count, Max, Q
from django.utils import timezone
from django.utils.text import Truncator
from elasticsearch import ApiError, NotFoundError, TransportError
from elasticsearch.helpers import BulkIndexError, bulk
from elasticsearch_dsl import Search
from oscar.core.loading import get_model
from wagtail.rich_text import get_text_for_indexing

from artisans.models import Artisan
from catalogue import selectors as catalogue_selectors
from catalogue.photos import thumbnail, webp_srcset_for_request
from marketplace.observability import NO_REQUEST, request_id_var
from marketplace.page_cache import bump_generation
from search.analysis import document_concepts, head_concepts, index_terms
from search.documents import (
    DOCUMENTS,
    ArtisanIndexDocument,
    ProductIndexDocument,
    StoryIndexDocument,
    alias_name,
    index_settings,
)
from search.engine import SearchUnavailable, get_client
from search.models import SearchOutboxEntry
from search.services import search_index_version_bump

logger = logging.getLogger(__name__)

Product = get_model("catalogue", "Product")
CHUNK = 500
SNIPPET_WORDS = 40
ENGINE_ERRORS = (TransportError, ApiError, SearchUnavailable, BulkIndexError, ConnectionError)


# --- Documents from the database -------------------------------------------------------------------------------


def _products_for_index(product_ids: Iterable[int] | None = None):
    products = catalogue_selectors.with_card_relations(catalogue_selectors.browsable_products()).prefetch_related(
        "materials"
    )
    if product_ids is not None:
        products = products.filter(pk__in=list(product_ids))
    return products.order_by("pk")


def product_document(product) -> ProductIndexDocument:
    artisan, craft, deposit = product.artisan, product.craft, product.design_deposit
    materials = list(product.materials.all())
    stockrecord = next(iter(product.stockrecords.all()), None)
    in_stock = bool(stockrecord and stockrecord.net_stock_level > 0)
    price_baisa = int(stockrecord.price * 1000) if stockrecord and stockrecord.price is not None else None
    images = list(product.images.all())
    image = thumbnail(images[0].original, "card").url if images else ""
    image_webp = webp_srcset_for_request(None, images[0].original, "card") if images else ""
    context_texts = [
        craft.name,
        craft.name_ar,
        *(material.name_en for material in materials),
        *(material.name_ar for material in materials),
        artisan.name_en,
        artisan.name_ar,
        artisan.wilayat.name_en,
        artisan.wilayat.name_ar,
        artisan.governorate.name_en,
        artisan.governorate.name_ar,
    ]
    if deposit:
        context_texts += [deposit.title_en, deposit.title_ar]
    concepts = document_concepts(product.title) | document_concepts(product.title_ar)
    concepts |= {f"craft:{craft.code}"} | {f"material:{material.slug}" for material in materials}
    document = ProductIndexDocument(
        meta={"id": product.pk},
        product_id=product.pk,
        sku=product.upc or "",
        sku_key=(product.upc or "").upper(),
        deposit_key=deposit.number.upper() if deposit else None,
        title_terms=index_terms(product.title, product.title_ar),
        context_terms=index_terms(*context_texts),
        description_terms=index_terms(product.description, product.description_ar),
        concepts=sorted(concepts),
        head_concepts=sorted(head_concepts(product.title) | head_concepts(product.title_ar)),
        suggest_terms=index_terms(product.title, product.title_ar),
        craft=craft.code,
        governorate=artisan.governorate.slug,
        wilayat=artisan.wilayat.slug,
        materials=[material.slug for material in materials],
        artisan=artisan.registry_number,
        price_baisa=price_baisa,
        in_stock=in_stock,
        has_deposit=deposit is not None,
        created=product.date_created,
        title_en=product.title,
        title_ar=product.title_ar,
        slug=product.slug,
        artisan_name_en=artisan.name_en,
        artisan_name_ar=artisan.name_ar,
        image=image,
        image_webp=image_webp,
    )
    document.source_hash = _hash(document.to_dict())
    return document


def _artisans_for_index(artisan_ids: Iterable[int] | None = None):
    artisans = (
        Artisan.objects.filter(verification=Artisan.Verification.VERIFIED)
        .select_related("governorate", "wilayat")
        .prefetch_related("crafts")
        .annotate(product_count=Count("products", filter=Q(products__is_public=True)))
    )
    if artisan_ids is not None:
        artisans = artisans.filter(pk__in=list(artisan_ids))
    return artisans.order_by("pk")


def artisan_document(artisan) -> ArtisanIndexDocument:
    document = ArtisanIndexDocument(
        meta={"id": artisan.pk},
        registry_number=artisan.registry_number,
        registry_key=artisan.registry_number.upper(),
        name_terms=index_terms(artisan.name_en, artisan.name_ar),
        place_terms=index_terms(
            artisan.wilayat.name_en, artisan.wilayat.name_ar, artisan.governorate.name_en, artisan.governorate.name_ar
        ),
        suggest_terms=index_terms(artisan.name_en, artisan.name_ar),
        crafts=[craft.code for craft in artisan.crafts.all()],
        governorate=artisan.governorate.slug,
        name_en=artisan.name_en,
        name_ar=artisan.name_ar,
        wilayat_en=artisan.wilayat.name_en,
        wilayat_ar=artisan.wilayat.name_ar,
        product_count=artisan.product_count,
    )
    document.source_hash = _hash(document.to_dict())
    return document


def _stories_for_index(story_ids: Iterable[int] | None = None):
    """Stories readers can open: published, and not behind a password or a login (a private story must not be
    found through search)."""
    # An alias shows another page's content under a second address; the original is the one found.
    stories = apps.get_model("cms", "StoryPage").objects.live().public().filter(alias_of__isnull=True)
    stories = stories.select_related("locale")
    if story_ids is not None:
        stories = stories.filter(pk__in=list(story_ids))
    return stories.order_by("pk")


def story_body_text(story) -> str:
    """The words of the story's paragraphs and quotes, read from the stream's raw data: no block is rendered and
    no image or embedded product is loaded."""
    texts = []
    for block in story.body.raw_data:
        value = block.get("value")
        if block.get("type") == "paragraph" and isinstance(value, str):
            texts.append(get_text_for_indexing(value))
        elif block.get("type") == "quote" and isinstance(value, dict):
            texts += [value.get("text") or "", value.get("attribution") or ""]
    return " ".join(text for text in texts if text)


def story_document(story) -> StoryIndexDocument:
    body = story_body_text(story)
    document = StoryIndexDocument(
        meta={"id": story.pk},
        story_id=story.pk,
        translation_key=str(story.translation_key),
        language=story.locale.language_code,
        kind=story.kind,
        date=story.date,
        title_terms=index_terms(story.title),
        intro_terms=index_terms(story.intro),
        body_terms=index_terms(body),
        author_terms=index_terms(story.author),
        title_concepts=sorted(document_concepts(story.title, crafts=True)),
        concepts=sorted(document_concepts(f"{story.title} {story.intro} {body}", crafts=True)),
        title=story.title,
        author=story.author,
        url=story.get_url() or "",
        snippet=Truncator(story.intro or body).words(SNIPPET_WORDS),
    )
    document.source_hash = _hash(document.to_dict())
    return document


def _hash(values: dict) -> str:
    return hashlib.sha1(repr(sorted(values.items())).encode(), usedforsecurity=False).hexdigest()


BUILDERS = {
    "products": (_products_for_index, product_document),
    "artisans": (_artisans_for_index, artisan_document),
    "stories": (_stories_for_index, story_document),
}
OUTBOX_KINDS = {
    SearchOutboxEntry.Kind.PRODUCT: "products",
    SearchOutboxEntry.Kind.ARTISAN: "artisans",
    SearchOutboxEntry.Kind.STORY: "stories",
}


def _chunked_documents(kind: str, ids: Iterable[int] | None = None) -> Iterator[list]:
    select, build = BUILDERS[kind]
    if ids is not None:
        ids = list(ids)
        for start in range(0, len(ids), CHUNK):
            yield [build(obj) for obj in select(ids[start : start + CHUNK])]
        return
    last_pk = 0
    while True:
        batch = list(select().filter(pk__gt=last_pk)[:CHUNK])
        if not batch:
            return
        last_pk = batch[-1].pk
        yield [build(obj) for obj in batch]


# --- Indexes and the alias ---------------------------------------------------------------------------------------


def create_index(kind: str, name: str) -> None:
    index = DOCUMENTS[kind]._index.clone(name=name)
    index.settings(**index_settings())
    index.create(using=get_client())


def ensure_index(kind: str) -> None:
    """Make sure the alias exists (an empty index behind it), so searches work before the first rebuild."""
    client = get_client()
    alias = alias_name(kind)
    if not client.indices.exists_alias(name=alias):
        name = f"{alias}-{timezone.now():%Y%m%d%H%M%S%f}"
        create_index(kind, name)
        client.indices.put_alias(index=name, name=alias)


def _bulk_actions(documents, index: str):
    for document in documents:
        yield {"_op_type": "index", "_index": index, "_id": document.meta.id, "_source": document.to_dict()}


@dataclass
class RebuildReport:
    kind: str
    index: str
    documents: int
    seconds: float


def _bulk_client():
    """The client with the longer timeout bulk requests need (searches keep the short one)."""
    return get_client().options(request_timeout=settings.SEARCH_BULK_TIMEOUT)


def rebuild(kind: str, *, before_switch=None) -> RebuildReport:
    """Fill a new index from the database, then point the alias at it and drop the old ones, in one step.
    `before_switch(new_index_name)` is called once the new index is full, just before the switch."""
    client = _bulk_client()
    alias = alias_name(kind)
    started = timezone.now()
    outbox_high_water = SearchOutboxEntry.objects.aggregate(last=Max("id"))["last"] or 0
    name = f"{alias}-{started:%Y%m%d%H%M%S%f}"
    create_index(kind, name)
    count = 0
    # Documents are built from the database in this thread while up to two bulk requests travel in others: on two
    # cores the building (Python) and the indexing (the engine) overlap. Only HTTP happens in the other threads.
    in_flight: deque = deque()
    with ThreadPoolExecutor(max_workers=2) as pool:
        for documents in _chunked_documents(kind):
            in_flight.append(pool.submit(bulk, client, list(_bulk_actions(documents, name)), refresh=False))
            count += len(documents)
            while len(in_flight) >= 2:
                in_flight.popleft().result()
        for request in in_flight:
            request.result()
    client.indices.refresh(index=name)
    if before_switch:
        before_switch(name)
    old = list(client.indices.get_alias(name=alias).keys()) if client.indices.exists_alias(name=alias) else []
    actions = [{"remove": {"index": index, "alias": alias}} for index in old]
    actions.append({"add": {"index": name, "alias": alias}})
    client.indices.update_aliases(actions=actions)
    search_index_version_bump(kind)
    for index in old:
        client.options(ignore_status=404).indices.delete(index=index)
    # What the rebuild read from the database is in the new index; later changes stay in the outbox.
    kinds = [outbox_kind for outbox_kind, index_kind in OUTBOX_KINDS.items() if index_kind == kind]
    SearchOutboxEntry.objects.filter(id__lte=outbox_high_water, kind__in=kinds).delete()
    bump_generation()
    return RebuildReport(kind, name, count, (timezone.now() - started).total_seconds())


# --- The outbox --------------------------------------------------------------------------------------------------


@dataclass
class OutboxReport:
    applied: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


def retry_delay(attempts: int) -> timedelta:
    return timedelta(seconds=min(300, 2 ** min(attempts, 8)))


CLAIM_LEASE = timedelta(minutes=2)


def apply_due_entries(*, limit: int = CHUNK) -> OutboxReport:
    """Apply the outbox entries that are due: index what is browsable, delete what is not, in one bulk request per
    kind. Entries are claimed in a short transaction (so that two workers never take the same ones), applied
    outside any transaction (no database lock is held while the engine works), and deleted only once their change
    is in the index. When the engine fails they are kept and retried later, so nothing is lost; applying an entry
    twice rebuilds the same document, so nothing is applied twice in effect."""
    report = OutboxReport()
    entries = _claim(limit)
    if not entries:
        return report
    by_kind: dict[str, set[int]] = {}
    for entry in entries:
        by_kind.setdefault(OUTBOX_KINDS[entry.kind], set()).add(entry.object_id)
    try:
        refused = set()
        for kind, ids in by_kind.items():
            refused |= {(kind, object_id) for object_id in _apply(kind, ids)}
    except ENGINE_ERRORS as error:
        _postpone(entries, str(error)[:500])
        report.failed = len(entries)
        report.errors.append(str(error)[:200])
        return report
    failed = [entry for entry in entries if (OUTBOX_KINDS[entry.kind], entry.object_id) in refused]
    applied = [entry for entry in entries if entry not in failed]
    SearchOutboxEntry.objects.filter(pk__in=[entry.pk for entry in applied]).delete()
    _postpone(failed, "the engine refused the document")
    _log_for_each_request(applied, logging.INFO, "Search index updated for %s")
    _log_for_each_request(failed, logging.WARNING, "Search index refused %s; tried again later")
    report.applied, report.failed = len(applied), len(failed)
    if applied:
        bump_generation()  # the lists and searches read the index: shared pages drawn before it changed are stale
    return report


def _log_for_each_request(entries, level: int, message: str) -> None:
    """One log line per request whose changes these entries are, carrying that request's id, so the worker's line
    can be found from the request's (the id is in the logs and the response's X-Request-ID)."""
    by_request: dict[str, list[str]] = {}
    for entry in entries:
        by_request.setdefault(entry.request_id or NO_REQUEST, []).append(f"{entry.kind} {entry.object_id}")
    for request_id, changes in by_request.items():
        token = request_id_var.set(request_id)
        try:
            logger.log(level, message, ", ".join(changes[:20]) + (" …" if len(changes) > 20 else ""))
        finally:
            request_id_var.reset(token)


def _claim(limit: int) -> list[SearchOutboxEntry]:
    now = timezone.now()
    with transaction.atomic():
        entries = list(
            SearchOutboxEntry.objects.select_for_update(skip_locked=True)
            .filter(available_at__lte=now)
            .order_by("id")[:limit]
        )
        SearchOutboxEntry.objects.filter(pk__in=[entry.pk for entry in entries]).update(available_at=now + CLAIM_LEASE)
    return entries


def _apply(kind: str, ids: set[int]) -> set[int]:
    """Index or delete the documents of these objects; returns the ids the engine refused."""
    client = _bulk_client()
    ensure_index(kind)
    alias = alias_name(kind)
    select, build = BUILDERS[kind]
    documents = [build(obj) for obj in select(ids)]
    present = {int(document.meta.id) for document in documents}
    actions = list(_bulk_actions(documents, alias))
    actions += [{"_op_type": "delete", "_index": alias, "_id": object_id} for object_id in ids - present]
    _ok, errors = bulk(client, actions, raise_on_error=False, refresh="wait_for")
    if actions:
        search_index_version_bump(kind)  # the changes are visible to searches now (refresh="wait_for")
    refused = set()
    for error in errors:
        ((operation, details),) = error.items()
        if operation == "delete" and details.get("status") == 404:
            continue  # already gone: that is what was asked
        refused.add(int(details["_id"]))
        logger.warning("Search index refused %s %s: %s", kind, details.get("_id"), details.get("error"))
    return refused


def _postpone(entries, error: str) -> None:
    now = timezone.now()
    for entry in entries:
        entry.attempts += 1
        entry.available_at = now + retry_delay(entry.attempts)
        entry.last_error = error
    SearchOutboxEntry.objects.bulk_update(entries, ["attempts", "available_at", "last_error"])


# --- Checking ------------------------------------------------------------------------------------------------------


@dataclass
class CheckReport:
    kind: str
    expected: int
    indexed: int
    missing: list[int]
    stale: list[int]
    unexpected: list[int]

    @property
    def ok(self) -> bool:
        return not (self.missing or self.stale or self.unexpected)


def check(kind: str) -> CheckReport:
    """Compare the index with the database: documents missing, out of date, or there but not browsable."""
    client = get_client()
    alias = alias_name(kind)
    expected = {}
    for documents in _chunked_documents(kind):
        expected.update((int(document.meta.id), document.source_hash) for document in documents)
    indexed = {}
    try:
        for hit in Search(using=client, index=alias).query("match_all").source(["source_hash"]).scan():
            indexed[int(hit.meta.id)] = hit.to_dict().get("source_hash")
    except NotFoundError:
        pass
    return CheckReport(
        kind=kind,
        expected=len(expected),
        indexed=len(indexed),
        missing=sorted(set(expected) - set(indexed)),
        stale=sorted(pk for pk in set(expected) & set(indexed) if expected[pk] != indexed[pk]),
        unexpected=sorted(set(indexed) - set(expected)),
    )
