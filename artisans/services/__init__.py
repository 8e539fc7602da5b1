"""Writes to the artisan registry. Every entry point (forms, the import, the demo, the admin) comes through here.

One module per thing acted on, and `__init__` names the services other apps (the import, the workshop,
the authority's pages) call, so callers keep writing `artisans.services.artisan_create`:
- `artisans.py`: an artisan or outlet: creating it, its managers, its profile and photo, suspending and
  reinstating it, and the import's bulk upsert of artisans;
- `deposits.py`: design deposits, one at a time and in bulk;
- `upserts.py`: what the bulk upserts share (batches, lookups in chunks, their counts);
- `applications.py`: requests to sell as a registry number, and the authority's verification of them.
"""

from .applications import (
    ApplicationRefused,
    seller_application_answer,
    seller_application_approve,
    seller_application_notify_managers,
    seller_application_record_call,
    seller_application_reject,
    seller_application_submit,
    seller_applications_announce,
)
from .artisans import (
    ARTISAN_RECORD_FIELDS,
    ArtisanData,
    ArtisanRecord,
    WorkshopClosed,
    artisan_add_manager,
    artisan_check_may_change,
    artisan_create,
    artisan_ids_by_registry_number,
    artisan_reinstate,
    artisan_set_photo,
    artisan_suspend,
    artisan_update_profile,
    artisans_bulk_upsert,
    profile_snapshot,
    seller_code,
    seller_display_name,
)
from .deposits import DepositRecord, deposit_create, deposit_ids_by_number, deposits_bulk_upsert
from .upserts import BULK_BATCH, LOOKUP_CHUNK, UpsertCounts, chunked

__all__ = [
    "ARTISAN_RECORD_FIELDS",
    "ApplicationRefused",
    "ArtisanData",
    "ArtisanRecord",
    "BULK_BATCH",
    "DepositRecord",
    "LOOKUP_CHUNK",
    "UpsertCounts",
    "WorkshopClosed",
    "artisan_add_manager",
    "artisan_check_may_change",
    "artisan_create",
    "artisan_ids_by_registry_number",
    "artisan_reinstate",
    "artisan_set_photo",
    "artisan_suspend",
    "artisan_update_profile",
    "artisans_bulk_upsert",
    "chunked",
    "deposit_create",
    "deposit_ids_by_number",
    "deposits_bulk_upsert",
    "profile_snapshot",
    "seller_application_answer",
    "seller_application_approve",
    "seller_application_notify_managers",
    "seller_application_record_call",
    "seller_application_reject",
    "seller_application_submit",
    "seller_applications_announce",
    "seller_code",
    "seller_display_name",
]
