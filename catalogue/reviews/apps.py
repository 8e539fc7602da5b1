"""Oscar's reviews app, forked (same label, `reviews`). Overridden: the models (see `models.py`) and the URLs: Oscar's
own pages (write, list, vote) are not served, since anyone signed in could write there; a review is written from
the buyer's order (`reviews:write`), and shown on the product and artisan pages."""

import oscar.apps.catalogue.reviews.apps as oscar_reviews_apps


class CatalogueReviewsConfig(oscar_reviews_apps.CatalogueReviewsConfig):
    name = "catalogue.reviews"
    default_auto_field = "django.db.models.AutoField"

    def get_urls(self):
        # Oscar's catalogue includes these under each product; none of Oscar's review pages is served.
        return []
