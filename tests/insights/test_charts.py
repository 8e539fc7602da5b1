"""The insights charts: colour classes, axis ticks and column geometry, and the SVG the template tags write.

No database: the charts only draw what they are given.
"""

import importlib.util
import json
import re
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from xml.etree import ElementTree

import pytest
from django.template import Context, Template
from django.utils import translation

from insights.charts import (
    GOVERNORATE_MAP_FILE,
    GOVERNORATE_NAMES,
    NO_VALUE_COLOUR,
    SHADES,
    choropleth_classes,
    column_chart_layout,
    load_governorate_map,
    nice_ticks,
    text_colour_on,
)
from insights.templatetags.charts import column_chart, governorate_locator_map, governorate_map, relative_bar
from marketplace.display import activate_digit_style, deactivate_digit_style

SVG = "{http://www.w3.org/2000/svg}"
ALL_GOVERNORATES = set(GOVERNORATE_NAMES)


@dataclass
class Row:
    code: str
    name: str
    count: object


@dataclass
class Point:
    label: str
    value: object


@contextmanager
def reader(language: str, digits: str = "latn"):
    """A page in `language`, read in `digits` (the reader's choice, which Arabic readers make in a cookie)."""
    with translation.override(language):
        token = activate_digit_style(digits)
        try:
            yield
        finally:
            deactivate_digit_style(token)


def parse(html: str) -> ElementTree.Element:
    """The chart as XML: the tags write well-formed markup, so a test can look at it element by element."""
    return ElementTree.fromstring(html)  # noqa: S314 (our own output, not untrusted XML)


def paths_by_governorate(html: str) -> dict[str, ElementTree.Element]:
    return {path.get("data-governorate"): path for path in parse(html).iter(f"{SVG}path")}


def legend_texts(html: str) -> list[str]:
    return ["".join(item.itertext()).strip() for item in parse(html).iter("li")]


def registry_rows(**overrides) -> list[Row]:
    counts = {slug: index * 100 for index, slug in enumerate(sorted(GOVERNORATE_NAMES), start=1)}
    counts.update(overrides)
    return [Row(slug, GOVERNORATE_NAMES[slug][1], count) for slug, count in counts.items()]


def load_build_script():
    """The map's build script, which is not a module of a package (it is run by hand), for its geometry helpers."""
    spec = importlib.util.spec_from_file_location(
        "build_governorate_map", GOVERNORATE_MAP_FILE.with_name("build_governorate_map.py")
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def polygons_of(path: str) -> list[list[tuple[float, float]]]:
    """The rings of an SVG path written as "M x,y x,y … Z" subpaths."""
    return [
        [tuple(float(number) for number in pair.split(",")) for pair in subpath.rstrip("Z").split()]
        for subpath in path.split("M")
        if subpath
    ]


# --- Colour classes --------------------------------------------------------------------------------------------


def test_all_zeros_make_no_class_and_every_value_the_neutral_colour():
    # Given a registry with nothing anywhere
    values = [0] * 11

    # When the values are classed
    classing = choropleth_classes(values)

    # Then there is no class, and zero, missing and negative values all get the neutral colour
    assert classing.classes == ()
    assert classing.breaks == ()
    assert {classing.class_of(value) for value in (0, None, -3)} == {0}
    assert classing.colour_of(0) == NO_VALUE_COLOUR


def test_a_single_value_makes_one_class_in_the_darkest_shade():
    classing = choropleth_classes([0, 7, 0])

    assert len(classing.classes) == 1
    assert (classing.classes[0].lowest, classing.classes[0].highest) == (7, 7)
    assert classing.colour_of(7) == SHADES[-1]
    assert classing.class_of(0) == 0


def test_tied_values_stay_in_one_class_so_ties_make_fewer_classes():
    # Given eight values of which only three differ
    values = [5, 5, 5, 5, 5, 9, 9, 20]

    # When classed into five
    classing = choropleth_classes(values, classes=5)

    # Then equal values share their class, and each class is a range of values from the data, lightest first
    assert classing.breaks == (5, 9, 20)
    assert [classing.class_of(value) for value in (5, 9, 20)] == [1, 2, 3]
    assert [value_class.colour for value_class in classing.classes] == [SHADES[0], SHADES[2], SHADES[4]]


def test_classes_hold_equal_counts_of_values():
    # Given ten distinct values, one very large (like Dhofar's share of the registry)
    values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 6000]

    # When classed into five
    classing = choropleth_classes(values)

    # Then each class holds two values, so the large one does not leave the others in the lightest shade
    assert [(value_class.lowest, value_class.highest) for value_class in classing.classes] == [
        (1, 2),
        (3, 4),
        (5, 6),
        (7, 8),
        (9, 6000),
    ]
    assert classing.colour_of(6000) == SHADES[-1]


