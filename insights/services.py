"""Writes of the insights app: the log of personal-data exports."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import transaction

from audit.services import audit_record
from insights.models import PersonalDataExport
from insights.register import may_see_personal_data

PERSONAL_DATA_EXPORT_ACTION = "personal_data.export"


@transaction.atomic
def personal_data_export_record(*, user, filters: dict, row_count: int) -> PersonalDataExport:
    """Record that `user` exported the register's personal data, with the filters and how many artisans it held,
    before the file is sent: an export that fails half-way is still on the record. It also appears on the audit
    trail. Refused (PermissionDenied) for anyone without the personal-data permission."""
    if not may_see_personal_data(user):
        raise PermissionDenied
    export = PersonalDataExport.objects.create(user=user, filters=filters, row_count=row_count)
    audit_record(
        actor=user,
        action=PERSONAL_DATA_EXPORT_ACTION,
        target=export,
        after={"filters": filters, "rows": row_count},
        note="artisans' register with personal data (CSV)",
    )
    return export
