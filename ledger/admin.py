from django.contrib import admin

from .models import CommissionRate, LedgerEntry, PayoutAccount, Settlement, SettlementStatement


@admin.register(CommissionRate)
class CommissionRateAdmin(admin.ModelAdmin):
    list_display = ("__str__", "craft", "artisan", "rate")


@admin.register(PayoutAccount)
class PayoutAccountAdmin(admin.ModelAdmin):
    list_display = ("artisan", "account_holder", "bank")
    search_fields = ("artisan__registry_number", "account_holder")


@admin.register(LedgerEntry)
class LedgerEntryAdmin(admin.ModelAdmin):
    """Read-only: entries are added by the services (corrections through `ledger_add_correction`)."""

    list_display = ("created_at", "artisan", "kind", "amount", "order", "settlement")
    list_filter = ("kind",)
    search_fields = ("artisan__registry_number", "order__number")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class StatementInline(admin.TabularInline):
    model = SettlementStatement
    extra = 0
    can_delete = False
    readonly_fields = ("artisan", "total")


@admin.register(Settlement)
class SettlementAdmin(admin.ModelAdmin):
    list_display = ("reference", "period_end", "created_at")
    inlines = [StatementInline]

    def has_add_permission(self, request):
        return False
