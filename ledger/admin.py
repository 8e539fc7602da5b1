from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from insights.register import may_see_personal_data
from ledger.forms import IbanField
from ledger.selectors import iban_masked
from ledger.services import payout_account_save
from ledger.statements import bank_transfer_file_name, bank_transfer_file_stored
from marketplace.private_files import private_file_url

from .models import CommissionRate, LedgerEntry, PayoutAccount, Settlement, SettlementStatement


@admin.register(CommissionRate)
class CommissionRateAdmin(admin.ModelAdmin):
    list_display = ("__str__", "craft", "artisan", "rate")


class PayoutAccountAdminForm(forms.ModelForm):
    """The IBAN is read as the workshop reads it (spaces, lower case, Arabic-Indic digits; check digits verified)."""

    iban = IbanField(label=_("IBAN"))

    class Meta:
        model = PayoutAccount
        fields = ("artisan", "account_holder", "bank", "iban")


@admin.register(PayoutAccount)
class PayoutAccountAdmin(admin.ModelAdmin):
    """Bank details are personal data: without `insights.view_personal_data` the IBAN is shown masked and cannot be
    changed here (artisans change their own from the workshop, with their password). A save here goes through the
    workshop's service (`payout_account_save`): audited with masked values, every manager e-mailed, and held when a
    manager joined the artisan in the days before. Held details are confirmed on the authority's page, and bank
    details are never deleted here (that would go unrecorded)."""

    form = PayoutAccountAdminForm
    list_display = ("artisan", "account_holder", "bank", "held_since")
    list_filter = (("held_since", admin.EmptyFieldListFilter),)
    search_fields = ("artisan__registry_number", "account_holder")
    readonly_fields = ("changed_at", "held_since", "confirmed_by", "confirmed_at")

    def get_fields(self, request, obj=None):
        fields = ["artisan", "account_holder", "bank", "iban", *self.readonly_fields]
        if obj is not None:
            fields.remove("artisan")
            fields.insert(0, "artisan_shown")
        if may_see_personal_data(request.user):
            return fields
        return [("masked_iban" if name == "iban" else name) for name in fields]

    def get_readonly_fields(self, request, obj=None):
        readonly = [*self.readonly_fields, *(["artisan_shown"] if obj is not None else [])]
        # Without the personal-data permission the IBAN is neither shown nor taken from the form.
        return readonly if may_see_personal_data(request.user) else [*readonly, "masked_iban", "iban"]

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("artisan"))
    def artisan_shown(self, account: PayoutAccount) -> str:
        return str(account.artisan) if account else ""

    @admin.display(description=_("IBAN"))
    def masked_iban(self, account: PayoutAccount) -> str:
        return iban_masked(account.iban) if account and account.iban else ""

    def save_model(self, request, obj, form, change):
        saved = payout_account_save(
            artisan=obj.artisan,  # chosen when adding; shown, not changed, afterwards
            actor=request.user,
            account_holder=obj.account_holder,
            bank=obj.bank,
            iban=obj.iban,
            reauthenticated=True,  # signed in to the admin
            by_authority=True,
        )
        obj.pk = saved.pk
        obj.held_since, obj.changed_at = saved.held_since, saved.changed_at


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
    """The bank-transfer file holds the artisans' IBANs: only people allowed to see personal data get its link, a
    signed one that expires (marketplace/private_files.py)."""

    list_display = ("reference", "period_end", "created_at")
    readonly_fields = ("bank_transfers",)
    inlines = [StatementInline]

    def has_add_permission(self, request):
        return False

    def get_urls(self):
        own = [
            path(
                "<int:pk>/bank-transfers/",
                self.admin_site.admin_view(self.bank_transfers_download),
                name="ledger_settlement_bank_transfers",
            )
        ]
        return own + super().get_urls()

    def get_readonly_fields(self, request, obj=None):
        if may_see_personal_data(request.user):
            return self.readonly_fields
        return ()

    def get_fields(self, request, obj=None):
        fields = [name for name in super().get_fields(request, obj) if name != "bank_transfers"]
        return [*fields, "bank_transfers"] if may_see_personal_data(request.user) else fields

    @admin.display(description=_("bank-transfer file"))
    def bank_transfers(self, settlement: Settlement) -> str:
        if not settlement or not settlement.pk:
            return ""
        url = reverse("admin:ledger_settlement_bank_transfers", args=[settlement.pk])
        return format_html('<a href="{}">{}</a>', url, bank_transfer_file_name(settlement))

    def bank_transfers_download(self, request, pk: int):
        if not (self.has_view_permission(request) and may_see_personal_data(request.user)):
            raise PermissionDenied
        settlement = Settlement.objects.filter(pk=pk).first()
        if settlement is None:
            raise Http404
        name = bank_transfer_file_stored(settlement)
        response = HttpResponseRedirect(private_file_url(name, download_as=bank_transfer_file_name(settlement)))
        response["Cache-Control"] = "private, no-store"
        return response
