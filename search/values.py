"""The values a search passes around: what was asked (`SearchRequest`), and what was found (`SearchResults` with
its product, artisan and story hits and the facets' values). Plain dataclasses, built from the engine's documents and
the cached names, never from a database query per hit."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.apps import apps

from marketplace.bilingual import LANGUAGE_SELF_NAMES, RTL_LANGUAGES, LocalizedText
from search.understanding import Understood

MAX_PAGE_SIZE = 50
MAX_RESULT_WINDOW = 10_000
SORTS = ("relevance", "newest", "price-asc", "price-desc")


@dataclass(frozen=True)
class SearchRequest:
    q: str = ""
    page: int = 1
    page_size: int = 20
    crafts: tuple[str, ...] = ()
    governorates: tuple[str, ...] = ()
    materials: tuple[str, ...] = ()
    artisan: str = ""
    min_price_baisa: int | None = None
    max_price_baisa: int | None = None
    in_stock: bool | None = None
    deposit_only: bool = False
    sort: str = ""
    language: str = "en"

    @property
    def effective_sort(self) -> str:
        return self.sort or ("relevance" if self.q.strip() else "newest")

    def filters_as_dict(self) -> dict:
        values = {
            "craft": list(self.crafts),
            "governorate": list(self.governorates),
            "material": list(self.materials),
            "artisan": self.artisan,
            "min_price_baisa": self.min_price_baisa,
            "max_price_baisa": self.max_price_baisa,
            "in_stock": self.in_stock,
            "deposit": self.deposit_only or None,
            "sort": self.sort,
        }
        return {key: value for key, value in values.items() if value not in (None, "", [])}


@dataclass
class SearchHit:
    product_id: int
    sku: str
    title: LocalizedText
    url: str
    price: Decimal | None
    craft: str
    governorate: str
    artisan_registry_number: str
    artisan_name: LocalizedText
    in_stock: bool
    highlight: str
    image: str
    # What a product card shows beside the above, from the document and the cached names (no database query).
    craft_name: LocalizedText | None = None
    artisan_place: str = ""
    image_webp: str = ""  # the WebP srcset, for <picture>
    artisan_url: str = ""
    has_deposit: bool = False

    @property
    def stock_code(self) -> str:
        """Oscar's availability code for the card's stock badge: no price is no stock record."""
        if self.price is None:
            return "unavailable"
        return "instock" if self.in_stock else "outofstock"


@dataclass
class FacetValue:
    value: str
    label: LocalizedText
    labels: dict[str, str]
    count: int
    selected: bool


@dataclass
class ArtisanHit:
    registry_number: str
    name: LocalizedText
    place: str
    url: str
    product_count: int


@dataclass
class StoryHit:
    """A story that matched, as the engine stored it: in its own language, which may not be the reader's."""

    story_id: int
    title: str
    highlight: str
    url: str
    snippet: str
    language: str
    kind: str
    author: str
    date: date | None

    @property
    def direction(self) -> str:
        return "rtl" if self.language in RTL_LANGUAGES else "ltr"

    @property
    def language_name(self) -> str:
        return LANGUAGE_SELF_NAMES.get(self.language, self.language)

    @property
    def kind_label(self) -> str:
        kinds = apps.get_model("cms", "StoryPage").Kind
        return kinds(self.kind).label if self.kind in kinds.values else ""


@dataclass
class SearchResults:
    request: SearchRequest
    total: int
    hits: list[SearchHit]
    facets: dict[str, list[FacetValue]]
    suggestion: str | None = None
    artisans: list[ArtisanHit] = field(default_factory=list)
    stories: list[StoryHit] = field(default_factory=list)
    engine_ms: int = 0
    normalised: str = ""
    understood: Understood | None = None

    @property
    def pages(self) -> int:
        return max(1, -(-min(self.total, MAX_RESULT_WINDOW) // self.request.page_size))
