"""The demo catalogue's data files (``catalogue/demo/*.yaml``), read and checked.

``catalogue_data()`` reads the files in the order their references need (a governorate, craft, item or modifier must
exist before another file names it) and returns them as plain dicts and lists; a problem in any file raises
``DataFileError`` with the file and line (see ``catalogue.demo.datafiles``). What each file holds is said at its top.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from catalogue.demo.datafiles import (
    Bilingual,
    Boolean,
    Choice,
    Day,
    Integer,
    ListOf,
    Nullable,
    Number,
    Range,
    Record,
    Table,
    Text,
    load_file,
)

FOLDER = Path(__file__).resolve().parent

GENDERS = ("male", "female")
NOUN_GENDERS = ("m", "f")
MAKER_KINDS = ("make", "sort", "prepare", "distil")
SELLER_TYPES = ("artisan", "outlet")


@dataclass(frozen=True)
class CatalogueData:
    governorates: dict[str, dict[str, Any]]
    crafts: dict[str, dict[str, Any]]
    descriptors: dict[str, dict[str, Any]]
    colours: dict[str, dict[str, Any]]
    items: dict[str, dict[str, Any]]
    plan: dict[str, Any]
    artisans: list[dict[str, Any]]
    deposits: list[dict[str, Any]]
    sentences: dict[str, Any]


def _modifier(governorates) -> Record:
    return Record(
        {"words": Record({"ar": Record({"m": Text(), "f": Text()}), "en": Text()})},
        {
            "tail": Boolean(),
            "scale": Choice(("low", "high"), "scale"),
            "govs": ListOf(Choice(governorates, "governorate"), min_items=1),
        },
    )


def _item(crafts, descriptors, colours, governorates) -> Record:
    craft = Choice(crafts, "craft")
    governorate_list = ListOf(Choice(governorates, "governorate"), min_items=1, unique=True)
    descriptor_list = ListOf(Choice(descriptors, "descriptor"), unique=True)
    colour_list = ListOf(Choice(colours, "colour"), unique=True)
    variant = Record(
        {
            "craft": craft,
            "material": Text(),
            "title": Record(
                {
                    "ar": Record(
                        {
                            "noun": Text(),
                            "adj": Text(blank=True),
                            "tail": Text(blank=True),
                            "gender": Choice(NOUN_GENDERS, "gender of an Arabic noun"),
                        }
                    ),
                    "en": Text(),
                }
            ),
            "price": Range(minimum=1),
            "grams": Range(minimum=1),
            "weight": Integer(minimum=1),
        },
        {
            "extra_materials": ListOf(Text(), min_items=1, unique=True),
            "govs": governorate_list,
            "exclude_modifiers": ListOf(Choice((*descriptors, *colours), "modifier"), min_items=1),
        },
    )
    fact = Record(
        {"text": Bilingual()},
        {"care": Boolean(), "craft": craft, "material": Text(), "govs": governorate_list},
    )
    return Record(
        {
            "code": Text(),
            "name": Bilingual(),
            "plural": Bilingual(),
            "terms": Bilingual(ListOf(Text(), min_items=1)),
            "maker": Choice(MAKER_KINDS, "kind of work"),
            "stock": Range(),
            "variants": ListOf(variant, min_items=1),
            "descriptors": descriptor_list,
            "colours": colour_list,
            "facts": ListOf(fact, min_items=2),
        },
        {
            "craft_descriptors": Table(descriptor_list, key=craft),
            "craft_colours": Table(colour_list, key=craft),
            "place_govs": governorate_list,
        },
    )


def _plan(items, crafts) -> Record:
    share = Number(minimum=0, maximum=1)
    return Record(
        {
            "seed": Integer(),
            "shares": Record({"arabic_only": share, "english_only": share, "sold_out": share}),
            "seller_weights": Record(
                {"outlet": Number(minimum=0), "full_time": Number(minimum=0), "part_time": Number(minimum=0)}
            ),
            "chances": Record({"extra_material": share, "second_fact": share, "maker_first": share}),
            "title_patterns": Record(
                {
                    "plain": Record(
                        {
                            "descriptor": Integer(minimum=0),
                            "place": Integer(minimum=0),
                            "descriptor+place": Integer(minimum=0),
                        }
                    ),
                    "with_colours": Record({"colour": Integer(minimum=0), "colour+descriptor": Integer(minimum=0)}),
                }
            ),
            "scale": Record({"low": ListOf(share, min_items=2), "high": ListOf(share, min_items=2)}),
            "registry": Record(
                {
                    "artisans": Integer(minimum=1, maximum=20642),
                    "seed": Integer(),
                    "opened": Day(),
                    "growth": Number(minimum=0.1, maximum=10),
                }
            ),
            "price_steps": ListOf(
                Record({"steps": ListOf(Integer(minimum=10), min_items=1)}, {"below": Integer(minimum=1)}), min_items=1
            ),
            "products": ListOf(
                Record({"item": Choice(items, "item"), "craft": Choice(crafts, "craft"), "count": Integer(minimum=1)}),
                min_items=1,
            ),
        }
    )


def _artisan(governorates, crafts, items) -> Record:
    return Record(
        {
            "registry_number": Text(),
            "seller_type": Choice(SELLER_TYPES, "kind of seller"),
            "name": Bilingual(),
            "gender": Choice(GENDERS, "gender"),
            "birth_year": Integer(minimum=1900, maximum=2020),
            "governorate": Choice(governorates, "governorate"),
            "wilayat": Bilingual(),
            "crafts": ListOf(Choice(crafts, "craft"), min_items=1, unique=True),
            "items": ListOf(Choice(items, "item"), min_items=1, unique=True),
            "full_time": Boolean(),
            "bio": Record({"ar": Nullable(Text()), "en": Nullable(Text())}, check=_in_one_language_at_least),
        },
        {"materials": ListOf(Text(), min_items=1, unique=True)},
    )


def _in_one_language_at_least(value, node, where, walk) -> None:
    if value["ar"] is None and value["en"] is None:
        walk.problem(node, where, "needs its Arabic half (ar), its English half (en) or both")


def _deposit(owners, items, crafts, descriptors, governorates) -> Record:
    return Record(
        {
            "number": Text(),
            "title": Bilingual(),
            "owner": Choice(owners, "owner (the authority or a demo artisan's registry number)"),
            "deposited_on": Day(),
            "certificate": Text(),
            "applies_to": ListOf(
                Record({"item": Choice(items, "item"), "craft": Choice(crafts, "craft")}, {"material": Text()})
            ),
            "products": Integer(minimum=0),
        },
        {
            "descriptor": Choice(descriptors, "descriptor"),
            "govs": ListOf(Choice(governorates, "governorate"), min_items=1),
        },
    )


def _sentences() -> Record:
    by_gender = Record({"m": Text(), "f": Text()})
    templates = Bilingual(ListOf(Text(), min_items=1))
    return Record(
        {
            "maker": Record({kind: Record({"artisan": templates, "outlet": templates}) for kind in MAKER_KINDS}),
            "deposit": Record({"authority": Bilingual(), "artisan": Bilingual()}),
            "place": Record({"wilayat_only": Bilingual(), "with_governorate": Bilingual()}),
            "governorate_after_name": Bilingual(),
            "outlet_name": Bilingual(),
            "title_place": Record({"after_modifiers": Bilingual(), "alone": Bilingual()}),
            "arabic": Record(
                {
                    "verbs": Record({kind: Record(dict.fromkeys(GENDERS, by_gender)) for kind in MAKER_KINDS}),
                    "passive": by_gender,
                    "maker_words": Record(
                        {
                            gender: Record({"title": Text(), "hands": Text(), "workshop": Text(), "self": Text()})
                            for gender in GENDERS
                        }
                    ),
                }
            ),
        }
    )


def catalogue_data(folder: Path = FOLDER) -> CatalogueData:
    """Every demo catalogue file, checked; ``DataFileError`` names the file and line of each problem."""
    governorates = load_file(
        folder / "governorates.yaml", Table(Record({"prefix": Text(), "name": Bilingual()}), min_items=1)
    )
    crafts = load_file(folder / "crafts.yaml", Table(Record({"name": Bilingual()}), min_items=1))
    modifiers = load_file(
        folder / "modifiers.yaml",
        Record({"descriptors": Table(_modifier(governorates)), "colours": Table(_modifier(governorates))}),
    )
    descriptors, colours = modifiers["descriptors"], modifiers["colours"]
    items = load_file(folder / "items.yaml", Table(_item(crafts, descriptors, colours, governorates), min_items=1))
    plan = load_file(folder / "plan.yaml", _plan(items, crafts))
    artisans = load_file(folder / "artisans.yaml", ListOf(_artisan(governorates, crafts, items), min_items=1))
    owners = ("authority", *(artisan["registry_number"] for artisan in artisans))
    deposits = load_file(folder / "deposits.yaml", ListOf(_deposit(owners, items, crafts, descriptors, governorates)))
    sentences = load_file(folder / "sentences.yaml", _sentences())
    return CatalogueData(
        governorates=governorates,
        crafts=crafts,
        descriptors=descriptors,
        colours=colours,
        items=items,
        plan=plan,
        artisans=artisans,
        deposits=deposits,
        sentences=sentences,
    )
