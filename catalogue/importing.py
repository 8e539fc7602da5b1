"""The catalogue import: artisans, design deposits and products from a JSON Lines file, all or nothing.

One record a line, `"kind"` one of `artisan`, `design_deposit`, `product` (the format of the search evaluation's
catalogue.jsonl). The whole file is read and checked first; if any line is wrong nothing is written and every
problem is reported with its line, field and reason. A valid file is written in one transaction through the
artisans' and the catalogue's bulk services, matching records by their natural keys (registry number, deposit
number, SKU), so importing the same file twice changes nothing the second time.

Artisans may also come as a CSV file (UTF-8, with or without a byte order mark, comma-separated, quoted the way
spreadsheets quote), one artisan a row under a header row naming the columns. The columns are the artisan record's
keys, with each bilingual object split into one column per language:

    registry_number, name_en, name_ar, gender, birth_year, governorate, wilayat (or wilayat_en, wilayat_ar),
    crafts, full_time, bio_en, bio_ar, seller_type, and optionally kind (which can only be "artisan")

`crafts` holds the craft slugs separated by `;` ("pottery;palm_frond"); `full_time` is true/false, yes/no or 1/0;
`birth_year` is a whole number. An empty cell (or one of spaces only) is an absent value. Column order does not
matter; an unknown or repeated column, a missing required one (registry_number, governorate, crafts, name_en or
name_ar, wilayat or wilayat_en or wilayat_ar), or `wilayat` next to `wilayat_en`/`wilayat_ar`, refuses the file
once, at the header. Each row becomes the same record a JSON line would be, so every rule applies to it alike, and
its problems are reported with the row's line in the file (the header is line 1). A file that is not UTF-8, or a
row longer than MAX_LINE_BYTES, stops the reading there. `catalogue_import` tells the two formats apart by the
first line that is not blank (JSON Lines starts with `{` or `[`) unless it is told which one to read.
"""

from __future__ import annotations

import csv
import itertools
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import IO

from django.db import transaction
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from artisans.models import DEPOSIT_NUMBER_PATTERN, REGISTRY_NUMBER_PATTERN, Artisan, Governorate, Wilayat
from artisans.services import (
    ArtisanRecord,
    DepositRecord,
    UpsertCounts,
    artisan_ids_by_registry_number,
    artisans_bulk_upsert,
    chunked,
    deposit_ids_by_number,
    deposits_bulk_upsert,
)
from catalogue.models import MAX_WEIGHT_G, Material
from catalogue.services import MAX_STOCK, ProductRecord, products_bulk_upsert
from insights.selectors import forget_registry_figures
from marketplace.forms import BIDI_CONTROLS, LINE_BREAKS
from marketplace.money import MoneyError, parse_listing_price
from search.analysis import ARABIC_DIACRITICS, ARABIC_NORMALISATION

Category = get_model("catalogue", "Category")

KINDS = ("artisan", "design_deposit", "product")
MAX_LINE_BYTES = 64 * 1024
MAX_LINES = 2_000_000
SKU_PATTERN = r"^[A-Z0-9][A-Z0-9._-]{1,63}$"
LIMITS = {"name": 150, "bio": 4000, "title": 255, "description": 8000, "deposit_title": 200, "certificate": 80}
FIELDS = {
    "artisan": {
        "required": {"kind", "registry_number", "name", "governorate", "wilayat", "crafts"},
        "optional": {"gender", "birth_year", "full_time", "bio", "seller_type"},
    },
    "design_deposit": {
        "required": {"kind", "number", "title", "owner", "deposited_on"},
        "optional": {"certificate"},
    },
    "product": {
        "required": {"kind", "sku", "artisan", "craft", "title", "price_omr", "stock", "weight_g"},
        "optional": {"description", "materials", "design_deposit"},
    },
}
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
FORMATS = ("jsonl", "csv")

