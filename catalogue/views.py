"""The forked catalogue's views: Oscar's product page, reading through the catalogue selectors."""

from oscar.apps.catalogue.views import ProductDetailView as OscarProductDetailView
from oscar.core.loading import get_class

from catalogue import selectors

MORE_FROM_ARTISAN = 4


class ProductDetailView(OscarProductDetailView):
    def get_queryset(self):
        return selectors.product_detail_queryset()

    def is_viewable(self, product, request) -> bool:
        return selectors.product_is_browsable(product) or request.user.is_staff

    def send_signal(self, request, response, product) -> None:
        # Oscar's product_viewed signal drives an analytics counter that UPDATEs one row per product on every
        # page view; under concurrent load on SQLite those writes lock the database and fail requests. A GET
        # writes nothing here.
        return None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        product = self.object
        context["more_from_artisan"] = selectors.with_card_relations(
            selectors.products_of_artisan(product.artisan).exclude(pk=product.pk).order_by("-date_created")
        )[:MORE_FROM_ARTISAN]
        return context


CatalogueView = get_class("search.views", "CatalogueView")
ProductCategoryView = get_class("search.views", "ProductCategoryView")