def test_decimal_amounts_are_classed_exactly_with_breaks_from_the_data():
    # Given amounts in rials, two of them equal when written differently
    values = [Decimal("0.010"), Decimal("1.5"), Decimal("1.500"), Decimal("12.345"), None, Decimal("0")]

    # When classed
    classing = choropleth_classes(values)

    # Then the breaks are those Decimals (never floats), and 1.5 and 1.500 fall in one class
    assert classing.breaks == (Decimal("0.010"), Decimal("1.5"), Decimal("12.345"))
    assert all(isinstance(bound, Decimal) for bound in classing.breaks)
    assert classing.class_of(Decimal("1.5")) == classing.class_of(Decimal("1.500")) == 2
    assert classing.class_of(None) == classing.class_of(Decimal("0")) == 0


def test_numbers_on_the_map_contrast_with_their_shade():
    assert text_colour_on(SHADES[-1]) == "#ffffff"
    assert text_colour_on(SHADES[0]) != "#ffffff"


# --- Axis ticks and columns ------------------------------------------------------------------------------------


@pytest.mark.parametrize("largest", [1, 2, 3, 7, 10, 99, 100, 465, 1329, 6224, 20642, 999_999])
def test_ticks_are_three_to_five_round_numbers_from_zero_to_above_the_largest_value(largest):
    ticks = nice_ticks([largest, 0])

    assert 3 <= len(ticks) <= 5
    assert ticks[0] == 0
    assert ticks[-1] >= largest
    steps = {later - earlier for earlier, later in zip(ticks, ticks[1:], strict=False)}
    assert len(steps) == 1
    assert str(steps.pop()).strip("0") in {"1", "2", "5"}  # 1, 2 or 5 times a power of ten
    assert all(isinstance(tick, int) for tick in ticks)  # counts have no halves


def test_ticks_of_amounts_are_decimals_written_plainly():
    assert [str(tick) for tick in nice_ticks([Decimal("1234.567")])] == ["0", "500", "1000", "1500"]
    assert [str(tick) for tick in nice_ticks([Decimal("0.9")])] == ["0.0", "0.5", "1.0"]
    assert all(isinstance(tick, Decimal) for tick in nice_ticks([Decimal("1234.567")]))


def test_a_series_of_zeros_or_no_series_still_has_an_axis():
    assert nice_ticks([0, 0, 0]) == (0, 1, 2)
    assert nice_ticks([]) == (0, 1, 2)
    assert column_chart_layout([]).columns == ()


def test_column_heights_follow_the_values_and_the_top_tick():
    # Given a series whose top tick is 8
    layout = column_chart_layout([2, 8, 0, Decimal("4.000")])

    # Then a column's height is its share of the top tick, an empty month has none, and columns stand on the axis
    plot_height = layout.plot_bottom - layout.plot_top
    assert [tick.value for tick in layout.ticks][-1] == 8
    assert [column.height for column in layout.columns] == [
        round(plot_height / 4, 2),
        round(plot_height, 2),
        0,
        round(plot_height / 2, 2),
    ]
    assert all(round(column.y + column.height, 2) == layout.plot_bottom for column in layout.columns)


