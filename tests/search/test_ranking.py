"""A query that names a craft or a kind of piece ranks those pieces above the accessories that mention it (khanjar
belts, keyrings and boxes; incense burners), against a real engine (a clone of the bundled one)."""

import pytest

from search.analysis import head_concepts
from tests.factories import make_artisan, make_product

pytestmark = pytest.mark.django_db
API = "/api/search/"


@pytest.fixture
def khanjars_and_accessories(index_everything):
    """Two khanjars listed first, then accessories that name the khanjar in both titles: on equal scores the
    newest would come first, so only ranking by what a piece is puts the khanjars on top."""
    nizwa = make_artisan(wilayat_slug="nizwa", crafts=("khanjars", "woodwork", "bone_coconut"))
    khanjars = [
        make_product(
            artisan=nizwa,
            craft_code="khanjars",
            title_en="Nizwa silver khanjar",
            title_ar="خنجر فضي من نزوى",
            materials=("silver",),
            sku="TS-KHJ-00001",
        ),
        make_product(
            artisan=nizwa,
            craft_code="khanjars",
            title_en="Small Omani dagger with sandalwood handle",
            title_ar="خنجر عماني صغير بمقبض من خشب الصندل",
            materials=("silver",),
            sku="TS-KHJ-00002",
        ),
    ]
    accessories = [
        make_product(
            artisan=nizwa,
            craft_code="khanjars",
            title_en="Embroidered silver khanjar belt",
            title_ar="حزام خنجر فضي مطرز",
            materials=("silver",),
            sku="TS-KBL-00003",
        ),
        make_product(
            artisan=nizwa,
            craft_code="khanjars",
            title_en="Omani khanjar belt",
            title_ar="حزام خنجر عماني",
            materials=("silver",),
            sku="TS-KBL-00004",
        ),
        make_product(
            artisan=nizwa,
            craft_code="bone_coconut",
            title_en="Bone khanjar keyring",
            title_ar="ميدالية خنجر من العظم",
            materials=("bone",),
            sku="TS-KEY-00005",
        ),
        make_product(
            artisan=nizwa,
            craft_code="woodwork",
            title_en="Nizwa wooden khanjar box",
            title_ar="علبة خنجر خشبية",
            materials=("wood",),
            sku="TS-KBX-00006",
        ),
    ]
    index_everything()
    return [p.upc for p in khanjars], [p.upc for p in accessories]


@pytest.mark.parametrize("query", ["khanjar", "خنجر", "khanjars", "الخناجر"])
def test_a_query_naming_the_khanjar_lists_khanjars_before_belts_keyrings_and_boxes(
    client, khanjars_and_accessories, query
):
    khanjars, accessories = khanjars_and_accessories

    found = [result["sku"] for result in client.get(API, {"q": query}).json()["results"]]

    assert set(found) == set(khanjars) | set(accessories)  # the accessories are still found
    assert set(found[: len(khanjars)]) == set(khanjars)


def test_a_query_naming_the_belt_lists_belts_first(client, khanjars_and_accessories):
    _khanjars, accessories = khanjars_and_accessories

    found = [result["sku"] for result in client.get(API, {"q": "khanjar belt"}).json()["results"]]

    assert set(found[:2]) == set(accessories[:2])


def test_a_query_naming_a_craft_lists_the_crafts_pieces_before_pieces_named_for_it(client, index_everything):
    salalah = make_artisan(wilayat_slug="salalah", crafts=("incense_cosmetics", "pottery"))
    frankincense = make_product(
        artisan=salalah,
        craft_code="incense_cosmetics",
        title_en="Hojari frankincense",
        title_ar="لبان حوجري",
        materials=("frankincense",),
        sku="TS-FRA-00001",
    )
    burner = make_product(
        artisan=salalah,
        craft_code="pottery",
        title_en="Salalah clay incense burner",
        title_ar="مبخرة فخارية من صلالة",
        materials=("clay",),
        sku="TS-INC-00002",
    )
    index_everything()

    found = [result["sku"] for result in client.get(API, {"q": "incense"}).json()["results"]]

    assert found == [frankincense.upc, burner.upc]


@pytest.mark.parametrize(
    ("title", "items"),
    [
        ("Omani silver khanjar belt", {"item:khanjar_belt"}),
        ("حزام خنجر فضي عماني", {"item:khanjar_belt"}),
        ("Silver khanjar with belt", {"item:khanjar"}),
        ("Bone khanjar keyring", {"item:keyring"}),
        ("ميدالية خنجر من العظم", {"item:keyring"}),
        ("Nizwa wooden khanjar box", set()),  # the head ("box") names no item the glossary knows: not a khanjar
        ("Traditional clay frankincense burner", {"item:incense_burner"}),
        ("", set()),
    ],
)
def test_a_title_is_what_its_head_noun_names(title, items):
    assert head_concepts(title) == items
