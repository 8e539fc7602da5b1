"""The pages of verified reviews: the buyer writes one from a shipped order line, the authority decides, the
artisan replies once from the workshop, and a reminder's link stops the reminders without signing in."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from artisans.forms import DecisionForm
from artisans.workshop_views import managed_artisan_or_404, workshop_closed
from moderation.views import _authority

from . import selectors, services
from .forms import ReplyForm, ReviewForm
from .models import ProductReview

# --- The buyer ----------------------------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def write_review(request, line_pk: int):
    line = selectors.line_reviewable_by(request.user, line_pk=line_pk)
    if line is None:
        raise Http404
    form = ReviewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.review_create(
                user=request.user, line=line, score=data["score"], body=data["body"], language=data["language"]
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Thank you. Your review is shown once the craft authority has read it."))
            return redirect("customer:order", order_number=line.order.number)
    return render(request, "reviews/write.html", {"form": form, "line": line, "product": line.product})


@require_http_methods(["GET", "POST"])
def unsubscribe(request, token: str):
    """No sign-in: the signed token names the account. A GET only asks (mail scanners open links); the POST
    records it."""
    user = services.user_for_unsubscribe_token(token)
    if user is None:
        raise Http404
    done = False
    if request.method == "POST":
        services.review_reminders_stop(user=user)
        done = True
    return render(request, "reviews/unsubscribe.html", {"done": done})


# --- The artisan --------------------------------------------------------------------------------------------------


@login_required
def workshop_reviews(request, registry_number: str):
    artisan = managed_artisan_or_404(request, registry_number)
    page = Paginator(selectors.reviews_of_artisan(artisan), 20).get_page(request.GET.get("page"))
    context = {
        "artisan": artisan,
        "page_obj": page,
        "reviews": page.object_list,
        "summary": selectors.artisan_review_summary(artisan),
    }
    return render(request, "reviews/workshop_reviews.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def workshop_reply(request, registry_number: str, review_pk: int):
    artisan = managed_artisan_or_404(request, registry_number)
    review = selectors.review_of_artisan(artisan, review_pk=review_pk)
    if review is None:
        raise Http404
    if request.method == "POST" and not artisan.is_verified:
        return workshop_closed(request, artisan)
    form = ReplyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.review_reply(review=review, artisan=artisan, user=request.user, text=form.cleaned_data["reply"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your answer is published under the review."))
            return redirect("reviews:workshop-reviews", registry_number=artisan.registry_number)
    return render(request, "reviews/workshop_reply.html", {"artisan": artisan, "review": review, "form": form})


# --- The authority ------------------------------------------------------------------------------------------------


@_authority("reviews.moderate_reviews")
def review_queue(request):
    page = Paginator(selectors.review_queue(), 50).get_page(request.GET.get("page"))
    return render(request, "reviews/authority_queue.html", {"page_obj": page, "reviews": page.object_list})


@_authority("reviews.moderate_reviews")
@require_http_methods(["GET", "POST"])
def review_moderate(request, pk: int):
    review = selectors.review_for_moderation(pk)
    if review is None:
        raise Http404
    form = DecisionForm(request.POST or None, reasons=ProductReview.RejectionReason.choices)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if data["decision"] == "approve":
                services.review_approve(review=review, reviewer=request.user)
                messages.success(request, _("Approved. The review is shown on the piece's page."))
            else:
                note = "\n".join(text for text in (data["note_ar"], data["note_en"]) if text)
                services.review_reject(review=review, reviewer=request.user, reason=data["reason"], note=note)
                messages.success(request, _("Not approved; the review is not shown."))
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect("reviews:authority-queue")
    return render(request, "reviews/authority_review.html", {"review": review, "form": form})