def test_right_to_left_mirrors_the_columns_the_axis_and_the_labels():
    values = [3, 1, 4, 1, 5, 9, 2, 6]
    ltr = column_chart_layout(values, rtl=False)
    rtl = column_chart_layout(values, rtl=True)

    # The first point is on the left in English, on the right in Arabic: each column is the mirror of the other's
    assert rtl.columns[0].x > rtl.columns[-1].x
    for left_to_right, right_to_left in zip(ltr.columns, rtl.columns, strict=True):
        assert right_to_left.x == pytest.approx(ltr.width - left_to_right.x - left_to_right.width, abs=0.02)
        assert (right_to_left.y, right_to_left.height) == (left_to_right.y, left_to_right.height)
    # and the axis is on the side the series starts from
    assert ltr.tick_label_x < ltr.plot_left
    assert rtl.tick_label_x > rtl.plot_right


def test_column_labels_do_not_crowd_but_the_first_and_last_are_always_written():
    layout = column_chart_layout(list(range(60)), label_width=60)

    indexes = [label.index for label in layout.labels]
    assert indexes[0] == 0
    assert indexes[-1] == 59
    assert 3 <= len(indexes) < 60
    positions = sorted(label.x for label in layout.labels)
    assert all(later - earlier >= 60 for earlier, later in zip(positions, positions[1:], strict=False))


# --- The map file ----------------------------------------------------------------------------------------------


def test_the_map_file_has_all_eleven_governorates_and_stays_small():
    geography = load_governorate_map()

    assert set(geography.governorates) == ALL_GOVERNORATES
    assert GOVERNORATE_MAP_FILE.stat().st_size < 30_000
    assert "Natural Earth" in json.loads(GOVERNORATE_MAP_FILE.read_text())["source"]


def test_each_label_is_inside_its_governorate_and_each_callout_off_land():
    build = load_build_script()
    geography = load_governorate_map()
    rings = {slug: polygons_of(shape.path) for slug, shape in geography.governorates.items()}

    for slug, shape in geography.governorates.items():
        assert any(build.inside(shape.label, [ring]) for ring in rings[slug]), slug
        if shape.callout:
            assert not any(build.inside(shape.callout, [ring]) for all_rings in rings.values() for ring in all_rings)


def test_musandam_keeps_its_peninsula_and_its_exclave_at_the_top_of_the_map():
    geography = load_governorate_map()
    musandam = polygons_of(geography.governorates["musandam"].path)
    muscat = polygons_of(geography.governorates["muscat"].path)

    assert len(musandam) >= 2  # the peninsula and Madha (with the hole of Nahwa)
    assert max(len(ring) for ring in musandam) > 20  # still a recognisable coast, not a triangle
    assert max(y for ring in musandam for _x, y in ring) < min(y for ring in muscat for _x, y in ring)


# --- The map tag -----------------------------------------------------------------------------------------------


def test_the_map_draws_all_eleven_governorates_in_colours_of_the_palette():
    with reader("en"):
        html = governorate_map(registry_rows())

    paths = paths_by_governorate(html)
    assert set(paths) == ALL_GOVERNORATES
    assert {path.get("fill") for path in paths.values()} <= {*SHADES, NO_VALUE_COLOUR}
    assert len({path.get("fill") for path in paths.values()}) == 5
    assert paths["muscat"].find(f"{SVG}title").text == "Muscat: 700"


def test_a_governorate_missing_from_the_rows_counts_as_zero():
    # Given rows that leave Al Buraimi out
    rows = [row for row in registry_rows() if row.code != "al_buraimi"]

    # When the map is drawn, in either language
    with reader("en"):
        english = governorate_map(rows)
    with reader("ar"):
        arabic = governorate_map(rows)

    # Then Al Buraimi is drawn, neutral, named, with zero; and the key has a neutral entry for zero
    assert paths_by_governorate(english)["al_buraimi"].get("fill") == NO_VALUE_COLOUR
    assert paths_by_governorate(english)["al_buraimi"].find(f"{SVG}title").text == "Al Buraimi: 0"
    assert paths_by_governorate(arabic)["al_buraimi"].find(f"{SVG}title").text.startswith("البريمي")
    assert legend_texts(english)[0] == "0"


