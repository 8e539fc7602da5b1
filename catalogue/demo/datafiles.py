"""Reading the demo's data files (YAML), checked against a small schema, every problem with its file and line.

The demo's texts, names, prices and numbers live in YAML files next to the code that uses them
(``catalogue/demo/*.yaml``, ``cms/demo/*.yaml``) so that an editor or a translator can change them without touching
Python. A file is read with PyYAML into its node tree, which keeps the line of every value, and the tree is checked
and turned into Python values in one walk. A file is refused as a whole, with every problem listed as
``catalogue/demo/items.yaml, line 42: khanjar > variants > 1: missing field "price"``.

Why a checker of our own rather than a schema library: the libraries in reach (jsonschema, pydantic) are only
dependencies of development tools here, and both report a problem by its path in the data, not by its line in the
file; the walk over PyYAML's nodes that finds the line is most of the work, and the schemas below are a few lines
each. What is checked: YAML syntax, required and unknown fields (a misspelt field is refused, never ignored), a key
given twice, types (text, whole number, number, yes/no, date, amount of money), ranges, choices (a craft, an item, a
governorate that exists), and that every bilingual text has both its Arabic (``ar``) and English (``en``) half.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

try:  # libyaml's parser when PyYAML was built with it (it keeps the lines too); the pure-Python one otherwise
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader

REPO_ROOT = Path(__file__).resolve().parents[2]

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_DATE = "tag:yaml.org,2002:timestamp"
_KINDS = {_STR: "text", _INT: "a whole number", _FLOAT: "a number", _BOOL: "yes/no", _NULL: "nothing", _DATE: "a date"}
LANGUAGES = {"ar": "Arabic", "en": "English"}
# Turns a checked scalar node into its value (int, float, bool, date) the way PyYAML does.
_CONSTRUCT = yaml.constructor.SafeConstructor()


class DataFileError(ValueError):
    """A data file that cannot be used; ``problems`` lists every problem found, each with its file and line."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass
class _Walk:
    """Where the walk is: the file, the path of keys to the value, and the problems found so far."""

    name: str
    problems: list[str]

    def problem(self, node: yaml.Node, where: tuple, message: str) -> None:
        place = " > ".join(str(part) for part in where)
        self.problems.append(f"{self.name}, line {node.start_mark.line + 1}: {place + ': ' if place else ''}{message}")


