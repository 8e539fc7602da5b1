"""Discovery metadata for public pages: the canonical link and hreflang alternates, Open Graph and Twitter cards,
and schema.org JSON-LD for products and stories.

Search engines and link previews read these, not people, so pages only supply their title, description, type and
main image through blocks of `oscar/base.html`; everything else is worked out here from the request and the page.

x-default is the version in `settings.LANGUAGE_CODE` (English): the language the site itself falls back to for a
browser that asks for neither Arabic nor English (`LocaleMiddleware`), and the one Django's sitemaps use. It is the
prefixed URL, not the bare path, because the bare path of a Wagtail page does not exist when slugs differ by
language; `marketplace.sitemaps` uses the same rule so the pages and the sitemap agree.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from decimal import Decimal

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from wagtail.models import Page

from catalogue.photos import thumbnail_for_request
from catalogue.reviews.selectors import product_review_summary
from catalogue.reviews.structured_data import with_reviews
from cms import selectors as cms_selectors
from marketplace.bilingual import LANGUAGE_SELF_NAMES, active_language

register = template.Library()

OG_LOCALES = {"ar": "ar_OM", "en": "en_GB"}
# Query parameters that make a different page of content; every other one (sorting, filters, tracking) is a view
# of the same page, so it stays out of the canonical URL.
CANONICAL_QUERY_PARAMETERS = ("page",)
# What `json_script` escapes: a value containing "</script>" or "<!--" cannot end the script element early.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
SCHEMA_AVAILABILITY = {True: "https://schema.org/InStock", False: "https://schema.org/OutOfStock"}


@dataclass(frozen=True)
class Alternate:
    language: str
    url: str


@dataclass(frozen=True)
class PageLinks:
    """The canonical URL of what is being shown and its version in each language (absolute URLs)."""

    canonical: str
    alternates: tuple[Alternate, ...]

    @property
    def x_default(self) -> str:
        for alternate in self.alternates:
            if alternate.language == settings.LANGUAGE_CODE:
                return alternate.url
        return self.alternates[0].url if self.alternates else ""


def _site_languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def wagtail_page_links(*, request, page: Page) -> PageLinks:
    """A Wagtail page and its live translations, each at its own URL: slugs differ by language, so the current
    path cannot simply be re-prefixed. A language without a live translation gets no link.

    Worked out once per request and page: the head's links, the link preview and the language switch all ask."""
    memo = request.__dict__.setdefault("_hirfa_page_links", {})
    if page.pk not in memo:
        memo[page.pk] = _wagtail_page_links(request=request, page=page)
    return memo[page.pk]


def _wagtail_page_links(*, request, page: Page) -> PageLinks:
    translations = {
        translation.locale.language_code: translation
        for translation in cms_selectors.live_versions(page, request=request)
    }
    urls = {code: translations[code].get_url(request=request) for code in _site_languages() if code in translations}
    alternates = tuple(Alternate(code, request.build_absolute_uri(url)) for code, url in urls.items() if url)
    own_url = page.get_url(request=request)
    canonical = request.build_absolute_uri(own_url) if own_url else request.build_absolute_uri(request.path)
    return PageLinks(canonical=canonical, alternates=alternates)


def view_links(*, request) -> PageLinks:
    """A Django or Oscar page: the same route in each language (`translate_url` on the current path)."""
    query = request.GET.copy()
    for name in list(query):
        if name not in CANONICAL_QUERY_PARAMETERS:
            del query[name]
    suffix = f"?{query.urlencode()}" if query else ""
    alternates = tuple(
        Alternate(code, request.build_absolute_uri(translate_url(request.path, code) + suffix))
        for code in _site_languages()
    )
    return PageLinks(canonical=request.build_absolute_uri(request.path + suffix), alternates=alternates)


def page_links(context) -> PageLinks | None:
    request = context.get("request")
    if request is None:
        return None
    page = context.get("page")
    if isinstance(page, Page):
        return wagtail_page_links(request=request, page=page)
    return view_links(request=request)


@register.simple_tag(takes_context=True)
def language_switch(context) -> list[dict]:
    """The header's language switch. On a Wagtail page each language leads to that page's translation (its slug
    differs, so re-prefixing the path would 404); a language the page is not yet translated into leads to the
    home page in that language. Elsewhere the context processor's `translate_url` links are right."""
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, Page) or request is None:
        return context.get("language_links", [])
    current = active_language()
    own = {alternate.language: alternate.url for alternate in wagtail_page_links(request=request, page=page).alternates}
    links = []
    for code in _site_languages():
        url = own.get(code) or _home_url_in(code, request=request, page=page)
        links.append(
            {"code": code, "name": LANGUAGE_SELF_NAMES.get(code, code), "url": url, "is_current": code == current}
        )
    return links


def _home_url_in(language_code: str, *, request, page: Page) -> str:
    site_root = page.get_site().root_page if page.get_site() else None
    if site_root is not None:
        translation = site_root.get_translations(inclusive=True).live().filter(locale__language_code=language_code)
        home = translation.first()
        if home is not None and home.get_url(request=request):
            return home.get_url(request=request)
    return f"/{language_code}/"


@register.inclusion_tag("hirfa/partials/seo_alternates.html", takes_context=True)
def alternate_links(context) -> dict:
    """`<link rel="canonical">` and one `<link rel="alternate" hreflang>` per language, plus x-default."""
    links = page_links(context)
    return {"links": links}