def test_names_are_escaped():
    rows = registry_rows()
    rows[0] = Row(rows[0].code, "<script>alert(1)</script>", 5)

    with reader("en"):
        html = governorate_map(rows)

    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;: 5" in html


def test_arabic_readers_get_their_digits_on_the_map_and_in_its_titles():
    rows = registry_rows(dhofar=6224)

    with reader("ar", digits="arab"):
        html = governorate_map(rows)
    with reader("ar", digits="latn"):
        latin = governorate_map(rows)

    texts = [text.text for text in parse(html).iter(f"{SVG}text")]
    assert "٦٬٢٢٤" in texts
    assert not any(re.search(r"[0-9]", text) for text in texts)
    assert paths_by_governorate(html)["dhofar"].find(f"{SVG}title").text.endswith("٦٬٢٢٤")
    assert "6,224" in [text.text for text in parse(latin).iter(f"{SVG}text")]


def test_the_map_is_geography_and_is_not_mirrored_in_arabic():
    with reader("en"):
        english = paths_by_governorate(governorate_map(registry_rows()))
    with reader("ar"):
        arabic_html = governorate_map(registry_rows())

    arabic = paths_by_governorate(arabic_html)
    assert {slug: path.get("d") for slug, path in arabic.items()} == {
        slug: path.get("d") for slug, path in english.items()
    }
    assert parse(arabic_html).find(f"{SVG}svg").get("direction") == "rtl"  # only its text runs right to left


def test_amounts_on_the_map_have_three_decimals_and_are_not_written_on_the_land():
    rows = [Row("muscat", "Muscat", Decimal("12.34")), Row("dhofar", "Dhofar", Decimal("1250.5"))]

    with reader("en"):
        html = governorate_map(rows, unit="omr")

    assert paths_by_governorate(html)["muscat"].find(f"{SVG}title").text == "Muscat: OMR 12.340"
    assert legend_texts(html) == ["OMR 0.000", "OMR 12.340", "OMR 1,250.500"]
    assert list(parse(html).iter(f"{SVG}text")) == []


def test_shares_on_the_map_are_percentages():
    rows = [Row("muscat", "Muscat", Decimal("0.425")), Row("dhofar", "Dhofar", Decimal("0.575"))]

    with reader("en"):
        html = governorate_map(rows, unit="percent")

    assert paths_by_governorate(html)["muscat"].find(f"{SVG}title").text == "Muscat: 42.5%"
    assert "57.5%" in [text.text for text in parse(html).iter(f"{SVG}text")]


def test_the_map_has_a_title_that_names_it_for_screen_readers():
    with reader("en"):
        html = governorate_map(registry_rows(), title="Sales by governorate")

    svg = parse(html).find(f"{SVG}svg")
    title = svg.find(f"{SVG}title")
    assert svg.get("role") == "img"
    assert svg.get("aria-labelledby") == title.get("id")
    assert title.text == "Sales by governorate"


def test_an_unknown_unit_is_an_error_not_a_wrong_number():
    from django.template import TemplateSyntaxError

    with pytest.raises(TemplateSyntaxError):
        governorate_map(registry_rows(), unit="rials")


# --- The column chart tag --------------------------------------------------------------------------------------


MONTHS = [("Sep 2026", Decimal("120.500")), ("Oct 2026", Decimal("0")), ("Nov 2026", Decimal("1210.3"))]


def columns_of(html: str) -> list[tuple[str, float]]:
    """(title, x of the visible column) per column, in the order of the series."""
    result = []
    for group in parse(html).iter(f"{SVG}g"):
        title = group.find(f"{SVG}title")
        if title is not None:
            visible = group.findall(f"{SVG}rect")[-1]
            result.append((title.text, float(visible.get("x"))))
    return result


