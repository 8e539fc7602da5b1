from django.contrib import admin, messages
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from .models import ExchangeRate, Payment, ProviderEventRecord, RefundRequest
from .providers.base import ProviderError
from .roles import REFUND_PAYMENTS, staff_may
from .selectors import _RATES_CACHE_KEY
from .services import RefundRefused, payment_refund, refund_request_execute


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
                refund = payment_refund(
                    payment=payment,
                    amount=left,
                    key=f"admin-rest-{payment.amount_refunded}",
                    requested_by=request.user,
                )
            except (RefundRefused, ProviderError) as error:
                self.message_user(request, f"{payment.reference}: {error}", messages.ERROR)
            else:
                self.message_user(request, refund_result_message(refund), _refund_level(refund))


def refund_result_message(refund: RefundRequest) -> str:
    values = {"reference": refund.payment.reference, "amount": refund.amount}
    if refund.status == RefundRequest.Status.DONE:
        return _("%(reference)s: %(amount)s rials refunded.") % values
    return (
        _(
            "%(reference)s: the card payment service did not answer; the refund of %(amount)s rials is kept and "
            "will be made automatically."
        )
        % values
    )


def _refund_level(refund: RefundRequest) -> int:
    return messages.SUCCESS if refund.status == RefundRequest.Status.DONE else messages.WARNING


@admin.register(RefundRequest)
class RefundRequestAdmin(admin.ModelAdmin):
    """Every refund the marketplace has decided on, with the pending ones first: those the payment provider could not
    make yet (the worker asks again) and those it refused (which need the authority)."""

    list_display = ("payment", "amount", "reason", "status", "attempts", "last_error", "next_attempt_at", "created_at")
    list_filter = ("status", "reason")
    search_fields = ("payment__reference", "payment__order__number", "key")
    readonly_fields = [f.name for f in RefundRequest._meta.fields]
    ordering = ("-status", "-created_at")
    actions = ["try_again_now"]

    def has_refund_permission(self, request) -> bool:
        return staff_may(request.user, REFUND_PAYMENTS)

    def has_add_permission(self, request) -> bool:
        return False  # refunds are decided on an order (the dashboard) or a payment, never typed in here

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    @admin.action(description=_("Ask the payment provider again now"), permissions=["refund"])
    def try_again_now(self, request, queryset):
        for refund in queryset.filter(status=RefundRequest.Status.PENDING).select_related("payment"):
            refund = refund_request_execute(refund)
            self.message_user(request, refund_result_message(refund), _refund_level(refund))


@admin.register(ProviderEventRecord)
class ProviderEventRecordAdmin(admin.ModelAdmin):
    list_display = ("event_id", "kind", "outcome", "received_at")
    readonly_fields = [f.name for f in ProviderEventRecord._meta.fields]
