"""Reads of conversations, each scoped to whoever asks: an artisan's managers see their artisan's open
conversations, a buyer their own, a guest the one their signed link names, the authority only the reported and the
held ones. Anything else is simply not found."""

from __future__ import annotations

from datetime import timedelta
from statistics import median

from django.core import signing
from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.utils import timezone

from .models import Conversation, Message, Report
from .services import GUEST_READ_SALT

MEDIAN_WINDOW_DAYS = 90


def _with_page_relations(conversations: QuerySet) -> QuerySet:
    return conversations.select_related("product", "artisan", "order").prefetch_related(
        Prefetch("messages", queryset=Message.objects.order_by("created_at", "pk"))
    )


def conversations_of_artisan(artisan) -> QuerySet:
    """The artisan's inbox: questions that reached them, those waiting for an answer first."""
    return (
        Conversation.objects.filter(artisan=artisan, status=Conversation.Status.OPEN)
        .select_related("product", "order")
        .order_by("-awaiting_artisan", "-last_message_at", "-pk")
    )


def conversation_of_artisan(artisan, pk: int) -> Conversation | None:
    return (
        _with_page_relations(Conversation.objects.filter(artisan=artisan, status=Conversation.Status.OPEN))
        .filter(pk=pk)
        .first()
    )


def unanswered_count(artisan) -> int:
    return Conversation.objects.filter(artisan=artisan, status=Conversation.Status.OPEN, awaiting_artisan=True).count()


def median_time_to_answer(artisan, *, now=None) -> timedelta | None:
    """The median time between a question reaching the artisan and their first answer, over the questions of the
    last MEDIAN_WINDOW_DAYS days; None before any answer."""
    since = (now or timezone.now()) - timedelta(days=MEDIAN_WINDOW_DAYS)
    pairs = Conversation.objects.filter(
        artisan=artisan, opened_at__gte=since, first_answered_at__isnull=False
    ).values_list("opened_at", "first_answered_at")
    waits = [answered - opened for opened, answered in pairs]
    return median(waits) if waits else None


def conversations_of_buyer(user) -> QuerySet:
    return (
        Conversation.objects.filter(buyer=user)
        .exclude(status=Conversation.Status.REFUSED)
        .select_related("product", "artisan", "order")
    )


def conversation_of_buyer(user, pk: int) -> Conversation | None:
    if not user.is_authenticated:
        return None
    return _with_page_relations(conversations_of_buyer(user)).filter(pk=pk).first()


def conversation_from_guest_token(token: str) -> Conversation | None:
    """The guest's conversation named by a signed link, once their address is confirmed."""
    try:
        pk = signing.loads(token, salt=GUEST_READ_SALT)
    except signing.BadSignature:
        return None
    return (
        _with_page_relations(
            Conversation.objects.filter(buyer__isnull=True).exclude(status=Conversation.Status.UNCONFIRMED)
        )
        .filter(pk=pk)
        .first()
    )


def conversations_for_authority() -> QuerySet:
    """What the authority may read: reported conversations and questions held for review, and nothing else."""
    reported = Exists(Report.objects.filter(conversation=OuterRef("pk")))
    return (
        Conversation.objects.annotate(reported=reported)
        .filter(Q(reported=True) | Q(status=Conversation.Status.HELD))
        .select_related("product", "artisan")
        .prefetch_related("reports")
        .order_by("-created_at")
    )


def conversation_for_authority(pk: int) -> Conversation | None:
    return _with_page_relations(conversations_for_authority()).filter(pk=pk).first()


def conversations_of_order(order, *, artisan=None) -> list[Conversation]:
    """The conversations an order followed (all of them for the buyer; the artisan's own for the artisan)."""
    conversations = Conversation.objects.filter(order=order).select_related("artisan", "product")
    if artisan is not None:
        conversations = conversations.filter(artisan=artisan)
    return list(conversations)