# The CSV columns of an artisan: column -> (the record's key, the language of a bilingual value or None).
CSV_ARTISAN_COLUMNS = {
    "kind": ("kind", None),
    "registry_number": ("registry_number", None),
    "seller_type": ("seller_type", None),
    "name_en": ("name", "en"),
    "name_ar": ("name", "ar"),
    "gender": ("gender", None),
    "birth_year": ("birth_year", None),
    "governorate": ("governorate", None),
    "wilayat": ("wilayat", None),
    "wilayat_en": ("wilayat", "en"),
    "wilayat_ar": ("wilayat", "ar"),
    "crafts": ("crafts", None),
    "full_time": ("full_time", None),
    "bio_en": ("bio", "en"),
    "bio_ar": ("bio", "ar"),
}
CSV_EXCLUSIVE_COLUMNS = (("wilayat",), ("wilayat_en", "wilayat_ar"))
CSV_LIST_SEPARATOR = ";"
CSV_BOOLEANS = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}


@dataclass(frozen=True)
class ImportProblem:
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return _("line %(line)s, %(field)s: %(message)s") % {
            "line": self.line,
            "field": self.field or "-",
            "message": self.message,
        }


@dataclass
class ImportReport:
    problems: list[ImportProblem] = field(default_factory=list)
    # Worth knowing but not wrong: fields the import does not use, a product outside its artisan's registered crafts.
    warnings: list[ImportProblem] = field(default_factory=list)
    counts: dict[str, UpsertCounts] = field(default_factory=dict)
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


class ReferenceData:
    """The registry's fixed vocabularies, loaded once per import."""

    def __init__(self) -> None:
        self.governorates = {g.slug: g for g in Governorate.objects.all()}
        self.wilayats_by_name: dict[tuple[int, str], Wilayat] = {}
        for wilayat in Wilayat.objects.all():
            for name in (wilayat.slug, wilayat.name_en, wilayat.name_ar):
                self.wilayats_by_name[(wilayat.governorate_id, name_key(name))] = wilayat
        self.crafts = dict(Category.objects.filter(depth=1).exclude(code=None).values_list("code", "id"))
        self.materials = dict(Material.objects.values_list("slug", "id"))


ARTICLES = re.compile(r"^(?:al|as|ad|ash|at|az|an|ar|el)[\s_\-]+|^ال", re.IGNORECASE)


def name_key(name: str) -> str:
    """How wilayat names are compared: case, spacing, dashes, a leading article ("As Seeb", "Seeb"; "السيب") and
    Arabic spelling variants (إبراء, ابراء) do not matter."""
    folded = ARABIC_DIACRITICS.sub("", name).translate(ARABIC_NORMALISATION)
    folded = re.sub(r"[\s_\-]+", " ", folded).strip().casefold()
    return ARTICLES.sub("", folded).replace(" ", "")


