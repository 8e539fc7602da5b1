"""The demo pages' data files are checked when read: a broken file is refused with its name and the line of each
problem, before any page is made."""

import shutil
from pathlib import Path

import pytest

from catalogue.demo.datafiles import DataFileError
from cms.demo import data


@pytest.fixture
def folder(tmp_path) -> Path:
    """A copy of the shipped page files, for a test to break."""
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
        data.pages_data(folder)
    return str(refused.value)


def test_the_shipped_page_files_are_accepted():
    pages = data.pages_data()

    assert len(pages.stories) == 8 and len(pages.governorate_pages) == 11


def test_a_story_title_without_its_english_half_is_refused_with_the_file_and_line(folder):
    line = edit(
        folder / "stories.yaml",
        "title: {ar: 'الخنجر: في قلب الزيّ العُماني', en: 'The khanjar: at the heart of Omani dress'}",
        "title: {ar: 'الخنجر: في قلب الزيّ العُماني'}",
    )

    assert f"stories.yaml, line {line}: 0 > title: missing the English half (en)" in refusal(folder)


def test_a_related_story_that_does_not_exist_is_refused_with_the_file_and_line(folder):
    line = edit(folder / "stories.yaml", "related: [the-silver-of-nizwa,", "related: [the-gold-of-nizwa,")

    assert f'stories.yaml, line {line}: 0 > related > 0: "the-gold-of-nizwa" is not a known story' in refusal(folder)


def test_a_price_written_as_a_number_is_refused_with_the_file_and_line(folder):
    line = edit(folder / "collections.yaml", "rule: {max_price: '20.000'}", "rule: {max_price: 20.0}")

    assert f"collections.yaml, line {line}: 0 > rule > max_price: expected an amount in rials" in refusal(folder)
