"""What a content page's stream and its blocks agree on: the keys under which the page's `get_context()` hands the
blocks the products and artisans it loaded, what an editor chose to do with a piece no longer for sale, and the ids
a stream refers to.

Apart from `cms.blocks` so that `cms.selectors`, which reads the ids and `WhenUnavailable`, and the blocks, which fall
back on the selectors when rendered outside a page, do not import each other.
"""

from django.utils.translation import gettext_lazy as _

PRODUCTS_CONTEXT_KEY = "cms_products"
ARTISANS_CONTEXT_KEY = "cms_artisans"


class WhenUnavailable:
    """What to do with a piece that is no longer for sale (deleted, withdrawn or, in collections, sold out)."""

    MARK = "mark"
    HIDE = "hide"
    CHOICES = [(MARK, _("Show it, marked as no longer available")), (HIDE, _("Hide it"))]


def referenced_ids(stream, block_type: str, field: str) -> list[int]:
    """The ids stored by every block of one type in a stream, read from the raw data (no queries)."""
    ids = []
    for block in stream.raw_data:
        if block.get("type") == block_type:
            pk = (block.get("value") or {}).get(field)
            try:
                ids.append(int(pk))
            except (TypeError, ValueError):
                continue
    return ids
