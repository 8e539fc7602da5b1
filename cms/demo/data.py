"""The demo pages' data files (``cms/demo/*.yaml``), read and checked the same way as the catalogue's
(``catalogue.demo.datafiles``: every problem with its file and line). What each file holds is said at its top.

Crafts and governorates are named by the codes and slugs of the catalogue demo's files (``catalogue/demo/crafts.yaml``,
``catalogue/demo/governorates.yaml``), so a page cannot name one the demo catalogue does not have.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from catalogue.demo.data import catalogue_data
from catalogue.demo.datafiles import (
    Bilingual,
    Boolean,
    Choice,
    Day,
    Integer,
    ListOf,
    Money,
    OneOf,
    Record,
    Table,
    Text,
    load_file,
)
from catalogue.demo.images import ITEM_KEYS

FOLDER = Path(__file__).resolve().parent
STORY_KINDS = ("heritage", "technique", "artisan")
SECTIONS = ("stories", "collections", "crafts", "governorates", "events")
# The footer's pages, by the key the footer finds them with (cms.models.InfoPage.Key).
INFO_PAGE_KEYS = ("about", "contact", "shipping", "returns", "terms", "privacy", "faq")


# A page's cover image, drawn like a product photo (`catalogue.demo.images.render_product_photo`): which item, in
# which material, the seed that varies it, and its alt text in both languages.
COVER = Record(
    {"item": Choice(ITEM_KEYS, "item to draw"), "material": Text(), "seed": Integer(minimum=0), "alt": Bilingual()}
)


@dataclass(frozen=True)
class PagesData:
    stories: list[dict[str, Any]]
    collections: list[dict[str, Any]]
    craft_pages: dict[str, dict[str, Any]]
    governorate_pages: dict[str, dict[str, Any]]
    events: list[dict[str, Any]]
    home: dict[str, Any]
    info_pages: dict[str, dict[str, Any]]


def _story(craft: Choice, related: Text) -> Record:
    return Record(
        {
            "slug": Bilingual(),
            "kind": Choice(STORY_KINDS, "kind of story"),
            "date": Day(),
            "title": Bilingual(),
            "intro": Bilingual(),
            "author": Bilingual(),
            "body": ListOf(
                OneOf(
                    {
                        "paragraph": Bilingual(),
                        "quote": Record({"text": Bilingual(), "attribution": Bilingual()}),
                        "products": Record({"craft": craft, "count": Integer(minimum=1, maximum=12)}),
                        "artisan": Record({"craft": craft}),
                    }
                ),
                min_items=1,
            ),
            "related": ListOf(related, unique=True),
        },
        {"cover": COVER},
    )


def _rule_or_pick(value, node, where, walk) -> None:
    if ("rule" in value) == ("pick" in value):
        walk.problem(node, where, 'needs either a "rule" or a "pick", not both')


def _collection(craft: Choice, governorate: Choice) -> Record:
    return Record(
        {"slug": Bilingual(), "title": Bilingual(), "intro": Bilingual(), "featured_on_home": Boolean()},
        {
            "rule": Record(
                {},
                {
                    "craft": craft,
                    "governorate": governorate,
                    "material": Text(),
                    "min_price": Money(),
                    "max_price": Money(),
                    "deposits_only": Boolean(),
                },
            ),
            "pick": Record({"crafts": ListOf(craft, min_items=1, unique=True), "count": Integer(minimum=1)}),
            "starts_on": Day(),
            "ends_on": Day(),
            "cover": COVER,
        },
        check=_rule_or_pick,
    )


def _event(craft: Choice) -> Record:
    return Record(
        {
            "slug": Bilingual(),
            "title": Bilingual(),
            "date": Day(),
            "place": Bilingual(),
            "body": Bilingual(),
            "winners": ListOf(Record({"award": Bilingual(), "craft": craft, "citation": Bilingual()})),
        },
        {"cover": COVER},
    )


def pages_data(folder: Path = FOLDER) -> PagesData:
    """Every demo page file, checked; ``DataFileError`` names the file and line of each problem."""
    catalogue = catalogue_data()
    craft = Choice(catalogue.crafts, "craft")
    governorate = Choice(catalogue.governorates, "governorate")
    # Stories name related stories by English slug: read once for the slugs, then check the references.
    stories = load_file(folder / "stories.yaml", ListOf(_story(craft, Text())))
    slugs = [story["slug"]["en"] for story in stories]
    stories = load_file(folder / "stories.yaml", ListOf(_story(craft, Choice(slugs, "story (by its English slug)"))))
    page = Record({"title": Bilingual(), "intro": Bilingual()})
    return PagesData(
        stories=stories,
        collections=load_file(folder / "collections.yaml", ListOf(_collection(craft, governorate))),
        craft_pages=load_file(
            folder / "craft_pages.yaml",
            Table(
                Record(
                    {"intro": Bilingual(), "history": Bilingual(), "techniques": Bilingual(), "regions": Bilingual()},
                    {"cover": COVER},
                ),
                key=craft,
            ),
        ),
        governorate_pages=load_file(
            folder / "governorate_pages.yaml", Table(Record({"intro": Bilingual()}, {"cover": COVER}), key=governorate)
        ),
        events=load_file(folder / "events.yaml", ListOf(_event(craft))),
        info_pages=load_file(
            folder / "info_pages.yaml",
            Table(
                Record({"slug": Bilingual(), "title": Bilingual(), "intro": Bilingual(), "body": Bilingual()}),
                key=Choice(INFO_PAGE_KEYS, "footer page"),
            ),
        ),
        home=load_file(
            folder / "home.yaml",
            Record(
                {
                    "hero": Record({"title": Bilingual(), "text": Bilingual()}),
                    "sections": Record(dict.fromkeys(SECTIONS, page)),
                }
            ),
        ),
    )
