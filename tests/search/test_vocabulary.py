"""The vocabulary report: words in listings no analysis rule knows, for the authority to add to the glossary."""

from io import StringIO

import pytest
from django.core.management import call_command

from search.understanding import Place
from search.vocabulary import unknown_words
from tests.factories import make_artisan, make_product


def test_unknown_words_are_those_no_rule_knows_most_used_first():
    listings = [
        ("A-1", ["Zanjabeel silver khanjar from Nizwa", "خنجر فضي بالزنجبيل"]),
        ("A-2", ["Zanjabeel clay pot", "مبخرة من بهلاء"]),
        ("A-3", ["Handmade 2019 kumma for my mother", ""]),
    ]
    places = (Place("wilayat", "nizwa", ("Nizwa", "نزوى")), Place("wilayat", "bahla", ("Bahla", "بهلاء")))
    found = {word.key: word for word in unknown_words(listings, places)}
    assert found["zanjabeel"].listings == 2 and found["zanjabeel"].example == "A-1"
    assert found["زنجبيل"].word == "بالزنجبيل"
    assert list(found)[0] == "zanjabeel"  # the most used first
    # glossary words (any form, either language), places, filler, numbers and stop words are known
    for known in (
        "khanjar",
        "silver",
        "خنجر",
        "فضي",
        "clay",
        "kumma",
        "mbkhr",
        "nizwa",
        "بهلا",
        "handmad",
        "2019",
        "my",
    ):
        assert known not in found


@pytest.mark.django_db
def test_the_command_lists_them_for_the_authority():
    artisan = make_artisan(wilayat_slug="nizwa", crafts=("silverwork",))
    make_product(artisan=artisan, craft_code="silverwork", title_en="Zanjabeel ring", title_ar="خاتم مرصع", sku="V-1")
    make_product(artisan=artisan, craft_code="silverwork", title_en="Zanjabeel bangle", title_ar="سوار", sku="V-2")
    make_product(
        artisan=artisan,
        craft_code="silverwork",
        title_en="Quartzite ring",
        title_ar="",
        sku="V-3",
        is_public=False,  # not browsable: not read
    )
    out = StringIO()
    call_command("search_vocabulary", stdout=out)
    report = out.getvalue()
    assert "     2  Zanjabeel  (zanjabeel; e.g. V-1)" in report
    assert "مرصع" in report
    assert "Quartzite" not in report and "ring" not in report.split("\n", 1)[1]

    out = StringIO()
    call_command("search_vocabulary", "--min-listings", "2", stdout=out)
    assert "مرصع" not in out.getvalue() and "Zanjabeel" in out.getvalue()
