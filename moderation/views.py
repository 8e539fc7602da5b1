"""The authority's side: verifying artisans against the registry, reviewing listings, listing on an artisan's
behalf, and reading the audit trail. Each page needs its own permission (the "Authority reviewers" group holds
them all); anyone else gets 403."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from artisans import selectors as artisan_selectors
from artisans.forms import DecisionForm, RegistryCallForm
from artisans.models import Artisan, SellerApplication
from artisans.services import (
    seller_application_approve,
    seller_application_record_call,
    seller_application_reject,
)
from audit.selectors import audit_events, audit_events_for
from catalogue.reviews.selectors import pending_review_count
from ledger import selectors as ledger_selectors
from ledger.services import payout_account_confirm
from marketplace.private_files import private_file_url
from moderation import selectors
from moderation.models import ListingSubmission
from moderation.services import submission_approve, submission_reject

AUDIT_EVENTS_PER_PAGE = 50


def _authority(permission: str):
    def decorate(view):
        return login_required(permission_required(permission, raise_exception=True)(view))

    return decorate


@login_required
def authority_home(request):
    user = request.user
    if not (
        user.has_perm("artisans.verify_sellers")
        or user.has_perm("moderation.moderate_listings")
        or user.has_perm("reviews.moderate_reviews")
        or user.has_perm("audit.view_auditevent")
        or user.has_perm("insights.view_insights")
        or user.has_perm("ledger.confirm_payoutaccount")
    ):
        return render(request, "moderation/forbidden.html", status=403)
    context = {
        "applications": artisan_selectors.applications_to_verify().count(),
        "submissions": selectors.review_queue().count(),
        "reviews_to_check": pending_review_count() if user.has_perm("reviews.moderate_reviews") else 0,
        "registry_entries": Artisan.objects.count() if user.has_perm("insights.view_insights") else None,
        "held_bank_details": ledger_selectors.payout_accounts_held().count(),
    }
    return render(request, "moderation/home.html", context)


# --- Verification ----------------------------------------------------------------------------------------------


@_authority("artisans.verify_sellers")
def application_queue(request):
    applications = list(artisan_selectors.applications_to_verify()[:200])
    return render(request, "moderation/applications.html", {"applications": applications})


@_authority("artisans.verify_sellers")
@require_http_methods(["GET", "POST"])
def application_review(request, pk: int):
    application = SellerApplication.objects.select_related("user", "governorate", "wilayat").filter(pk=pk).first()
    if application is None:
        raise Http404
    form = DecisionForm(request.POST or None, reasons=SellerApplication.RejectionReason.choices)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if data["decision"] == "approve":
                artisan = seller_application_approve(application=application, reviewer=request.user)
                messages.success(request, _("%(name)s is verified.") % {"name": artisan.name})
            else:
                seller_application_reject(
                    application=application,
                    reviewer=request.user,
                    reason=data["reason"],
                    note_ar=data["note_ar"],
                    note_en=data["note_en"],
                )
                messages.success(request, _("The request is rejected; the applicant is told why."))
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect("authority:applications")
    return _application_page(request, application, form=form)


def _application_page(request, application, *, form=None, call_form=None):
    initial = {"made_by": request.user.get_full_name() or request.user.get_username(), "made_at": _now_local()}
    context = {
        "application": application,
        "match": artisan_selectors.registry_match(application),
        "form": form or DecisionForm(reasons=SellerApplication.RejectionReason.choices),
        "call_form": call_form or RegistryCallForm(initial=initial),
        "history": audit_events_for(application)[:20],
    }
    return render(request, "moderation/application.html", context)


def _now_local():
    return timezone.localtime().replace(second=0, microsecond=0)


@_authority("artisans.verify_sellers")
@require_POST
def application_record_call(request, pk: int):
    """Record the call to the phone number in the registry about this request."""
    application = SellerApplication.objects.select_related("user", "governorate", "wilayat").filter(pk=pk).first()
    if application is None:
        raise Http404
    call_form = RegistryCallForm(request.POST)
    if call_form.is_valid():
        data = call_form.cleaned_data
        try:
            seller_application_record_call(
                application=application,
                reviewer=request.user,
                number=data["number"],
                made_by=data["made_by"],
                made_at=data["made_at"],
                outcome=data["outcome"],
                note=data["note"],
            )
        except ValidationError as error:
            call_form.add_error(None, error)
        else:
            messages.success(request, _("The call is recorded."))
            return redirect("authority:application", pk=application.pk)
    return _application_page(request, application, call_form=call_form)


# --- Listings --------------------------------------------------------------------------------------------------


@_authority("moderation.moderate_listings")
def submission_queue(request):
    page = Paginator(selectors.review_queue(), 50).get_page(request.GET.get("page"))
    return render(request, "moderation/submissions.html", {"page_obj": page, "submissions": page.object_list})


@_authority("moderation.moderate_listings")
@require_http_methods(["GET", "POST"])
def submission_review(request, pk: int):
    submission = selectors.submission_for_review(pk)
    if submission is None:
        raise Http404
    form = DecisionForm(request.POST or None, reasons=ListingSubmission.RejectionReason.choices)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if data["decision"] == "approve":
                submission_approve(submission=submission, reviewer=request.user)
                messages.success(request, _("Approved. Buyers see it now."))
            else:
                submission_reject(
                    submission=submission,
                    reviewer=request.user,
                    reason=data["reason"],
                    note_ar=data["note_ar"],
                    note_en=data["note_en"],
                )
                messages.success(request, _("Not approved; the artisan is told why."))
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect("authority:submissions")
    context = {
        "submission": submission,
        "product": submission.product,
        "proposed": selectors.proposal_display(submission),
        "form": form,
        "history": audit_events_for(submission.product)[:20],
    }
    return render(request, "moderation/submission.html", context)


@never_cache
@require_safe
def waiting_photo(request, pk: int):
    """A photo waiting for review, shown to the reviewers and to the managers of the artisan who sent it: a redirect
    to a signed link to the private file that expires (marketplace/private_files.py). Anyone else, signed in or not,
    gets 404."""
    photo = selectors.waiting_photo_for(request.user, pk=pk)
    if photo is None:
        raise Http404
    return redirect(private_file_url(photo.image.name, download_as=f"photo-{photo.pk}.jpg", inline=True))


@_authority("moderation.list_for_artisans")
def list_for_artisan(request):
    """Find the artisan to list a piece for; their workshop's listing pages then work for this account."""
    number = request.GET.get("registry_number", "").strip().upper()[:32]
    if number:
        artisan = Artisan.objects.filter(registry_number=number).first()
        if artisan is not None:
            return redirect("artisans:workshop-products", registry_number=artisan.registry_number)
        messages.error(request, _("No artisan has the registry number %(number)s.") % {"number": number})
    return render(request, "moderation/list_for.html", {"number": number})


