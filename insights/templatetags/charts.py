"""The insights charts as inline SVG: a map of the governorates, a column chart of a time series, a relative bar.

`{% load charts %}`, then:

- `{% governorate_map rows %}`, `{% governorate_map rows unit="omr" title=_("Sales by governorate") %}`
- `{% column_chart points %}`, `{% column_chart points unit="omr" title=_("Sales by month") %}`
- `{% relative_bar value maximum %}`
- `{% governorate_locator_map slugs title=_("Dhofar on the map of Oman") %}`: an outline map with some governorates
  highlighted, for the content pages

Every chart is drawn with presentation attributes only (fill, x, width, font-size, ...): the site's
Content-Security-Policy forbids `style=` attributes and inline scripts, so there is no CSS in the SVG and no
JavaScript; a value shows on hover through the `<title>` of its shape. Numbers are written the reader's way
(`figures.figure`, in the digits the reader chose) and amounts of money the project's way (`currency`, always with
3 decimals). The charts are images to screen readers (role="img" with a title); a page should give the same numbers
as a table, as the figures page does.

The geometry and the colour classes are computed in `insights.charts`; this module only turns them into text.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from decimal import Decimal

from babel.numbers import format_decimal, format_percent, get_currency_symbol
from django import template
from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils.translation import get_language_bidi
from django.utils.translation import gettext as _

from insights.charts import (
    BORDER_COLOUR,
    GOVERNORATE_NAMES,
    INK_COLOUR,
    NO_VALUE_COLOUR,
    choropleth_classes,
    column_chart_layout,
    estimated_text_width,
    load_governorate_map,
    text_colour_on,
)
from insights.templatetags.figures import (
    BAR_COLOUR,
    BAR_TRACK_COLOUR,
    _in_readers_digits,
    _numbering,
    figure,
)
from marketplace.bilingual import active_language
from marketplace.money import CURRENCY
from marketplace.templatetags.money import currency

register = template.Library()

# The units of `insights.dashboard` columns: a count (the default), an amount in rials, or a share (a fraction).
COUNT = "count"
MONEY = "omr"
PERCENT = "percent"
UNITS = (COUNT, MONEY, PERCENT)
MAP_FONT_SIZE = 15.0
CHART_FONT_SIZE = 13.0
GRID_COLOUR = "#e6ded0"
AXIS_COLOUR = "#6b5f50"  # --hirfa-muted


# --- Numbers and text ------------------------------------------------------------------------------------------


def reader_number(value) -> str:
    """A number as the reader writes it: grouped, in their digits; a Decimal keeps its decimals (up to 3)."""
    if value is None:
        return ""
    if not isinstance(value, Decimal) or value == value.to_integral_value():
        return figure(value)
    numbering = _numbering()
    return _in_readers_digits(format_decimal(value, locale=active_language(), numbering_system=numbering), numbering)


def reader_percent(fraction) -> str:
    """A fraction (0.425) as a percentage ("42.5%"), one decimal at most, like the figures page's shares."""
    numbering = _numbering()
    text = format_percent(fraction, format="#,##0.#%", locale=active_language(), numbering_system=numbering)
    return _in_readers_digits(text, numbering)


def value_text(value, unit: str) -> str:
    """A value in full, for a title or the key: an amount in OMR with 3 decimals, a percentage, or a number."""
    if unit == MONEY:
        return currency(value)
    if unit == PERCENT:
        return reader_percent(value)
    return reader_number(value)


def tick_text(value, unit: str) -> str:
    """A value on an axis: amounts without the currency (the axis names it once, above), to stay short."""
    return reader_percent(value) if unit == PERCENT else reader_number(value)


def named_value(name: str, value: str) -> str:
    # Translators: a name and its number, as a chart's tooltip shows them: "Dhofar: 1,234" or "Nov 2026: OMR 12.000".
    return _("%(name)s: %(value)s") % {"name": name, "value": value}


def checked_unit(unit: str | None) -> str:
    unit = unit or COUNT
    if unit not in UNITS:  # a typo in a template would otherwise show money as a plain number
        raise template.TemplateSyntaxError(f'Charts know the units {UNITS!r}, not "{unit}"')
    return unit


def coordinate(value: float) -> str:
    """A coordinate for an SVG attribute: "12.3", never localised (a template could write "12,3" in some locales)."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def text_anchor(align: str, rtl: bool) -> str:
    """The SVG `text-anchor` that puts a text's `align` end ("left", "right" or "middle") at its x.

    `start` and `end` follow the text's direction, which the charts set to the page's: in right-to-left text,
    `start` is the right end.
    """
    if align == "middle":
        return "middle"
    return "start" if (align == "left") != rtl else "end"


def chart_id(prefix: str) -> str:
    """A unique id for the chart's title, so a page may hold several charts."""
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


# --- The map ---------------------------------------------------------------------------------------------------


