"""The workshop's quick replies: a few fixed answers the artisan picks and edits before sending. Each is written
into the reply box in the language the buyer wrote in (its label in the artisan's language)."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import translation
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class QuickReply:
    key: str
    label: object
    text: object


QUICK_REPLIES = (
    QuickReply(
        "yes-can",
        _("Yes, I can"),
        _("Thank you for your question. Yes, I can do this for you. It takes about … days to make."),
    ),
    QuickReply(
        "engrave",
        _("Name or words"),
        _("Yes, I can add a name or words. Please write them exactly as you want them, in Arabic or English."),
    ),
    QuickReply(
        "handmade",
        _("Each piece differs"),
        _("Each piece is made by hand, so yours may differ a little in colour and shape from the photo."),
    ),
    QuickReply(
        "cannot",
        _("Sorry, I cannot"),
        _("Thank you for asking. I am sorry, I cannot make this change to the piece."),
    ),
)


def quick_replies_in(language: str) -> list[dict]:
    """Each quick reply's label (in the reader's language) and text (in `language`, the buyer's)."""
    replies = []
    for reply in QUICK_REPLIES:
        label = str(reply.label)
        with translation.override(language):
            text = str(reply.text)
        replies.append({"key": reply.key, "label": label, "text": text})
    return replies
