"""The authority's side of certificates, in the Django admin: find them, print their tags and revoke them, each
action behind its named permission (`provenance.issue_certificate`, `provenance.revoke_certificate`)."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import services
from .models import Certificate, FakeReport
from .tags import certificate_tag_pdf


class AuthorityIssueForm(forms.Form):
    sku = forms.CharField(label=_("SKU of the piece"), max_length=64)
    note = forms.CharField(label=_("Why (the award or exhibition)"), max_length=500, required=False)

    def clean(self):
        cleaned = super().clean()
        from catalogue.selectors import browsable_products

        product = browsable_products().filter(upc=cleaned.get("sku", "").strip()).first()
        if product is None:
            self.add_error("sku", _("No piece on sale has this SKU."))
        cleaned["product"] = product
        return cleaned


@admin.register(Certificate)
class CertificateAdmin(admin.ModelAdmin):
    list_display = ("__str__", "origin", "issued_at", "revoked_at", "scan_count")
    list_filter = ("origin", "revocation_reason")
    search_fields = ("token", "artisan__registry_number", "product__title", "product__title_ar")
    readonly_fields = [field.name for field in Certificate._meta.fields]
    actions = ["print_a6_tags", "print_swing_tags", "revoke_as_counterfeit", "revoke_as_error"]

    change_list_template = "admin/provenance/certificate/change_list.html"

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_urls(self):
        issue = self.admin_site.admin_view(self.issue_view)
        return [path("issue/", issue, name="provenance_certificate_issue"), *super().get_urls()]

    def issue_view(self, request):
        """A piece the authority has checked itself (an award, an exhibition): found by its SKU."""
        if not self.has_issue_permission(request):
            raise PermissionDenied
        form = AuthorityIssueForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                certificate = services.certificate_issue_by_authority(
                    product=form.cleaned_data["product"], user=request.user, note=form.cleaned_data["note"]
                )
            except services.CannotIssue as error:
                form.add_error("sku", str(error))
            else:
                self.message_user(request, _("Certificate issued."), messages.SUCCESS)
                return redirect("admin:provenance_certificate_change", certificate.pk)
        context = {**self.admin_site.each_context(request), "form": form, "title": _("Issue a certificate"),
                   "opts": self.model._meta}  # fmt: skip
        return TemplateResponse(request, "admin/provenance/certificate/issue.html", context)

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
