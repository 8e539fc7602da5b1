"""The catalogue import of artisans from a CSV file: the same records and rules as JSON Lines, one row a record."""

import csv
import json
import time
from io import BytesIO, StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from django.utils import translation

from artisans.models import Artisan
from catalogue.importing import CSV_ARTISAN_COLUMNS, FIELDS, MAX_LINE_BYTES, catalogue_import

pytestmark = pytest.mark.django_db

COLUMNS = [
    "registry_number",
    "name_en",
    "name_ar",
    "seller_type",
    "gender",
    "birth_year",
    "governorate",
    "wilayat_en",
    "wilayat_ar",
    "crafts",
    "full_time",
    "bio_en",
    "bio_ar",
]


def artisan_row(**overrides) -> dict:
    """The CSV row of the artisan that `artisan_record` describes in JSON."""
    row = {
        "registry_number": "TS-DAK-00001",
        "name_en": "Aisha bint Said Al Hinai",
        "name_ar": "عائشة بنت سعيد الهنائية",
        "seller_type": "",
        "gender": "female",
        "birth_year": "1970",
        "governorate": "ad_dakhiliyah",
        "wilayat_en": "Bahla",
        "wilayat_ar": "بهلاء",
        "crafts": "pottery;palm_frond",
        "full_time": "yes",
        "bio_en": "Potter in Bahla.",
        "bio_ar": "خزافة من بهلاء.",
    }
    row.update(overrides)
    return row


def artisan_record(**overrides) -> dict:
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


def csv_text(*rows, columns=COLUMNS) -> str:
    """A header and rows written as a spreadsheet writes them (quoted where needed, CRLF); a row given as a list is
    written as it is."""
    buffer = StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(row if isinstance(row, list) else [row.get(column, "") for column in columns])
    return buffer.getvalue()


def csv_file(*rows, columns=COLUMNS) -> BytesIO:
    return BytesIO(csv_text(*rows, columns=columns).encode("utf-8"))


def jsonl(*records) -> BytesIO:
    return BytesIO("\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode("utf-8"))


def refused(stream: BytesIO) -> list[tuple[int, str]]:
    """The (line, field) of each problem of a file that must be refused whole."""
    with translation.override("en"):
        report = catalogue_import(stream, format="csv")
    assert not report.ok
    assert Artisan.objects.count() == 0
    return [(problem.line, problem.field) for problem in report.problems]


def messages(stream: BytesIO, **options) -> list[str]:
    with translation.override("en"):
        return [str(problem) for problem in catalogue_import(stream, **options).problems]


def registry() -> list[dict]:
    """Everything an import sets on the artisans, by registry number."""
    artisans = Artisan.objects.order_by("registry_number").values(
        "id",
        "registry_number",
        "seller_type",
        "name_en",
        "name_ar",
        "gender",
        "birth_year",
        "governorate__slug",
        "wilayat__slug",
        "full_time",
        "bio_en",
        "bio_ar",
        "verification",
        "partner__name",
        "partner__code",
    )
    snapshot = []
    for values in artisans:
        crafts = Artisan.objects.get(pk=values.pop("id")).crafts.values_list("code", flat=True)
        snapshot.append({**values, "crafts": sorted(crafts)})
    return snapshot


OUTLET_ROW = artisan_row(
    registry_number="TS-MCT-00002",
    name_en="",
    name_ar="بيت الحرفيين",
    seller_type="outlet",
    gender="",
    birth_year="",
    governorate="muscat",
    wilayat_en="",
    wilayat_ar="السيب",
    crafts="silverwork",
    full_time="no",
    bio_en="",
    bio_ar="",
)
OUTLET_RECORD = {
    "kind": "artisan",
    "registry_number": "TS-MCT-00002",
    "name": {"ar": "بيت الحرفيين"},
    "seller_type": "outlet",
    "governorate": "muscat",
    "wilayat": {"ar": "السيب"},
    "crafts": ["silverwork"],
    "full_time": False,
}


def test_the_csv_columns_cover_the_artisan_record_exactly():
    assert {key for key, _language in CSV_ARTISAN_COLUMNS.values()} == (
        FIELDS["artisan"]["required"] | FIELDS["artisan"]["optional"]
    )


def test_a_valid_csv_creates_the_artisans_its_json_lines_would_create():
    # Given the same two artisans as JSON Lines and as CSV, and what the JSON creates (then undone)
    bio = {"en": "Potter in Bahla.\nShe teaches, too.", "ar": "خزافة من بهلاء."}
    record, row = artisan_record(bio=bio), artisan_row(bio_en=bio["en"], bio_ar=bio["ar"])
    with transaction.atomic():
        assert catalogue_import(jsonl(record, OUTLET_RECORD)).ok
        from_json = registry()
        transaction.set_rollback(True)
    assert Artisan.objects.count() == 0

    # When the CSV is imported
    report = catalogue_import(csv_file(row, OUTLET_ROW))

    # Then it creates the same artisans, field by field, and the JSON would now change nothing
    assert report.ok, report.problems
    assert (report.counts["artisan"].created, report.counts["product"].created) == (2, 0)
    assert registry() == from_json
    assert from_json[0]["crafts"] == ["palm_frond", "pottery"]
    assert from_json[0]["bio_en"] == "Potter in Bahla.\nShe teaches, too."
    again = catalogue_import(jsonl(record, OUTLET_RECORD)).counts["artisan"]
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)