def _found(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a set of fields"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return _KINDS.get(node.tag, "a value of another kind")


class Schema:
    """Checks a node and returns its Python value (``None`` after a problem, which is recorded in ``walk``)."""

    expected = "a value"

    def read(self, node: yaml.Node, where: tuple, walk: _Walk) -> Any:
        raise NotImplementedError

    def _scalar(self, node: yaml.Node, where: tuple, walk: _Walk, *tags: str) -> str | None:
        if not isinstance(node, yaml.ScalarNode) or node.tag not in tags:
            walk.problem(node, where, f"expected {self.expected}, found {_found(node)}")
            return None
        return node.value


class Text(Schema):
    """A string; empty only when ``blank``. A value YAML reads as a number or yes/no is refused: quote it."""

    expected = "text"

    def __init__(self, *, blank: bool = False):
        self.blank = blank

    def read(self, node, where, walk):
        value = self._scalar(node, where, walk, _STR)
        if value is not None and not self.blank and not value.strip():
            walk.problem(node, where, "must not be empty")
            return None
        return value


class Choice(Text):
    """One of a known set of words (a craft code, an item, a governorate slug, ...)."""

    def __init__(self, choices: Iterable[str], what: str):
        super().__init__()
        self.choices = tuple(choices)
        self.what = what

    def read(self, node, where, walk):
        value = super().read(node, where, walk)
        if value is not None and value not in self.choices:
            shown = ", ".join(self.choices) if len(self.choices) <= 12 else f"{len(self.choices)} known values"
            walk.problem(node, where, f'"{value}" is not a known {self.what} ({shown})')
            return None
        return value


class Integer(Schema):
    expected = "a whole number"

    def __init__(self, *, minimum: int | None = None, maximum: int | None = None):
        self.minimum, self.maximum = minimum, maximum

    def read(self, node, where, walk):
        text = self._scalar(node, where, walk, _INT)
        if text is None:
            return None
        value = _CONSTRUCT.construct_yaml_int(node)
        return _in_range(value, self.minimum, self.maximum, node, where, walk)


class Number(Schema):
    """A whole or decimal number (a share, a weight): a float."""

    expected = "a number"

    def __init__(self, *, minimum: float | None = None, maximum: float | None = None):
        self.minimum, self.maximum = minimum, maximum

    def read(self, node, where, walk):
        text = self._scalar(node, where, walk, _INT, _FLOAT)
        if text is None:
            return None
        value = float(
            _CONSTRUCT.construct_yaml_int(node) if node.tag == _INT else _CONSTRUCT.construct_yaml_float(node)
        )
        return _in_range(value, self.minimum, self.maximum, node, where, walk)


def _in_range(value, minimum, maximum, node, where, walk):
    if minimum is not None and value < minimum:
        walk.problem(node, where, f"must be at least {minimum}")
        return None
    if maximum is not None and value > maximum:
        walk.problem(node, where, f"must be at most {maximum}")
        return None
    return value


class Boolean(Schema):
    expected = "true or false"

    def read(self, node, where, walk):
        text = self._scalar(node, where, walk, _BOOL)
        return None if text is None else _CONSTRUCT.construct_yaml_bool(node)


class Day(Schema):
    expected = "a date (YYYY-MM-DD)"

    def read(self, node, where, walk):
        if self._scalar(node, where, walk, _DATE) is None:
            return None
        value = _CONSTRUCT.construct_yaml_timestamp(node)
        if not isinstance(value, date) or hasattr(value, "hour"):
            walk.problem(node, where, f"expected {self.expected}, found a date and time")
            return None
        return value


class Money(Schema):
    """An amount in rials with three decimals, written as text ("20.000") so it is never a float: a Decimal."""

    expected = 'an amount in rials, quoted, with three decimals ("20.000")'

    def read(self, node, where, walk):
        text = self._scalar(node, where, walk, _STR)
        if text is None:
            return None
        try:
            value = Decimal(text)
        except InvalidOperation:
            value = None
        if value is None or value < 0 or value.as_tuple().exponent != -3:
            walk.problem(node, where, f'expected {self.expected}, found "{text}"')
            return None
        return value


class Nullable(Schema):
    """``null`` (or nothing) or a value of ``inner``."""

    def __init__(self, inner: Schema):
        self.inner = inner

    def read(self, node, where, walk):
        if isinstance(node, yaml.ScalarNode) and node.tag == _NULL:
            return None
        return self.inner.read(node, where, walk)


class ListOf(Schema):
    expected = "a list"

    def __init__(self, item: Schema, *, min_items: int = 0, unique: bool = False):
        self.item, self.min_items, self.unique = item, min_items, unique

    def read(self, node, where, walk):
        if not isinstance(node, yaml.SequenceNode):
            walk.problem(node, where, f"expected {self.expected}, found {_found(node)}")
            return None
        if len(node.value) < self.min_items:
            walk.problem(node, where, f"needs at least {self.min_items} item{'s' if self.min_items > 1 else ''}")
        values = [self.item.read(child, (*where, index), walk) for index, child in enumerate(node.value)]
        if self.unique:
            for index, (child, value) in enumerate(zip(node.value, values, strict=True)):
                if value is not None and value in values[:index]:
                    walk.problem(child, (*where, index), f'"{value}" is listed twice')
        return values


class Range(Schema):
    """``[low, high]``, two whole numbers with low <= high: a list of two."""

    expected = "[low, high]"

    def __init__(self, *, minimum: int = 0):
        self.bound = Integer(minimum=minimum)

    def read(self, node, where, walk):
        if not isinstance(node, yaml.SequenceNode) or len(node.value) != 2:
            walk.problem(node, where, f"expected {self.expected}, two whole numbers")
            return None
        low, high = (self.bound.read(child, where, walk) for child in node.value)
        if low is not None and high is not None and low > high:
            walk.problem(node, where, f"the low end ({low}) is above the high end ({high})")
        return [low, high]


def _pairs(node: yaml.MappingNode, where: tuple, walk: _Walk) -> list[tuple[str, yaml.Node, yaml.Node]]:
    """The mapping's (key, key node, value node) pairs; a key that is not text, or is given twice, is a problem."""
    pairs, seen = [], set()
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode) or key_node.tag not in (_STR, _INT):
            walk.problem(key_node, where, f"a field name must be a word, found {_found(key_node)}")
            continue
        key = key_node.value
        if key in seen:
            walk.problem(key_node, where, f'"{key}" is given twice')
            continue
        seen.add(key)
        pairs.append((key, key_node, value_node))
    return pairs


