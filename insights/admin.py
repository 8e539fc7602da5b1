from django.contrib import admin

from insights.models import PersonalDataExport


@admin.register(PersonalDataExport)
class PersonalDataExportAdmin(admin.ModelAdmin):
    """Read-only: the log of who exported personal data, when, and what the export held."""

    list_display = ("at", "user", "row_count", "filters")
    date_hierarchy = "at"

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
