"""The catalogue import: whole-file validation, all or nothing, natural keys, idempotent, and fast enough."""

import json
from decimal import Decimal
from io import BytesIO, StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from oscar.core.loading import get_model

from artisans.models import Artisan, DesignDeposit
from catalogue.importing import catalogue_import

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")

DEV_CATALOGUE = Path(__file__).resolve().parents[1] / "fixtures" / "search-eval-catalogue.jsonl"

pytestmark = pytest.mark.django_db


def artisan(**overrides) -> dict:
    record = {
        "kind": "artisan",
        "registry_number": "TS-DAK-00001",
        "name": {"en": "Aisha bint Said Al Hinai", "ar": "عائشة بنت سعيد الهنائية"},
        "gender": "female",
        "birth_year": 1970,
        "governorate": "ad_dakhiliyah",
        "wilayat": {"en": "Bahla", "ar": "بهلاء"},
        "crafts": ["pottery", "palm_frond"],
        "full_time": True,
        "bio": {"en": "Potter in Bahla.", "ar": "خزافة من بهلاء."},
    }
    record.update(overrides)
    return record


def deposit(**overrides) -> dict:
    record = {
        "kind": "design_deposit",
        "number": "OM-CD-2019-0001",
        "title": {"en": "Clay incense burner", "ar": "مبخرة فخارية"},
        "owner": "authority",
        "deposited_on": "2019-09-26",
    }
    record.update(overrides)
    return record


def product(**overrides) -> dict:
    record = {
        "kind": "product",
        "sku": "DAK-INC-00001",
        "artisan": "TS-DAK-00001",
        "craft": "pottery",
        "title": {"en": "Bahla clay incense burner", "ar": "مبخرة فخارية من بهلاء"},
        "description": {"en": "Shaped by hand.", "ar": "مشكلة يدويا."},
        "materials": ["clay"],
        "price_omr": "12.340",
        "stock": 4,
        "weight_g": 900,
    }
    record.update(overrides)
    return record


def jsonl(*records) -> BytesIO:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    return BytesIO("\n".join(lines).encode("utf-8"))


def problems_of(*records) -> list[tuple[int, str]]:
    report = catalogue_import(jsonl(*records))
    assert not report.ok
    return [(problem.line, problem.field) for problem in report.problems]


def test_a_valid_file_creates_artisans_deposits_and_products_in_one_go():
    report = catalogue_import(jsonl(artisan(), deposit(), product(design_deposit="OM-CD-2019-0001")))

    assert report.ok
    assert (report.counts["artisan"].created, report.counts["design_deposit"].created) == (1, 1)
    assert report.counts["product"].created == 1
    piece = Product.objects.get(upc="DAK-INC-00001")
    assert piece.artisan.registry_number == "TS-DAK-00001"
    assert piece.artisan.wilayat.slug == "bahla"
    assert piece.design_deposit.number == "OM-CD-2019-0001"
    assert piece.craft.code == "pottery"
    assert [m.slug for m in piece.materials.all()] == ["clay"]
    stockrecord = piece.stockrecords.get()
    assert stockrecord.price == Decimal("12.340")
    assert stockrecord.partner == piece.artisan.partner
    assert stockrecord.num_in_stock == 4


def test_importing_the_same_file_twice_changes_nothing_the_second_time():
    records = (artisan(), deposit(), product())
    catalogue_import(jsonl(*records))
    before = list(Product.objects.values_list("date_updated", flat=True))

    report = catalogue_import(jsonl(*records))

    assert [(c.created, c.updated, c.unchanged) for c in report.counts.values()] == [(0, 0, 1)] * 3
    assert list(Product.objects.values_list("date_updated", flat=True)) == before


def test_a_changed_record_updates_only_what_changed():
    catalogue_import(jsonl(artisan(), product(), product(sku="DAK-INC-00002")))

    report = catalogue_import(
        jsonl(
            artisan(),
            product(price_omr="15.000", title={"en": "Larger incense burner", "ar": "مبخرة كبيرة"}),
            product(sku="DAK-INC-00002"),
        )
    )

    assert (report.counts["product"].updated, report.counts["product"].unchanged) == (1, 1)
    changed = Product.objects.get(upc="DAK-INC-00001")
    assert changed.title == "Larger incense burner"
    assert changed.stockrecords.get().price == Decimal("15.000")


def test_one_bad_line_means_nothing_is_written():
    report = catalogue_import(jsonl(artisan(), deposit(), product(), product(sku="DAK-INC-00002", price_omr="x")))

    assert not report.ok
    assert (Artisan.objects.count(), DesignDeposit.objects.count(), Product.objects.count()) == (0, 0, 0)


