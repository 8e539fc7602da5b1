"""Admin choosers for the catalogue's products and the registry's artisans, used by the content blocks
(`cms.blocks`) and the collection and event panels (`cms.models`), registered in `cms.wagtail_hooks`.

A chooser offers only what a page may show (browsable products, verified artisans) and searches it in both
languages with plain SQL `icontains`, so choosing works while Elasticsearch is away. Arabic is folded on both
sides the way `search.analysis` folds it (alef forms, taa marbuta, alef maqsura, hamza carriers, short vowels), so
an editor who types مبخره or اساور finds مبخرة and أساور.
"""

from __future__ import annotations

from collections.abc import Callable

from django import forms
from django.db.models import F, Q, QuerySet, Value
from django.db.models.functions import Replace
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import chooser as chooser_views
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.widgets.chooser import BaseChooser

from artisans import selectors as artisan_selectors
from catalogue import selectors as catalogue_selectors
from marketplace.bilingual import active_language
from marketplace.money import format_omr
from search.analysis import ARABIC_DIACRITICS, ARABIC_NORMALISATION, DIGITS

PER_PAGE = 20
MAX_SEARCH_WORDS = 8

# What the database side must fold to meet a folded query: the letter variants of `search.analysis`, then
# tatweel and the short-vowel marks, the only diacritics that turn up in listings (a REPLACE per mark, so the
# list is kept to those).
SQL_ARABIC_FOLDS = [(chr(codepoint), replacement or "") for codepoint, replacement in ARABIC_NORMALISATION.items()]
SQL_ARABIC_FOLDS += [(mark, "") for mark in "\u0640\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"]


# --- What an editor may choose, and how the search box matches it ---------------------------------------------


def products_editors_may_feature() -> QuerySet:
    """The products a page may show (public, of verified artisans), newest first, with what the chooser lists."""
    return (
        catalogue_selectors.browsable_products()
        .select_related("artisan")
        .prefetch_related("stockrecords")
        .order_by("-date_created", "-pk")
    )


def products_matching_editor_search(products: QuerySet, text: str) -> QuerySet:
    """Products whose English or Arabic title, SKU or artisan's name (in either language) contains every word."""
    products = products.alias(
        title_ar_folded=arabic_folded("title_ar"), artisan_name_ar_folded=arabic_folded("artisan__name_ar")
    )
    for word in search_words(text):
        latin, arabic = word.translate(DIGITS), fold_arabic(word)
        products = products.filter(
            Q(title__icontains=word)
            | Q(title_ar_folded__icontains=arabic)
            | Q(upc__icontains=latin)
            | Q(artisan__name_en__icontains=word)
            | Q(artisan_name_ar_folded__icontains=arabic)
        )
    return products


def artisans_editors_may_feature() -> QuerySet:
    """The artisans a page may show: those the authority has verified, by registry number."""
    return artisan_selectors.public_artisans().order_by("registry_number")


def artisans_matching_editor_search(artisans: QuerySet, text: str) -> QuerySet:
    """Artisans whose name (in either language) or registry number contains every word."""
    artisans = artisans.alias(name_ar_folded=arabic_folded("name_ar"))
    for word in search_words(text):
        artisans = artisans.filter(
            Q(name_en__icontains=word)
            | Q(name_ar_folded__icontains=fold_arabic(word))
            | Q(registry_number__icontains=word.translate(DIGITS))
        )
    return artisans


def search_words(text: str) -> list[str]:
    return text.split()[:MAX_SEARCH_WORDS]


def fold_arabic(word: str) -> str:
    """A query word folded as `search.analysis` folds Arabic; the word itself if nothing is left of it."""
    return ARABIC_DIACRITICS.sub("", word).translate(ARABIC_NORMALISATION) or word


def arabic_folded(field: str):
    """The column folded in SQL the way `fold_arabic` folds a query word."""
    expression = F(field)
    for variant, folded in SQL_ARABIC_FOLDS:
        expression = Replace(expression, Value(variant), Value(folded))
    return expression


# --- How a chosen item is named -------------------------------------------------------------------------------


def product_label(product) -> str:
    """The product as the editor sees it once chosen: both titles (the admin may be in either language) and SKU."""
    titles = " / ".join(title for title in (product.title, product.title_ar) if title)
    return f"{titles} ({product.upc})" if product.upc else titles


def artisan_label(artisan) -> str:
    names = " / ".join(name for name in (artisan.name_en, artisan.name_ar) if name)
    return f"{names} ({artisan.registry_number})"


def _stockrecord(product):
    """The product's stock record from the prefetched ones (a parent product has none of its own)."""
    records = product.stockrecords.all()
    return records[0] if records else None


def _price(product) -> str:
    record = _stockrecord(product)
    if record is None or record.price is None:
        return ""
    return format_omr(record.price, language=active_language())


def _stock(product):
    record = _stockrecord(product)
    return record.net_stock_level if record is not None else None


# --- Views and widgets ----------------------------------------------------------------------------------------


class BilingualColumn(Column):
    """A cell holding text in English and/or Arabic (a dict with `en` and `ar`), each in its own direction."""

    cell_template_name = "cms/choosers/bilingual_cell.html"


class EditorSearchForm(BaseFilterForm):
    """The chooser's search box. Wagtail's own searches its index, which products and artisans are not in; this
    one hands the text to `match`, plain SQL over both languages."""

    q = forms.CharField(
        label=_("Search term"),
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Search in Arabic or English")}),
    )

    def match(self, objects: QuerySet, text: str) -> QuerySet:
        raise NotImplementedError

    def filter(self, objects: QuerySet) -> QuerySet:
        objects = super().filter(objects)
        text = (self.cleaned_data.get("q") or "").strip()
        if text:
            objects = self.match(objects, text)
            self.is_searching = True
            self.search_query = text
        return objects