# --- Bank details held after a new manager joined -----------------------------------------------------------------


@_authority("ledger.confirm_payoutaccount")
def held_bank_details(request):
    """Bank details saved in the days after a new manager joined an artisan: no settlement pays to them until a
    reviewer has checked them with the artisan (a call to the registry's number) and confirms them here."""
    accounts = list(ledger_selectors.payout_accounts_held()[:200])
    rows = [
        (account, ledger_selectors.payout_account_masked(account), list(account.artisan.partner.users.all()))
        for account in accounts
    ]
    context = {"rows": rows, "hold_days": settings.PAYOUT_HOLD_DAYS_AFTER_NEW_MANAGER}
    return render(request, "moderation/bank_details.html", context)


@_authority("ledger.confirm_payoutaccount")
@require_POST
def held_bank_details_confirm(request, pk: int):
    account = ledger_selectors.payout_accounts_held().filter(pk=pk).first()
    if account is None:
        raise Http404
    payout_account_confirm(account=account, reviewer=request.user)
    messages.success(
        request,
        _("The bank details of %(name)s are confirmed: the next settlement pays them.")
        % {"name": account.artisan.name},
    )
    return redirect("authority:bank-details")


# --- The audit trail -------------------------------------------------------------------------------------------


@_authority("audit.view_auditevent")
def audit_trail(request):
    events = audit_events().select_related("artisan")
    number = request.GET.get("artisan", "").strip().upper()[:32]
    action = request.GET.get("action", "").strip()[:60]
    if number:
        events = events.filter(artisan__registry_number=number)
    if action:
        events = events.filter(action=action)
    page = Paginator(events, AUDIT_EVENTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "moderation/audit.html",
        {"page_obj": page, "events": page.object_list, "number": number, "action": action},
    )
