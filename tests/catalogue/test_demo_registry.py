"""The demo's registry looks like the national one: its artisans spread over the governorates as in 2017, and
registered over the years since the registry opened in 2003, more of them lately."""

import json
from collections import Counter
from datetime import date
from io import BytesIO

import pytest

from artisans.registry_generator import load_reference
from catalogue.demo.data import catalogue_data
from catalogue.demo.records import registration_dates, registry_records
from catalogue.importing import catalogue_import

# The published 2017 figures (shared/domain/oman-crafts.md), written out here so that the test does not read the
# generator's table back; a pair of governorates shares one figure.
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


@pytest.mark.django_db
def test_with_its_sellers_the_demo_registry_holds_each_governorates_2017_share():
    data = catalogue_data()
    everyone = Counter(artisan["governorate"] for artisan in data.artisans)
    everyone.update(record["governorate"] for record in registry_records(load_reference(), data))
    total = sum(everyone.values())

    assert total == data.plan["registry"]["artisans"]
    for governorates, published in REGISTRY_2017.items():
        expected = published / 20642 * total
        assert abs(sum(everyone[g] for g in governorates) - expected) < 1, governorates


@pytest.mark.django_db
def test_the_demo_registrys_other_artisans_go_through_the_catalogue_import():
    records = registry_records(load_reference())
    stream = BytesIO("\n".join(json.dumps(record, ensure_ascii=False) for record in records).encode())

    report = catalogue_import(stream)

    assert report.ok, report.problems[:3]
    assert report.counts["artisan"].created == len(records) > 600


def test_registrations_spread_from_the_registrys_opening_to_today_with_more_in_later_years():
    numbers = [f"DEMO-{n:05d}" for n in range(700)]

    dates = registration_dates(numbers, today=date(2026, 12, 7))

    assert date(2003, 3, 3) <= min(dates.values()) and max(dates.values()) <= date(2026, 12, 7)
    by_year = Counter(day.year for day in dates.values())
    assert len(by_year) == 24  # every year from 2003 to 2026
    assert by_year[2024] + by_year[2025] > 3 * (by_year[2005] + by_year[2006])
    assert sum(day >= date(2025, 12, 7) for day in dates.values()) >= 30  # the insights' last 12 months have some


def test_an_entrys_registration_date_depends_on_its_number_alone():
    today = date(2026, 12, 7)

    assert registration_dates(["RG-DHO-00012"], today=today) == {
        "RG-DHO-00012": registration_dates(["RG-MCT-00001", "RG-DHO-00012"], today=today)["RG-DHO-00012"]
    }
