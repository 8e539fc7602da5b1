"""Thin views of questions to artisans: the question page of a piece, the buyer's and the guest's conversation
pages, the workshop's inbox, and the authority's page of reported and held conversations. Every conversation is
loaded through a selector scoped to the reader (`selectors`), so anyone else's is not found (404).

The question form has a page of its own, linked from the product page ("Ask the maker"): product pages are shared
from the page cache with anonymous visitors, and a form that differs between a guest and an account, or keeps what
was typed after an error, does not belong in a shared page.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core import signing
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from artisans.workshop_views import managed_artisan_or_404, workshop_closed
from catalogue.selectors import browsable_products
from marketplace.bilingual import written_language
from shipping.destinations import country_name

from . import selectors
from .forms import BuyerReplyForm, QuestionForm, ReplyForm, ReportForm
from .models import Conversation
from .quick_replies import quick_replies_in
from .services import (
    CONFIRM_LINK_DAYS,
    CONFIRM_SALT,
    ConversationRefused,
    conversation_reply,
    conversation_report,
    guest_read_token,
    held_question_decide,
    question_ask,
    question_confirm,
)

BUYER = Conversation.Side.BUYER
ARTISAN = Conversation.Side.ARTISAN


# --- Asking -------------------------------------------------------------------------------------------------------


@never_cache
@require_http_methods(["GET", "POST"])
def ask(request, product_pk: int):
    product = browsable_products().select_related("artisan").filter(pk=product_pk).first()
    if product is None:
        raise Http404
    signed_in = request.user.is_authenticated
    initial = {"first_name": request.user.first_name} if signed_in else {}
    form = QuestionForm(request.POST or None, signed_in=signed_in, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            conversation = question_ask(
                product=product,
                body=data["body"],
                language=written_language(data["body"], default=get_language()),
                first_name=data["first_name"],
                country=data["country"],
                buyer=request.user if signed_in else None,
                guest_email=data.get("email", ""),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if signed_in:
                messages.success(request, _("Your question was sent. You will find the answer here and by e-mail."))
                return redirect("conversations:mine", pk=conversation.pk)
            return redirect("conversations:check-inbox")
    return render(request, "conversations/ask.html", {"product": product, "form": form})


@never_cache
def check_inbox(request):
    return render(request, "conversations/check_inbox.html", {"days": CONFIRM_LINK_DAYS})


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token: str):
    """The link in a guest's e-mail. Opening it changes nothing (mail scanners open links): the button does."""
    try:
        pk = signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_LINK_DAYS * 86400)
    except signing.SignatureExpired:
        return render(request, "conversations/confirm.html", {"expired": True}, status=410)
    except signing.BadSignature:
        raise Http404 from None
    conversation = Conversation.objects.filter(pk=pk, buyer__isnull=True).select_related("artisan", "product").first()
    if conversation is None:
        raise Http404
    if request.method == "POST":
        conversation = question_confirm(conversation=conversation)
        if conversation.status == Conversation.Status.HELD:
            messages.info(
                request,
                _(
                    "Thank you. Your question holds a link, so the craft authority reads it before it reaches the "
                    "artisan."
                ),
            )
        else:
            messages.success(request, _("Thank you. Your question was sent to the artisan."))
        return redirect("conversations:guest", token=guest_read_token(conversation))
    return render(request, "conversations/confirm.html", {"conversation": conversation})


# --- The buyer's side ---------------------------------------------------------------------------------------------


@login_required
def my_questions(request):
    conversations = selectors.conversations_of_buyer(request.user)
    return render(
        request, "conversations/my_questions.html", {"conversations": conversations, "active_tab": "questions"}
    )