@register.simple_tag
def governorate_map(rows: Iterable, unit: str | None = None, title: str | None = None) -> str:
    """A choropleth of the 11 governorates, with a key, from rows that have `code`, `name` and `count`.

    `code` is the governorate's slug, `name` its name in the reader's language (a str or a LocalizedText), `count`
    an int, or a Decimal amount in rials with `unit="omr"`, or a fraction with `unit="percent"` (`unit="count"`,
    the default, is a plain number: the units of `insights.dashboard`). A governorate missing from the rows counts
    as zero, named from `insights.charts.GOVERNORATE_NAMES`. The map is geography, so it is never mirrored; the
    key, an HTML list beside or under it, follows the page's direction.

    Counts are written on the map: inside a governorate where they fit, else at its callout point off the coast
    with a leader line, else (a long number in a mid-sized governorate) only in its title and in the key. Amounts
    of money are not written on the map: with 3 decimals they fit almost nowhere, and rounding them would show a
    different amount from the key's; each governorate's title gives its amount.
    """
    unit = checked_unit(unit)
    geography = load_governorate_map()
    language = active_language()
    rtl = get_language_bidi()
    names: dict[str, str] = {}
    values: dict[str, object] = {}
    for row in rows:
        if row.code in geography.governorates:  # another place (none today) has no outline to colour
            names[row.code] = str(row.name)
            values[row.code] = row.count if row.count is not None else 0
    for slug, (arabic, english) in GOVERNORATE_NAMES.items():
        names.setdefault(slug, arabic if language == "ar" else english)
        values.setdefault(slug, 0)
    classing = choropleth_classes(values.values())

    areas, labels = [], []
    for slug, shape in geography.governorates.items():
        value = values[slug]
        fill = classing.colour_of(value)
        areas.append(
            {"slug": slug, "path": shape.path, "fill": fill, "title": named_value(names[slug], value_text(value, unit))}
        )
        if unit != MONEY:
            label = map_label(value_text(value, unit), shape, fill, rtl)
            if label:
                labels.append(label)

    legend = []
    if any(classing.class_of(value) == 0 for value in values.values()):
        legend.append({"colour": NO_VALUE_COLOUR, "text": value_text(0, unit)})
    for value_class in classing.classes:
        if value_class.lowest == value_class.highest:
            text = value_text(value_class.lowest, unit)
        else:
            # Translators: a range of values in the key of a map: "187 to 424".
            text = _("%(lowest)s to %(highest)s") % {
                "lowest": value_text(value_class.lowest, unit),
                "highest": value_text(value_class.highest, unit),
            }
        legend.append({"colour": value_class.colour, "text": text})

    return render_to_string(
        "insights/charts/governorate_map.html",
        {
            "id": chart_id("governorate-map"),
            "title": title or _("Map of Oman's governorates"),
            "view_box": geography.view_box,
            "direction": "rtl" if rtl else "ltr",
            "areas": areas,
            "labels": labels,
            "legend": legend,
            "font_size": coordinate(MAP_FONT_SIZE),
            "ink": INK_COLOUR,
            "border": BORDER_COLOUR,
        },
    )


@register.simple_tag
def governorate_locator_map(highlighted: Iterable[str], title: str) -> str:
    """The outline of the 11 governorates with some of them highlighted: a governorate page's own governorate, or
    the governorates where a craft is made. `highlighted` holds governorate slugs; `title` names the map for screen
    readers in the page's language (the map is an image with that title), and each governorate's outline is titled
    with its name, shown on hover.

    Unlike `governorate_map` it shows no values, so it has no key; the highlight is a class (styled by the site's
    stylesheet, `.locator-map__area--highlighted`), so no colour is written in the page, and the page should say
    in words what is highlighted, as the craft and governorate pages do.
    """
    geography = load_governorate_map()
    language = active_language()
    highlighted = set(highlighted)
    areas = [
        {
            "slug": slug,
            "path": shape.path,
            "name": GOVERNORATE_NAMES[slug][0 if language == "ar" else 1] if slug in GOVERNORATE_NAMES else slug,
            "highlighted": slug in highlighted,
        }
        for slug, shape in geography.governorates.items()
    ]
    return render_to_string(
        "insights/charts/governorate_locator.html",
        {
            "id": chart_id("locator-map"),
            "title": title,
            "view_box": geography.view_box,
            "direction": "rtl" if get_language_bidi() else "ltr",
            "areas": areas,
        },
    )


def map_label(text: str, shape, fill: str, rtl: bool) -> dict | None:
    """Where and how to write a governorate's number: inside, at its callout, or (None) nowhere."""
    half_width = estimated_text_width(text, MAP_FONT_SIZE) / 2
    x, y = shape.label
    if shape.room >= MAP_FONT_SIZE * 0.7 and half_width <= shape.room - 2:
        return {
            "text": text,
            "x": coordinate(x),
            "y": coordinate(y),
            "anchor": "middle",
            "colour": text_colour_on(fill),
        }
    if shape.callout is None:
        return None
    callout_x, callout_y = shape.callout
    # The number runs away from the governorate, so the leader line joins its near end.
    runs_east = callout_x >= x
    return {
        "text": text,
        "x": coordinate(callout_x + (3 if runs_east else -3)),
        "y": coordinate(callout_y),
        "anchor": text_anchor("left" if runs_east else "right", rtl),
        "colour": INK_COLOUR,
        "leader": {"x1": coordinate(x), "y1": coordinate(y), "x2": coordinate(callout_x), "y2": coordinate(callout_y)},
    }


