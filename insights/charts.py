"""The geometry and the colour classes of the insights charts, in plain Python: no database, no templates.

The template tags in `insights.templatetags.charts` turn what this module computes into inline SVG sized and
coloured by presentation attributes only (the Content-Security-Policy forbids `style=`). Keeping the arithmetic
here makes it testable without rendering anything.

- The map: `load_governorate_map()` reads the outlines of the 11 governorates (`data/oman_governorates.json`, built
  by `data/build_governorate_map.py`), and `choropleth_classes()` puts each governorate's value in a colour class.
- The column chart: `column_chart_layout()` places one column per point of a time series, with round tick values on
  the vertical axis, mirrored for right-to-left pages.

Values may be ints or Decimals. Money (Decimal OMR) is compared and divided as Decimal; only coordinates, which
nobody reads as amounts, become floats.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType

from insights.templatetags.figures import BAR_COLOUR, BAR_TRACK_COLOUR

Number = int | Decimal

GOVERNORATE_MAP_FILE = Path(__file__).resolve().parent / "data" / "oman_governorates.json"

# The governorates' official names, as artisans' migration 0002 stores them. The map uses them only for a
# governorate the caller left out of its rows (it then counts as zero), so the map always names all eleven.
GOVERNORATE_NAMES = {
    "muscat": ("مسقط", "Muscat"),
    "dhofar": ("ظفار", "Dhofar"),
    "musandam": ("مسندم", "Musandam"),
    "al_buraimi": ("البريمي", "Al Buraimi"),
    "ad_dakhiliyah": ("الداخلية", "Ad Dakhiliyah"),
    "north_batinah": ("شمال الباطنة", "North Al Batinah"),
    "south_batinah": ("جنوب الباطنة", "South Al Batinah"),
    "south_sharqiyah": ("جنوب الشرقية", "South Ash Sharqiyah"),
    "north_sharqiyah": ("شمال الشرقية", "North Ash Sharqiyah"),
    "ad_dhahirah": ("الظاهرة", "Ad Dhahirah"),
    "al_wusta": ("الوسطى", "Al Wusta"),
}

# Colours of the choropleth. A governorate with nothing (zero, no row, or a negative value) is a neutral grey,
# outside the ramp, so "none" never reads as "a little". The ramp runs from light sand to the site's red
# (--hirfa-red, the bars' colour); fewer classes take shades spread over the whole ramp.
NO_VALUE_COLOUR = "#dedad3"
SHADES = ("#f2dcb3", "#e4ad7c", "#d07b56", "#ba4c3b", BAR_COLOUR)
BORDER_COLOUR = "#ffffff"
INK_COLOUR = "#2b2620"  # --hirfa-ink
EMPTY_BAR_COLOUR = BAR_TRACK_COLOUR


# --- The map ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GovernorateShape:
    slug: str
    path: str  # SVG path data: one subpath per ring, in the map's viewBox units
    label: tuple[float, float]  # a point inside, the farthest from its edges: where its number goes if it fits
    room: float  # the distance from `label` to the nearest edge: half the width a number there may take
    callout: tuple[float, float] | None  # where the number goes instead, off land, when it does not fit inside


@dataclass(frozen=True)
class GovernorateMap:
    source: str
    width: float
    height: float
    governorates: Mapping[str, GovernorateShape]  # all eleven, by slug

    @property
    def view_box(self) -> str:
        return f"0 0 {self.width:g} {self.height:g}"


@functools.cache
def load_governorate_map() -> GovernorateMap:
    """The outlines of the 11 governorates, read once per process (the file is part of the code, never edited)."""
    data = json.loads(GOVERNORATE_MAP_FILE.read_text(encoding="utf-8"))
    _x, _y, width, height = (float(part) for part in data["viewBox"].split())
    shapes = {
        slug: GovernorateShape(
            slug=slug,
            path=shape["path"],
            label=(shape["label"][0], shape["label"][1]),
            room=shape["room"],
            callout=tuple(shape["callout"]) if "callout" in shape else None,
        )
        for slug, shape in data["governorates"].items()
    }
    return GovernorateMap(source=data["source"], width=width, height=height, governorates=MappingProxyType(shapes))


@dataclass(frozen=True)
class ValueClass:
    """One colour class of a choropleth: the values from `lowest` to `highest`, both found in the data."""

    number: int  # 1 for the lightest
    lowest: Number
    highest: Number
    colour: str


@dataclass(frozen=True)
class Classing:
    """The colour classes of a set of values, and the class of any one value."""

    classes: tuple[ValueClass, ...]  # lightest first; empty when no value is above zero

    @property
    def breaks(self) -> tuple[Number, ...]:
        """The upper bound of each class (a value equal to a bound belongs to that class)."""
        return tuple(value_class.highest for value_class in self.classes)

    def class_of(self, value: Number | None) -> int:
        """0 for nothing (None, zero, negative), else the number of the class the value falls in."""
        if value is None or value <= 0:
            return 0
        for value_class in self.classes:
            if value <= value_class.highest:
                return value_class.number
        return len(self.classes)  # above every bound: only for a value that was not among those classed

    def colour_of(self, value: Number | None) -> str:
        number = self.class_of(value)
        return self.classes[number - 1].colour if number else NO_VALUE_COLOUR


def choropleth_classes(values: Iterable[Number | None], classes: int = 5) -> Classing:
    """Equal-count (quantile) classes of the values above zero, at most `classes` (and at most len(SHADES)) of them.

    Each class holds about as many values as the others, so a few very large governorates (Dhofar has a third of
    the registry) do not leave all the others in the lightest shade, as equal intervals would. Breaks are values
    from the data, never computed ones, so Decimal amounts stay exact and the key shows amounts that occur.

    Zero, negative and missing (None) values are class 0, drawn in the neutral NO_VALUE_COLOUR. Equal values are
    always in the same class, so ties, or fewer distinct values than `classes`, give fewer classes: all zeros give
    none, a single value above zero gives one (in the darkest shade).
    """
    positive = sorted(value for value in values if value is not None and value > 0)
    wanted = max(0, min(classes, len(SHADES), len(positive)))
    upper_bounds: list[Number] = []
    for number in range(1, wanted + 1):
        # The last value of the number-th equal share of the sorted values (ceiling division, in ints).
        bound = positive[-(-number * len(positive) // wanted) - 1]
        if not upper_bounds or bound > upper_bounds[-1]:
            upper_bounds.append(bound)
    shades = shades_for(len(upper_bounds))
    value_classes = []
    previous_bound = None
    for number, (bound, shade) in enumerate(zip(upper_bounds, shades, strict=True), start=1):
        lowest = next(value for value in positive if previous_bound is None or value > previous_bound)
        value_classes.append(ValueClass(number=number, lowest=lowest, highest=bound, colour=shade))
        previous_bound = bound
    return Classing(classes=tuple(value_classes))


def shades_for(count: int) -> tuple[str, ...]:
    """`count` shades of the ramp, lightest first, as far apart as possible; one class gets the darkest."""
    if count <= 0:
        return ()
    if count == 1:
        return (SHADES[-1],)
    last = len(SHADES) - 1
    return tuple(SHADES[round(index * last / (count - 1))] for index in range(count))


def text_colour_on(fill: str) -> str:
    """Ink or white, whichever contrasts more with `fill` ("#rrggbb"), for a number written on it (WCAG formula)."""

    def luminance(colour: str) -> float:
        channels = [int(colour[index : index + 2], 16) / 255 for index in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    def contrast(first: str, second: str) -> float:
        lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
        return (lighter + 0.05) / (darker + 0.05)

    return "#ffffff" if contrast(fill, "#ffffff") > contrast(fill, INK_COLOUR) else INK_COLOUR


def estimated_text_width(text: str, font_size: float) -> float:
    """Roughly how wide a short label is: digits and most letters take a little over half the font size.

    Charts cannot measure text on the server; this errs on the wide side, so a label said to fit does fit.
    """
    return len(text) * font_size * 0.6


# --- The column chart ------------------------------------------------------------------------------------------

CHART_WIDTH = 480.0  # narrow enough that its text stays legible when a phone shrinks the chart to fit
CHART_HEIGHT = 240.0
CHART_TOP = 36.0  # room above the plot for half the top tick's label, and the unit above it
CHART_BOTTOM_ROOM = 28.0  # room below the plot for the labels of the columns
CHART_END_ROOM = 8.0  # room on the side without an axis, so the last label is not cut
COLUMN_FILL = 0.7  # the share of its slot a column fills; the rest is the gap between columns
TICK_LABEL_GAP = 6.0


def nice_ticks(values: Iterable[Number], *, whole: bool | None = None) -> tuple[Number, ...]:
    """Round values for the vertical axis, from 0 to just above the largest value: 3 to 5 of them.

    The step is 1, 2 or 5 times a power of ten. `whole` keeps steps at 1 or more (counts have no halves); by default
    it is true when every value is an int. Decimal values give Decimal ticks, computed without floats.
    """
    values = list(values)
    if whole is None:
        whole = all(isinstance(value, int) for value in values)
    largest = max((Decimal(value) for value in values if value is not None and value > 0), default=Decimal(0))
    if largest == 0:
        step = Decimal(1)
    else:
        rough_step = largest / 4  # at most four intervals, so at most five ticks
        power = Decimal(1).scaleb(rough_step.adjusted())  # 10 ** floor(log10(rough_step)), exactly
        step = next(multiple * power for multiple in (1, 2, 5, 10) if multiple * power >= rough_step)
        if whole:
            step = max(step, Decimal(1))
    intervals = max(2, math.ceil(largest / step))  # a smallest step can leave one interval: show at least two
    ticks = [step * index for index in range(intervals + 1)]
    if whole:
        return tuple(int(tick) for tick in ticks)
    # Written plainly ("50", "0.25"), never as "5E+1": as many decimals as the step has, none from 1 up.
    places = Decimal(1) if step >= 1 else Decimal(1).scaleb(step.normalize().as_tuple().exponent)
    return tuple(tick.quantize(places) for tick in ticks)


@dataclass(frozen=True)
class Column:
    index: int  # the point's position in the series
    value: Number
    x: float
    y: float
    width: float
    height: float

    @property
    def centre(self) -> float:
        return self.x + self.width / 2


@dataclass(frozen=True)
class Tick:
    value: Number
    y: float


@dataclass(frozen=True)
class ColumnLabel:
    """A label under a column; `align` says which of its ends is at `x` ("left", "right") or "middle"."""

    index: int
    x: float
    align: str


@dataclass(frozen=True)
class ColumnChartLayout:
    width: float
    height: float
    plot_left: float
    plot_right: float
    plot_top: float
    plot_bottom: float
    columns: tuple[Column, ...]
    ticks: tuple[Tick, ...]
    tick_label_x: float  # tick labels stand beside the axis: their `tick_label_align` end is at this x
    tick_label_align: str
    labels: tuple[ColumnLabel, ...]
    rtl: bool

    @property
    def view_box(self) -> str:
        return f"0 0 {self.width:g} {self.height:g}"


def column_chart_layout(
    values: Sequence[Number | None],
    *,
    rtl: bool = False,
    axis_room: float = 40.0,
    label_width: float = 60.0,
    width: float = CHART_WIDTH,
    height: float = CHART_HEIGHT,
) -> ColumnChartLayout:
    """Where each column of a time series stands, in a `width` × `height` viewBox.

    The first point is on the left, or on the right when `rtl` (time then runs the way the page reads), and the
    axis with its tick values is on the side the series starts from. `axis_room` is the width kept for the tick
    labels, `label_width` that of the widest column label: labels are written under the first and the last column
    and under every n-th between, n chosen so they do not overlap. None and negative values draw no column.
    """
    ticks = nice_ticks([value for value in values if value is not None])
    top_value = Decimal(ticks[-1])
    plot_top, plot_bottom = CHART_TOP, height - CHART_BOTTOM_ROOM
    plot_height = plot_bottom - plot_top
    if rtl:
        plot_left, plot_right = CHART_END_ROOM, width - axis_room
        tick_label_x, tick_label_align = plot_right + TICK_LABEL_GAP, "left"
    else:
        plot_left, plot_right = axis_room, width - CHART_END_ROOM
        tick_label_x, tick_label_align = plot_left - TICK_LABEL_GAP, "right"

    def y_of(value: Number) -> float:
        # Decimal until the very end, so a money value is scaled exactly; only the coordinate is a float.
        return plot_bottom - float(Decimal(value) / top_value) * plot_height

    count = len(values)
    slot = (plot_right - plot_left) / count if count else 0.0
    columns = []
    for index, value in enumerate(values):
        slot_start = plot_right - (index + 1) * slot if rtl else plot_left + index * slot
        column_width = slot * COLUMN_FILL
        top = y_of(value) if value is not None and value > 0 else plot_bottom
        columns.append(
            Column(
                index=index,
                value=value if value is not None else 0,
                x=round(slot_start + (slot - column_width) / 2, 2),
                y=round(top, 2),
                width=round(column_width, 2),
                height=round(plot_bottom - top, 2),
            )
        )
    return ColumnChartLayout(
        width=width,
        height=height,
        plot_left=plot_left,
        plot_right=plot_right,
        plot_top=plot_top,
        plot_bottom=plot_bottom,
        columns=tuple(columns),
        ticks=tuple(Tick(value=tick, y=round(y_of(tick), 2)) for tick in ticks),
        tick_label_x=tick_label_x,
        tick_label_align=tick_label_align,
        labels=column_labels(columns, slot=slot, label_width=label_width, rtl=rtl),
        rtl=rtl,
    )


def column_labels(columns: Sequence[Column], *, slot: float, label_width: float, rtl: bool) -> tuple[ColumnLabel, ...]:
    """Labels for the first and the last column, then for every n-th between wherever one fits without overlapping.

    The first and last labels are aligned with the outer edge of their column rather than centred on it, so a
    label wider than its column stays inside the chart. Each label is taken to be `label_width` wide.
    """
    if not columns:
        return ()
    if len(columns) == 1:
        return (ColumnLabel(index=0, x=round(columns[0].centre, 2), align="middle"),)
    gap = 8.0
    last = len(columns) - 1

    def label_for(index: int) -> ColumnLabel:
        column = columns[index]
        left_edge, right_edge = round(column.x, 2), round(column.x + column.width, 2)
        is_rightmost = (index == 0) == rtl  # the first column of a right-to-left chart, the last of a left-to-right one
        if index in (0, last):
            return ColumnLabel(index, right_edge, "right") if is_rightmost else ColumnLabel(index, left_edge, "left")
        return ColumnLabel(index, round(column.centre, 2), "middle")

    def span(label: ColumnLabel) -> tuple[float, float]:
        start = {"left": label.x, "middle": label.x - label_width / 2, "right": label.x - label_width}[label.align]
        return start, start + label_width

    every = max(1, math.ceil((label_width + gap) / slot)) if slot else 1
    candidates = [0, last, *range(every, last, every)]
    accepted: list[ColumnLabel] = []
    for index in candidates:
        label = label_for(index)
        start, end = span(label)
        if all(end + gap <= span(other)[0] or span(other)[1] + gap <= start for other in accepted):
            accepted.append(label)
    return tuple(sorted(accepted, key=lambda label: label.index))
