"""The shop's browse, category and search pages, served by the search engine.

Each page is the same list: the search service's hits for the page's words and ticked facets, shown as product
cards drawn from the engine's documents (no query for the page's products). The search page adds the artisans and
stories the service found (drawn from the engine's documents, no query per hit). When the engine does not answer,
browsing and category pages fall back to the database (filters but no facets), and the search page says politely
that search is away.
"""

from dataclasses import dataclass, replace
from decimal import Decimal
from urllib.parse import unquote

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from oscar.core.loading import get_model

from artisans import selectors as artisan_selectors
from catalogue import selectors as catalogue_selectors
from marketplace.bilingual import active_language
from search import analytics
from search.engine import SearchUnavailable
from search.forms import SearchParametersForm
from search.selectors import SearchResults, reference_labels, search_products
from search.suggestions import featured_collections_for
from search.understanding import Understood

Category = get_model("catalogue", "Category")
MAX_PAGE_SIZE = 48


class EnginePage:
    """The page of hits the engine returned, shaped for Django's Paginator (which only slices the current
    page): its length is the engine's total."""

    def __init__(self, products: list, total: int) -> None:
        self.products, self.total = products, total

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, key):
        return self.products


class ProductListView(TemplateView):
    template_name = "oscar/catalogue/browse.html"
    channel = "page"
    search_page = False

    def base_queryset(self):
        return catalogue_selectors.browsable_products()

    def forced_crafts(self) -> tuple[str, ...]:
        return ()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = SearchParametersForm(self.request.GET)
        form.is_valid()  # invalid parameters are dropped; a listing never fails on a bad link
        page_size = min(form.cleaned_data.get("page_size") or settings.OSCAR_PRODUCTS_PER_PAGE, MAX_PAGE_SIZE)
        search_request = form.search_request(language=active_language())
        search_request = replace(
            search_request, page_size=page_size, crafts=self.forced_crafts() or search_request.crafts
        )
        context.update(
            {
                "search_request": search_request,
                "query": search_request.q,
                "crafts": catalogue_selectors.crafts(),
                "governorates": artisan_selectors.governorates(),
                "summary": _("All products"),
            }
        )
        try:
            results = search_products(search_request)
        except SearchUnavailable:
            context.update(self.database_fallback(search_request))
            return context
        # The cards are drawn from the engine's documents (title, price, stock, photo, artisan): the page's
        # products are not read from the database again.
        page = Paginator(EnginePage(results.hits, min(results.total, 10_000)), page_size).get_page(search_request.page)
        context.update(
            {
                "results": results,
                "hits": results.hits,
                "page_obj": page,
                "paginator": page.paginator,
                "total": results.total,
                "facets": results.facets,
                "search_token": self.record(search_request, results),
            }
        )
        return context

    def record(self, search_request, results: SearchResults):
        if not search_request.q:
            return None
        return analytics.record_search(
            query=search_request.q,
            normalised=results.normalised,
            language=search_request.language,
            filters=search_request.filters_as_dict(),
            result_count=results.total,
            channel=self.channel,
        )

    def database_fallback(self, search_request) -> dict:
        if search_request.q:
            return {"search_unavailable": True, "products": [], "total": 0}
        products = catalogue_selectors.browse_products(
            self.base_queryset(),
            craft=search_request.crafts[0] if len(search_request.crafts) == 1 else "",
            governorate=search_request.governorates[0] if len(search_request.governorates) == 1 else "",
            deposit=search_request.deposit_only,
            sort=search_request.sort if search_request.sort in ("price-asc", "price-desc") else "newest",
        )
        page = Paginator(products, search_request.page_size).get_page(search_request.page)
        return {
            "engine_away": True,
            "products": page.object_list,
            "page_obj": page,
            "paginator": page.paginator,
            "total": page.paginator.count,
        }


class CatalogueView(ProductListView):
    pass


class ProductSearchView(ProductListView):
    """The search page: products first; artisans and stories the search service found beside them; and, when no
    product matches, the featured collections, so the buyer is not left at a dead end. How the query was read
    (a price, "cheap", a place, an identifier) is shown as chips, each a link to the query without that part."""

    template_name = "oscar/search/results.html"
    search_page = True

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if "results" in context and not context["total"]:
            context["featured_collections"] = featured_collections_for(context["search_request"].language)
        understood = context["results"].understood if "results" in context else None
        if understood:
            context["understood_chips"] = understood_chips(understood, self.request.GET)
            separator = "، " if active_language() == "ar" else ", "
            context["understood_ignored"] = separator.join(understood.ignored)
        return context


@dataclass(frozen=True)
class Chip:
    """One part of the query as the search read it, and the link to search without it."""

    label: str
    remove_url: str
    remove_label: str


def _omr(value: Decimal) -> str:
    """A price bound as a buyer writes it: 20, not 20.000; 7.5 stays 7.5."""
    return f"{value.quantize(Decimal('0.001')).normalize():f}"


def _price_label(understood: Understood) -> str:
    low, high = understood.price_min, understood.price_max
    if low is not None and high is not None:
        return gettext("OMR %(low)s to %(high)s") % {"low": _omr(low), "high": _omr(high)}
    if high is not None:
        return gettext("Under OMR %(high)s") % {"high": _omr(high)}
    return gettext("OMR %(low)s and more") % {"low": _omr(low)}


def understood_chips(understood: Understood, params) -> list[Chip]:
    """The chips of the search page, in the page's language: each removes its part of the query, keeping the
    ticked filters (and going back to the first page)."""
    labels = reference_labels()
    language = active_language()
    parts: list[tuple[str, str]] = []
    if understood.has_price:
        parts.append((_price_label(understood), understood.price_phrase))
    if understood.cheap:
        parts.append((gettext("Cheapest first"), understood.cheap_phrase))
    for mention in understood.places:
        names = labels[mention.kind].get(mention.slug, {"en": mention.phrase, "ar": mention.phrase})
        parts.append((gettext("From %(place)s first") % {"place": names[language] or names["en"]}, mention.phrase))
    for key, phrase in zip(understood.identifiers, understood.identifier_phrases, strict=True):
        parts.append((gettext("Number %(number)s") % {"number": key}, phrase))
    chips = []
    for label, phrase in parts:
        query = params.copy()
        query["q"] = understood.without(phrase)
        query.pop("page", None)
        chips.append(
            Chip(
                label=label,
                remove_url=f"?{query.urlencode()}",
                remove_label=gettext("Remove: %(part)s") % {"part": label},
            )
        )
    return chips


class ProductCategoryView(ProductListView):
    """A craft's products (crafts are root categories)."""

    template_name = "oscar/catalogue/category.html"

    def get(self, request, *args, **kwargs):
        self.category = get_object_or_404(Category, pk=kwargs["pk"])
        if not (self.category.is_public or request.user.is_staff):
            raise Http404
        expected_path = self.category.get_absolute_url()
        if unquote(request.path) != unquote(expected_path):
            query = request.META.get("QUERY_STRING")
            return HttpResponsePermanentRedirect(f"{expected_path}?{query}" if query else expected_path)
        return super().get(request, *args, **kwargs)

    def forced_crafts(self) -> tuple[str, ...]:
        return (self.category.code,) if self.category.is_root() and self.category.code else ()

    def base_queryset(self):
        products = catalogue_selectors.browsable_products()
        if self.category.is_root():
            return products.filter(craft=self.category)
        return products.filter(categories__in=self.category.get_descendants_and_self()).distinct()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["category"] = self.category
        context["summary"] = self.category.localized_name
        return context
