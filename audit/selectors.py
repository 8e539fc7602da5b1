"""Reads of the audit trail, for the authority."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import QuerySet

from audit.models import AuditEvent


def audit_events() -> QuerySet:
    return AuditEvent.objects.select_related("target_type", "artisan")


def audit_events_for(target) -> QuerySet:
    """The history of one object, newest first."""
    return audit_events().filter(
        target_type=ContentType.objects.get_for_model(target, for_concrete_model=False), target_id=str(target.pk)
    )
