"""Certificates in the workshop: the artisan's certificates and their scans, a certificate for a piece sold in the
artisan's own outlet, and the tags to print. Another artisan's certificates are simply not found (404)."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods

from artisans.workshop_views import managed_artisan_or_404, workshop_closed
from catalogue.selectors import products_of_artisan

from . import selectors, services
from .tags import TAG_SIZES, certificate_tag_pdf


class OutletSaleForm(forms.Form):
    product = forms.ModelChoiceField(queryset=None, label=gettext_lazy("Piece sold in your outlet"))

    def __init__(self, *args, artisan, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["product"].queryset = products_of_artisan(artisan).order_by("title")
        self.fields["product"].label_from_instance = lambda product: product.get_title()


@login_required
@require_http_methods(["GET", "POST"])
def workshop_certificates(request, registry_number: str):
    artisan = managed_artisan_or_404(request, registry_number)
    form = OutletSaleForm(request.POST or None, artisan=artisan)
    if request.method == "POST":
        if not artisan.is_verified:
            return workshop_closed(request, artisan)
        if form.is_valid():
            try:
                certificate = services.certificate_issue_for_outlet_sale(
                    artisan=artisan, product=form.cleaned_data["product"], user=request.user
                )
            except services.CannotIssue as error:
                form.add_error("product", str(error))
            else:
                messages.success(request, _("Certificate %(serial)s issued. Print its tag below.")
                                 % {"serial": certificate.serial})  # fmt: skip
                return redirect("provenance:workshop-certificates", registry_number=registry_number)
    certificates = selectors.certificates_of_artisan(artisan)[:100]
    context = {"artisan": artisan, "form": form, "certificates": certificates, "tag_sizes": list(TAG_SIZES)}
    return render(request, "provenance/workshop/certificates.html", context)


@login_required
@require_GET
def workshop_certificate_tag(request, registry_number: str, serial: int):
    artisan = managed_artisan_or_404(request, registry_number)
    certificate = get_object_or_404(selectors.certificates_of_artisan(artisan), serial=serial)
    size = request.GET.get("size", "swing")
    if size not in TAG_SIZES:
        size = "swing"
    response = HttpResponse(certificate_tag_pdf([certificate], size=size), content_type="application/pdf")
    filename = f"hirfa-tag-{artisan.registry_number}-{certificate.serial}-{size}.pdf"
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response