class RecordReader:
    """Reads the fields of one record, noting a problem (and returning None) for each invalid value."""

    def __init__(self, line: int, record: dict, problems: list[ImportProblem]) -> None:
        self.line, self.record, self.problems = line, record, problems

    def problem(self, field_name: str, message: str) -> None:
        self.problems.append(ImportProblem(self.line, field_name, message))

    def present(self, name: str) -> bool:
        return name in self.record and self.record[name] is not None

    def text(self, name: str, *, max_length: int, required: bool = True, multiline: bool = False) -> str | None:
        value = self.record.get(name)
        if value is None:
            if required:
                self.problem(name, _("this field is missing"))
            return None if required else ""
        if not isinstance(value, str):
            self.problem(name, _("must be text"))
            return None
        return self._checked_text(name, value, max_length=max_length, multiline=multiline)

    def _checked_text(self, name: str, value: str, *, max_length: int, multiline: bool) -> str | None:
        value = value.strip()
        one_line_breakers = LINE_BREAKS | BIDI_CONTROLS
        if CONTROL_CHARACTERS.search(value) or (not multiline and any(char in one_line_breakers for char in value)):
            self.problem(name, _("contains control characters"))
            return None
        if len(value) > max_length:
            self.problem(name, _("is longer than %(max)s characters") % {"max": max_length})
            return None
        return value

    def bilingual(
        self, name: str, *, max_length: int, required: bool = True, multiline: bool = False
    ) -> tuple[str, str] | None:
        """A {"en": ..., "ar": ...} object; one language may be absent, but not both when the field is required."""
        value = self.record.get(name)
        if value is None:
            if required:
                self.problem(name, _("this field is missing"))
                return None
            return "", ""
        if not isinstance(value, dict):
            self.problem(name, _('must be an object like {"en": "...", "ar": "..."}'))
            return None
        unknown = set(value) - {"en", "ar"}
        if unknown:
            self.problem(name, _("unknown language %(codes)s (use en and ar)") % {"codes": ", ".join(sorted(unknown))})
            return None
        texts = {}
        for code in ("en", "ar"):
            text = value.get(code)
            if text is None:
                texts[code] = ""
            elif not isinstance(text, str):
                self.problem(f"{name}.{code}", _("must be text"))
                return None
            else:
                checked = self._checked_text(f"{name}.{code}", text, max_length=max_length, multiline=multiline)
                if checked is None:
                    return None
                texts[code] = checked
        if required and not (texts["en"] or texts["ar"]):
            self.problem(name, _("needs the text in English or Arabic"))
            return None
        return texts["en"], texts["ar"]

    def key(self, name: str, pattern: str) -> str | None:
        value = self.text(name, max_length=64)
        if value is None:
            return None
        if not re.fullmatch(pattern, value):
            self.problem(
                name,
                _("“%(value)s” is not a valid identifier (capital letters, digits and dashes)") % {"value": value[:64]},
            )
            return None
        return value

    def integer(self, name: str, *, minimum: int, maximum: int, required: bool = True) -> int | None:
        value = self.record.get(name)
        if value is None:
            if required:
                self.problem(name, _("this field is missing"))
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(name, _("must be a whole number"))
            return None
        if not minimum <= value <= maximum:
            self.problem(name, _("must be between %(min)s and %(max)s") % {"min": minimum, "max": maximum})
            return None
        return value

    def boolean(self, name: str, *, default: bool) -> bool | None:
        value = self.record.get(name, default)
        if not isinstance(value, bool):
            self.problem(name, _("must be true or false"))
            return None
        return value

    def choice(self, name: str, choices: Iterable[str], *, default: str | None = None) -> str | None:
        value = self.record.get(name, default)
        choices = tuple(choices)
        if value not in choices:
            self.problem(name, _("must be one of: %(choices)s") % {"choices": ", ".join(choices)})
            return None
        return value

    def string_list(self, name: str, *, required: bool) -> list[str] | None:
        value = self.record.get(name)
        if value is None:
            if required:
                self.problem(name, _("this field is missing"))
                return None
            return []
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value) or len(value) > 50:
            self.problem(name, _("must be a list of names"))
            return None
        return value


def bounded_lines(stream: IO[bytes]) -> Iterator[bytes | None]:
    """The lines of a file, None for one longer than MAX_LINE_BYTES: never more than that much of a line is held."""
    while raw := stream.readline(MAX_LINE_BYTES + 1):
        if len(raw) <= MAX_LINE_BYTES:
            yield raw
            continue
        while raw and not raw.endswith(b"\n"):
            raw = stream.readline(MAX_LINE_BYTES + 1)
        yield None


def read_lines(stream: IO[bytes] | Iterable[bytes | None]) -> Iterable[tuple[int, dict | None, ImportProblem | None]]:
    """(line number, record, problem) for each non-empty line; a line that is not a JSON object is a problem."""
    lines = bounded_lines(stream) if hasattr(stream, "readline") else stream
    for number, raw in enumerate(lines, start=1):
        if number > MAX_LINES:
            yield (
                number,
                None,
                ImportProblem(number, "", _("the file has more than %(max)s lines") % {"max": MAX_LINES}),
            )
            return
        if raw is None or len(raw) > MAX_LINE_BYTES:
            yield (
                number,
                None,
                ImportProblem(number, "", _("the line is longer than %(max)s bytes") % {"max": MAX_LINE_BYTES}),
            )
            continue
        try:
            text = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            yield number, None, ImportProblem(number, "", _("the line is not UTF-8 text"))
            continue
        if not text.strip():
            continue
        try:
            # Decimal for every number with a fraction: no amount is ever a float, even for a moment.
            record = json.loads(text, parse_float=Decimal, parse_constant=_refuse_constant)
        except (ValueError, RecursionError) as error:
            yield number, None, ImportProblem(number, "", _("malformed JSON (%(error)s)") % {"error": str(error)[:120]})
            continue
        if not isinstance(record, dict):
            yield number, None, ImportProblem(number, "", _("each line must be a JSON object"))
            continue
        yield number, record, None


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not a number")


