"""What the content pages show. Pages call these from `get_context()`; catalogue and registry data come through
`catalogue.selectors` and `artisans.selectors`, loaded in bulk so a page's queries do not grow with its content."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q, QuerySet
from django.utils import timezone
from oscar.core.loading import get_class
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from artisans import selectors as artisan_selectors
from artisans.registry_generator import REGISTRY_2017, REGISTRY_YEAR
from catalogue import selectors as catalogue_selectors
from cms.stream_context import WhenUnavailable, referenced_ids

PRODUCTS_PER_PAGE = 24
RULE_COLLECTION_LIMIT = 60
GOVERNORATE_ARTISANS_LIMIT = 12
GOVERNORATE_PIECES_LIMIT = 8


def _page_model(name: str) -> type[Page]:
    """A page model of this app, from the app registry: `cms.models` calls these selectors in its pages'
    `get_context()`, so importing it here would tie the two modules in a circle."""
    return apps.get_model("cms", name)


def products_by_id(product_ids) -> dict:
    return catalogue_selectors.browsable_products_by_id(product_ids)


def artisans_by_id(artisan_ids) -> dict:
    return artisan_selectors.public_artisans_by_id(artisan_ids)


def stream_products(stream) -> dict:
    """Every browsable product embedded in a StreamField, keyed by id, in a fixed number of queries."""
    return products_by_id(referenced_ids(stream, "product", "product"))


def stream_artisans(stream) -> dict:
    return artisans_by_id(referenced_ids(stream, "artisan", "artisan"))


def live_versions(page: Page, *, request=None) -> list[Page]:
    """The page's published versions in every language, itself included when live. Read once per request and page:
    the "read in ..." link, the head's hreflang links and the language switch all ask."""
    read = request.__dict__.setdefault("_hirfa_live_versions", {}) if request is not None else {}
    if page.pk not in read:
        read[page.pk] = list(page.get_translations(inclusive=True).live().select_related("locale"))
    return read[page.pk]


def live_translations(page: Page, *, request=None) -> list[Page]:
    """The page's published versions in the other languages, for the "read in ..." link."""
    return [version for version in live_versions(page, request=request) if version.pk != page.pk]


def paginate(items, *, page_number, per_page: int = PRODUCTS_PER_PAGE) -> PaginatorPage:
    return Paginator(items, per_page).get_page(page_number)


def with_cover_images(pages: QuerySet) -> QuerySet:
    """Pages loaded with their cover images and every rendition of those images: a list of cards costs two more
    queries however many cards it has, instead of two per card."""
    images = get_image_model().objects.prefetch_renditions()
    return pages.prefetch_related(Prefetch("cover_image", queryset=images))


# --- Stories ------------------------------------------------------------------------------------------


def stories_under(index: Page) -> QuerySet:
    StoryPage = _page_model("StoryPage")

    return with_cover_images(StoryPage.objects.child_of(index).live().order_by("-date", "-pk"))


def latest_stories(*, locale: Locale, limit: int = 3) -> list:
    StoryPage = _page_model("StoryPage")

    return list(with_cover_images(StoryPage.objects.live().filter(locale=locale).order_by("-date", "-pk"))[:limit])


def related_stories(story) -> list:
    """The live stories an editor linked to this one, in the editor's order."""
    StoryPage = _page_model("StoryPage")

    ids = [pk for pk in story.related_stories.values_list("story_id", flat=True) if pk]
    found = {s.pk: s for s in with_cover_images(StoryPage.objects.live().filter(pk__in=ids))}
    return [found[pk] for pk in ids if pk in found]


# --- Collections --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CollectionItem:
    """One place in a collection: a piece for sale (maybe sold out), or a gap where one is no longer for sale."""

    product: object | None
    is_available: bool

    @property
    def is_withdrawn(self) -> bool:
        return self.product is None


def collection_is_running(collection, *, today: date | None = None) -> bool:
    today = today or timezone.localdate()
    starts, ends = collection.starts_on, collection.ends_on
    return (starts is None or starts <= today) and (ends is None or today <= ends)


