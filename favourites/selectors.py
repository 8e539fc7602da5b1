"""Reads of hearts and follows. `visitor_state` is what the session-state answer sends to every page with a heart
or a "Follow" button, so it is one query at most."""

from __future__ import annotations

from datetime import datetime

from django.db.models import CharField, QuerySet, Value

from artisans import selectors as artisan_selectors
from artisans.models import Artisan
from catalogue import selectors as catalogue_selectors
from favourites.models import Favourite, Follow, FollowDigest

SESSION_KEY = "favourite_product_ids"


def session_favourite_ids(session) -> list[int]:
    """A guest's hearts, newest first, as the session keeps them (ids only: whether each piece is still on sale is
    decided where they are shown)."""
    ids = session.get(SESSION_KEY, []) if session is not None else []
    return [pk for pk in ids if isinstance(pk, int) and not isinstance(pk, bool)]


def visitor_state(*, user, session) -> dict:
    """The ids of the pieces this visitor hearted and of the artisans they follow. A guest's come from the session
    (no query); an account's from one query (a UNION of both tables)."""
    if not user.is_authenticated:
        return {"favourites": session_favourite_ids(session), "following": []}
    hearts = Favourite.objects.filter(user=user).values_list(Value("p", output_field=CharField()), "product_id")
    follows = Follow.objects.filter(user=user).values_list(Value("a", output_field=CharField()), "artisan_id")
    state = {"favourites": [], "following": []}
    for kind, pk in hearts.union(follows, all=True):
        state["favourites" if kind == "p" else "following"].append(pk)
    return state


def product_to_favour(product_id: int):
    """The piece a heart names, if a buyer may see it; None for a piece that does not exist or is not on show."""
    return catalogue_selectors.browsable_products().filter(pk=product_id).first()


def favourite_products(*, user, session) -> list:
    """The visitor's hearted pieces still on show, newest heart first, as product cards."""
    if user.is_authenticated:
        ids = list(Favourite.objects.filter(user=user).values_list("product_id", flat=True))
    else:
        ids = session_favourite_ids(session)
    cards = catalogue_selectors.browsable_products_by_id(ids)
    return [cards[pk] for pk in ids if pk in cards]


def artisan_to_follow(*, registry_number: str) -> Artisan | None:
    return artisan_selectors.artisan_for_public_page(registry_number=registry_number)


def artisan_audience(artisan: Artisan) -> dict[str, int]:
    """How many accounts follow the artisan, and how many hearts their pieces hold (guests' hearts are in their
    sessions and not counted until they sign in). Numbers only: who they are is never read here."""
    return {
        "followers": Follow.objects.filter(artisan=artisan).count(),
        "favourites": Favourite.objects.filter(product__artisan=artisan).count(),
    }


# --- The weekly digest -------------------------------------------------------------------------------------------


def followers_without_digest(*, week) -> QuerySet:
    """Ids of the accounts that follow someone and have no digest recorded for this week."""
    from django.contrib.auth import get_user_model

    return (
        get_user_model()
        .objects.filter(follows__isnull=False, is_active=True)
        .exclude(follow_digests__week=week)
        .values_list("pk", flat=True)
        .distinct()
        .order_by("pk")
    )


def last_digest_at(*, user_id: int) -> datetime | None:
    digest = FollowDigest.objects.filter(user_id=user_id).order_by("-week").first()
    return digest.created_at if digest else None


def digest_language(*, user_id: int) -> str:
    follow = Follow.objects.filter(user_id=user_id).order_by("-created_at", "-pk").first()
    return follow.language if follow else "ar"


def new_pieces_of_followed(*, user_id: int, since: datetime, limit: int) -> list:
    """Pieces on show, made since `since` by the artisans this account follows, newest first, with their artisan."""
    return list(
        catalogue_selectors.with_card_relations(
            catalogue_selectors.browsable_products().filter(artisan__follows__user_id=user_id, date_created__gt=since)
        ).order_by("artisan__registry_number", "-date_created", "-pk")[:limit]
    )


def artisan_by_id(artisan_id: int) -> Artisan | None:
    return Artisan.objects.filter(pk=artisan_id).first()