class _Unreadable(Exception):
    """The CSV file cannot be read past this point."""

    def __init__(self, problem: ImportProblem) -> None:
        super().__init__(problem.message)
        self.problem = problem


class _CsvLines:
    """The decoded lines of a CSV file, for csv.reader, counted and bounded: a row (which may span lines inside
    quotes) longer than MAX_LINE_BYTES, a line that is not UTF-8 or a line past MAX_LINES raises _Unreadable."""

    def __init__(self, lines: Iterable[bytes | None]) -> None:
        self.lines = iter(lines)
        self.number = 0
        self.row_start = 1
        self.row_bytes = 0

    def start_row(self) -> None:
        self.row_start, self.row_bytes = self.number + 1, 0

    def __iter__(self) -> _CsvLines:
        return self

    def __next__(self) -> str:
        raw = next(self.lines)
        self.number += 1
        if self.number > MAX_LINES:
            raise _Unreadable(
                ImportProblem(self.number, "", _("the file has more than %(max)s lines") % {"max": MAX_LINES})
            )
        self.row_bytes += MAX_LINE_BYTES + 1 if raw is None else len(raw)
        if self.row_bytes > MAX_LINE_BYTES:
            raise _Unreadable(
                ImportProblem(self.row_start, "", _("the line is longer than %(max)s bytes") % {"max": MAX_LINE_BYTES})
            )
        try:
            return raw.decode("utf-8-sig" if self.number == 1 else "utf-8")
        except UnicodeDecodeError:
            raise _Unreadable(
                ImportProblem(self.number, "", _("the file is not UTF-8 text: save it as “CSV UTF-8”"))
            ) from None


def _safe_name(name: str) -> str:
    return CONTROL_CHARACTERS.sub("?", name)[:60]


def _header_problems(line: int, header: list[str]) -> list[ImportProblem]:
    """Everything wrong with a CSV header row, each reported once, on the header's line."""
    problems = []
    named = [name for name in header if name]
    if len(header) == 1 and (";" in header[0] or "\t" in header[0]):
        return [ImportProblem(line, "", _("the columns must be separated by commas"))]
    for name in sorted({name for name in named if named.count(name) > 1}):
        problems.append(ImportProblem(line, _safe_name(name), _("the column appears more than once")))
    for name in named:
        if name not in CSV_ARTISAN_COLUMNS:
            problems.append(ImportProblem(line, _safe_name(name), _("unknown column")))
    groups = [[c for c in group if c in named] for group in CSV_EXCLUSIVE_COLUMNS]
    if all(groups):
        shown = ", ".join(itertools.chain(*groups))
        problems.append(
            ImportProblem(line, "", _("the columns %(columns)s cannot be used together") % {"columns": shown})
        )
    for key in sorted(FIELDS["artisan"]["required"] - {"kind"}):
        columns = [column for column, (record_key, _language) in CSV_ARTISAN_COLUMNS.items() if record_key == key]
        if not set(columns) & set(named):
            if len(columns) == 1:
                problems.append(ImportProblem(line, key, _("this column is missing")))
            else:
                problems.append(
                    ImportProblem(
                        line, key, _("needs one of the columns %(columns)s") % {"columns": ", ".join(columns)}
                    )
                )
    return problems


def _csv_value(key: str, cell: str):
    """A CSV cell as the value a JSON record would hold, without the spaces around it; a value that cannot be
    converted is left as text, for the record's own checks to refuse with their usual reason."""
    value = cell.strip()
    if key == "crafts":
        return [item.strip() for item in value.split(CSV_LIST_SEPARATOR) if item.strip()]
    if key == "full_time":
        return CSV_BOOLEANS.get(value.casefold(), value)
    if key == "birth_year" and re.fullmatch(r"[0-9]{1,9}", value):
        return int(value)
    return value


