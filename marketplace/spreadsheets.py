"""The CSV files the site writes (statements, the bank-transfer file, the insights tables, the artisans' register,
the order exports) are opened by officers in spreadsheet programs, which run a cell that starts like a formula
(`=HYPERLINK(...)`, `+cmd|...`, `@SUM(...)`). Every cell of every such file goes through `safe_cell`, through
`safe_csv_writer`: text that a spreadsheet would read as a formula is written with a leading apostrophe, which
spreadsheets take as "this is text" and do not show. Plain numbers (a negative amount such as -1.000) stay numbers.

Written here rather than taken from a library: the rule is a few lines (OWASP's "CSV injection" advice), and the
libraries that offer it wrap whole export frameworks the project does not use.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable

from oscar.core.compat import UnicodeCSVWriter

# What a spreadsheet reads as the start of a formula, also in their full-width forms (which some programs normalise),
# and the control characters that start a new cell or line inside a cell.
FORMULA_TRIGGERS = frozenset("=+-@\t\r\n\uff1d\uff0b\uff0d\uff20")
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


def safe_cell(value):
    """The value as it may go into a spreadsheet cell: text that would start a formula is made plain text."""
    if not isinstance(value, str) or not value:
        return value
    if _PLAIN_NUMBER.fullmatch(value):
        return value
    # Blanks and invisible format characters (bidi marks, zero-width spaces) in front do not stop a formula.
    for character in value:
        if character.isspace() and character not in FORMULA_TRIGGERS:
            continue
        if unicodedata.category(character) == "Cf":
            continue
        if character in FORMULA_TRIGGERS:
            return "'" + value
        break
    return value


class SafeCsvWriter:
    """`csv.writer`, with every cell made safe."""

    def __init__(self, out, **options) -> None:
        self._writer = csv.writer(out, **options)

    def writerow(self, row: Iterable):
        return self._writer.writerow([safe_cell(cell) for cell in row])

    def writerows(self, rows: Iterable[Iterable]) -> None:
        for row in rows:
            self.writerow(row)


def safe_csv_writer(out, **options) -> SafeCsvWriter:
    return SafeCsvWriter(out, **options)


class SafeUnicodeCSVWriter(UnicodeCSVWriter):
    """Oscar's CSV writer (its order export and its reports), with every cell made safe."""

    def writerow(self, row) -> None:
        super().writerow([safe_cell(cell) for cell in row])
