"""Design deposits: one registered by hand, and the import's bulk upsert of them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils import timezone

from artisans.models import Artisan, DesignDeposit
from search.services import search_index_enqueue_deposits

from .artisans import artisan_ids_by_registry_number
from .upserts import BULK_BATCH, UpsertCounts, chunked


def deposit_create(
    *,
    number: str,
    title_en: str,
    title_ar: str,
    deposited_on: date,
    owner_artisan: Artisan | None = None,
    certificate_reference: str = "",
) -> DesignDeposit:
    return DesignDeposit.objects.create(
        number=number,
        title_en=title_en,
        title_ar=title_ar,
        deposited_on=deposited_on,
        owner_artisan=owner_artisan,
        certificate_reference=certificate_reference,
    )


@dataclass(frozen=True)
class DepositRecord:
    number: str
    title_en: str
    title_ar: str
    owner_registry_number: str | None
    deposited_on: date
    certificate_reference: str


def deposits_bulk_upsert(records: list[DepositRecord]) -> UpsertCounts:
    counts = UpsertCounts()
    owners = artisan_ids_by_registry_number(r.owner_registry_number for r in records if r.owner_registry_number)
    existing: dict[str, DesignDeposit] = {}
    for chunk in chunked(record.number for record in records):
        existing.update((d.number, d) for d in DesignDeposit.objects.filter(number__in=chunk))
    now = timezone.now()
    new, changed = [], []
    for record in records:
        values = {
            "title_en": record.title_en,
            "title_ar": record.title_ar,
            "owner_artisan_id": owners[record.owner_registry_number][0] if record.owner_registry_number else None,
            "deposited_on": record.deposited_on,
            "certificate_reference": record.certificate_reference,
        }
        deposit = existing.get(record.number)
        if deposit is None:
            new.append(DesignDeposit(number=record.number, **values))
        elif any(getattr(deposit, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(deposit, name, value)
            deposit.updated_at = now
            changed.append(deposit)
        else:
            counts.unchanged += 1
    DesignDeposit.objects.bulk_create(new, batch_size=BULK_BATCH)
    DesignDeposit.objects.bulk_update(
        changed,
        ["title_en", "title_ar", "owner_artisan_id", "deposited_on", "certificate_reference", "updated_at"],
        batch_size=BULK_BATCH,
    )
    search_index_enqueue_deposits(deposit.pk for deposit in changed)
    counts.created, counts.updated = len(new), len(changed)
    return counts


def deposit_ids_by_number(numbers) -> dict[str, int]:
    found = {}
    for chunk in chunked(set(numbers)):
        found.update(DesignDeposit.objects.filter(number__in=chunk).values_list("number", "id"))
    return found
