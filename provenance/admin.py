"""The authority's side of certificates, in the Django admin: find them, print their tags and revoke them, each
action behind its named permission (`provenance.issue_certificate`, `provenance.revoke_certificate`)."""

from django.contrib import admin, messages
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _

from . import services
from .models import Certificate, FakeReport
from .tags import certificate_tag_pdf


@admin.register(Certificate)
class CertificateAdmin(admin.ModelAdmin):
    list_display = ("__str__", "origin", "issued_at", "revoked_at", "scan_count")
    list_filter = ("origin", "revocation_reason")
    search_fields = ("token", "artisan__registry_number", "product__title", "product__title_ar")
    readonly_fields = [field.name for field in Certificate._meta.fields]
    actions = ["print_a6_tags", "print_swing_tags", "revoke_as_counterfeit", "revoke_as_error"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_issue_permission(self, request):
        return request.user.has_perm("provenance.issue_certificate")

    def has_revoke_permission(self, request):
        return request.user.has_perm("provenance.revoke_certificate")

    @admin.action(description=_("Print tags (A6 cards)"), permissions=["issue"])
    def print_a6_tags(self, request, queryset):
        return self._tags(queryset, "a6")

    @admin.action(description=_("Print tags (swing tags)"), permissions=["issue"])
    def print_swing_tags(self, request, queryset):
        return self._tags(queryset, "swing")

    def _tags(self, queryset, size):
        response = HttpResponse(certificate_tag_pdf(list(queryset[:200]), size=size), content_type="application/pdf")
        response["Content-Disposition"] = f'inline; filename="hirfa-tags-{size}.pdf"'
        return response

    @admin.action(description=_("Revoke: reported as a counterfeit, and confirmed"), permissions=["revoke"])
    def revoke_as_counterfeit(self, request, queryset):
        self._revoke(request, queryset, Certificate.RevocationReason.COUNTERFEIT)

    @admin.action(description=_("Revoke: issued in error"), permissions=["revoke"])
    def revoke_as_error(self, request, queryset):
        self._revoke(request, queryset, Certificate.RevocationReason.ERROR)

    def _revoke(self, request, queryset, reason):
        for certificate in queryset:
            services.certificate_revoke(certificate=certificate, reason=reason, user=request.user)
        self.message_user(request, _("Revoked."), messages.SUCCESS)


@admin.register(FakeReport)
class FakeReportAdmin(admin.ModelAdmin):
    """The authority's queue of suspected fakes: newest unhandled first. Reading it takes the model's view
    permission; the photo is a private file."""

    list_display = ("__str__", "certificate", "where_seen", "created_at", "handled_at")
    list_filter = ("handled_at",)
    readonly_fields = ("certificate", "token_seen", "where_seen", "description", "photo", "email", "language",
                       "created_at")  # fmt: skip
    fields = (*readonly_fields, "handled_at")

    def has_add_permission(self, request):
        return False