# --- The column chart ------------------------------------------------------------------------------------------


def point_label_and_value(point) -> tuple[str, object]:
    if isinstance(point, (tuple, list)):
        label, value = point
    else:
        label, value = point.label, point.value
    return str(label), value


@register.simple_tag
def column_chart(points: Iterable, unit: str | None = None, title: str | None = None) -> str:
    """A column per point of a time series, from `(label, value)` pairs or objects with `label` and `value`.

    Labels are already written for the reader ("Nov 2026"); values are ints, or Decimal amounts in rials with
    `unit="omr"` (the vertical axis then shows round amounts, and the currency above it; each column's title gives
    the amount with 3 decimals). In a right-to-left page the first point is on the right.
    """
    unit = checked_unit(unit)
    rtl = get_language_bidi()
    labelled = [point_label_and_value(point) for point in points]
    values = [value if value is not None else 0 for _label, value in labelled]
    probe = column_chart_layout(values, rtl=rtl)  # first only for its ticks, whose labels set the axis's width
    tick_texts = [tick_text(tick.value, unit) for tick in probe.ticks]
    # The currency, once, above the axis's amounts ("OMR", "ر.ع."); it stands in the axis's room too.
    unit_text = get_currency_symbol(CURRENCY, locale=active_language()) if unit == MONEY else ""
    axis_room = max(estimated_text_width(text, CHART_FONT_SIZE) for text in [*tick_texts, unit_text]) + 12
    label_width = max((estimated_text_width(label, CHART_FONT_SIZE) for label, _value in labelled), default=0)
    layout = column_chart_layout(values, rtl=rtl, axis_room=axis_room, label_width=label_width)

    columns = []
    for column, (label, value) in zip(layout.columns, labelled, strict=True):
        slot_width = (layout.plot_right - layout.plot_left) / len(layout.columns)
        columns.append(
            {
                "title": named_value(label, value_text(value if value is not None else 0, unit)),
                "x": coordinate(column.x),
                "y": coordinate(column.y),
                "width": coordinate(column.width),
                "height": coordinate(column.height),
                # the whole slot, invisible, so hovering anywhere above a low or empty column shows its title
                "slot_x": coordinate(column.centre - slot_width / 2),
                "slot_width": coordinate(slot_width),
            }
        )
    ticks = [{"y": coordinate(tick.y), "text": text} for tick, text in zip(layout.ticks, tick_texts, strict=True)]
    column_labels = [
        {"text": labelled[label.index][0], "x": coordinate(label.x), "anchor": text_anchor(label.align, rtl)}
        for label in layout.labels
    ]
    return render_to_string(
        "insights/charts/column_chart.html",
        {
            "id": chart_id("column-chart"),
            "title": title or _("Column chart"),
            "view_box": layout.view_box,
            "direction": "rtl" if rtl else "ltr",
            "plot": {
                "left": coordinate(layout.plot_left),
                "right": coordinate(layout.plot_right),
                "top": coordinate(layout.plot_top),
                "bottom": coordinate(layout.plot_bottom),
                "height": coordinate(layout.plot_bottom - layout.plot_top),
            },
            "columns": columns,
            "ticks": ticks,
            "tick_x": coordinate(layout.tick_label_x),
            "tick_anchor": text_anchor(layout.tick_label_align, rtl),
            "unit_text": unit_text,
            "unit_y": coordinate(layout.plot_top - 1.7 * CHART_FONT_SIZE),
            "labels": column_labels,
            "label_y": coordinate(layout.plot_bottom + CHART_FONT_SIZE + 6),
            "font_size": coordinate(CHART_FONT_SIZE),
            "column_colour": BAR_COLOUR,
            "grid_colour": GRID_COLOUR,
            "axis_colour": AXIS_COLOUR,
            "ink": INK_COLOUR,
        },
    )


# --- The relative bar ------------------------------------------------------------------------------------------


@register.simple_tag
def relative_bar(value, maximum) -> str:
    """`{% relative_bar row.count largest %}`: like `figure_bar`, but the full width is `maximum` (the largest row),
    so the longest bar fills its cell. Ints or Decimals; hidden from screen readers, which read the row's numbers."""
    value = Decimal(value or 0)
    maximum = Decimal(maximum or 0)
    # The share is computed in Decimal; only the bar's length, a coordinate, becomes a float.
    length = round(float(min(max(value, Decimal(0)) / maximum, Decimal(1))) * 100, 1) if maximum > 0 else 0
    start = round(100 - length, 1) if get_language_bidi() else 0
    return format_html(
        '<svg class="figure-bar" width="100%" height="16" viewBox="0 0 100 16" preserveAspectRatio="none" '
        'aria-hidden="true" focusable="false">'
        '<rect x="0" y="2" width="100" height="12" fill="{}"/>'
        '<rect x="{}" y="2" width="{}" height="12" fill="{}"/></svg>',
        BAR_TRACK_COLOUR,
        start,
        length,
        BAR_COLOUR,
    )
