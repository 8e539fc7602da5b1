from django.contrib import admin, messages
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from .models import ExchangeRate, Payment, ProviderEventRecord
from .providers.base import ProviderError
from .roles import REFUND_PAYMENTS, staff_may
from .selectors import _RATES_CACHE_KEY
from .services import RefundRefused, payment_refund


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
    actions = ["refund_the_rest"]

    def has_refund_permission(self, request) -> bool:
        # Seeing payments ("view payment") is not refunding them: the action is offered to, and runs for, only
        # those with payments.refund_payment (the "Authority finance" group).
        return staff_may(request.user, REFUND_PAYMENTS)

    @admin.action(description=_("Refund the rest of the selected payments through Stripe"), permissions=["refund"])
    def refund_the_rest(self, request, queryset):
        for payment in queryset:
            left = payment.amount - payment.amount_refunded
            try:
                # The key names the state refunded from, so a repeated click cannot refund twice.
                payment_refund(payment=payment, amount=left, key=f"admin-rest-{payment.amount_refunded}")
            except (RefundRefused, ProviderError) as error:
                self.message_user(request, f"{payment.reference}: {error}", messages.ERROR)
            else:
                self.message_user(
                    request,
                    _("%(reference)s: %(amount)s rials refunded.") % {"reference": payment.reference, "amount": left},
                )


@admin.register(ProviderEventRecord)
class ProviderEventRecordAdmin(admin.ModelAdmin):
    list_display = ("event_id", "kind", "outcome", "received_at")
    readonly_fields = [f.name for f in ProviderEventRecord._meta.fields]