def featured_collections(*, locale: Locale, today: date | None = None) -> list:
    """Live collections of this language that editors put on the home page and that are running today."""
    CollectionPage = _page_model("CollectionPage")

    today = today or timezone.localdate()
    running = (Q(starts_on__isnull=True) | Q(starts_on__lte=today)) & (Q(ends_on__isnull=True) | Q(ends_on__gte=today))
    return list(
        with_cover_images(
            CollectionPage.objects.live()
            .filter(running, locale=locale, featured_on_home=True)
            .order_by("-first_published_at", "-pk")
        )
    )


def collections_under(index: Page) -> QuerySet:
    CollectionPage = _page_model("CollectionPage")

    return with_cover_images(CollectionPage.objects.child_of(index).live().order_by("-first_published_at", "-pk"))


def collection_items(collection, *, strategy=None) -> list[CollectionItem]:
    """The collection's pieces at their current price and stock, hand-picked (in the editor's order) or by rule;
    sold-out and withdrawn pieces are marked or left out as the editor chose."""
    strategy = strategy or _default_strategy()
    hide = collection.when_unavailable == WhenUnavailable.HIDE
    if collection.selection == collection.Selection.HAND_PICKED:
        ids = list(collection.collection_products.order_by("sort_order").values_list("product_id", flat=True))
        found = products_by_id(ids)
        products = [found.get(pk) for pk in ids]
    else:
        products = list(
            catalogue_selectors.products_matching_rule(
                craft=collection.rule_craft,
                governorate=collection.rule_governorate,
                material=collection.rule_material,
                min_price=collection.rule_min_price,
                max_price=collection.rule_max_price,
                deposits_only=collection.rule_deposits_only,
            )[:RULE_COLLECTION_LIMIT]
        )
    items = []
    for product in products:
        available = product is not None and _is_available_to_buy(product, strategy)
        if hide and not available:
            continue
        items.append(CollectionItem(product=product, is_available=available))
    return items


def _default_strategy():
    return get_class("partner.strategy", "Selector")().strategy()


def _is_available_to_buy(product, strategy) -> bool:
    return strategy.fetch_for_product(product).availability.is_available_to_buy


# --- Crafts and governorates --------------------------------------------------------------------------


def craft_pages_under(index: Page) -> QuerySet:
    CraftPage = _page_model("CraftPage")

    return with_cover_images(CraftPage.objects.child_of(index).live().order_by("path"))


def governorate_pages_under(index: Page) -> QuerySet:
    GovernoratePage = _page_model("GovernoratePage")

    return with_cover_images(GovernoratePage.objects.child_of(index).live().order_by("path"))


def craft_products(craft, *, page_number) -> PaginatorPage:
    return paginate(catalogue_selectors.products_of_craft(craft), page_number=page_number)


@dataclass(frozen=True)
class NationalRegistryCount:
    """The authority's national registry of artisans (its 2017 count) for a governorate. The published table gives
    some neighbouring governorates one figure together (North and South Al Batinah, North and South Ash Sharqiyah):
    `counted_with` names the others, so a page never passes a shared figure off as one governorate's own."""

    year: int
    artisan_count: int
    counted_with: tuple  # the other governorates of a shared figure (Governorate objects), else empty


def national_registry_count(governorate) -> NationalRegistryCount | None:
    """The 2017 registry's figure for the governorate, or None for a governorate the table does not name. One
    query only when the figure is shared (for the other governorates' names)."""
    for slugs, count in REGISTRY_2017:
        if governorate.slug in slugs:
            others = [slug for slug in slugs if slug != governorate.slug]
            counted_with = tuple(artisan_selectors.governorates().filter(slug__in=others)) if others else ()
            return NationalRegistryCount(year=REGISTRY_YEAR, artisan_count=count, counted_with=counted_with)
    return None