class ProductSearchForm(EditorSearchForm):
    def match(self, objects, text):
        return products_matching_editor_search(objects, text)


class ArtisanSearchForm(EditorSearchForm):
    def match(self, objects, text):
        return artisans_matching_editor_search(objects, text)


class ListingColumnsMixin:
    """Wagtail's title column (a link to choose the row, or the label of its checkbox) showing `row_title`, then
    `extra_columns`."""

    title_label = _("Title")

    def row_title(self, instance) -> str:
        return str(instance)

    def extra_columns(self) -> list[Column]:
        return []

    @property
    def title_column(self):
        column = super().title_column
        column.label, column.accessor = self.title_label, self.row_title
        return column

    @property
    def columns(self):
        return [self.title_column, *self.extra_columns()]


class ProductListingMixin(ListingColumnsMixin):
    filter_form_class = ProductSearchForm

    def row_title(self, product) -> str:
        # The English title, or the Arabic one for a listing written only in Arabic: a link is never blank.
        return product.title or product.title_ar

    def extra_columns(self):
        return [
            BilingualColumn("title_ar", label=_("Title in Arabic"), accessor=lambda p: {"ar": p.title_ar}),
            Column("sku", label=_("SKU"), accessor="upc"),
            BilingualColumn(
                "artisan",
                label=_("Artisan"),
                accessor=lambda p: {"en": p.artisan.name_en, "ar": p.artisan.name_ar},
            ),
            Column("price", label=_("Price"), accessor=_price),
            Column("stock", label=_("In stock"), accessor=_stock),
        ]


class ArtisanListingMixin(ListingColumnsMixin):
    filter_form_class = ArtisanSearchForm
    title_label = _("Name")

    def row_title(self, artisan) -> str:
        return artisan.name_en or artisan.name_ar

    def extra_columns(self):
        return [
            BilingualColumn("name_ar", label=_("Name in Arabic"), accessor=lambda a: {"ar": a.name_ar}),
            Column("registry_number", label=_("Registry number")),
            Column("place", label=_("Region"), accessor="place"),
        ]


class ChosenFromListMixin:
    """Only what the chooser lists can be chosen (an id typed into the URL of a withdrawn product is refused); the
    chosen item is named by `label`."""

    list_objects: Callable[[], QuerySet]  # what the chooser lists
    label: Callable[[object], str]

    def get_object(self, pk):
        return self.list_objects().get(pk=pk)

    def get_objects(self, pks):
        return self.list_objects().filter(pk__in=pks)

    def get_display_title(self, instance):
        return self.label(instance)


class ProductChooseView(ProductListingMixin, chooser_views.ChooseView):
    pass


class ProductChooseResultsView(ProductListingMixin, chooser_views.ChooseResultsView):
    pass


class ProductChosenView(ChosenFromListMixin, chooser_views.ChosenView):
    list_objects = staticmethod(products_editors_may_feature)
    label = staticmethod(product_label)


class ProductsChosenView(ChosenFromListMixin, chooser_views.ChosenMultipleView):
    list_objects = staticmethod(products_editors_may_feature)
    label = staticmethod(product_label)


class ProductChooser(BaseChooser):
    """The form widget: the chosen product named in both languages with its SKU."""

    def get_display_title(self, instance):
        return product_label(instance)


class ArtisanChooseView(ArtisanListingMixin, chooser_views.ChooseView):
    pass


class ArtisanChooseResultsView(ArtisanListingMixin, chooser_views.ChooseResultsView):
    pass


class ArtisanChosenView(ChosenFromListMixin, chooser_views.ChosenView):
    list_objects = staticmethod(artisans_editors_may_feature)
    label = staticmethod(artisan_label)


class ArtisansChosenView(ChosenFromListMixin, chooser_views.ChosenMultipleView):
    list_objects = staticmethod(artisans_editors_may_feature)
    label = staticmethod(artisan_label)


class ArtisanChooser(BaseChooser):
    def get_display_title(self, instance):
        return artisan_label(instance)


class ProductChooserViewSet(ChooserViewSet):
    """Choose a product an editor may feature, searching the catalogue in both languages."""

    model = "catalogue.Product"
    icon = "tag"
    choose_one_text = _("Choose a product")
    choose_another_text = _("Choose another product")
    per_page = PER_PAGE
    choose_view_class = ProductChooseView
    choose_results_view_class = ProductChooseResultsView
    chosen_view_class = ProductChosenView
    chosen_multiple_view_class = ProductsChosenView
    base_widget_class = ProductChooser

    def get_object_list(self):
        return products_editors_may_feature()


class ArtisanChooserViewSet(ChooserViewSet):
    """Choose a verified artisan, searching the registry by name in both languages or by registry number."""

    model = "artisans.Artisan"
    icon = "user"
    choose_one_text = _("Choose an artisan")
    choose_another_text = _("Choose another artisan")
    per_page = PER_PAGE
    choose_view_class = ArtisanChooseView
    choose_results_view_class = ArtisanChooseResultsView
    chosen_view_class = ArtisanChosenView
    chosen_multiple_view_class = ArtisansChosenView
    base_widget_class = ArtisanChooser

    def get_object_list(self):
        return artisans_editors_may_feature()


# One instance each: their names are the URL namespaces ("product_chooser:choose_results"), and blocks and panels
# take their widget and block classes from them.
product_chooser_viewset = ProductChooserViewSet("product_chooser")
artisan_chooser_viewset = ArtisanChooserViewSet("artisan_chooser")
