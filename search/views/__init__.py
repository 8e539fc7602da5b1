"""Browse and search pages. Oscar routes catalogue browsing, category pages and its search box through this app.

Until the search issue moves them onto Elasticsearch, they are served from the database (Oscar's own versions
need a Haystack backend, and with none they are empty).
"""

from search.views.catalogue import CatalogueView, ProductCategoryView, ProductSearchView

__all__ = ["CatalogueView", "ProductCategoryView", "ProductSearchView"]
