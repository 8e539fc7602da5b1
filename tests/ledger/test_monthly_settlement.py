"""The monthly settlement the worker makes when SETTLEMENT_SCHEDULE is "monthly": once a month is over (Muscat time),
everything owed up to its end is settled under S-YYYY-MM, its files kept in the private storage, and only once."""

from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.core.files.storage import storages

from ledger.models import LedgerEntry, Settlement
from ledger.services import ledger_add_correction, settlement_run_monthly
from marketplace.worker_jobs import default_jobs
from tests.factories import make_artisan

pytestmark = pytest.mark.django_db
MUSCAT = ZoneInfo("Asia/Muscat")


def owed(artisan, amount: str, at: datetime, key: str) -> None:
    ledger_add_correction(artisan=artisan, amount=Decimal(amount), memo="Sales", key=key)
    LedgerEntry.objects.filter(source_key=f"correction:{key}").update(created_at=at)


def test_the_month_just_ended_is_settled_once_with_its_files_kept():
    # Given an artisan owed money for October, and for the first half hour of November (Muscat time)
    potter = make_artisan()
    owed(potter, "11.106", datetime(2026, 10, 31, 23, 59, tzinfo=MUSCAT), "october")
    owed(potter, "4.250", datetime(2026, 11, 1, 0, 30, tzinfo=MUSCAT), "november")

    # When the worker looks in the middle of November, twice
    settlement = settlement_run_monthly(now=datetime(2026, 11, 15, 9, 0, tzinfo=MUSCAT))
    again = settlement_run_monthly(now=datetime(2026, 11, 15, 10, 0, tzinfo=MUSCAT))

    # Then October alone is settled, once, and its statement and bank-transfer file are kept
    assert settlement.reference == "S-2026-10" and again is None
    assert Settlement.objects.count() == 1
    assert settlement.statements.get().total == Decimal("11.106")
    assert LedgerEntry.objects.get(source_key="correction:november").settlement is None
    _dirs, files = storages["private"].listdir("settlements/S-2026-10")
    assert "S-2026-10-bank-transfers.csv" in files and f"S-2026-10-{potter.registry_number}.csv" in files


def test_the_worker_settles_monthly_only_when_told_to(settings):
    settings.SETTLEMENT_SCHEDULE = ""
    assert "monthly settlement" not in [job.name for job in default_jobs()]

    settings.SETTLEMENT_SCHEDULE = "monthly"
    assert "monthly settlement" in [job.name for job in default_jobs()]
