"""The registry generator reproduces the 2017 national registry (20,642 artisans) and writes it idempotently."""

import importlib
import re
from collections import Counter
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from artisans.models import REGISTRY_NUMBER_PATTERN, Artisan
from artisans.registry_generator import Reference, craft_table, generate_registry, governorate_counts
from search.models import SearchOutboxEntry

# The published figures, written out again here so the test does not just read the generator's own table back.
REGISTRY_2017 = {
    ("dhofar",): 6224,
    ("north_sharqiyah", "south_sharqiyah"): 4972,
    ("north_batinah", "south_batinah"): 4685,
    ("ad_dakhiliyah",): 2008,
    ("al_wusta",): 1329,
    ("muscat",): 465,
    ("ad_dhahirah",): 424,
    ("musandam",): 348,
    ("al_buraimi",): 187,
}
LARGEST_CRAFTS_2017 = {"cotton_weaving": 6590, "wool_weaving": 5005, "incense_cosmetics": 3051}


@pytest.fixture(scope="module")
def reference() -> Reference:
    """The reference data the migrations load, with made-up ids: the generator itself needs no database."""
    regions = importlib.import_module("artisans.migrations.0002_governorates_and_wilayats").GOVERNORATES
    crafts = importlib.import_module("catalogue.migrations.0034_crafts_materials_and_product_class").CRAFTS
    governorates, wilayats = {}, {}
    for number, (slug, code, _en, _ar, its_wilayats) in enumerate(regions, start=1):
        governorates[slug] = (number, code)
        wilayats[slug] = [(w_slug, number * 100 + i) for i, (w_slug, _w_en, _w_ar) in enumerate(its_wilayats)]
    return Reference(
        governorates=governorates,
        wilayats=wilayats,
        crafts={code: 1000 + i for i, (code, *_rest) in enumerate(crafts)},
    )


@pytest.fixture(scope="module")
def registry(reference):
    return list(generate_registry(20642, reference=reference))


def test_the_2017_registry_has_its_published_counts_by_governorate(reference, registry):
    slug_by_id = {pk: slug for slug, (pk, _code) in reference.governorates.items()}
    by_governorate = Counter(slug_by_id[record.governorate_id] for record in registry)
    assert len(registry) == 20642
    assert {slugs: sum(by_governorate[slug] for slug in slugs) for slugs in REGISTRY_2017} == REGISTRY_2017
    # The pairs are split evenly, the odd artisan going to the North.
    assert (by_governorate["north_batinah"], by_governorate["south_batinah"]) == (2343, 2342)
    assert (by_governorate["north_sharqiyah"], by_governorate["south_sharqiyah"]) == (2486, 2486)


def test_the_three_largest_crafts_have_their_published_counts_and_stay_the_largest(reference, registry):
    name_by_id = {pk: code for code, pk in reference.crafts.items()}
    by_craft = Counter(name_by_id[craft_id] for record in registry for craft_id in record.craft_ids)
    assert {code: by_craft[code] for code in LARGEST_CRAFTS_2017} == LARGEST_CRAFTS_2017
    assert {code for code, _count in by_craft.most_common(3)} == set(LARGEST_CRAFTS_2017)
    assert set(by_craft) == set(reference.crafts)  # every craft has artisans
    assert all(1 <= len(record.craft_ids) <= 2 for record in registry)


def test_crafts_cluster_in_their_homes(reference, registry):
    wilayat_slug = {pk: slug for wilayats in reference.wilayats.values() for slug, pk in wilayats}
    slug_by_id = {pk: slug for slug, (pk, _code) in reference.governorates.items()}

    def top_place(craft, place):
        counted = Counter(place(r) for r in registry if reference.crafts[craft] in r.craft_ids)
        return counted.most_common(1)[0][0]

    assert top_place("pottery", lambda r: wilayat_slug[r.wilayat_id]) == "bahla"
    assert top_place("incense_cosmetics", lambda r: slug_by_id[r.governorate_id]) == "dhofar"
    assert top_place("woodwork", lambda r: wilayat_slug[r.wilayat_id]) == "sur"
    assert top_place("khanjars", lambda r: wilayat_slug[r.wilayat_id]) in {"nizwa", "mutrah"}
    wool = Counter(slug_by_id[r.governorate_id] for r in registry if reference.crafts["wool_weaving"] in r.craft_ids)
    per_artisan = {slug: wool[slug] / count for slug, count in governorate_counts(20642).items()}
    assert sorted(per_artisan, key=per_artisan.get)[-2:] == ["north_sharqiyah", "al_wusta"]


