"""Site-wide views that belong to no app: display preferences, what a shared page leaves out, and robots.txt."""

from django.conf import settings
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST

from favourites import selectors as favourite_selectors
from marketplace.display import DIGITS_COOKIE, digit_style_from_cookie

ONE_YEAR = 365 * 24 * 60 * 60


@require_POST
def set_digit_style(request):
    """Remember whether this reader wants Arabic-Indic or Latin digits, in a cookie, and go back to their page."""
    style = digit_style_from_cookie(request.POST.get("digits"))
    next_url = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"
    response = HttpResponseRedirect(next_url)
    response.set_cookie(DIGITS_COOKIE, style, max_age=ONE_YEAR, samesite="Lax", secure=request.is_secure())
    return response


@require_POST
def set_display_currency(request):
    """Remember the currency in which this reader wants approximate prices (or none), and go back to their page."""
    from django.conf import settings

    from payments.selectors import DISPLAY_CURRENCY_COOKIE

    currency = request.POST.get("currency", "")
    next_url = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"
    response = HttpResponseRedirect(next_url)
    if currency in settings.APPROXIMATE_PRICE_CURRENCIES:
        response.set_cookie(
            DISPLAY_CURRENCY_COOKIE, currency, max_age=ONE_YEAR, samesite="Lax", secure=request.is_secure()
        )
    else:
        response.delete_cookie(DISPLAY_CURRENCY_COOKIE)
    return response


@require_POST
def set_destination(request):
    """Remember the country this buyer wants their pieces delivered to (the footer's and the basket's "Deliver to"),
    and go back to their page. A country the marketplace does not ship to is refused with a message in the language
    of the page the buyer came from, and the previous choice is kept."""
    from django.contrib import messages
    from django.utils.translation import gettext

    from shipping.destinations import DESTINATION_COOKIE, valid_destination

    next_url = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"
    response = HttpResponseRedirect(next_url)
    code = valid_destination(request.POST.get("country"))
    if code:
        response.set_cookie(DESTINATION_COOKIE, code, max_age=ONE_YEAR, samesite="Lax", secure=request.is_secure())
    else:
        with translation.override(translation.get_language_from_path(next_url) or translation.get_language()):
            messages.error(request, gettext("We do not deliver to that country: choose one from the list."))
    return response


@require_GET
def session_state(request):
    """What a page shared by every anonymous visitor (marketplace/page_cache.py) leaves out, for session-state.js:
    the basket's count, the account links of a signed-in visitor, the messages waiting, and the ids of the pieces
    hearted and artisans followed. It also sets the
    csrftoken cookie, from which the script writes the token into the page's forms. Never kept by any cache."""
    from django.contrib.messages import get_messages

    from marketplace.page_digits import arabic_indic_digits_in_html

    get_token(request)
    signed_in = request.user.is_authenticated
    has_basket = signed_in or settings.OSCAR_BASKET_COOKIE_OPEN in request.COOKIES
    basket_count = request.basket.num_items if has_basket and request.basket.id else 0
    arabic_digits = getattr(request, "digit_style", "latn") == "arab" and translation.get_language() == "ar"

    def in_chosen_digits(html: str) -> str:
        return arabic_indic_digits_in_html(html) if arabic_digits else html

    state = {"signedIn": signed_in, "basketCount": basket_count, "basketCountText": in_chosen_digits(str(basket_count))}
    # The pieces this visitor hearted and the artisans they follow (favourites.js marks the buttons): one query.
    state.update(favourite_selectors.visitor_state(user=request.user, session=request.session))
    if signed_in:
        context = {"has_workshop": request.user.partners.exists()}
        state["accountLinks"] = render_to_string("hirfa/partials/account_links.html", context, request=request)
        context["in_menu"] = True
        state["menuAccountLinks"] = render_to_string("hirfa/partials/account_links.html", context, request=request)
    messages = list(get_messages(request))
    if messages:
        html = render_to_string("oscar/partials/alert_messages.html", {"messages": messages}, request=request)
        state["messages"] = in_chosen_digits(html)
    response = JsonResponse(state)
    response["Cache-Control"] = "private, no-store"
    return response


# Pages only their users need (staff, buyers mid-purchase, artisans at work): crawling them wastes the crawl budget.
ROBOTS_DISALLOWED_PER_LANGUAGE = ("dashboard:index", "checkout:index", "basket:summary", "artisans:workshop")
ROBOTS_DISALLOWED = ("/cms-admin/", "/django-admin/")


@require_GET
def robots_txt(request):
    """Crawlers may read every public page, skip the admins and the pages behind a purchase or a login, and find
    the sitemap on this same host."""
    lines = ["User-agent: *", "Allow: /"]
    lines += [f"Disallow: {path}" for path in ROBOTS_DISALLOWED]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            lines += [f"Disallow: {reverse(name)}" for name in ROBOTS_DISALLOWED_PER_LANGUAGE]
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
