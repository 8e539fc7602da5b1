"""Hearts, follows and the weekly digest.

A guest's hearts are kept in the session (ids, newest first, at most FAVOURITES_MAX); `favourites_merge_session`
moves them into the account when the guest signs in (called by the sign-in views, not by a signal), and a piece
hearted both ways is kept once (the unique pair, inserted with ON CONFLICT DO NOTHING).
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from favourites import selectors
from favourites.models import Favourite, Follow, FollowDigest
from favourites.selectors import SESSION_KEY
from marketplace.mail import absolute_url, email_subject

logger = logging.getLogger(__name__)

UNFOLLOW_SALT = "favourites.unfollow"
DIGEST_MAX_PIECES = 30


class TooManyFavourites(Exception):
    pass


def favourite_add(*, user, session, product) -> None:
    """Heart a piece (which the caller loaded through `selectors.product_to_favour`). Hearting it again is a no-op."""
    limit = settings.FAVOURITES_MAX
    if user.is_authenticated:
        if Favourite.objects.filter(user=user, product=product).exists():
            return
        if Favourite.objects.filter(user=user).count() >= limit:
            raise TooManyFavourites
        Favourite.objects.bulk_create([Favourite(user=user, product=product)], ignore_conflicts=True)
        return
    ids = selectors.session_favourite_ids(session)
    if product.pk in ids:
        return
    if len(ids) >= limit:
        raise TooManyFavourites
    session[SESSION_KEY] = [product.pk, *ids]


def favourite_remove(*, user, session, product_id: int) -> None:
    if user.is_authenticated:
        Favourite.objects.filter(user=user, product_id=product_id).delete()
        return
    ids = selectors.session_favourite_ids(session)
    if product_id in ids:
        session[SESSION_KEY] = [pk for pk in ids if pk != product_id]


def favourites_merge_session(*, user, session) -> int:
    """Move a guest's hearts into the account they just signed in to; pieces no longer on show are dropped, pieces
    already hearted in the account are kept once. Returns how many the session held."""
    ids = selectors.session_favourite_ids(session)
    if not ids:
        return 0
    on_show = set(selectors.catalogue_selectors.browsable_products().filter(pk__in=ids).values_list("pk", flat=True))
    room = max(0, settings.FAVOURITES_MAX - Favourite.objects.filter(user=user).count())
    # Oldest first, so the newest heart is the newest row.
    rows = [Favourite(user=user, product_id=pk) for pk in reversed(ids) if pk in on_show][-room:] if room else []
    Favourite.objects.bulk_create(rows, ignore_conflicts=True)
    session.pop(SESSION_KEY, None)
    return len(ids)


def follow_artisan(*, user, artisan, language: str) -> None:
    """Follow (again: only the digest's language changes)."""
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    Follow.objects.update_or_create(user=user, artisan=artisan, defaults={"language": language})


def unfollow_artisan(*, user_id: int, artisan_id: int) -> bool:
    deleted, _ = Follow.objects.filter(user_id=user_id, artisan_id=artisan_id).delete()
    return bool(deleted)


def unfollow_token(*, user_id: int, artisan_id: int) -> str:
    """The digest's one-click unfollow: signed, so it works without signing in and names nobody else's follow."""
    return signing.dumps({"u": user_id, "a": artisan_id}, salt=UNFOLLOW_SALT, compress=True)


def unfollow_token_read(token: str) -> tuple[int, int] | None:
    try:
        data = signing.loads(token, salt=UNFOLLOW_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or not all(isinstance(data.get(key), int) for key in ("u", "a")):
        return None
    return data["u"], data["a"]


# --- The weekly digest -------------------------------------------------------------------------------------------


def week_of(moment) -> object:
    day = timezone.localdate(moment)
    return day - timedelta(days=day.weekday())


def follow_digests_send(*, now=None) -> int:
    """One digest per follower per week (the week starts on Monday, Muscat time), of the pieces their artisans put
    on show since the last digest (or in the past week, for a first one), in the language they followed in. A week
    with nothing new is recorded and sends nothing. Returns how many e-mails were sent.

    The week's record and the e-mail are written in one transaction (production queues e-mail as a task row, so the
    message is committed with its record); a second worker inserting the same week waits on the unique index and
    is refused, so a week is never sent twice."""
    now = now or timezone.now()
    week = week_of(now)
    sent = 0
    for user_id in list(selectors.followers_without_digest(week=week)):
        since = selectors.last_digest_at(user_id=user_id) or now - timedelta(days=7)
        pieces = selectors.new_pieces_of_followed(user_id=user_id, since=since, limit=DIGEST_MAX_PIECES)
        try:
            with transaction.atomic():
                FollowDigest.objects.create(user_id=user_id, week=week, piece_count=len(pieces))
                if pieces:
                    _send_digest(user_id=user_id, pieces=pieces)
        except IntegrityError:
            continue  # another worker took this week
        sent += bool(pieces)
    return sent


def _send_digest(*, user_id: int, pieces: list) -> None:
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(pk=user_id)
    language = selectors.digest_language(user_id=user_id)
    with translation.override(language):
        by_artisan: dict[int, dict] = {}
        for product in pieces:
            group = by_artisan.setdefault(
                product.artisan_id,
                {
                    "artisan": product.artisan,
                    "artisan_url": absolute_url(product.artisan.get_absolute_url()),
                    "unfollow_url": absolute_url(
                        reverse(
                            "favourites:unfollow-link",
                            kwargs={"token": unfollow_token(user_id=user_id, artisan_id=product.artisan_id)},
                        )
                    ),
                    "pieces": [],
                },
            )
            group["pieces"].append({"title": product.localized_title, "url": absolute_url(product.get_absolute_url())})
        context = {"groups": list(by_artisan.values()), "piece_count": len(pieces), "LANGUAGE_CODE": language}
        subject = email_subject(render_to_string("favourites/email/digest_subject.txt", context))
        body = render_to_string("favourites/email/digest.txt", context)
    headers = {}
    if len(by_artisan) == 1:
        # RFC 8058: a mail program's "unsubscribe" button POSTs to the link, which the link's view accepts.
        headers["List-Unsubscribe"] = f"<{next(iter(by_artisan.values()))['unfollow_url']}>"
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email], headers=headers).send()
