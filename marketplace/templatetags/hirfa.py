"""Template helpers for bilingual pages."""

from django import template
from django.utils.html import escape, format_html
from django.utils.translation import gettext_lazy

from catalogue.photos import thumbnail_for_request, webp_srcset_for_request
from marketplace.bilingual import LocalizedText, active_language
from search.selectors import PRICE_BANDS

register = template.Library()


@register.simple_tag
def lang_attrs(text: LocalizedText) -> str:
    """` lang="ar" dir="rtl"` when the text is not in the page's language (a one-language listing), else nothing,
    so that browsers and screen readers read it in its own language and direction."""
    if isinstance(text, LocalizedText) and text and text.language != active_language():
        return format_html(' lang="{}" dir="{}"', text.language, text.direction)
    return ""


@register.inclusion_tag("hirfa/partials/language_note.html")
def language_note(text: LocalizedText) -> dict:
    """A small note, in the reader's language, saying this text exists only in the other language."""
    return {"text": text, "show": isinstance(text, LocalizedText) and text.is_fallback}


@register.simple_tag(takes_context=True)
def query_with(context, **changes) -> str:
    """The current query string with some parameters replaced (pagination links keep the filters)."""
    query = context["request"].GET.copy()
    for key, value in changes.items():
        query[key] = value
    return query.urlencode()


@register.simple_tag(takes_context=True)
def product_thumbnail(context, source, preset: str):
    """`{% product_thumbnail image.original "card" as thumb %}`: a thumbnail in one of the sizes made ahead of time
    (looked up once per request)."""
    return thumbnail_for_request(context.get("request"), source, preset)


@register.simple_tag(takes_context=True)
def product_webp_srcset(context, source, preset: str) -> str:
    """`{% product_webp_srcset image.original "card" as srcset %}`: the WebP copies of a photo for <source srcset>."""
    return webp_srcset_for_request(context.get("request"), source, preset)


@register.filter
def lookup(mapping, key):
    """`{{ highlights|lookup:product.pk }}`: a value from a dict, or "" when absent."""
    return (mapping or {}).get(key, "")


@register.simple_tag(takes_context=True)
def query_without(context, *names) -> str:
    """The current query string without some parameters (and back to the first page)."""
    query = context["request"].GET.copy()
    for name in (*names, "page"):
        query.pop(name, None)
    return query.urlencode()


@register.filter
def price_band_query(band: str) -> str:
    """The min_price/max_price parameters of a price band of the search facets ("10-50" -> from 10 to 49.990)."""
    for key, low, high in PRICE_BANDS:
        if key == band:
            parts = []
            if low is not None:
                parts.append(f"min_price={low / 1000:.3f}")
            if high is not None:
                parts.append(f"max_price={(high - 10) / 1000:.3f}")  # bands end just below their upper bound
            return "&".join(parts)
    return ""


# The labels for screen readers that Oscar's dashboard templates write in English (each of its 67 pages repeats
# aria-label="breadcrumb" in its own breadcrumbs block), with what they say in the reader's language.
OSCAR_ENGLISH_ARIA_LABELS = {
    "breadcrumb": gettext_lazy("Breadcrumb"),
    "Toggle navigation": gettext_lazy("Toggle navigation"),
}


@register.filter(is_safe=True)
def translated_aria_labels(page_html: str) -> str:
    """`{% filter translated_aria_labels %}…{% endfilter %}`: Oscar's hard-coded English `aria-label`s in this
    rendered HTML in the reader's language, so that the dashboard's layout translates them once for every page
    instead of each page's template being overridden."""
    for english, label in OSCAR_ENGLISH_ARIA_LABELS.items():
        page_html = page_html.replace(f'aria-label="{english}"', f'aria-label="{escape(label)}"')
    return page_html
