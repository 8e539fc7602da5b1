from django.contrib import admin
from django.core.cache import cache

from .models import ExchangeRate, Payment, ProviderEventRecord
from .selectors import _RATES_CACHE_KEY


@admin.register(ExchangeRate)
class ExchangeRateAdmin(admin.ModelAdmin):
    list_display = ("currency", "per_rial", "as_of")

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        cache.delete(_RATES_CACHE_KEY)  # buyers see the new rate at once


@admin.register(Payment)
class PaymentAdmin(admin.ModelAdmin):
    list_display = ("reference", "order", "amount", "amount_refunded", "status", "created_at")
    list_filter = ("status",)
    search_fields = ("reference", "order__number")
    readonly_fields = [f.name for f in Payment._meta.fields]


@admin.register(ProviderEventRecord)
class ProviderEventRecordAdmin(admin.ModelAdmin):
    list_display = ("event_id", "kind", "outcome", "received_at")
    readonly_fields = [f.name for f in ProviderEventRecord._meta.fields]