def test_importing_the_same_csv_twice_changes_nothing_the_second_time():
    # Given a CSV already imported
    catalogue_import(csv_file(artisan_row(), OUTLET_ROW))
    before = list(Artisan.objects.order_by("pk").values_list("updated_at", flat=True))

    # When it is imported again
    report = catalogue_import(csv_file(artisan_row(), OUTLET_ROW))

    # Then nothing is created or changed
    counts = report.counts["artisan"]
    assert (counts.created, counts.updated, counts.unchanged) == (0, 0, 2)
    assert Artisan.objects.count() == 2
    assert list(Artisan.objects.order_by("pk").values_list("updated_at", flat=True)) == before


def test_a_changed_row_updates_its_artisan():
    catalogue_import(csv_file(artisan_row(), OUTLET_ROW))

    report = catalogue_import(csv_file(artisan_row(crafts="pottery", full_time="no"), OUTLET_ROW))

    counts = report.counts["artisan"]
    assert (counts.updated, counts.unchanged) == (1, 1)
    changed = Artisan.objects.get(registry_number="TS-DAK-00001")
    assert [c.code for c in changed.crafts.all()] == ["pottery"]
    assert changed.full_time is False


def test_a_byte_order_mark_is_accepted_and_the_format_is_told_without_being_named():
    stream = BytesIO(b"\xef\xbb\xbf" + csv_text(artisan_row()).encode("utf-8"))

    report = catalogue_import(stream)

    assert report.ok, report.problems
    assert Artisan.objects.get().name_en == "Aisha bint Said Al Hinai"


def test_json_lines_are_still_told_apart_from_csv_without_being_named():
    assert catalogue_import(BytesIO(b"\xef\xbb\xbf" + jsonl(artisan_record()).getvalue())).ok
    assert Artisan.objects.count() == 1


def test_columns_may_come_in_any_order_with_the_wilayat_in_one_column_and_an_explicit_kind():
    columns = ["crafts", "wilayat", "governorate", "name_en", "registry_number", "kind", "gender"]

    report = catalogue_import(
        csv_file(artisan_row(wilayat="As Seeb", governorate="muscat", kind="artisan"), columns=columns)
    )

    assert report.ok, report.problems
    artisan = Artisan.objects.get()
    assert (artisan.wilayat.slug, artisan.name_ar, artisan.bio_en, artisan.birth_year) == ("seeb", "", "", None)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("true", True),
        ("TRUE", True),
        ("Yes", True),
        ("1", True),
        ("false", False),
        ("no", False),
        ("0", False),
        ("", False),
    ],
)
def test_full_time_is_read_from_the_usual_spreadsheet_spellings(cell, expected):
    assert catalogue_import(csv_file(artisan_row(full_time=cell))).ok
    assert Artisan.objects.get().full_time is expected


def test_blank_lines_and_rows_of_empty_cells_are_skipped():
    text = csv_text(artisan_row(), [""] * len(COLUMNS), OUTLET_ROW)
    report = catalogue_import(BytesIO(("\r\n" + text.replace("\r\n", "\r\n\r\n", 1)).encode()))
    assert report.ok, report.problems
    assert Artisan.objects.count() == 2


def test_a_header_alone_imports_nothing():
    report = catalogue_import(csv_file())
    assert report.ok and report.counts["artisan"].created == 0


