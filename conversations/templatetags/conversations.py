"""Questions to artisans where other apps' pages show them: the workshop dashboard's count, the conversations an
order followed (the workshop's and the buyer's order pages), and a time to answer in words."""

from __future__ import annotations

from datetime import timedelta

from django import template
from django.utils.translation import ngettext

from conversations import selectors

register = template.Library()


@register.filter
def wait_in_words(wait: timedelta | None) -> str:
    if wait is None:
        return ""
    minutes = int(wait.total_seconds() // 60)
    if minutes < 60:
        minutes = max(minutes, 1)
        return ngettext("%(count)d minute", "%(count)d minutes", minutes) % {"count": minutes}
    hours = round(minutes / 60)
    if hours < 48:
        return ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours}
    days = round(hours / 24)
    return ngettext("%(count)d day", "%(count)d days", days) % {"count": days}


@register.inclusion_tag("conversations/partials/dashboard_tile.html")
def questions_tile(artisan):
    return {"artisan": artisan, "unanswered": selectors.unanswered_count(artisan)}


@register.inclusion_tag("conversations/partials/order_conversations.html")
def order_conversations(order, artisan=None):
    """The conversations the order followed: the artisan's own in the workshop (artisan given), all for the buyer."""
    return {
        "conversations": selectors.conversations_of_order(order, artisan=artisan),
        "artisan": artisan,
    }
