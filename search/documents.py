"""What the search engine stores: one document per browsable product, and one per artisan and one per published
story (secondary results).

Searchable text fields hold tokens already analysed in Python (search/analysis.py), so the engine only splits
them on whitespace. Display fields (titles, names, price, URL parts) are stored too, so that a results page is
built from the engine's answer without one database query per hit.

Each kind of document lives in a concrete index (`<prefix>-products-<timestamp>`) reached through an alias
(`<prefix>-products`); a rebuild fills a new index and moves the alias in one step.
"""

from django.conf import settings
from elasticsearch_dsl import Boolean, Date, Document, Integer, Keyword, Long, Text, analyzer, token_filter

TOKENS = analyzer("hirfa_tokens", tokenizer="whitespace", filter=["lowercase"])
PREFIXES = analyzer(
    "hirfa_prefixes",
    tokenizer="whitespace",
    filter=["lowercase", token_filter("hirfa_edge_ngram", type="edge_ngram", min_gram=1, max_gram=20)],
)


def alias_name(kind: str) -> str:
    return f"{settings.SEARCH_INDEX_PREFIX}-{kind}"


def index_settings() -> dict:
    return {"number_of_shards": settings.SEARCH_INDEX_SHARDS, "number_of_replicas": settings.SEARCH_INDEX_REPLICAS}


class ProductIndexDocument(Document):
    product_id = Integer()
    sku = Keyword()
    sku_key = Keyword()
    deposit_key = Keyword()
    # Searched: analysed tokens (every form of every word), and glossary concepts.
    title_terms = Text(analyzer=TOKENS)
    context_terms = Text(analyzer=TOKENS)
    description_terms = Text(analyzer=TOKENS)
    concepts = Keyword()
    # The items the title's head noun names (what the piece is, not what it serves): a query naming an item or a
    # craft ranks that item's pieces, and that craft's, above accessories that mention it.
    head_concepts = Keyword()
    suggest_terms = Text(analyzer=PREFIXES, search_analyzer=TOKENS)
    # Filtered and counted.
    craft = Keyword()
    governorate = Keyword()
    wilayat = Keyword()
    materials = Keyword()
    artisan = Keyword()
    price_baisa = Long()
    in_stock = Boolean()
    has_deposit = Boolean()
    created = Date()
    # Shown.
    title_en = Keyword(index=False)
    title_ar = Keyword(index=False)
    slug = Keyword(index=False)
    artisan_name_en = Keyword(index=False)
    artisan_name_ar = Keyword(index=False)
    image = Keyword(index=False)
    image_webp = Keyword(index=False)  # the card's WebP copies as a srcset ("url 240w, url 480w")
    # What the document was built from, to find stale documents (`search_index --check`).
    source_hash = Keyword(index=False)

    class Index:
        name = "products"  # replaced by the concrete index name at run time


class ArtisanIndexDocument(Document):
    registry_number = Keyword()
    registry_key = Keyword()
    name_terms = Text(analyzer=TOKENS)
    place_terms = Text(analyzer=TOKENS)
    suggest_terms = Text(analyzer=PREFIXES, search_analyzer=TOKENS)
    crafts = Keyword()
    governorate = Keyword()
    name_en = Keyword(index=False)
    name_ar = Keyword(index=False)
    wilayat_en = Keyword(index=False)
    wilayat_ar = Keyword(index=False)
    product_count = Integer()
    source_hash = Keyword(index=False)

    class Index:
        name = "artisans"


class StoryIndexDocument(Document):
    """A live, public story page. Each translation is a page of its own, so each is a document of its own, in its
    language; `translation_key` ties the versions of one story together."""

    story_id = Integer()
    translation_key = Keyword()
    language = Keyword()
    kind = Keyword()
    date = Date()
    # Searched: the same analysed tokens as products, so spellings and transliterations meet the same way.
    title_terms = Text(analyzer=TOKENS)
    intro_terms = Text(analyzer=TOKENS)
    body_terms = Text(analyzer=TOKENS)
    author_terms = Text(analyzer=TOKENS)
    title_concepts = Keyword()
    concepts = Keyword()
    # Shown. The snippet is not indexed and has no doc values: it is read back, never searched or sorted.
    title = Keyword(index=False)
    author = Keyword(index=False)
    url = Keyword(index=False)
    snippet = Keyword(index=False, doc_values=False)
    source_hash = Keyword(index=False)

    class Index:
        name = "stories"


DOCUMENTS = {"products": ProductIndexDocument, "artisans": ArtisanIndexDocument, "stories": StoryIndexDocument}