@pytest.mark.parametrize(
    ("json_overrides", "csv_overrides"),
    [
        ({"governorate": "atlantis"}, {"governorate": "atlantis"}),
        ({"wilayat": {"en": "Sur", "ar": "صور"}}, {"wilayat_en": "Sur", "wilayat_ar": "صور"}),  # not in Ad Dakhiliyah
        ({"wilayat": {"en": "Nowhere"}}, {"wilayat_en": "Nowhere", "wilayat_ar": ""}),
        ({"registry_number": "ts 1"}, {"registry_number": "ts 1"}),
        ({"registry_number": '=HYPERLINK("http://x.example")'}, {"registry_number": '=HYPERLINK("http://x.example")'}),
        ({"name": {"en": "x" * 151}}, {"name_en": "x" * 151, "name_ar": ""}),
        ({"name": {"en": "Aisha\x1b[31m"}}, {"name_en": "Aisha\x1b[31m", "name_ar": ""}),
        ({"name": {"en": "Aisha\nbint Said"}}, {"name_en": "Aisha\nbint Said", "name_ar": ""}),
        ({"name": {"en": "Aisha\x00"}}, {"name_en": "Aisha\x00", "name_ar": ""}),
        ({"bio": {"en": "x" * 4001}}, {"bio_en": "x" * 4001, "bio_ar": ""}),
        ({"crafts": ["pottery", "glassblowing"]}, {"crafts": "pottery;glassblowing"}),
        ({"crafts": []}, {"crafts": " ; "}),
        ({"crafts": [f"c{i}" for i in range(51)]}, {"crafts": ";".join(f"c{i}" for i in range(51))}),
        ({"birth_year": "old"}, {"birth_year": "old"}),
        ({"birth_year": "1970.5"}, {"birth_year": "1970.5"}),
        ({"birth_year": 1850}, {"birth_year": "1850"}),
        ({"gender": "other"}, {"gender": "other"}),
        ({"gender": None}, {"gender": ""}),
        ({"seller_type": "shop"}, {"seller_type": "shop"}),
        ({"full_time": "maybe"}, {"full_time": "maybe"}),
        ({"registry_number": None}, {"registry_number": ""}),
        ({"governorate": None}, {"governorate": " "}),
        ({"crafts": None}, {"crafts": ""}),
        ({"name": None}, {"name_en": "", "name_ar": ""}),
    ],
)
def test_a_bad_row_is_refused_exactly_as_its_json_line_would_be(json_overrides, csv_overrides):
    # Given the same mistake in a JSON line (line 1) and in a CSV row (line 2, under the header)
    record = {key: value for key, value in artisan_record(**json_overrides).items() if value is not None}
    with translation.override("en"):
        from_json = [(p.line + 1, p.field, p.message) for p in catalogue_import(jsonl(record)).problems]

    # When the CSV is imported
    with translation.override("en"):
        report = catalogue_import(csv_file(artisan_row(**csv_overrides)))

    # Then it is refused with the same problems, on the row's line, and nothing is written
    assert from_json
    assert [(p.line, p.field, p.message) for p in report.problems] == from_json
    assert Artisan.objects.count() == 0


def test_a_formula_is_stored_as_the_text_it_is():
    formula = '=HYPERLINK("http://x.example","click")'
    assert catalogue_import(csv_file(artisan_row(name_en=formula, bio_ar="+1-2@x"))).ok
    artisan = Artisan.objects.get()
    assert (artisan.name_en, artisan.bio_ar) == (formula, "+1-2@x")


def test_a_registry_number_repeated_in_the_file_is_refused_on_its_second_row():
    assert refused(csv_file(artisan_row(), OUTLET_ROW, artisan_row())) == [(4, "registry_number")]
    assert "line 2" in messages(csv_file(artisan_row(), artisan_row()))[0]


def test_a_problem_names_the_line_of_its_row_even_after_a_cell_of_several_lines():
    # Given a bio of three lines on the first row (lines 2-4), so the second row is on line 5
    first = artisan_row(bio_en="One.\nTwo.\nThree.")
    second = OUTLET_ROW | {"governorate": "atlantis"}

    assert refused(csv_file(first, second)) == [(5, "governorate")]
    assert messages(csv_file(first, second))[0].startswith("line 5, governorate:")


def test_every_bad_row_is_reported_and_nothing_is_written():
    rows = (artisan_row(), OUTLET_ROW | {"crafts": "glass"}, artisan_row(registry_number="TS-DAK-00003", gender=""))
    assert refused(csv_file(*rows)) == [(3, "crafts"), (4, "gender")]


def test_a_row_of_another_kind_is_refused():
    columns = [*COLUMNS, "kind"]
    assert refused(csv_file(artisan_row(kind="product"), columns=columns)) == [(2, "kind")]


