"""`{% product_reviews product %}` and `{% artisan_reviews artisan %}`: the average, the count and the latest
reviews (the reader's language first), each page's one line; `{% artisan_json_ld artisan %}` the artisan page's
structured data with its `AggregateRating`."""

from django import template

from catalogue.reviews import selectors
from catalogue.reviews.structured_data import with_reviews
from marketplace.templatetags.seo import artisan_entity, json_ld_script

register = template.Library()


@register.filter
def stars(score) -> str:
    """★★★★☆ for 4: drawn, not read (the element around it carries the words)."""
    try:
        value = max(0, min(5, round(float(score))))
    except (TypeError, ValueError):
        return ""
    return "★" * value + "☆" * (5 - value)


@register.simple_tag(takes_context=True)
def lines_to_review(context, order) -> list:
    """The lines of the order its buyer may review now (shipped, not yet reviewed), on the buyer's order page."""
    request = context.get("request")
    if request is None or not request.user.is_authenticated:
        return []
    reviewable = selectors.reviewable_line_ids(request.user, order=order)
    return [line for line in order.lines.all() if line.pk in reviewable]


@register.inclusion_tag("reviews/partials/reviews.html", takes_context=True)
def product_reviews(context, product):
    return {"summary": selectors.product_review_summary(product), "request": context.get("request")}


@register.inclusion_tag("reviews/partials/reviews.html", takes_context=True)
def artisan_reviews(context, artisan):
    return {
        "summary": selectors.artisan_review_summary(artisan),
        "request": context.get("request"),
        "show_piece": True,
    }


@register.simple_tag(takes_context=True)
def artisan_json_ld(context, artisan):
    data = {"@context": "https://schema.org", **artisan_entity(request=context["request"], artisan=artisan)}
    return json_ld_script(with_reviews(data, selectors.artisan_review_summary(artisan)))