def _csv_record(header: list[str], cells: list[str]) -> tuple[dict, list[int]]:
    """The artisan record a CSV row stands for, and the (1-based) unnamed columns that hold a value."""
    record: dict = {"kind": "artisan"}
    stray = []
    for position, (column, cell) in enumerate(zip(header, cells, strict=True), start=1):
        if not cell.strip():
            continue
        if not column:
            stray.append(position)
            continue
        key, language = CSV_ARTISAN_COLUMNS[column]
        if language:
            record.setdefault(key, {})[language] = cell
        else:
            record[key] = _csv_value(key, cell)
    return record, stray


def read_csv_rows(lines: Iterable[bytes | None]) -> Iterable[tuple[int, dict | None, ImportProblem | None]]:
    """(line number, artisan record, problem) for each non-empty row of a CSV file, like `read_lines` for JSON."""
    feeder = _CsvLines(lines)
    reader = csv.reader(feeder, strict=True)
    header = None
    while True:
        feeder.start_row()
        try:
            cells = next(reader)
        except StopIteration:
            return
        except _Unreadable as error:
            yield error.problem.line, None, error.problem
            return
        except csv.Error as error:
            yield (
                feeder.row_start,
                None,
                ImportProblem(feeder.row_start, "", _("malformed CSV (%(error)s)") % {"error": str(error)[:120]}),
            )
            continue
        number = feeder.row_start
        if not any(cell.strip() for cell in cells):
            continue
        if header is None:
            header = [cell.strip() for cell in cells]
            problems = _header_problems(number, header)
            for problem in problems:
                yield problem.line, None, problem
            if problems:
                return
            continue
        if len(cells) != len(header):
            message = _("the row has %(found)s cells but the header has %(expected)s") % {
                "found": len(cells),
                "expected": len(header),
            }
            yield number, None, ImportProblem(number, "", message)
            continue
        record, stray = _csv_record(header, cells)
        if stray:
            message = _("a value in column %(number)s, which has no name") % {"number": stray[0]}
            yield number, None, ImportProblem(number, "", message)
            continue
        yield number, record, None


def sniff_format(lines: Iterator[bytes | None]) -> tuple[str, Iterable[bytes | None]]:
    """("jsonl" or "csv", the same lines): JSON Lines when the first line that is not blank starts with { or [."""
    peeked = []
    for raw in lines:
        peeked.append(raw)
        if raw is None or len(peeked) > 1000:
            break
        text = (raw.removeprefix(b"\xef\xbb\xbf") if len(peeked) == 1 else raw).strip()
        if text:
            return ("jsonl" if text[:1] in (b"{", b"[") else "csv"), itertools.chain(peeked, lines)
    return "jsonl", itertools.chain(peeked, lines)


@dataclass
class ParsedFile:
    artisans: dict[str, tuple[int, ArtisanRecord]] = field(default_factory=dict)
    deposits: dict[str, tuple[int, DepositRecord]] = field(default_factory=dict)
    products: dict[str, tuple[int, ProductRecord]] = field(default_factory=dict)
    problems: list[ImportProblem] = field(default_factory=list)
    warnings: list[ImportProblem] = field(default_factory=list)
    # Keys of records that are in the file but invalid: other records may name them without a second error.
    invalid_artisans: set[str] = field(default_factory=set)
    invalid_deposits: set[str] = field(default_factory=set)


def parse_file(stream: IO[bytes], reference: ReferenceData) -> ParsedFile:
    return parse_records(read_lines(stream), reference)