def test_an_unknown_column_is_refused_once_at_the_header_not_on_every_row():
    columns = [*COLUMNS, "colour", "name"]
    stream = csv_file(artisan_row(colour="blue"), OUTLET_ROW, columns=columns)

    assert refused(stream) == [(1, "colour"), (1, "name")]
    assert messages(csv_file(artisan_row(), columns=columns))[0] == "line 1, colour: unknown column"


def test_a_missing_required_column_is_refused_once():
    columns = [c for c in COLUMNS if c not in ("governorate", "name_en", "name_ar")]
    stream = csv_file(artisan_row(), OUTLET_ROW, columns=columns)

    assert refused(stream) == [(1, "governorate"), (1, "name")]
    assert messages(csv_file(artisan_row(), columns=columns)) == [
        "line 1, governorate: this column is missing",
        "line 1, name: needs one of the columns name_en, name_ar",
    ]


def test_a_column_named_twice_is_refused():
    assert refused(csv_file(artisan_row(), columns=[*COLUMNS, "crafts"])) == [(1, "crafts")]


def test_the_wilayat_in_one_column_and_in_two_at_once_is_refused():
    assert refused(csv_file(artisan_row(wilayat="Bahla"), columns=[*COLUMNS, "wilayat"])) == [(1, "")]


def test_a_file_separated_by_semicolons_is_refused_with_the_reason():
    stream = BytesIO(";".join(COLUMNS).encode() + b"\r\nTS-DAK-00001;Aisha\r\n")
    assert refused(stream) == [(1, "")]
    assert "separated by commas" in messages(BytesIO(stream.getvalue()), format="csv")[0]


@pytest.mark.parametrize("cells", [1, 2])
def test_a_row_with_too_many_or_too_few_cells_is_refused(cells):
    row = [artisan_row()[c] for c in COLUMNS]
    wrong = [*row, "extra"] if cells == 1 else row[:-1]

    assert refused(csv_file(artisan_row(), wrong)) == [(3, "")]
    assert "the header has 13" in messages(csv_file(wrong))[0]


def test_a_value_under_a_column_with_no_name_is_refused():
    assert refused(csv_file([*artisan_row().values(), "x"], columns=[*COLUMNS, ""])) == [(2, "")]


def test_an_empty_column_with_no_name_is_ignored():
    assert catalogue_import(csv_file([*artisan_row().values(), ""], columns=[*COLUMNS, ""])).ok


def test_a_file_that_is_not_utf8_is_refused_once_with_the_reason():
    # Given a spreadsheet saved in the Windows Arabic code page rather than UTF-8
    stream = BytesIO(csv_text(artisan_row(), OUTLET_ROW).encode("cp1256"))

    assert refused(stream) == [(2, "")]
    assert "not UTF-8" in messages(BytesIO(stream.getvalue()), format="csv")[0]


def test_an_oversized_row_is_refused_without_being_read_whole():
    huge = artisan_row(bio_en="x" * (MAX_LINE_BYTES + 10))
    assert refused(csv_file(artisan_row(), huge)) == [(3, "")]


