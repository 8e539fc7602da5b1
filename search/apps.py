import oscar.apps.search.apps as oscar_search_apps
from oscar.core.loading import get_class


class SearchConfig(oscar_search_apps.SearchConfig):
    name = "search"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from search import receivers  # noqa: F401  (connects the outbox receivers)

        # Oscar's search view is Haystack's faceted view; until the search issue moves it onto Elasticsearch,
        # the shop's search box is served by a database-backed view.
        self.search_view = get_class("search.views", "ProductSearchView")
