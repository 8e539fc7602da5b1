"""Recording the audit trail. Services that change listings, profiles, verifications, bank details and moderation
decisions call `audit_record` in the same transaction as the change, so a change and its record land together."""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType

from audit import labels
from audit.models import AuditEvent


def actor_label(user) -> str:
    """Kept in English, the records' own language; `audit.labels.actor_label` shows it in the reader's."""
    if user is None or not getattr(user, "is_authenticated", False):
        return labels.SYSTEM_ACTOR
    label = user.get_username()
    return f"{label}{labels.STAFF_SUFFIX}" if user.is_staff else label


def audit_record(
    *,
    actor,
    action: str,
    target,
    artisan=None,
    before: dict | None = None,
    after: dict | None = None,
    note: str = "",
) -> AuditEvent:
    """Add one event. `before` and `after` are plain dicts of the fields that matter (only the changed ones are
    kept, plus any that identify the change); pass None for a creation or a deletion."""
    before, after = dict(before or {}), dict(after or {})
    if before and after:
        changed = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
        before = {k: v for k, v in before.items() if k in changed}
        after = {k: v for k, v in after.items() if k in changed}
    return AuditEvent.objects.create(
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        actor_label=actor_label(actor)[:200],
        action=action,
        target_type=ContentType.objects.get_for_model(target, for_concrete_model=False),
        target_id=str(target.pk),
        target_label=str(target)[:255],
        artisan=artisan,
        before=before,
        after=after,
        note=note[:500],
    )