@dataclass(frozen=True)
class GovernorateFigures:
    """Two different counts that must never be confused: the authority's national registry (every registered
    artisan, on Hirfa or not) and the artisans on this site (verified by the authority, some selling here)."""

    national_registry: NationalRegistryCount | None
    artisan_count: int  # verified artisans with a page on Hirfa
    selling_count: int  # of those, the ones with pieces for sale now
    crafts: list  # crafts with `artisan_count` (verified artisans on Hirfa), most practised first


def governorate_figures(governorate) -> GovernorateFigures:
    """The registry's figure for the governorate, and how many verified artisans it has on Hirfa, how many of them
    sell here now, and how many practise each craft."""
    on_sale = catalogue_selectors.browsable_products().filter(artisan=OuterRef("pk"))
    counts = artisan_selectors.artisans_of_governorate(governorate).aggregate(
        verified=Count("pk"), selling=Count("pk", filter=Exists(on_sale))
    )
    return GovernorateFigures(
        national_registry=national_registry_count(governorate),
        artisan_count=counts["verified"],
        selling_count=counts["selling"],
        crafts=list(catalogue_selectors.crafts_with_artisan_counts(governorate=governorate)),
    )


def governorate_artisans(governorate, *, limit: int = GOVERNORATE_ARTISANS_LIMIT) -> list:
    """The governorate's artisans, those with pieces on sale first: most of the registry sells nothing here, and
    a visitor should meet the makers whose work they can buy."""
    on_sale = catalogue_selectors.browsable_products().filter(artisan=OuterRef("pk"))
    artisans = artisan_selectors.artisans_of_governorate(governorate).annotate(selling=Exists(on_sale))
    return list(artisans.order_by("-selling", "registry_number")[:limit])


@dataclass(frozen=True)
class CraftInPlace:
    """A craft as practised in one governorate, for the links between craft and governorate pages: its pieces
    from there ("pottery from Dhofar") and, when they exist in the reader's language, the two pages."""

    craft: object
    governorate: object
    artisan_count: int
    craft_page: Page | None = None
    governorate_page: Page | None = None

    @property
    def pieces_url(self) -> str:
        """The craft's list in the shop, narrowed to the governorate by the list's own filter."""
        return f"{self.craft.get_absolute_url()}?{urlencode({'governorate': self.governorate.slug})}"


def craft_regions(craft_page) -> list[CraftInPlace]:
    """Where the page's craft is made: the governorates with verified artisans of the craft, most first, each with
    its governorate page in the craft page's language. Two queries, whatever the number of governorates."""
    GovernoratePage = _page_model("GovernoratePage")

    governorates = list(artisan_selectors.governorates_with_artisan_counts(craft=craft_page.craft))
    pages = {
        page.governorate_id: page
        for page in GovernoratePage.objects.live()
        .filter(locale_id=craft_page.locale_id, governorate__in=governorates)
        .select_related("locale")
    }
    return [
        CraftInPlace(
            craft=craft_page.craft,
            governorate=governorate,
            artisan_count=governorate.artisan_count,
            governorate_page=pages.get(governorate.pk),
        )
        for governorate in governorates
    ]


def governorate_crafts(governorate_page, crafts) -> list[CraftInPlace]:
    """The crafts of the governorate's figures (each with `artisan_count`), each with its craft page in the
    governorate page's language. One query."""
    CraftPage = _page_model("CraftPage")

    pages = {
        page.craft_id: page
        for page in CraftPage.objects.live()
        .filter(locale_id=governorate_page.locale_id, craft__in=[craft.pk for craft in crafts])
        .select_related("locale")
    }
    return [
        CraftInPlace(
            craft=craft,
            governorate=governorate_page.governorate,
            artisan_count=craft.artisan_count,
            craft_page=pages.get(craft.pk),
        )
        for craft in crafts
    ]


def governorate_pieces(governorate, *, limit: int = GOVERNORATE_PIECES_LIMIT) -> list:
    """Pieces on sale made in the governorate, newest first, as cards."""
    return list(catalogue_selectors.products_matching_rule(governorate=governorate)[:limit])