def test_the_column_chart_runs_from_right_to_left_in_arabic():
    with reader("en"):
        english = columns_of(column_chart(MONTHS, unit="omr"))
    with reader("ar"):
        arabic = columns_of(column_chart(MONTHS, unit="omr"))

    # The first month is the leftmost column in English and the rightmost in Arabic
    assert english[0][1] < english[-1][1]
    assert arabic[0][1] > arabic[-1][1]


def test_each_column_is_titled_with_its_label_and_amount_with_three_decimals():
    with reader("en"):
        html = column_chart([Point(label, value) for label, value in MONTHS], unit="omr")

    assert [title for title, _x in columns_of(html)] == [
        "Sep 2026: OMR 120.500",
        "Oct 2026: OMR 0.000",
        "Nov 2026: OMR 1,210.300",
    ]
    texts = [text.text for text in parse(html).iter(f"{SVG}text")]
    assert "OMR" in texts  # the axis names its currency once
    assert {"0", "500", "1,000", "1,500"} <= set(texts)
    assert {"Sep 2026", "Nov 2026"} <= set(texts)


def test_the_column_chart_writes_the_readers_digits():
    with reader("ar", digits="arab"):
        html = column_chart([("نوفمبر", 1500), ("ديسمبر", 20)])

    assert "١٬٥٠٠" in [title for title, _x in columns_of(html)][0]
    assert not any(re.search(r"[0-9]", text.text) for text in parse(html).iter(f"{SVG}text"))


# --- The relative bar, and what every chart leaves out ---------------------------------------------------------


def test_the_relative_bar_fills_its_cell_for_the_largest_row_and_grows_from_the_start_of_the_line():
    with reader("en"):
        assert '<rect x="0" y="2" width="100.0"' in relative_bar(Decimal("12.500"), Decimal("12.500"))
        assert '<rect x="0" y="2" width="25.0"' in relative_bar(1, 4)
        assert '<rect x="0" y="2" width="0"' in relative_bar(0, 0)
    with reader("ar"):
        assert '<rect x="75.0" y="2" width="25.0"' in relative_bar(Decimal("0.250"), 1)
    assert 'aria-hidden="true"' in relative_bar(1, 4)


def test_no_chart_carries_a_style_attribute_or_a_script():
    with reader("ar", digits="arab"):
        rendered = Template(
            "{% load charts %}{% governorate_map rows %}{% governorate_map rows unit='omr' %}"
            "{% column_chart points unit='omr' %}{% relative_bar 3 4 %}"
        ).render(Context({"rows": registry_rows(), "points": MONTHS}))

    assert "<path" in rendered and "<rect" in rendered
    assert "style=" not in rendered
    assert "<script" not in rendered
    assert not re.search(r"\son[a-z]+=", rendered)  # no event handler attributes either


# --- The locator map (governorate and craft pages) -------------------------------------------------------------


def test_the_locator_map_highlights_only_the_governorates_it_is_given_by_a_class():
    with reader("en"):
        html = governorate_locator_map(["dhofar", "al_wusta"], title="Where frankincense is made")

    paths = {path.get("data-governorate"): path.get("class") for path in parse(html).iter(f"{SVG}path")}
    assert set(paths) == ALL_GOVERNORATES
    highlighted = {slug for slug, classes in paths.items() if "locator-map__area--highlighted" in classes.split()}
    assert highlighted == {"dhofar", "al_wusta"}
    assert all("locator-map__area" in classes.split() for classes in paths.values())
    # Coloured by the stylesheet: no fill in the markup, and nothing the Content-Security-Policy blocks.
    assert "fill=" not in html and "style=" not in html and "<script" not in html


def test_the_locator_map_is_titled_and_names_each_governorate_in_the_pages_language():
    with reader("ar"):
        html = governorate_locator_map(["dhofar"], title="ظفار على خريطة محافظات عُمان")

    svg = parse(html)
    title = svg.find(f"{SVG}title")
    assert svg.get("role") == "img" and svg.get("aria-labelledby") == title.get("id")
    assert title.text == "ظفار على خريطة محافظات عُمان"
    assert paths_by_governorate(html)["muscat"].find(f"{SVG}title").text == "مسقط"
