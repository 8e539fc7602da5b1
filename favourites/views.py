"""Thin views for hearts and follows. Every write is a POST; each answers JSON to favourites.js (Accept:
application/json) and otherwise redirects back with a message, so a heart works without JavaScript too."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from favourites import selectors, services


def _wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _back(request, fallback: str):
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(target)
    return redirect(fallback)


def _answer(request, *, fallback: str, state: dict, message: str, status: int = 200):
    if _wants_json(request):
        response = JsonResponse({**state, "message": message}, status=status)
        response["Cache-Control"] = "private, no-store"
        return response
    (messages.success if status == 200 else messages.error)(request, message)
    return _back(request, fallback)


@require_POST
def favourite_add(request, product_id: int):
    product = selectors.product_to_favour(product_id)
    if product is None:
        raise Http404
    try:
        services.favourite_add(user=request.user, session=request.session, product=product)
    except services.TooManyFavourites:
        message = _("Your favourites are full. Remove a piece to keep another.")
        return _answer(request, fallback=product.get_absolute_url(), state={"favourite": False}, message=message,
                       status=409)  # fmt: skip
    return _answer(
        request, fallback=product.get_absolute_url(), state={"favourite": True}, message=_("Kept in your favourites.")
    )


@require_POST
def favourite_remove(request, product_id: int):
    services.favourite_remove(user=request.user, session=request.session, product_id=product_id)
    return _answer(
        request,
        fallback=_favourites_url(),
        state={"favourite": False},
        message=_("Removed from your favourites."),
    )


def _favourites_url() -> str:
    from django.urls import reverse

    return reverse("favourites:list")


@require_GET
def favourites_list(request):
    products = selectors.favourite_products(user=request.user, session=request.session)
    return render(
        request,
        "favourites/list.html",
        {"products": products, "favourite_ids": {product.pk for product in products}},
    )


@require_POST
def artisan_follow(request, registry_number: str):
    artisan = selectors.artisan_to_follow(registry_number=registry_number)
    if artisan is None:
        raise Http404
    if not request.user.is_authenticated:
        # A guest signs in and comes back to the artisan's page, where the button now follows.
        return redirect_to_login(artisan.get_absolute_url())
    services.follow_artisan(user=request.user, artisan=artisan, language=translation.get_language())
    message = _("You follow %(name)s. New pieces come to you once a week by e-mail.") % {"name": artisan.name}
    return _answer(request, fallback=artisan.get_absolute_url(), state={"following": True}, message=message)


@require_POST
def artisan_unfollow(request, registry_number: str):
    artisan = selectors.artisan_to_follow(registry_number=registry_number)
    if artisan is None:
        raise Http404
    if not request.user.is_authenticated:
        return redirect_to_login(artisan.get_absolute_url())
    services.unfollow_artisan(user_id=request.user.pk, artisan_id=artisan.pk)
    message = _("You no longer follow %(name)s.") % {"name": artisan.name}
    return _answer(request, fallback=artisan.get_absolute_url(), state={"following": False}, message=message)


# The link in the digest: its signed token is the authority, so a mail program may POST to it (RFC 8058) without a
# CSRF token. A GET only shows the button: mail scanners open links.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unfollow_link(request, token: str):
    pair = services.unfollow_token_read(token)
    if pair is None:
        return render(request, "favourites/unfollow.html", {"valid": False}, status=404)
    user_id, artisan_id = pair
    artisan = selectors.artisan_by_id(artisan_id)
    done = False
    if request.method == "POST":
        services.unfollow_artisan(user_id=user_id, artisan_id=artisan_id)
        done = True
    return render(request, "favourites/unfollow.html", {"valid": True, "artisan": artisan, "done": done})