def test_every_problem_is_reported_with_its_line_and_field():
    found = problems_of(
        artisan(),
        product(price_omr="10.125"),
        product(sku="DAK-INC-00002", stock=-1),
        product(sku="DAK-INC-00003", craft="basketry"),
    )
    assert found == [(2, "price_omr"), (3, "stock"), (4, "craft")]


def test_a_price_that_is_not_a_10_baisa_step_is_refused_with_the_reason():
    report = catalogue_import(jsonl(artisan(), product(price_omr="10.125")))
    assert "10 baisa" in report.problems[0].message
    assert "line 2" in str(report.problems[0])


@pytest.mark.parametrize("price", ["-5.000", "0", "12.3456", "twelve", "", "1e400", "NaN", True, None, [1]])
def test_a_bad_price_is_refused(price):
    assert problems_of(artisan(), product(price_omr=price)) == [(2, "price_omr")]


def test_a_json_number_price_is_read_exactly_never_as_a_float():
    catalogue_import(
        jsonl(
            artisan(),
            '{"kind": "product", "sku": "DAK-INC-00009", "artisan": "TS-DAK-00001", '
            '"craft": "pottery", "title": {"en": "Jar"}, "price_omr": 12.34, "stock": 1, "weight_g": 5}',
        )
    )
    assert StockRecord.objects.get(partner_sku="DAK-INC-00009").price == Decimal("12.340")


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ('{"kind": "artisan", "registry_number": ', ""),
        ("[1, 2, 3]", ""),
        ('"just text"', ""),
        ('{"kind": "jar"}', "kind"),
        ('{"registry_number": "X"}', "kind"),
    ],
)
def test_malformed_lines_and_unknown_kinds_are_reported(line, field):
    assert problems_of(artisan(), line) == [(2, field)]


def test_a_missing_required_field_is_reported_by_name():
    record = product()
    del record["weight_g"]
    assert problems_of(artisan(), record) == [(2, "weight_g")]


def test_an_unknown_field_is_reported_as_a_warning_and_ignored():
    report = catalogue_import(jsonl(artisan(colour="blue")))
    assert report.ok
    assert [(w.line, w.field) for w in report.warnings] == [(1, "colour")]


def test_an_unknown_artisan_is_reported_on_the_product_line():
    assert problems_of(artisan(), product(artisan="TS-DAK-99999")) == [(2, "artisan")]


def test_an_unknown_design_deposit_is_reported():
    assert problems_of(artisan(), product(design_deposit="OM-CD-1999-0000")) == [(2, "design_deposit")]


def test_a_deposit_owned_by_an_unknown_artisan_is_reported():
    assert problems_of(deposit(owner="TS-MCT-00404")) == [(1, "owner")]


def test_an_unknown_governorate_or_wilayat_is_reported():
    assert problems_of(artisan(governorate="atlantis")) == [(1, "governorate")]
    assert problems_of(artisan(wilayat={"en": "Sur", "ar": "صور"})) == [(1, "wilayat")]  # Sur is not in Ad Dakhiliyah


@pytest.mark.parametrize(
    ("governorate", "wilayat"),
    [
        ("ad_dakhiliyah", "  BAHLA "),
        ("muscat", "As Seeb"),
        ("muscat", "al-seeb"),
        ("muscat", "السيب"),
        ("north_sharqiyah", {"ar": "ابراء"}),
        ("ad_dakhiliyah", {"en": "Al Jabal al Akhdar"}),
    ],
)
def test_wilayat_names_match_whatever_their_case_spacing_article_or_spelling(governorate, wilayat):
    report = catalogue_import(jsonl(artisan(governorate=governorate, wilayat=wilayat)))
    assert report.ok, report.problems


def test_an_unknown_craft_or_material_is_reported():
    assert problems_of(artisan(crafts=["pottery", "glassblowing"])) == [(1, "crafts")]
    assert problems_of(artisan(), product(materials=["plastic"])) == [(2, "materials")]


def test_a_product_of_a_craft_its_artisan_does_not_practise_is_reported_as_a_warning():
    report = catalogue_import(jsonl(artisan(), product(craft="khanjars")))
    assert report.ok
    assert [(w.line, w.field) for w in report.warnings] == [(2, "craft")]


def test_a_key_repeated_in_the_file_is_reported_on_its_second_line():
    found = problems_of(artisan(), product(), product())
    assert found == [(3, "sku")]


def test_a_title_in_neither_language_is_refused():
    assert problems_of(artisan(), product(title={"en": " ", "ar": ""})) == [(2, "title")]