# --- Events -------------------------------------------------------------------------------------------


def event_winners(event) -> list:
    """The winners in the editor's order, each with its artisan's card while the artisan is verified and public
    (an award stays on record after an artisan leaves; their profile does not) and, when still for sale, the
    winning piece."""
    winners = list(event.winners.order_by("sort_order"))
    artisans = artisans_by_id(w.artisan_id for w in winners)
    products = products_by_id(w.product_id for w in winners)
    for winner in winners:
        winner.public_artisan = artisans.get(winner.artisan_id)
        winner.live_product = products.get(winner.product_id)
    return winners


def events_under(index: Page) -> QuerySet:
    EventPage = _page_model("EventPage")

    return with_cover_images(EventPage.objects.child_of(index).live().order_by("-date", "-pk"))


# --- Navigation ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NavLink:
    key: str
    title: str
    url: str


@dataclass(frozen=True)
class SiteNavigation:
    """The content pages the menu and the footer link to, in one language. A page that does not exist (or is not
    live) is simply absent, so the menu and the footer never show a broken link."""

    sections: dict[str, NavLink]  # by section key: stories, collections, crafts, governorates, events
    info_pages: list[NavLink]  # the footer's pages, in the footer's order


def _section_models() -> dict[str, type]:
    CollectionIndexPage = _page_model("CollectionIndexPage")
    CraftIndexPage = _page_model("CraftIndexPage")
    EventIndexPage = _page_model("EventIndexPage")
    GovernorateIndexPage = _page_model("GovernorateIndexPage")
    StoryIndexPage = _page_model("StoryIndexPage")

    return {
        "stories": StoryIndexPage,
        "collections": CollectionIndexPage,
        "crafts": CraftIndexPage,
        "governorates": GovernorateIndexPage,
        "events": EventIndexPage,
    }


def site_navigation(*, language: str, request=None) -> SiteNavigation:
    """The menu's sections and the footer's pages in `language`, from the cache (see `cms.navigation_cache`), else
    in one query whatever the number of pages."""
    from cms.navigation_cache import NAVIGATION_SECONDS, navigation_cache_key

    key = navigation_cache_key(language)
    navigation = cache.get(key)
    if navigation is None:
        navigation = _site_navigation(language=language, request=request)
        cache.set(key, navigation, NAVIGATION_SECONDS)
    return navigation


def _site_navigation(*, language: str, request=None) -> SiteNavigation:
    InfoPage = _page_model("InfoPage")

    models = {**_section_models(), "info": InfoPage}
    content_types = ContentType.objects.get_for_models(*models.values())
    key_of_type = {content_types[model].pk: key for key, model in models.items()}
    pages = (
        Page.objects.live()
        .filter(locale__language_code=language, content_type_id__in=key_of_type)
        .select_related("locale")
        .annotate(info_key=F("infopage__key"))
        .order_by("path")
    )
    sections, info = {}, {}
    for page in pages:
        kind = key_of_type[page.content_type_id]
        url = page.get_url(request=request)
        if url is None:  # not routable from any site
            continue
        if kind == "info":
            info.setdefault(page.info_key, NavLink(page.info_key, page.title, url))
        else:
            sections.setdefault(kind, NavLink(kind, page.title, url))
    footer_order = [key for key, _label in InfoPage.Key.choices]
    return SiteNavigation(sections=sections, info_pages=[info[key] for key in footer_order if key in info])


def breadcrumbs(page: Page, *, request=None) -> list[NavLink]:
    """The way from the home page down to `page` (which is last, without a link), titled in the page's language:
    one query."""
    ancestors = page.get_ancestors().filter(depth__gt=1).live().select_related("locale")
    trail = [NavLink("", ancestor.title, ancestor.get_url(request=request) or "") for ancestor in ancestors]
    return [*trail, NavLink("", page.title, "")]  # the page itself is not a link