def test_every_wilayat_belongs_to_its_governorate(reference, registry):
    governorate_of = {pk: reference.governorates[slug][0] for slug, ws in reference.wilayats.items() for _s, pk in ws}
    assert all(governorate_of[record.wilayat_id] == record.governorate_id for record in registry)


def test_registry_numbers_are_unique_valid_and_carry_the_governorate_code(reference, registry):
    code_by_id = dict(reference.governorates.values())
    numbers = [record.registry_number for record in registry]
    assert len(set(numbers)) == len(numbers)
    assert all(re.fullmatch(REGISTRY_NUMBER_PATTERN, number) for number in numbers)
    assert all(re.fullmatch(r"[A-Z]{3}-2017-\d{5}", number) for number in numbers)
    assert all(r.registry_number.startswith(code_by_id[r.governorate_id] + "-") for r in registry)
    assert "DHO-2017-06224" in numbers and "DHO-2017-06225" not in numbers


def test_artisans_look_like_the_registry(registry):
    genders = Counter(record.gender for record in registry)
    assert set(genders) == {"female", "male"}
    assert 0.6 < genders["female"] / len(registry) < 0.8  # mostly women
    assert all(1937 <= record.birth_year <= 1999 for record in registry)  # aged 18 to 80 in 2017
    assert 0.2 < sum(record.full_time for record in registry) / len(registry) < 0.5
    for record in registry[:200]:
        link_en, link_ar = (" bint ", " بنت ") if record.gender == "female" else (" bin ", " بن ")
        assert link_en in record.name_en and link_ar in record.name_ar
        assert len(record.name_en.split()) >= 4 and len(record.name_ar.split()) >= 4
        assert record.seller_type == "artisan"
    assert len({record.name_en for record in registry}) > 5000  # varied names


def test_the_same_seed_gives_the_same_registry_and_another_seed_another(reference, registry):
    assert list(generate_registry(20642, reference=reference)) == registry
    assert list(generate_registry(500, seed=7, reference=reference)) == list(
        generate_registry(500, seed=7, reference=reference)
    )
    other = list(generate_registry(20642, seed=8, reference=reference))
    assert [r.registry_number for r in other] == [r.registry_number for r in registry]
    assert [r.name_en for r in other] != [r.name_en for r in registry]


@pytest.mark.parametrize("n", [1, 7, 300, 1001])
def test_any_size_keeps_totals_exact(reference, n):
    table = craft_table(n)
    assert sum(sum(row.values()) for row in table.values()) == n
    assert {g: sum(row.values()) for g, row in table.items()} == governorate_counts(n)
    records = list(generate_registry(n, reference=reference))
    assert len(records) == n == len({r.registry_number for r in records})


@pytest.mark.django_db
def test_the_command_creates_exactly_n_artisans_and_a_second_run_changes_nothing():
    def snapshot():
        artisans = list(Artisan.objects.order_by("pk").values())
        crafts = sorted(Artisan.crafts.through.objects.values_list("artisan_id", "category_id"))
        return artisans, crafts, SearchOutboxEntry.objects.count()

    before = Artisan.objects.count()
    out = StringIO()
    call_command("generate_registry", artisans=300, batch=70, stdout=out)
    assert Artisan.objects.count() == before + 300
    assert "300 created, 0 updated, 0 unchanged" in out.getvalue()
    generated = Artisan.objects.filter(registry_number__contains="-2017-")
    assert generated.count() == 300
    assert generated.filter(verification=Artisan.Verification.VERIFIED).count() == 300
    assert all(a.wilayat.governorate_id == a.governorate_id for a in generated.select_related("wilayat"))
    assert all(a.partner.code == a.registry_number.lower() for a in generated.select_related("partner"))
    first = snapshot()

    out = StringIO()
    call_command("generate_registry", artisans=300, batch=70, stdout=out)
    assert "0 created, 0 updated, 300 unchanged" in out.getvalue()
    assert snapshot() == first


@pytest.mark.django_db
def test_the_command_refuses_to_run_without_demo_data_allowed(settings):
    settings.ALLOW_DEMO_DATA = False
    with pytest.raises(CommandError):
        call_command("generate_registry", artisans=10, stdout=StringIO())
    assert not Artisan.objects.exists()
