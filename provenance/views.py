"""The public side of certificates: the verify page (HTML or JSON), the published keys, and the short address a
tag's QR code carries."""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET, require_http_methods

from . import selectors, services, signing


@require_GET
@cache_control(public=True, max_age=3600)
def published_keys(request):
    """The authority's public keys as a JWK Set: all anyone needs to verify a certificate without the site."""
    response = JsonResponse(signing.public_key_set())
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
def digital_link(request, giai: str):
    """A tag's QR code: `https://<site>/8004/<GIAI>`, GS1 Digital Link's path for an individual item (the GIAI is the
    authority's company prefix followed by the certificate's token). Standard scanners open it; it leads to the verify
    page in the reader's language."""
    prefix = settings.PROVENANCE_GS1_COMPANY_PREFIX
    if not giai.startswith(prefix):
        raise Http404
    language = translation.get_language_from_request(request) or settings.LANGUAGE_CODE
    with translation.override(language):
        return redirect(reverse("provenance:verify", args=[giai[len(prefix) :]]))


def _wants_json(request) -> bool:
    accept = request.headers.get("Accept", "")
    return "application/json" in accept and "text/html" not in accept


@require_GET
def verify(request, token: str):
    verification = selectors.certificate_verification(token)
    if verification.certificate is not None:
        services.certificate_scan_count(verification.certificate)
    status = 200 if verification.status != "unknown" else 404
    if _wants_json(request):
        response = JsonResponse(_as_json(verification), status=status, json_dumps_params={"ensure_ascii": False})
    else:
        context = {
            "verification": verification,
            "token": token,
            "shown": selectors.snapshot_in_language(verification.payload, translation.get_language()),
            "issued_on": _date(verification.payload.get("issued_at")),
        }
        response = render(request, "provenance/verify.html", context, status=status)
    response["Cache-Control"] = "no-store" if status != 200 else "public, max-age=60"
    response["Vary"] = "Accept"
    return response


@require_GET
def certificate_file(request, token: str):
    """The signed certificate itself, to keep: `provenance/offline/verify_certificate.py` checks it with the
    published keys alone."""
    verification = selectors.certificate_verification(token)
    if verification.certificate is None:
        raise Http404
    response = HttpResponse(verification.certificate.jws, content_type="application/jose")
    name = f"hirfa-certificate-{verification.payload['artisan']['registry_number']}-{verification.payload['serial']}"
    response["Content-Disposition"] = f'attachment; filename="{name}.jws"'
    return response


def _date(value):
    try:
        return datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None


def _as_json(verification) -> dict:
    if verification.status == "unknown":
        return {"status": "unknown", "signature": "invalid"}
    certificate = verification.certificate
    return {
        "status": verification.status,
        "signature": "valid",
        "key_id": verification.key_id,
        "certificate": verification.payload,
        "jws": certificate.jws,
        "revoked_at": certificate.revoked_at.isoformat() if certificate.revoked_at else None,
        "revocation_reason": certificate.revocation_reason or None,
        "ownership_history": [{"event": kind, "date": at.date().isoformat()} for kind, at in verification.history],
    }


@login_required
@require_http_methods(["GET", "POST"])
def certificate_pass_on(request, token: str):
    """The owner makes a one-time link for the next owner (a gift, a resale). A certificate that is not theirs is
    not found."""
    certificate = selectors.certificate_owned_by(request.user, token)
    if certificate is None:
        raise Http404
    link = None
    if request.method == "POST":
        code = services.certificate_claim_link_make(certificate=certificate, user=request.user)
        link = request.build_absolute_uri(reverse("provenance:claim", args=[certificate.token, code]))
    context = {"certificate": certificate, "link": link}
    response = render(request, "provenance/pass_on.html", context)
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def certificate_claim(request, token: str, code: str):
    certificate = selectors.certificate_by_token(token)
    if certificate is None:
        raise Http404
    error = None
    if request.method == "POST":
        try:
            services.certificate_claim(token=token, code=code, user=request.user)
        except services.CannotClaim as refusal:
            error = str(refusal)
        else:
            messages.success(request, _("The certificate is now in your account."))
            return redirect("provenance:verify", token=token)
    response = render(request, "provenance/claim.html", {"certificate": certificate, "error": error},
                      status=400 if error else 200)  # fmt: skip
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "no-referrer"  # the code is in the address
    return response


@require_http_methods(["GET", "POST"])
def fake_report(request, token: str):
    """Anyone, signed in or not, may report a piece they suspect: the page names the code they scanned."""
    from .forms import FakeReportForm

    form = FakeReportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        services.fake_report_submit(
            token_seen=token, language=translation.get_language(), photo=form.cleaned_data.get("photo"),
            where_seen=form.cleaned_data["where_seen"], description=form.cleaned_data["description"],
            email=form.cleaned_data["email"],
        )  # fmt: skip
        messages.success(request, _("Thank you. The craft authority will look into it."))
        return redirect("provenance:verify", token=token)
    response = render(request, "provenance/fake_report.html", {"form": form, "token": token},
                      status=400 if form.errors else 200)  # fmt: skip
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def order_certificates_claim(request, number: str, verification_hash: str):
    """From a guest order's status page: its certificates into the signed-in buyer's account (a GET, after signing in,
    asks once more)."""
    from oscar.core.loading import get_model

    order = get_model("order", "Order").objects.filter(number=number).first()
    if order is None or not order.check_verification_hash(verification_hash):
        raise Http404
    if request.method == "GET":
        response = render(request, "provenance/claim_order.html", {"order": order})
        response["Cache-Control"] = "private, no-store"
        response["Referrer-Policy"] = "no-referrer"
        return response
    try:
        claimed = services.certificates_claim_for_order(order=order, verification_hash=verification_hash,
                                                        user=request.user)  # fmt: skip
    except services.CannotClaim:
        raise Http404 from None
    if claimed:
        messages.success(request, _("The certificates of this order are now in your account."))
    else:
        messages.info(request, _("This order has no certificate left to claim."))
    return redirect("customer:order", order_number=order.number)
