import oscar.apps.dashboard.reviews.apps as oscar_reviews_dashboard_apps
from django.http import HttpResponseRedirect
from django.urls import path, reverse

MODERATE_REVIEWS = "reviews.moderate_reviews"


def _to_the_authority_queue(request, pk=None):
    name, kwargs = ("reviews:authority-review", {"pk": pk}) if pk else ("reviews:authority-queue", {})
    return HttpResponseRedirect(reverse(name, kwargs=kwargs))


class ReviewsDashboardConfig(oscar_reviews_dashboard_apps.ReviewsDashboardConfig):
    """Forked so a buyer's review is decided in one place only: the authority's reviews tab
    (`catalogue.reviews.views`), which records who decided, why (a reason from the fixed list), audits it and refreshes
    the cached pages. Oscar's own pages would let any account with `change_productreview` publish, edit or delete a
    buyer's words outside all that, so each of their addresses sends the reviewer to that tab instead, behind
    `reviews.moderate_reviews` like the tab itself. The URL names stay, for Oscar's menu."""

    name = "dashboard.reviews"

    def ready(self):
        self.configure_permissions()

    def configure_permissions(self):
        self.permissions_map = dict.fromkeys(("reviews-list", "reviews-update", "reviews-delete"), [MODERATE_REVIEWS])

    def get_urls(self):
        urls = [
            path("", _to_the_authority_queue, name="reviews-list"),
            path("<int:pk>/", _to_the_authority_queue, name="reviews-update"),
            path("<int:pk>/delete/", _to_the_authority_queue, name="reviews-delete"),
        ]
        return self.post_process_urls(urls)