def parse_records(
    rows: Iterable[tuple[int, dict | None, ImportProblem | None]], reference: ReferenceData, kinds=KINDS
) -> ParsedFile:
    parsed = ParsedFile()
    for number, record, problem in rows:
        if problem:
            parsed.problems.append(problem)
            continue
        kind = record.get("kind")
        if kind not in kinds:
            parsed.problems.append(
                ImportProblem(
                    number,
                    "kind",
                    _("unknown kind “%(kind)s” (use %(kinds)s)") % {"kind": str(kind)[:40], "kinds": ", ".join(kinds)},
                )
            )
            continue
        reader = RecordReader(number, record, parsed.problems)
        unknown = set(record) - FIELDS[kind]["required"] - FIELDS[kind]["optional"]
        for name in sorted(unknown):
            parsed.warnings.append(ImportProblem(number, str(name)[:60], _("unknown field, ignored")))
        if kind == "artisan":
            _parse_artisan(reader, reference, parsed)
        elif kind == "design_deposit":
            _parse_deposit(reader, parsed)
        else:
            _parse_product(reader, reference, parsed)
    return parsed


def _first_occurrence(reader: RecordReader, seen: dict, key: str, field_name: str) -> bool:
    if key in seen:
        reader.problem(field_name, _("“%(key)s” already appears on line %(line)s") % {"key": key, "line": seen[key][0]})
        return False
    return True


def _parse_artisan(reader: RecordReader, reference: ReferenceData, parsed: ParsedFile) -> None:
    problems_before = len(parsed.problems)
    registry_number = reader.key("registry_number", REGISTRY_NUMBER_PATTERN)
    names = reader.bilingual("name", max_length=LIMITS["name"])
    bio = reader.bilingual("bio", max_length=LIMITS["bio"], required=False, multiline=True)
    seller_type = reader.choice("seller_type", Artisan.SellerType.values, default=Artisan.SellerType.ARTISAN)
    gender = reader.choice("gender", ["", *Artisan.Gender.values], default="")
    if seller_type == Artisan.SellerType.ARTISAN and gender == "":
        reader.problem("gender", _("this field is missing"))
    birth_year = reader.integer("birth_year", minimum=1900, maximum=date.today().year, required=False)
    full_time = reader.boolean("full_time", default=False)
    governorate = None
    governorate_slug = reader.text("governorate", max_length=40)
    if governorate_slug is not None:
        governorate = reference.governorates.get(governorate_slug)
        if governorate is None:
            reader.problem("governorate", _("unknown governorate “%(value)s”") % {"value": governorate_slug})
    wilayat = _resolve_wilayat(reader, reference, governorate)
    crafts = reader.string_list("crafts", required=True)
    craft_ids = set()
    for code in crafts or []:
        if code not in reference.crafts:
            reader.problem("crafts", _("unknown craft “%(value)s”") % {"value": code[:40]})
        else:
            craft_ids.add(reference.crafts[code])
    if crafts is not None and not crafts:
        reader.problem("crafts", _("needs at least one craft"))
    if registry_number is None:
        return
    if len(parsed.problems) > problems_before:
        parsed.invalid_artisans.add(registry_number)
        return
    if _first_occurrence(reader, parsed.artisans, registry_number, "registry_number"):
        parsed.artisans[registry_number] = (
            reader.line,
            ArtisanRecord(
                registry_number=registry_number,
                seller_type=seller_type,
                name_en=names[0],
                name_ar=names[1],
                gender=gender,
                birth_year=birth_year,
                governorate_id=governorate.id,
                wilayat_id=wilayat.id,
                craft_ids=frozenset(craft_ids),
                full_time=full_time,
                bio_en=bio[0],
                bio_ar=bio[1],
            ),
        )


def _resolve_wilayat(reader: RecordReader, reference: ReferenceData, governorate) -> Wilayat | None:
    value = reader.record.get("wilayat")
    if value is None:
        reader.problem("wilayat", _("this field is missing"))
        return None
    if isinstance(value, str):
        names = [value]
    elif isinstance(value, dict) and value and all(isinstance(v, str) for v in value.values()):
        names = [v for k, v in value.items() if k in ("en", "ar") and v.strip()]
    else:
        reader.problem("wilayat", _("must be a name, or an object with its English and Arabic names"))
        return None
    if governorate is None:
        return None
    found = {reference.wilayats_by_name.get((governorate.id, name_key(name))) for name in names}
    found.discard(None)
    if len(found) != 1:
        shown = " / ".join(names)[:80]
        if len(found) > 1:
            reader.problem("wilayat", _("the names “%(value)s” are different wilayats") % {"value": shown})
        else:
            reader.problem(
                "wilayat",
                _("“%(value)s” is not a wilayat of %(governorate)s")
                % {"value": shown, "governorate": governorate.name_en},
            )
        return None
    return found.pop()


