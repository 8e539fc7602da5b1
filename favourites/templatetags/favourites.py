"""The heart on a product card or page, and the "Follow" button on an artisan's page.

Their forms carry the page cache's CSRF placeholder rather than a token: the home page keeps its product cards in a
shared cached fragment, so a real token must never be written into them. The page cache middleware replaces the
placeholder with the visitor's own token on a page of their own and blanks it on a shared page, where
session-state.js writes the token in (marketplace/page_cache.py)."""

from django import template

from marketplace.page_cache import CSRF_PLACEHOLDER

register = template.Library()


@register.inclusion_tag("favourites/partials/heart.html", takes_context=True)
def favourite_heart(context, product_id, title="", large=False):
    request = context.get("request")
    return {
        "product_id": product_id,
        "title": title,
        "large": large,
        # Known only on the visitor's own favourites page; elsewhere favourites.js sets it from session-state.
        "is_favourite": product_id in context.get("favourite_ids", ()),
        "next": request.get_full_path() if request is not None else "",
        "csrf_placeholder": CSRF_PLACEHOLDER,
    }


@register.inclusion_tag("favourites/partials/follow.html", takes_context=True)
def follow_button(context, artisan):
    request = context.get("request")
    return {
        "artisan": artisan,
        "next": request.get_full_path() if request is not None else "",
        "csrf_placeholder": CSRF_PLACEHOLDER,
    }