def _buyer_page(request, conversation, *, report_url: str, guest: bool):
    form = BuyerReplyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            conversation_reply(
                conversation=conversation,
                side=BUYER,
                author=None if guest else request.user,
                body=form.cleaned_data["body"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your reply was sent."))
            return redirect(request.path)
    context = {
        "conversation": conversation,
        "form": form,
        "report_form": ReportForm(),
        "report_url": report_url,
        "reader_side": BUYER,
        "guest": guest,
        "active_tab": "questions",
    }
    return render(request, "conversations/conversation.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def my_conversation(request, pk: int):
    conversation = selectors.conversation_of_buyer(request.user, pk)
    if conversation is None:
        raise Http404
    return _buyer_page(
        request, conversation, report_url=reverse("conversations:mine-report", kwargs={"pk": pk}), guest=False
    )


@never_cache
@require_http_methods(["GET", "POST"])
def guest_conversation(request, token: str):
    conversation = selectors.conversation_from_guest_token(token)
    if conversation is None:
        raise Http404
    return _buyer_page(
        request, conversation, report_url=reverse("conversations:guest-report", kwargs={"token": token}), guest=True
    )


def _report(request, conversation, *, side: str, back: str):
    form = ReportForm(request.POST)
    if form.is_valid():
        conversation_report(
            conversation=conversation, side=side, reason=form.cleaned_data["reason"], note=form.cleaned_data["note"]
        )
        messages.success(request, _("Thank you. The craft authority will read this conversation."))
    else:
        messages.error(request, " ".join(str(e) for errors in form.errors.values() for e in errors))
    return redirect(back)


@login_required
@require_POST
def my_conversation_report(request, pk: int):
    conversation = selectors.conversation_of_buyer(request.user, pk)
    if conversation is None:
        raise Http404
    return _report(request, conversation, side=BUYER, back=reverse("conversations:mine", kwargs={"pk": pk}))


@require_POST
def guest_conversation_report(request, token: str):
    conversation = selectors.conversation_from_guest_token(token)
    if conversation is None:
        raise Http404
    return _report(request, conversation, side=BUYER, back=reverse("conversations:guest", kwargs={"token": token}))


# --- The workshop's inbox -----------------------------------------------------------------------------------------


@login_required
def workshop_inbox(request, registry_number: str):
    artisan = managed_artisan_or_404(request, registry_number)
    context = {
        "artisan": artisan,
        "conversations": selectors.conversations_of_artisan(artisan),
        "unanswered": selectors.unanswered_count(artisan),
        "median_wait": selectors.median_time_to_answer(artisan),
    }
    return render(request, "conversations/workshop/inbox.html", context)


def _workshop_conversation_or_404(request, registry_number: str, pk: int):
    artisan = managed_artisan_or_404(request, registry_number)
    conversation = selectors.conversation_of_artisan(artisan, pk)
    if conversation is None:
        raise Http404
    return artisan, conversation


@login_required
@require_http_methods(["GET", "POST"])
def workshop_conversation(request, registry_number: str, pk: int):
    artisan, conversation = _workshop_conversation_or_404(request, registry_number, pk)
    if request.method == "POST" and not artisan.is_verified:
        return workshop_closed(request, artisan)
    replies = quick_replies_in(conversation.language)
    picked = next((reply["text"] for reply in replies if reply["key"] == request.GET.get("quick")), "")
    form = ReplyForm(request.POST or None, initial={"body": picked})
    # The answer is written in the buyer's language (a quick reply is put there in it)
    form.fields["body"].widget.attrs["lang"] = conversation.language
    if request.method == "POST" and form.is_valid():
        try:
            conversation_reply(
                conversation=conversation, side=ARTISAN, author=request.user, body=form.cleaned_data["body"]
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your answer was sent. The buyer gets it by e-mail."))
            return redirect("conversations:workshop-inbox", registry_number=registry_number)
    context = {
        "artisan": artisan,
        "conversation": conversation,
        "form": form,
        "quick_replies": replies,
        "report_form": ReportForm(),
        "reader_side": ARTISAN,
        "buyer_country": country_name(conversation.country) if conversation.country else "",
    }
    return render(request, "conversations/workshop/conversation.html", context)


@login_required
@require_POST
def workshop_conversation_report(request, registry_number: str, pk: int):
    artisan, conversation = _workshop_conversation_or_404(request, registry_number, pk)
    back = reverse("conversations:workshop-conversation", kwargs={"registry_number": registry_number, "pk": pk})
    return _report(request, conversation, side=ARTISAN, back=back)


# --- The authority ------------------------------------------------------------------------------------------------

MODERATE = "conversations.moderate_conversations"


@login_required
@permission_required(MODERATE, raise_exception=True)
def authority_conversations(request):
    conversations = selectors.conversations_for_authority()
    return render(request, "conversations/authority/list.html", {"conversations": conversations})


@login_required
@permission_required(MODERATE, raise_exception=True)
@require_http_methods(["GET", "POST"])
def authority_conversation(request, pk: int):
    conversation = selectors.conversation_for_authority(pk)
    if conversation is None:
        raise Http404
    if request.method == "POST":
        decision = request.POST.get("decision")
        if decision not in ("release", "refuse"):
            messages.error(request, _("Choose to send the question to the artisan or to refuse it."))
        else:
            try:
                held_question_decide(conversation=conversation, release=decision == "release", by=request.user)
            except ConversationRefused as error:
                messages.error(request, error.message)
            else:
                messages.success(request, _("Done."))
        return redirect("conversations:authority-list")
    context = {
        "conversation": conversation,
        "reader_side": None,
        "buyer_country": country_name(conversation.country) if conversation.country else "",
        "order_link_days": settings.CONVERSATION_ORDER_LINK_DAYS,
    }
    return render(request, "conversations/authority/conversation.html", context)