def _parse_deposit(reader: RecordReader, parsed: ParsedFile) -> None:
    problems_before = len(parsed.problems)
    number = reader.key("number", DEPOSIT_NUMBER_PATTERN)
    title = reader.bilingual("title", max_length=LIMITS["deposit_title"])
    certificate = reader.text("certificate", max_length=LIMITS["certificate"], required=False)
    owner = reader.text("owner", max_length=64)
    if owner is not None and owner != "authority" and not re.fullmatch(REGISTRY_NUMBER_PATTERN, owner):
        reader.problem("owner", _("must be “authority” or an artisan's registry number"))
    deposited_on = None
    raw_date = reader.text("deposited_on", max_length=10)
    if raw_date is not None:
        try:
            deposited_on = date.fromisoformat(raw_date)
        except ValueError:
            reader.problem("deposited_on", _("must be a date like 2019-09-26"))
        else:
            if deposited_on > date.today() or deposited_on.year < 1970:
                reader.problem("deposited_on", _("must be a past date"))
    if number is None:
        return
    if len(parsed.problems) > problems_before:
        parsed.invalid_deposits.add(number)
        return
    if _first_occurrence(reader, parsed.deposits, number, "number"):
        parsed.deposits[number] = (
            reader.line,
            DepositRecord(
                number=number,
                title_en=title[0],
                title_ar=title[1],
                owner_registry_number=None if owner == "authority" else owner,
                deposited_on=deposited_on,
                certificate_reference=certificate or "",
            ),
        )


def _parse_product(reader: RecordReader, reference: ReferenceData, parsed: ParsedFile) -> None:
    problems_before = len(parsed.problems)
    sku = reader.key("sku", SKU_PATTERN)
    artisan = reader.key("artisan", REGISTRY_NUMBER_PATTERN)
    title = reader.bilingual("title", max_length=LIMITS["title"])
    description = reader.bilingual("description", max_length=LIMITS["description"], required=False, multiline=True)
    craft_code = reader.text("craft", max_length=40)
    if craft_code is not None and craft_code not in reference.crafts:
        reader.problem("craft", _("unknown craft “%(value)s”") % {"value": craft_code})
    materials = reader.string_list("materials", required=False)
    for slug in materials or []:
        if slug not in reference.materials:
            reader.problem("materials", _("unknown material “%(value)s”") % {"value": slug[:40]})
    price = None
    if "price_omr" not in reader.record:
        reader.problem("price_omr", _("this field is missing"))
    else:
        try:
            price = parse_listing_price(reader.record["price_omr"])
        except MoneyError as error:
            reader.problem("price_omr", str(error.message))
    stock = reader.integer("stock", minimum=0, maximum=MAX_STOCK)
    weight = reader.integer("weight_g", minimum=1, maximum=MAX_WEIGHT_G)
    deposit = None
    if reader.present("design_deposit"):
        deposit = reader.key("design_deposit", DEPOSIT_NUMBER_PATTERN)
    if len(parsed.problems) > problems_before or sku is None:
        return
    if _first_occurrence(reader, parsed.products, sku, "sku"):
        parsed.products[sku] = (
            reader.line,
            ProductRecord(
                sku=sku,
                artisan_registry_number=artisan,
                craft_id=reference.crafts[craft_code],
                title_en=title[0],
                title_ar=title[1],
                description_en=description[0],
                description_ar=description[1],
                material_ids=frozenset(reference.materials[slug] for slug in materials or []),
                price=price,
                stock=stock,
                weight_g=weight,
                deposit_number=deposit,
            ),
        )


