"""What buyers search for, for the authority (read-only): the queries, how many results they had, and which ones
found nothing, so the glossary can be improved from what people really type."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from search.models import SearchClick, SearchOutboxEntry, SearchQueryRecord


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


class ZeroResultsFilter(admin.SimpleListFilter):
    title = _("results")
    parameter_name = "results"

    def lookups(self, request, model_admin):
        return [("none", _("found nothing")), ("some", _("found something"))]

    def queryset(self, request, queryset):
        if self.value() == "none":
            return queryset.filter(result_count=0)
        if self.value() == "some":
            return queryset.filter(result_count__gt=0)
        return queryset


@admin.register(SearchQueryRecord)
class SearchQueryRecordAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "query", "normalised", "language", "result_count", "channel"]
    list_filter = [ZeroResultsFilter, "language", "channel"]
    search_fields = ["query", "normalised"]
    date_hierarchy = "created_at"


@admin.register(SearchClick)
class SearchClickAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "search_token", "product_id", "position"]


@admin.register(SearchOutboxEntry)
class SearchOutboxEntryAdmin(ReadOnlyAdmin):
    list_display = ["enqueued_at", "kind", "object_id", "attempts", "available_at", "last_error"]
    list_filter = ["kind"]