class Record(Schema):
    """A set of named fields: ``fields`` are required, ``optional`` may be left out (then absent from the dict,
    or set to ``defaults``), any other field is refused."""

    expected = "a set of fields"

    def __init__(
        self,
        fields: Mapping[str, Schema],
        optional: Mapping[str, Schema] | None = None,
        *,
        defaults: Mapping[str, Any] | None = None,
        check: Callable[[dict, yaml.Node, tuple, _Walk], None] | None = None,
    ):
        self.fields, self.optional = dict(fields), dict(optional or {})
        self.defaults, self.check = dict(defaults or {}), check

    def read(self, node, where, walk):
        if not isinstance(node, yaml.MappingNode):
            walk.problem(node, where, f"expected {self.expected}, found {_found(node)}")
            return None
        problems_before = len(walk.problems)
        value: dict[str, Any] = {}
        pairs = _pairs(node, where, walk)
        for key, key_node, child in pairs:
            schema = self.fields.get(key) or self.optional.get(key)
            if schema is None:
                known = ", ".join([*self.fields, *self.optional])
                walk.problem(key_node, where, f'unknown field "{key}" (the fields are: {known})')
                continue
            value[key] = schema.read(child, (*where, key), walk)
        present = {key for key, _key_node, _child in pairs}
        for key in self.fields:
            if key not in present:
                walk.problem(node, where, _missing(key))
        for key, default in self.defaults.items():
            value.setdefault(key, default)
        if self.check is not None and len(walk.problems) == problems_before:
            self.check(value, node, where, walk)
        return value


def _missing(key: str) -> str:
    if key in LANGUAGES:
        return f"missing the {LANGUAGES[key]} half ({key})"
    return f'missing field "{key}"'


def Bilingual(inner: Schema | None = None) -> Record:  # noqa: N802 (reads like the other schema classes)
    """A text in both languages, side by side: ``{ar: ..., en: ...}``."""
    inner = inner or Text()
    return Record({"ar": inner, "en": inner})


class Table(Schema):
    """A mapping of names the data chooses (slugs, codes) to values of one schema, in the file's order."""

    expected = "a set of named entries"

    def __init__(self, value: Schema, *, key: Schema | None = None, min_items: int = 0):
        self.value, self.key, self.min_items = value, key or Text(), min_items

    def read(self, node, where, walk):
        if not isinstance(node, yaml.MappingNode):
            walk.problem(node, where, f"expected {self.expected}, found {_found(node)}")
            return None
        if len(node.value) < self.min_items:
            walk.problem(node, where, f"needs at least {self.min_items} entries")
        table = {}
        for key, key_node, child in _pairs(node, where, walk):
            if self.key.read(key_node, where, walk) is not None:
                table[key] = self.value.read(child, (*where, key), walk)
        return table


class OneOf(Schema):
    """A one-field mapping whose field names its kind (``- paragraph: {...}``): returns ``(kind, value)``."""

    expected = "one field naming the kind"

    def __init__(self, kinds: Mapping[str, Schema]):
        self.kinds = dict(kinds)

    def read(self, node, where, walk):
        if not isinstance(node, yaml.MappingNode) or len(node.value) != 1:
            walk.problem(node, where, f"expected {self.expected} ({', '.join(self.kinds)})")
            return None
        ((key, key_node, child),) = _pairs(node, where, walk) or ((None, node, node),)
        if key not in self.kinds:
            walk.problem(key_node, where, f'unknown kind "{key}" (the kinds are: {", ".join(self.kinds)})')
            return None
        return key, self.kinds[key].read(child, (*where, key), walk)


def relative_name(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(REPO_ROOT))
    except ValueError:
        return str(path)


def load_file(path: Path, schema: Schema) -> Any:
    """The file's checked value; ``DataFileError`` lists every problem (syntax, fields, types) with its line."""
    name = relative_name(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DataFileError([f"{name}: cannot be read ({error})"]) from error
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = f", line {mark.line + 1}" if mark is not None else ""
        raise DataFileError([f"{name}{line}: not valid YAML: {error.problem or error.context}"]) from error
    except yaml.YAMLError as error:
        raise DataFileError([f"{name}: not valid YAML: {error}"]) from error
    finally:
        loader.dispose()
    if node is None:
        raise DataFileError([f"{name}: the file is empty"])
    walk = _Walk(name, [])
    value = schema.read(node, (), walk)
    if walk.problems:
        raise DataFileError(walk.problems)
    return value
