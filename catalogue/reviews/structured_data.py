"""schema.org `AggregateRating` and `Review` for the product and artisan pages' structured data."""

from django.utils.translation import gettext


def aggregate_rating(summary) -> dict:
    return {
        "@type": "AggregateRating",
        "ratingValue": summary.average_rounded,
        "reviewCount": summary.count,
        "bestRating": 5,
        "worstRating": 1,
    }


def review_entities(summary) -> list[dict]:
    return [
        {
            "@type": "Review",
            "reviewRating": {"@type": "Rating", "ratingValue": review.score, "bestRating": 5, "worstRating": 1},
            "author": {"@type": "Person", "name": review.reviewer_first_name or gettext("A buyer")},
            "datePublished": review.date_created.date().isoformat(),
            "reviewBody": review.body,
            "inLanguage": review.language,
        }
        for review in summary.reviews
    ]


def with_reviews(data: dict, summary) -> dict:
    """A schema.org entity with its `aggregateRating` and `review`, when it has approved reviews."""
    if summary.count:
        data["aggregateRating"] = aggregate_rating(summary)
        data["review"] = review_entities(summary)
    return data
