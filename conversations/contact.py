"""Contact details typed into a message, masked before it is stored: e-mail addresses (also written "at"/"dot"),
phone numbers in Latin, Arabic-Indic or Eastern Arabic-Indic digits, and links to messaging apps and social
profiles (wa.me, WhatsApp, Telegram, Instagram...). Replies go through the site, so neither side needs them; a
buyer who pays outside Hirfa has no certificate, no refund and no help.

And the links in a message, which hold a guest's first question for the authority's review.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MASK = "[•••]"

_DIGIT = r"[0-9\u0660-\u0669\u06F0-\u06F9]"
# 7 digits or more, with the separators people type between them: a phone number, local or international.
_PHONE = re.compile(r"(?<![\w/])(?:\+|00|٠٠)?" + _DIGIT + r"(?:[\s\-./()\u00a0]{0,3}" + _DIGIT + r"){6,}(?!\w)")
# A date (2026-12-08, 08/12/2026) has 8 digits too, and is no phone number.
_DATE = re.compile(rf"^{_DIGIT}{{1,4}}[-/.]{_DIGIT}{{1,2}}[-/.]{_DIGIT}{{1,4}}$")
_EMAIL = re.compile(
    r"[\w.+-]+\s*(?:@|\(at\)|\[at\]|\s+at\s+)\s*[\w-]+(?:\s*(?:\.|\(dot\)|\[dot\]|\s+dot\s+)\s*[\w-]+)*"
    r"\s*(?:\.|\(dot\)|\[dot\]|\s+dot\s+)\s*(?:com|net|org|om|ae|sa|qa|kw|bh|uk|de|fr|info|io|co|me|edu|gov)\b",
    re.IGNORECASE,
)
_MESSAGING_LINK = re.compile(
    r"(?:https?://)?(?:www\.)?(?:wa\.me|api\.whatsapp\.com|chat\.whatsapp\.com|whatsapp\.com|t\.me|telegram\.me|"
    r"m\.me|instagram\.com|instagr\.am|facebook\.com|fb\.com|snapchat\.com|tiktok\.com|x\.com|twitter\.com|"
    r"linkedin\.com|signal\.me)(?:/\S*)?",
    re.IGNORECASE,
)
_LINK = re.compile(
    r"(?:https?://|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|om|ae|sa|io|me|ly|co|info|biz|shop|store)"
    r"\b(?:/\S*)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Masked:
    text: str
    masked: bool


def mask_contact_details(text: str) -> Masked:
    """The text with every e-mail address, phone number and messaging link replaced by MASK."""
    masked = _MESSAGING_LINK.sub(MASK, text)
    masked = _EMAIL.sub(MASK, masked)

    def phone(match: re.Match) -> str:
        return match.group() if _DATE.match(match.group()) else MASK

    masked = _PHONE.sub(phone, masked)
    return Masked(masked, masked != text)


def contains_link(text: str) -> bool:
    return bool(_LINK.search(text))