@register.inclusion_tag("hirfa/partials/seo_social.html", takes_context=True)
def social_meta(context, *, title: str, description: str, og_type: str = "website", image: str = "") -> dict:
    """Open Graph and Twitter card tags. `image` may be relative; crawlers need it absolute."""
    request = context.get("request")
    links = page_links(context)
    language = active_language()
    other_languages = [a.language for a in links.alternates if a.language != language] if links else []
    return {
        "title": title,
        "description": description,
        "og_type": og_type or "website",
        "url": links.canonical if links else "",
        "image": request.build_absolute_uri(image) if (image and request is not None) else image,
        "site_name": str(settings.OSCAR_SHOP_NAME),
        "locale": OG_LOCALES.get(language, language),
        "locale_alternates": [OG_LOCALES.get(code, code) for code in other_languages],
    }


class CaptureNode(template.Node):
    def __init__(self, nodelist, name: str):
        self.nodelist = nodelist
        self.name = name

    def render(self, context) -> str:
        context[self.name] = plain_text(self.nodelist.render(context))
        return ""


@register.tag
def capture(parser, token):
    """`{% capture as head_title %}{% block title %}...{% endblock %}{% endcapture %}`: render once, use twice.

    A block may be defined only once per template, yet a page's title is needed for `<title>` and for og:title;
    capturing the block's output (as plain text, escaped again wherever it is printed) keeps one block to fill. The
    name is set in the whole page's context: it must not be one a view uses (Oscar's account pages use page_title)."""
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Use {% capture as name %}...{% endcapture %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])


def plain_text(rendered: str) -> str:
    """Rendered HTML as one line of text: tags dropped, entities decoded, whitespace collapsed."""
    return " ".join(html.unescape(strip_tags(str(rendered))).split())


def json_ld_script(data: dict):
    """A `<script type="application/ld+json">` element whose content cannot close the element or open a comment,
    whatever the text of the product or page (Arabic stays readable: no \\u escapes except for < > &)."""
    text = json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


def product_image_url(*, request, product) -> str:
    """The absolute URL of the product's first photo at detail size, or "" when it has none."""
    images = product.get_all_images()
    if not images:
        return ""
    return request.build_absolute_uri(thumbnail_for_request(request, images[0].original, "detail").url)


def omr_string(amount: Decimal) -> str:
    """A price as schema.org wants it: a plain number, here with OMR's three decimals ("12.340")."""
    return str(Decimal(amount).quantize(Decimal("0.001")))


def artisan_entity(*, request, artisan) -> dict:
    return {
        "@type": "Organization" if artisan.is_outlet else "Person",
        "name": str(artisan.name),
        "url": request.build_absolute_uri(artisan.get_absolute_url()),
    }


def product_structured_data(*, request, product, purchase_info) -> dict:
    """schema.org `Product` for a product page, in the page's language, priced as the page shows it."""
    url = request.build_absolute_uri(product.get_absolute_url())
    artisan = artisan_entity(request=request, artisan=product.artisan)
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": str(product.localized_title),
        "description": plain_text(str(product.localized_description)),
        "sku": product.sku,
        "url": url,
        "category": str(product.craft.localized_name),
        "brand": {"@type": "Brand", "name": artisan["name"]},
        "manufacturer": artisan,
    }
    image = product_image_url(request=request, product=product)
    if image:
        data["image"] = [image]
    price = purchase_info.price
    if price.exists:
        amount = price.incl_tax if price.is_tax_known else price.excl_tax
        data["offers"] = {
            "@type": "Offer",
            "price": omr_string(amount),
            "priceCurrency": price.currency or settings.OSCAR_DEFAULT_CURRENCY,
            "availability": SCHEMA_AVAILABILITY[bool(purchase_info.availability.is_available_to_buy)],
            "url": url,
            "seller": artisan,
        }
    with_reviews(data, product_review_summary(product))
    deposit = product.design_deposit
    if deposit is not None:
        data["additionalProperty"] = [
            {
                "@type": "PropertyValue",
                "propertyID": "designDepositNumber",
                "name": gettext("Deposit number"),
                "value": deposit.number,
            }
        ]
    return data


@register.simple_tag(takes_context=True)
def product_json_ld(context, product, purchase_info):
    """`{% product_json_ld product session %}` with `session` from Oscar's `purchase_info_for_product`."""
    return json_ld_script(
        product_structured_data(request=context["request"], product=product, purchase_info=purchase_info)
    )


@register.simple_tag(takes_context=True)
def product_image(context, product) -> str:
    """`{% product_image product %}`: the product's main photo as an absolute URL (og:image), or ""."""
    return product_image_url(request=context["request"], product=product)


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def article_structured_data(*, request, page) -> dict:
    """schema.org `Article` for a story page. Uses the page's own `date` and `author` when its type has them
    (a story's date is when it happened or was written, not when it was published here)."""
    url = page.get_url(request=request) if hasattr(page, "get_url") else getattr(page, "url", "")
    locale = getattr(page, "locale", None)
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": getattr(page, "seo_title", "") or str(page.title),
        "datePublished": _iso(getattr(page, "date", None) or getattr(page, "first_published_at", None)),
        "dateModified": _iso(getattr(page, "last_published_at", None)),
        "inLanguage": locale.language_code if locale is not None else active_language(),
        "url": request.build_absolute_uri(url) if url else None,
    }
    description = getattr(page, "search_description", "")
    if description:
        data["description"] = description
    author = getattr(page, "author", None)
    if author:
        data["author"] = {"@type": "Person", "name": str(getattr(author, "name", author))}
    return {key: value for key, value in data.items() if value is not None}


@register.simple_tag(takes_context=True)
def article_json_ld(context, page):
    """`{% article_json_ld page %}` in a story page's template."""
    return json_ld_script(article_structured_data(request=context["request"], page=page))