def test_an_oversized_row_of_many_short_lines_is_refused_on_its_first_line():
    huge = artisan_row(registry_number="TS-DAK-00003", bio_en="line\n" * (MAX_LINE_BYTES // 4))
    assert refused(csv_file(artisan_row(), huge)) == [(3, "")]


def test_an_unclosed_quote_is_refused():
    text = csv_text(artisan_row()) + 'TS-DAK-00002,"Salim,\r\n'
    assert refused(BytesIO(text.encode())) == [(3, "")]


def test_a_stray_quote_is_refused_and_the_next_rows_are_still_checked():
    next_row = csv_text(OUTLET_ROW | {"crafts": "glass"}).split("\r\n", 1)[1]
    stream = BytesIO((csv_text(artisan_row()) + 'TS-DAK-00002,"Salim"x\r\n' + next_row).encode())

    assert refused(stream) == [(3, ""), (4, "crafts")]
    assert messages(BytesIO(stream.getvalue()))[0].startswith("line 3, -: malformed CSV (")


def test_json_read_as_csv_is_refused_at_the_header():
    assert refused(jsonl(artisan_record()))[0][0] == 1


def test_a_registry_of_20642_artisans_imports_in_seconds_with_a_bounded_number_of_queries(
    django_assert_max_num_queries,
):
    # Given the 2017 registry's 20,642 artisans as one CSV
    places = {
        "dhofar": ("Salalah", 6224, "DHO"),
        "north_sharqiyah": ("Ibra", 2486, "SHN"),
        "south_sharqiyah": ("Sur", 2486, "SHS"),
        "north_batinah": ("Sohar", 2343, "BAN"),
        "south_batinah": ("Rustaq", 2342, "BAS"),
        "ad_dakhiliyah": ("Bahla", 2008, "DAK"),
        "al_wusta": ("Duqm", 1329, "WUS"),
        "muscat": ("Mutrah", 465, "MCT"),
        "ad_dhahirah": ("Ibri", 424, "DHA"),
        "musandam": ("Khasab", 348, "MSN"),
        "al_buraimi": ("Mahdah", 187, "BUR"),
    }
    rows = []
    for governorate, (wilayat, count, code) in places.items():
        for _index in range(count):
            number = len(rows) + 1
            rows.append(
                artisan_row(
                    registry_number=f"BN-{code}-{number:06d}",
                    name_en=f"Artisan {number}",
                    name_ar=f"الحرفي {number}",
                    gender=("female", "male")[number % 2],
                    birth_year=str(1945 + number % 58),
                    governorate=governorate,
                    wilayat_en=wilayat,
                    wilayat_ar="",
                    crafts=("pottery;palm_frond", "cotton_weaving", "silverwork;khanjars")[number % 3],
                    full_time=("yes", "no")[number % 2],
                )
            )
    data = csv_text(*rows).encode("utf-8")
    assert len(rows) == 20_642

    # When it is imported, then again
    started = time.monotonic()
    with django_assert_max_num_queries(1000):  # batches (one query a row would be 20,642 or more)
        report = catalogue_import(BytesIO(data), format="csv")
    first = time.monotonic() - started
    started = time.monotonic()
    with django_assert_max_num_queries(100):
        again = catalogue_import(BytesIO(data), format="csv")
    second = time.monotonic() - started

    # Then every artisan is created once, in seconds, and the second import changes nothing
    assert report.ok, report.problems[:5]
    assert report.counts["artisan"].created == Artisan.objects.count() == 20_642
    assert again.counts["artisan"].unchanged == 20_642
    assert first < 60 and second < 60, (first, second)


def test_the_command_imports_a_csv_file(tmp_path):
    path = tmp_path / "artisans.csv"
    path.write_bytes(csv_file(artisan_row(), OUTLET_ROW).getvalue())
    out = StringIO()

    call_command("import_catalogue", str(path), stdout=out)

    assert "artisans: 2 created, 0 updated, 0 unchanged" in out.getvalue()
    assert Artisan.objects.count() == 2


def test_the_command_reads_a_csv_by_its_name_even_when_its_first_line_looks_like_json(tmp_path):
    path = tmp_path / "artisans.csv"
    path.write_bytes(jsonl(artisan_record()).getvalue())
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_catalogue", str(path), stderr=StringIO())


def test_the_command_tells_a_csv_by_its_content_when_its_name_does_not(tmp_path):
    path = tmp_path / "artisans.txt"
    path.write_bytes(csv_file(artisan_row()).getvalue())
    call_command("import_catalogue", str(path), stdout=StringIO())
    assert Artisan.objects.count() == 1


def test_the_command_dry_run_of_a_csv_counts_and_writes_nothing(tmp_path):
    path = tmp_path / "artisans.csv"
    path.write_bytes(csv_file(artisan_row(), OUTLET_ROW).getvalue())
    out = StringIO()

    call_command("import_catalogue", str(path), "--dry-run", stdout=out)

    assert "artisans: 2 created" in out.getvalue()
    assert "Dry run" in out.getvalue()
    assert Artisan.objects.count() == 0


def test_the_command_lists_every_problem_of_a_csv_with_its_line_and_fails(tmp_path):
    path = tmp_path / "artisans.csv"
    path.write_bytes(csv_file(artisan_row(), OUTLET_ROW | {"governorate": "atlantis"}, artisan_row()).getvalue())
    err = StringIO()

    with pytest.raises(CommandError, match="2 problem"):
        call_command("import_catalogue", str(path), stderr=err)

    assert "line 3, governorate" in err.getvalue()
    assert "line 4, registry_number" in err.getvalue()
    assert Artisan.objects.count() == 0


def test_an_import_shows_on_the_public_figures_at_once(django_capture_on_commit_callbacks):
    from insights.selectors import registry_figures

    before = registry_figures().total  # now cached

    with django_capture_on_commit_callbacks(execute=True):
        report = catalogue_import(csv_file(artisan_row()))

    assert report.ok
    assert registry_figures().total == before + 1