def check_references(parsed: ParsedFile) -> None:
    """Every artisan and deposit a record names must be in the file or already in the registry, and a product's
    artisan must practise its craft."""
    in_file_artisans = set(parsed.artisans) | parsed.invalid_artisans
    named_artisans = {r.owner_registry_number for _, r in parsed.deposits.values() if r.owner_registry_number}
    named_artisans |= {r.artisan_registry_number for _, r in parsed.products.values()}
    in_registry_artisans = set(artisan_ids_by_registry_number(named_artisans - in_file_artisans))
    known_artisans = in_file_artisans | in_registry_artisans
    named_deposits = {r.deposit_number for _, r in parsed.products.values() if r.deposit_number}
    in_file_deposits = set(parsed.deposits) | parsed.invalid_deposits
    known_deposits = in_file_deposits | set(deposit_ids_by_number(named_deposits - in_file_deposits))
    crafts_in_registry = _registry_crafts(in_registry_artisans)

    for line, record in parsed.deposits.values():
        if record.owner_registry_number and record.owner_registry_number not in known_artisans:
            parsed.problems.append(
                ImportProblem(line, "owner", _("unknown artisan “%(value)s”") % {"value": record.owner_registry_number})
            )
    for line, record in parsed.products.values():
        if record.artisan_registry_number not in known_artisans:
            parsed.problems.append(
                ImportProblem(
                    line, "artisan", _("unknown artisan “%(value)s”") % {"value": record.artisan_registry_number}
                )
            )
        elif record.artisan_registry_number not in parsed.invalid_artisans:
            if record.artisan_registry_number in parsed.artisans:
                artisan_crafts = parsed.artisans[record.artisan_registry_number][1].craft_ids
            else:
                artisan_crafts = crafts_in_registry.get(record.artisan_registry_number, frozenset())
            if record.craft_id not in artisan_crafts:
                parsed.warnings.append(
                    ImportProblem(
                        line,
                        "craft",
                        _("artisan “%(artisan)s” is not registered for this craft")
                        % {"artisan": record.artisan_registry_number},
                    )
                )
        if record.deposit_number and record.deposit_number not in known_deposits:
            parsed.problems.append(
                ImportProblem(
                    line, "design_deposit", _("unknown design deposit “%(value)s”") % {"value": record.deposit_number}
                )
            )
    parsed.problems.sort(key=lambda problem: problem.line)
    parsed.warnings.sort(key=lambda problem: problem.line)


def _registry_crafts(registry_numbers: set[str]) -> dict[str, frozenset]:
    crafts: dict[str, set] = {}
    for chunk in chunked(registry_numbers):
        links = Artisan.crafts.through.objects.filter(artisan__registry_number__in=chunk).values_list(
            "artisan__registry_number", "category_id"
        )
        for number, category_id in links:
            crafts.setdefault(number, set()).add(category_id)
    return {number: frozenset(ids) for number, ids in crafts.items()}


def catalogue_import(stream: IO[bytes], *, dry_run: bool = False, format: str | None = None) -> ImportReport:
    """Check the whole file, then write all of it in one transaction, or nothing if any line is wrong.
    With `dry_run`, the writes are made and counted inside the transaction and then rolled back. `format` is
    "jsonl" or "csv" (artisans only); None tells them apart by the file's first line."""
    if format not in (None, *FORMATS):
        raise ValueError(f"unknown import format {format!r}")
    reference = ReferenceData()
    lines: Iterable[bytes | None] = bounded_lines(stream)
    if format is None:
        format, lines = sniff_format(iter(lines))
    if format == "csv":
        parsed = parse_records(read_csv_rows(lines), reference, kinds=("artisan",))
    else:
        parsed = parse_records(read_lines(lines), reference)
    check_references(parsed)
    report = ImportReport(problems=parsed.problems, warnings=parsed.warnings, dry_run=dry_run)
    if parsed.problems:
        return report
    with transaction.atomic():
        report.counts["artisan"] = artisans_bulk_upsert([r for _, r in parsed.artisans.values()])
        report.counts["design_deposit"] = deposits_bulk_upsert([r for _, r in parsed.deposits.values()])
        report.counts["product"] = products_bulk_upsert([r for _, r in parsed.products.values()])
        if dry_run:
            transaction.set_rollback(True)
        else:
            # The public figures count the registry: show the imported one at once, not when the cache expires.
            transaction.on_commit(forget_registry_figures)
    return report
