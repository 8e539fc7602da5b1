"""The authority reads the audit trail in the admin (staff with the "view audit event" permission). It is read-only:
nobody can add, change or delete an event there."""

import json

from django.contrib import admin
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _

from audit.models import AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = ("at", "actor_label", "action", "target_label", "artisan")
    list_filter = ("action", "target_type", "at")
    search_fields = ("actor_label", "target_label", "artisan__registry_number", "note")
    date_hierarchy = "at"
    list_select_related = ("artisan", "target_type")
    readonly_fields = ("at", "actor_label", "action", "target_type", "target_id", "target_label", "artisan", "note")
    fields = (*readonly_fields, "change_table")

    @admin.display(description=_("before → after"))
    def change_table(self, event: AuditEvent):
        return format_html_join(
            "\n",
            "<div><strong>{}</strong>: {} → {}</div>",
            (
                (name, json.dumps(old, ensure_ascii=False), json.dumps(new, ensure_ascii=False))
                for name, old, new in event.changes
            ),
        )

    readonly_fields = (*readonly_fields, "change_table")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