def test_a_title_in_an_unknown_language_is_refused():
    assert problems_of(artisan(), product(title={"en": "Jar", "fr": "Jarre"})) == [(2, "title")]


@pytest.mark.parametrize(
    "title",
    ["Jar\u0000", "Jar\x1b[31m", "x" * 256, 42, ["Jar"], "Jar\nFREE", "Jar \u202eraj", "\u2066Jar\u2069", "Jar\u2028x"],
)
def test_hostile_or_oversized_text_is_refused(title):
    found = problems_of(artisan(), product(title={"en": title}))
    assert found[0][0] == 2 and found[0][1].startswith("title")


def test_html_in_a_title_is_stored_as_text_and_escaped_on_the_page(client):
    catalogue_import(jsonl(artisan(), product(title={"en": "<script>alert(1)</script> jar"})))
    piece = Product.objects.get()
    response = client.get(piece.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en")
    assert b"<script>alert(1)</script>" not in response.content
    assert b"&lt;script&gt;alert(1)&lt;/script&gt; jar" in response.content


@pytest.mark.parametrize("stock", [-1, 1.5, "3", True, 10**9])
def test_a_bad_stock_is_refused(stock):
    assert problems_of(artisan(), product(stock=stock)) == [(2, "stock")]


def test_an_oversized_line_is_refused_without_reading_it_as_json():
    huge = json.dumps(product(description={"en": "x" * 70_000}))
    assert problems_of(artisan(), huge) == [(2, "")]


def test_bytes_that_are_not_utf8_are_refused():
    report = catalogue_import(BytesIO(json.dumps(artisan()).encode() + b"\n\xff\xfe{}\n"))
    assert [(p.line, p.field) for p in report.problems] == [(2, "")]


def test_a_byte_order_mark_at_the_start_is_accepted():
    report = catalogue_import(BytesIO(b"\xef\xbb\xbf" + json.dumps(artisan()).encode()))
    assert report.ok


def test_blank_lines_are_skipped():
    report = catalogue_import(jsonl(artisan(), "", "   ", product()))
    assert report.ok and report.counts["product"].created == 1


def test_a_listing_in_arabic_only_is_stored_with_no_english_title():
    catalogue_import(jsonl(artisan(), product(title={"ar": "جحلة"}, description={"ar": "جحلة ماء."})))
    piece = Product.objects.get()
    assert (piece.title, piece.title_ar) == ("", "جحلة")
    assert piece.slug == "جحلة"


def test_a_dry_run_counts_what_would_change_and_writes_nothing():
    report = catalogue_import(jsonl(artisan(), product()), dry_run=True)
    assert report.ok and report.counts["product"].created == 1
    assert (Artisan.objects.count(), Product.objects.count()) == (0, 0)


def test_the_search_evaluation_catalogue_imports_whole():
    with DEV_CATALOGUE.open("rb") as stream:
        report = catalogue_import(stream)
    assert report.ok, report.problems[:5]
    assert (Artisan.objects.count(), DesignDeposit.objects.count(), Product.objects.count()) == (44, 12, 250)
    arabic_only = Product.objects.filter(title="").count()
    assert arabic_only == 55


def test_the_command_prints_a_summary_per_kind(tmp_path):
    path = tmp_path / "catalogue.jsonl"
    path.write_bytes(jsonl(artisan(), product()).getvalue())
    out = StringIO()
    call_command("import_catalogue", str(path), stdout=out)
    assert "artisans: 1 created, 0 updated, 0 unchanged" in out.getvalue()
    assert "products: 1 created, 0 updated, 0 unchanged" in out.getvalue()


def test_the_command_lists_every_problem_and_fails(tmp_path):
    path = tmp_path / "catalogue.jsonl"
    path.write_bytes(jsonl(artisan(), product(price_omr="1.005"), product(sku="X-1", stock="many")).getvalue())
    err = StringIO()
    with pytest.raises(CommandError, match="2 problem"):
        call_command("import_catalogue", str(path), stderr=err)
    assert "line 2, price_omr" in err.getvalue()
    assert "line 3, stock" in err.getvalue()
    assert Product.objects.count() == 0


def test_the_command_reports_in_arabic_when_asked(tmp_path):
    path = tmp_path / "catalogue.jsonl"
    path.write_bytes(jsonl(artisan(), product(price_omr="1.005")).getvalue())
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("import_catalogue", str(path), "--language", "ar", stderr=err)
    assert "السطر 2" in err.getvalue()


def test_the_command_refuses_a_missing_file():
    with pytest.raises(CommandError, match="no file"):
        call_command("import_catalogue", "/nonexistent/catalogue.jsonl")
