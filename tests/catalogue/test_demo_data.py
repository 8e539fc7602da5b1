"""The demo catalogue's data files are checked when read: a broken file is refused with its name and the line of
each problem, before anything is written."""

import shutil
from pathlib import Path

import pytest

from catalogue.demo import data
from catalogue.demo.datafiles import DataFileError
from catalogue.demo.records import demo_catalogue


@pytest.fixture
def folder(tmp_path) -> Path:
    """A copy of the shipped data files, for a test to break."""
    for path in data.FOLDER.glob("*.yaml"):
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


def edit(path: Path, old: str, new: str) -> int:
    """Replace the first occurrence of `old` in the file; the line (from 1) where it was."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def refusal(folder: Path) -> str:
    with pytest.raises(DataFileError) as refused:
        data.catalogue_data(folder)
    return str(refused.value)


def test_the_shipped_data_files_make_the_demo_catalogue():
    catalogue = demo_catalogue(data.catalogue_data())

    assert len(catalogue.records) > 400 and len(catalogue.photos) > 300


def test_a_yaml_syntax_error_is_refused_with_the_file_and_line(folder):
    line = edit(folder / "items.yaml", "  maker: make\n  stock: [1, 3]", "  maker: make: now\n  stock: [1, 3]")

    assert f"items.yaml, line {line}: not valid YAML" in refusal(folder)


def test_a_missing_field_is_refused_with_the_file_and_line(folder):
    line = edit(folder / "items.yaml", "khanjar:\n  code: KHA\n", "khanjar:\n")

    assert f'items.yaml, line {line + 1}: khanjar: missing field "code"' in refusal(folder)


def test_a_value_of_the_wrong_type_is_refused_with_the_file_and_line(folder):
    line = edit(folder / "artisans.yaml", "  birth_year: 1968\n", "  birth_year: nineteen sixty-eight\n")

    assert f"artisans.yaml, line {line}: 0 > birth_year: expected a whole number, found text" in refusal(folder)


def test_an_unknown_field_is_refused_with_the_file_and_line(folder):
    line = edit(folder / "items.yaml", "  maker: make\n  stock: [1, 3]", "  makers: make\n  stock: [1, 3]")

    message = refusal(folder)

    assert f'items.yaml, line {line}: khanjar: unknown field "makers"' in message
    assert 'khanjar: missing field "maker"' in message


def test_a_text_without_its_arabic_half_is_refused_with_the_file_and_line(folder):
    line = edit(
        folder / "deposits.yaml",
        "title: {ar: حزام خنجر بشريط فضي على النقشة النزوية, en: Khanjar belt with Nizwa-pattern silver band}",
        "title: {en: Khanjar belt with Nizwa-pattern silver band}",
    )

    assert f"deposits.yaml, line {line}: 0 > title: missing the Arabic half (ar)" in refusal(folder)


def test_a_text_without_its_english_half_is_refused_with_the_file_and_line(folder):
    line = edit(folder / "governorates.yaml", "name: {ar: ظفار, en: Dhofar}", "name: {ar: ظفار}")

    assert f"governorates.yaml, line {line}: dhofar > name: missing the English half (en)" in refusal(folder)


def test_a_field_given_twice_is_refused_with_the_file_and_line(folder):
    line = edit(
        folder / "items.yaml", "  maker: make\n  stock: [1, 3]", "  maker: make\n  maker: sort\n  stock: [1, 3]"
    )

    assert f'items.yaml, line {line + 1}: khanjar: "maker" is given twice' in refusal(folder)


def test_a_reference_to_something_the_files_do_not_have_is_refused_with_the_file_and_line(folder):
    line = edit(
        folder / "plan.yaml",
        "- {item: khanjar, craft: khanjars, count: 15}",
        "- {item: sword, craft: khanjars, count: 15}",
    )

    assert f'plan.yaml, line {line}: products > 0 > item: "sword" is not a known item' in refusal(folder)


def test_a_yes_where_text_is_expected_is_refused_rather_than_read_as_true(folder):
    line = edit(folder / "items.yaml", "  maker: make\n  stock: [1, 3]", "  maker: yes\n  stock: [1, 3]")

    assert f"items.yaml, line {line}: khanjar > maker: expected text, found yes/no" in refusal(folder)
