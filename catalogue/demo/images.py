"""Procedural product photos and artisan portraits for the Hirfa demo catalogue.

The demo data set needs a picture for every product and artisan, but the demo must run offline and must
not ship or download third-party photographs (licensing, size, and network access in CI).  This module
therefore *draws* stylised illustrations of every Omani handicraft item in the demo catalogue with Pillow
alone: no numpy, no fonts, no bundled assets, no network.

Every image is deterministic: all variation (backdrop hue, proportions, band colours, rotation, ...) comes
from a private ``random.Random`` seeded with the call's arguments, never from the global ``random`` state,
and nothing depends on time, hashing of ``str`` objects or the machine.  The same arguments therefore give
byte-identical JPEGs, so fixtures, tests and repeated ``loaddemo`` runs are stable and cacheable.

Drawing happens at twice the output size and is downsampled with LANCZOS for smooth edges.  Geometry is
written in a 1000 x 1000 "unit" space that the canvas maps to pixels (with a small seeded rotation/scale).
"""

from __future__ import annotations

import colorsys
import math
import random
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from io import BytesIO
from itertools import pairwise

from PIL import Image, ImageChops, ImageDraw, ImageFilter

Point = tuple[float, float]
Color = tuple[int, int, int]
Stops = tuple[tuple[int, Color], ...]

__all__ = ["ITEM_KEYS", "render_artisan_portrait", "render_product_photo"]

# --------------------------------------------------------------------------------------------------
# Colours and palettes
# --------------------------------------------------------------------------------------------------

_PALETTES: dict[str, dict[str, Color | float]] = {
    "silver": {"dark": (58, 62, 72), "base": (158, 164, 172), "light": (216, 220, 226), "lum": 0.72},
    "gold_plated": {"dark": (98, 62, 16), "base": (198, 148, 56), "light": (242, 208, 120), "lum": 0.6},
    "copper": {"dark": (84, 34, 16), "base": (182, 90, 46), "light": (236, 150, 98), "lum": 0.5},
    "clay": {"dark": (110, 48, 28), "base": (186, 96, 60), "light": (224, 148, 106), "lum": 0.5},
    "palm_frond": {"dark": (150, 114, 60), "base": (226, 196, 130), "light": (246, 228, 178), "lum": 0.72},
    "cotton": {"dark": (172, 166, 150), "base": (238, 233, 220), "light": (252, 250, 244), "lum": 0.9},
    "wool": {"dark": (70, 14, 18), "base": (150, 30, 36), "light": (196, 70, 60), "lum": 0.35},
    "camel_hair": {"dark": (86, 58, 34), "base": (160, 116, 72), "light": (212, 174, 124), "lum": 0.5},
    "wood": {"dark": (70, 40, 20), "base": (136, 86, 46), "light": (186, 132, 82), "lum": 0.4},
    "sandalwood": {"dark": (120, 80, 44), "base": (190, 140, 88), "light": (226, 186, 134), "lum": 0.6},
    "frankincense": {"dark": (178, 118, 36), "base": (232, 190, 100), "light": (250, 232, 168), "lum": 0.75},
    "oud": {"dark": (40, 22, 12), "base": (92, 56, 32), "light": (150, 100, 60), "lum": 0.3},
    "rose": {"dark": (150, 48, 80), "base": (222, 118, 148), "light": (248, 192, 206), "lum": 0.65},
    "kohl_stone": {"dark": (20, 20, 24), "base": (54, 54, 60), "light": (112, 112, 122), "lum": 0.25},
    "bone": {"dark": (160, 142, 110), "base": (230, 220, 194), "light": (250, 246, 232), "lum": 0.85},
    "coconut_shell": {"dark": (44, 26, 14), "base": (96, 62, 38), "light": (152, 110, 72), "lum": 0.3},
}
_NEUTRAL: dict[str, Color | float] = {
    "dark": (84, 84, 88),
    "base": (160, 156, 150),
    "light": (218, 214, 206),
    "lum": 0.6,
}
_METALS = {"silver", "gold_plated", "copper"}

_DYES: tuple[Color, ...] = (
    (176, 34, 46),
    (34, 120, 70),
    (108, 44, 124),
    (196, 52, 112),
    (222, 124, 36),
    (28, 110, 130),
)
_EMBROIDERY: tuple[Color, ...] = (
    (178, 30, 44),
    (214, 152, 28),
    (30, 118, 72),
    (36, 64, 150),
    (120, 44, 130),
    (220, 96, 40),
    (24, 140, 150),
)
_POT_PAINT: tuple[Color, ...] = (
    (58, 30, 22),
    (238, 222, 192),
    (140, 32, 26),
    (34, 32, 34),
    (40, 96, 120),
    (214, 170, 60),
)
_BG_HUES = (0.08, 0.11, 0.3, 0.36, 0.5, 0.56, 0.6, 0.72, 0.8, 0.95, 0.02)


def _clamp(v: float) -> int:
    return 0 if v < 0 else 255 if v > 255 else int(v + 0.5)


def _mix(a: Color, b: Color, t: float) -> Color:
    return (_clamp(a[0] + (b[0] - a[0]) * t), _clamp(a[1] + (b[1] - a[1]) * t), _clamp(a[2] + (b[2] - a[2]) * t))


def _mul(a: Color, f: float) -> Color:
    return (_clamp(a[0] * f), _clamp(a[1] * f), _clamp(a[2] * f))


def _hsv(h: float, s: float, v: float) -> Color:
    r, g, b = colorsys.hsv_to_rgb(h % 1.0, max(0.0, min(1.0, s)), max(0.0, min(1.0, v)))
    return (_clamp(r * 255), _clamp(g * 255), _clamp(b * 255))


def _rgba(col: Color, a: int = 255) -> tuple[int, int, int, int]:
    return (col[0], col[1], col[2], a)


# Tones of one material, as pieces differ: as it is, warm and light, darkened with age (oxidised silver, smoked
# clay, old wood), cool.
_TONES: tuple[tuple[Color, float, float], ...] = (
    ((255, 255, 255), 0.0, 1.0),
    ((255, 232, 200), 0.2, 1.04),
    ((90, 70, 60), 0.18, 0.86),
    ((200, 214, 236), 0.16, 1.0),
)


def _palette(material: str, tone: int = 0) -> dict[str, Color | float]:
    pal = dict(_PALETTES.get(material, _NEUTRAL))
    tint, amount, brightness = _TONES[tone % len(_TONES)]
    for key in ("dark", "base", "light"):
        pal[key] = _mul(_mix(pal[key], tint, amount), brightness)  # type: ignore[arg-type]
    pal["spec"] = _mix(pal["light"], (255, 255, 255), 0.75)  # type: ignore[arg-type]
    return pal


def _stops(pal: dict, metal: bool = False) -> Stops:
    if metal:
        spec = pal.get("spec") or _mix(pal["light"], (255, 255, 255), 0.75)
        return ((0, pal["dark"]), (105, pal["base"]), (195, pal["light"]), (248, spec), (255, spec))
    return ((0, pal["dark"]), (140, pal["base"]), (255, pal["light"]))


def _cstops(col: Color, metal: bool = False) -> Stops:
    """Shading stops derived from a single colour."""
    return _stops(
        {
            "dark": _mul(col, 0.42),
            "base": col,
            "light": _mix(col, (255, 255, 255), 0.42),
            "spec": _mix(col, (255, 255, 255), 0.85),
        },
        metal,
    )


@lru_cache(maxsize=1024)
def _lut(stops: Stops) -> list[int]:
    """768-entry lookup table mapping a luminance to colours interpolated between ``stops``."""
    chans: list[list[int]] = [[], [], []]
    for (p0, c0), (p1, c1) in pairwise(stops):
        if p1 <= p0:
            continue
        span = p1 - p0
        for k in range(3):
            a, d = c0[k], c1[k] - c0[k]
            chans[k].extend(int(a + d * (i - p0) / span + 0.5) for i in range(p0, p1))
    for k in range(3):
        first, last = stops[0][1][k], stops[-1][1][k]
        lo = [first] * stops[0][0]
        chans[k] = (lo + chans[k])[:255]
        chans[k] += [last] * (256 - len(chans[k]))
    return chans[0] + chans[1] + chans[2]


def _gmap(lum: Image.Image, stops: Stops) -> Image.Image:
    return Image.merge("RGB", (lum, lum, lum)).point(_lut(stops))


# --------------------------------------------------------------------------------------------------
# Shading profiles (0 = darkest, 255 = specular highlight; 128 is neutral for hard-light shading)
# --------------------------------------------------------------------------------------------------

_PROFILES: dict[str, tuple[tuple[float, float], ...]] = {
    "cyl": ((0, 58), (0.14, 138), (0.36, 212), (0.58, 168), (0.84, 96), (1, 54)),
    "cylm": ((0, 62), (0.07, 150), (0.24, 250), (0.31, 226), (0.44, 140), (0.6, 72), (0.78, 48), (0.91, 132), (1, 70)),
    "vert": ((0, 205), (0.5, 150), (1, 84)),
    "vertm": ((0, 236), (0.25, 200), (0.5, 118), (0.78, 62), (0.92, 110), (1, 80)),
    "flat": ((0, 150), (1, 150)),
}


@lru_cache(maxsize=32)
def _profile_strip(kind: str) -> Image.Image:
    keys = _PROFILES[kind]
    vals = []
    for i in range(256):
        t = i / 255
        j = 0
        while j < len(keys) - 2 and t > keys[j + 1][0]:
            j += 1
        (t0, v0), (t1, v1) = keys[j], keys[j + 1]
        vals.append(_clamp(v0 + (v1 - v0) * (t - t0) / (t1 - t0)))
    strip = Image.new("L", (256, 1))
    strip.putdata(vals)
    return strip


def _profile_value(kind: str, t: float) -> int:
    return _profile_strip(kind).getpixel((min(255, max(0, int(t * 255))), 0))  # type: ignore[return-value]


@lru_cache(maxsize=4)
def _sphere(metal: bool) -> Image.Image:
    n = 96
    lx, ly, lz = -0.48, -0.58, 0.66
    ln = math.sqrt(lx * lx + ly * ly + lz * lz)
    lx, ly, lz = lx / ln, ly / ln, lz / ln
    data = []
    for y in range(n):
        for x in range(n):
            nx = (x + 0.5) / n * 2 - 1
            ny = (y + 0.5) / n * 2 - 1
            r2 = nx * nx + ny * ny
            if r2 > 1:
                s = 1 / math.sqrt(r2)
                nx, ny, r2 = nx * s, ny * s, 1.0
            nz = math.sqrt(max(0.0, 1 - r2))
            lam = max(0.0, nx * lx + ny * ly + nz * lz)
            spec = math.exp(-((nx + 0.36) ** 2 + (ny + 0.42) ** 2) / (0.018 if metal else 0.03))
            if metal:
                rim = max(0.0, r2 - 0.7) * 1.6 * max(0.0, ny + 0.2)
                v = 38 + 150 * lam + 110 * spec + 60 * rim
            else:
                v = 50 + 175 * lam + 40 * spec
            data.append(_clamp(v))
    img = Image.new("L", (n, n))
    img.putdata(data)
    return img


@lru_cache(maxsize=512)
def _strip_rgb(kind: str, stops: Stops | None, strength: float) -> Image.Image:
    """A 256 x 1 RGB strip of a 1-D profile, either colour-mapped (``stops``) or as grey shading levels."""
    strip = _profile_strip(kind)
    if stops is not None:
        return _gmap(strip, stops)
    if strength != 1.0:
        strip = strip.point(_strength_lut(strength))
    return Image.merge("RGB", (strip, strip, strip))


def _profile_rgb(kind: str, w: int, h: int, stops: Stops | None, strength: float = 1.0) -> Image.Image:
    """RGB image of a shading profile of size w x h (colour-mapped when ``stops`` is given)."""
    w, h = max(1, w), max(1, h)
    if w * h <= 40000:  # beads, studs and other small repeated parts
        return _small_profile_rgb(kind, w, h, stops, strength)
    return _make_profile_rgb(kind, w, h, stops, strength)


@lru_cache(maxsize=512)
def _small_profile_rgb(kind: str, w: int, h: int, stops: Stops | None, strength: float) -> Image.Image:
    return _make_profile_rgb(kind, w, h, stops, strength)


def _make_profile_rgb(kind: str, w: int, h: int, stops: Stops | None, strength: float) -> Image.Image:
    if kind in ("sph", "sphm"):
        lum = _sphere(kind == "sphm").resize((w, h), Image.BILINEAR)
        if stops is not None:
            return _gmap(lum, stops)
        if strength != 1.0:
            lum = lum.point(_strength_lut(strength))
        return Image.merge("RGB", (lum, lum, lum))
    if kind.startswith("h"):  # horizontal cylinder: profile runs top to bottom
        strip = _strip_rgb(kind[1:], stops, strength)
        return strip.resize((h, 1), Image.BILINEAR).transpose(Image.Transpose.TRANSPOSE).resize((w, h), Image.NEAREST)
    if kind.startswith("vert"):
        strip = _strip_rgb(kind, stops, strength)
        return strip.resize((h, 1), Image.BILINEAR).transpose(Image.Transpose.TRANSPOSE).resize((w, h), Image.NEAREST)
    return _strip_rgb(kind, stops, strength).resize((w, 1), Image.BILINEAR).resize((w, h), Image.NEAREST)


@lru_cache(maxsize=16)
def _strength_lut(strength: float) -> list[int]:
    return [_clamp(128 + (i - 128) * strength) for i in range(256)]


@lru_cache(maxsize=8)
def _weave_tile(cell: int) -> Image.Image:
    """Luminance tile of a diagonal palm-frond plait (strands alternate over/under)."""
    size = 2 * cell
    data = []
    for y in range(size):
        for x in range(size):
            u, v = (x + y) // cell, (x - y) // cell
            if (u + v) % 2 == 0:
                across, along = ((x - y) % cell) / cell, ((x + y) % cell) / cell
            else:
                across, along = ((x + y) % cell) / cell, ((x - y) % cell) / cell
            val = 120 + 135 * math.sin(math.pi * across) ** 0.5 * (0.72 + 0.28 * math.sin(math.pi * along))
            data.append(_clamp(val))
    img = Image.new("L", (size, size))
    img.putdata(data)
    return img


def _tiled(tile: Image.Image, w: int, h: int) -> Image.Image:
    tw, th = tile.size
    out = Image.new(tile.mode, (w, h))
    for y in range(0, h, th):
        for x in range(0, w, tw):
            out.paste(tile, (x, y))
    return out


# --------------------------------------------------------------------------------------------------
# Geometry helpers (all in unit space, 1000 x 1000)
# --------------------------------------------------------------------------------------------------


def _ellipse(
    cx: float, cy: float, rx: float, ry: float, n: int = 48, a0: float = 0.0, a1: float = math.tau
) -> list[Point]:
    full = abs(a1 - a0) >= math.tau - 1e-9
    cnt = n if full else n + 1
    return [
        (cx + rx * math.cos(a0 + (a1 - a0) * i / n), cy + ry * math.sin(a0 + (a1 - a0) * i / n)) for i in range(cnt)
    ]


def _smooth(pts: Sequence[Point], n: int = 6) -> list[Point]:
    """Catmull-Rom spline through ``pts``."""
    out: list[Point] = []
    m = len(pts)
    for i in range(m - 1):
        p0 = pts[i - 1] if i > 0 else pts[i]
        p1, p2 = pts[i], pts[i + 1]
        p3 = pts[i + 2] if i + 2 < m else p2
        for s in range(n):
            t = s / n
            t2, t3 = t * t, t * t * t
            out.append(
                tuple(  # type: ignore[arg-type]
                    0.5
                    * (
                        2 * p1[k]
                        + (p2[k] - p0[k]) * t
                        + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2
                        + (3 * p1[k] - p0[k] - 3 * p2[k] + p3[k]) * t3
                    )
                    for k in (0, 1)
                )
            )
    out.append(tuple(pts[-1]))  # type: ignore[arg-type]
    return out


def _lathe(cx: float, prof: Sequence[Point], n: int = 6) -> tuple[list[Point], list[Point]]:
    """Silhouette of a turned vessel from a (y, radius) profile listed top to bottom."""
    sp = _smooth(prof, n)
    right = [(cx + r, y) for y, r in sp]
    left = [(cx - r, y) for y, r in reversed(sp)]
    yb, rb = sp[-1]
    base = [(cx + rb * math.cos(math.pi * i / 16), yb + _TILT * rb * math.sin(math.pi * i / 16)) for i in range(1, 16)]
    return right + base + left, sp


def _r_at(sp: Sequence[Point], y: float) -> float:
    if y <= sp[0][0]:
        return sp[0][1]
    for (y0, r0), (y1, r1) in pairwise(sp):
        if y0 <= y <= y1:
            return r0 if y1 == y0 else r0 + (r1 - r0) * (y - y0) / (y1 - y0)
    return sp[-1][1]


def _stroke(center: Sequence[Point], widths: Sequence[float] | float) -> tuple[list[Point], list[Point], list[Point]]:
    """Outline of a thick curve; returns (polygon, left edge, right edge)."""
    m = len(center)
    ws = [float(widths)] * m if isinstance(widths, (int, float)) else list(widths)
    left: list[Point] = []
    right: list[Point] = []
    for i, (x, y) in enumerate(center):
        a, b = center[max(i - 1, 0)], center[min(i + 1, m - 1)]
        dx, dy = b[0] - a[0], b[1] - a[1]
        ln = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / ln, dx / ln
        hw = ws[i] / 2
        left.append((x + nx * hw, y + ny * hw))
        right.append((x - nx * hw, y - ny * hw))
    return left + right[::-1], left, right


def _keyed(keys: Sequence[Point], t: float) -> float:
    for (t0, v0), (t1, v1) in pairwise(keys):
        if t0 <= t <= t1:
            return v0 + (v1 - v0) * (t - t0) / (t1 - t0 or 1)
    return keys[-1][1] if t > keys[-1][0] else keys[0][1]


def _quad(q: Sequence[Point], u: float, v: float) -> Point:
    """Bilinear point inside quad (p00, p10, p11, p01)."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = q
    ax, ay = x0 + (x1 - x0) * u, y0 + (y1 - y0) * u
    bx, by = x3 + (x2 - x3) * u, y3 + (y2 - y3) * u
    return (ax + (bx - ax) * v, ay + (by - ay) * v)


def _qpoly(q: Sequence[Point], pts: Sequence[Point]) -> list[Point]:
    return [_quad(q, u, v) for u, v in pts]


def _star(
    cx: float, cy: float, r: float, points: int = 8, inner: float = 0.765, rot: float = 0.0, sy: float = 1.0
) -> list[Point]:
    out = []
    for i in range(points * 2):
        a = rot + math.pi * i / points - math.pi / 2
        rr = r if i % 2 == 0 else r * inner
        out.append((cx + rr * math.cos(a), cy + rr * math.sin(a) * sy))
    return out


def _blob(
    rng: random.Random, cx: float, cy: float, rx: float, ry: float, n: int = 7, jitter: float = 0.22, rot: float = 0.0
) -> list[Point]:
    pts = []
    for i in range(n):
        a = math.tau * i / n
        f = 1 + rng.uniform(-jitter, jitter)
        x, y = rx * f * math.cos(a), ry * f * math.sin(a)
        pts.append((cx + x * math.cos(rot) - y * math.sin(rot), cy + x * math.sin(rot) + y * math.cos(rot)))
    pts.append(pts[0])
    sm = _smooth([pts[-2], *pts, pts[1]], 3)
    return sm[3:-3]


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[piv] = m[piv], m[col]
        p = m[col][col] or 1e-12
        for r in range(n):
            if r != col:
                f = m[r][col] / p
                for k in range(col, n + 1):
                    m[r][k] -= f * m[col][k]
    return [m[i][n] / (m[i][i] or 1e-12) for i in range(n)]


def _persp_coeffs(dst: Sequence[Point], src: Sequence[Point]) -> list[float]:
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rhs.append(u)
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.append(v)
    return _solve(rows, rhs)


# --------------------------------------------------------------------------------------------------
# Canvas: an RGBA layer at 2x resolution with a unit -> pixel transform
# --------------------------------------------------------------------------------------------------


class _Canvas:
    def __init__(self, px: int, angle: float = 0.0, scale: float = 1.0, dx: float = 0.0, dy: float = 0.0) -> None:
        self.px = px
        self.k = px / 1000.0
        self.img = Image.new("RGBA", (px, px), (0, 0, 0, 0))
        self.draw = ImageDraw.Draw(self.img)
        a = math.radians(angle)
        self.ca, self.sa = math.cos(a) * scale, math.sin(a) * scale
        self.scale = scale
        self.dx, self.dy = dx, dy
        self.grounds: list[tuple[float, float, float, float, int]] = []
        self._ops: list[tuple[str, list[Point], tuple[int, int, int, int], int]] = []

    # -- transforms -----------------------------------------------------------------------------
    def tp(self, pts: Sequence[Point]) -> list[Point]:
        k, ca, sa, ox, oy = self.k, self.ca, self.sa, 500 + self.dx, 500 + self.dy
        return [
            ((ox + (x - 500) * ca - (y - 500) * sa) * k, (oy + (x - 500) * sa + (y - 500) * ca) * k) for x, y in pts
        ]

    def turn(self, degrees: float) -> None:
        """Rotate everything drawn from now on by an extra angle about the centre."""
        a = math.atan2(self.sa, self.ca) + math.radians(degrees)
        self.ca, self.sa = math.cos(a) * self.scale, math.sin(a) * self.scale

    def w(self, units: float) -> int:
        return max(1, round(units * self.k * self.scale))

    def _box(self, ppts: Sequence[Point]) -> tuple[int, int, int, int] | None:
        xs = [p[0] for p in ppts]
        ys = [p[1] for p in ppts]
        x0, y0 = max(0, int(min(xs)) - 1), max(0, int(min(ys)) - 1)
        x1, y1 = min(self.px, int(max(xs)) + 2), min(self.px, int(max(ys)) + 2)
        if x1 <= x0 or y1 <= y0:
            return None
        return x0, y0, x1, y1

    def _mask(self, ppts: Sequence[Point], box: tuple[int, int, int, int]) -> Image.Image:
        x0, y0, x1, y1 = box
        mask = Image.new("L", (x1 - x0, y1 - y0), 0)
        ImageDraw.Draw(mask).polygon([(x - x0, y - y0) for x, y in ppts], fill=255)
        return mask

    def _ref_profile(
        self,
        kind: str,
        box: tuple[int, int, int, int],
        ref: Sequence[Point] | None,
        ppts: Sequence[Point],
        stops: Stops | None,
        strength: float = 1.0,
    ) -> Image.Image:
        rp = self.tp(ref) if ref is not None else ppts
        xs = [p[0] for p in rp]
        ys = [p[1] for p in rp]
        rx0, ry0 = int(min(xs)), int(min(ys))
        rw, rh = int(max(xs)) - rx0 + 1, int(max(ys)) - ry0 + 1
        x0, y0, x1, y1 = box
        prof = _profile_rgb(kind, rw, rh, stops, strength)
        if (rx0, ry0, rw, rh) != (x0, y0, x1 - x0, y1 - y0):
            prof = prof.crop((x0 - rx0, y0 - ry0, x1 - rx0, y1 - ry0))
        return prof

    # -- flat drawing ---------------------------------------------------------------------------
    def poly(self, pts: Sequence[Point], color: Color, outline: Color | None = None, width: float = 0.0) -> None:
        pp = self.tp(pts)
        self.draw.polygon(pp, fill=_rgba(color))
        if outline is not None and width > 0:
            self.draw.line([*pp, pp[0]], fill=_rgba(outline), width=self.w(width), joint="curve")

    def erase(self, pts: Sequence[Point]) -> None:
        self.draw.polygon(self.tp(pts), fill=(0, 0, 0, 0))

    def line(self, pts: Sequence[Point], color: Color, width: float) -> None:
        self.draw.line(self.tp(pts), fill=_rgba(color), width=self.w(width), joint="curve")

    def circle(self, cx: float, cy: float, r: float, color: Color, ry: float | None = None) -> None:
        self.poly(_ellipse(cx, cy, r, r if ry is None else ry, n=max(12, min(64, int(r / 2) + 12))), color)

    # -- shaded drawing -------------------------------------------------------------------------
    def grad(
        self,
        pts: Sequence[Point],
        stops: Stops,
        kind: str = "cyl",
        ref: Sequence[Point] | None = None,
        outline: Color | None = None,
        width: float = 0.0,
    ) -> None:
        pp = self.tp(pts)
        box = self._box(pp)
        if box is None:
            return
        self.img.paste(self._ref_profile(kind, box, ref, pp, stops), box[:2], self._mask(pp, box))
        if outline is not None and width > 0:
            self.draw.line([*pp, pp[0]], fill=_rgba(outline), width=self.w(width), joint="curve")

    def ball(self, cx: float, cy: float, r: float, stops: Stops, metal: bool = False, ry: float | None = None) -> None:
        self.grad(
            _ellipse(cx, cy, r, r if ry is None else ry, n=max(12, min(64, int(r / 2) + 12))),
            stops,
            "sphm" if metal else "sph",
        )

    def shade(
        self, pts: Sequence[Point], kind: str = "cyl", strength: float = 1.0, ref: Sequence[Point] | None = None
    ) -> None:
        """Hard-light a shading profile over what is already drawn inside ``pts``."""
        pp = self.tp(pts)
        box = self._box(pp)
        if box is None:
            return
        prof = self._ref_profile(kind, box, ref, pp, None, round(strength, 2))
        region = self.img.crop(box)
        out = ImageChops.hard_light(region.convert("RGB"), prof)
        mask = ImageChops.multiply(self._mask(pp, box), region.getchannel("A"))
        self.img.paste(out, box[:2], mask)

    def weave(self, pts: Sequence[Point], cell: float = 16.0) -> None:
        pp = self.tp(pts)
        box = self._box(pp)
        if box is None:
            return
        tile = _weave_tile(max(4, round(cell * self.k * self.scale)))
        x0, y0, x1, y1 = box
        lum = _tiled(tile, x1 - x0, y1 - y0)
        region = self.img.crop(box)
        out = ImageChops.multiply(region.convert("RGB"), Image.merge("RGB", (lum, lum, lum)))
        mask = ImageChops.multiply(self._mask(pp, box), region.getchannel("A"))
        self.img.paste(out, box[:2], mask)

    def texture(self, pts: Sequence[Point], make: Callable[[int, int, float], Image.Image]) -> None:
        """Fill ``pts`` with an RGB texture ``make(w, h, px_per_unit)`` sized to the polygon's bounding box."""
        pp = self.tp(pts)
        box = self._box(pp)
        if box is None:
            return
        x0, y0, x1, y1 = box
        self.img.paste(make(x1 - x0, y1 - y0, self.k * self.scale), box[:2], self._mask(pp, box))

    def warp(self, quad: Sequence[Point], tex: Image.Image) -> None:
        """Map an RGB texture onto a quadrilateral (p00, p10, p11, p01) with a perspective transform."""
        pp = self.tp(quad)
        box = self._box(pp)
        if box is None:
            return
        x0, y0, x1, y1 = box
        tw, th = tex.size
        coeffs = _persp_coeffs([(x - x0, y - y0) for x, y in pp], [(0, 0), (tw, 0), (tw, th), (0, th)])
        out = tex.transform((x1 - x0, y1 - y0), Image.Transform.PERSPECTIVE, coeffs, Image.BILINEAR)
        self.img.paste(out, box[:2], self._mask(pp, box))

    def tube(
        self, left: Sequence[Point], right: Sequence[Point], stops: Stops, kind: str = "cylm", m: int = 14
    ) -> None:
        """Fill the band between two edges with lengthwise strips shaded like a bent cylinder."""
        n = len(left)
        for j in range(m):
            t0, t1 = j / m, (j + 1) / m
            a = [
                (left[i][0] + (right[i][0] - left[i][0]) * t0, left[i][1] + (right[i][1] - left[i][1]) * t0)
                for i in range(n)
            ]
            b = [
                (left[i][0] + (right[i][0] - left[i][0]) * t1, left[i][1] + (right[i][1] - left[i][1]) * t1)
                for i in range(n)
            ]
            v = _profile_value(kind, (j + 0.5) / m)
            lut = _lut(stops)
            col = (lut[v], lut[256 + v], lut[512 + v])
            self.poly(a + b[::-1], col)
            self.draw.line(self.tp(a + b[::-1] + a[:1]), fill=_rgba(col), width=1)

    def tube_shade(
        self, left: Sequence[Point], right: Sequence[Point], kind: str = "cyl", m: int = 12, strength: float = 0.7
    ) -> None:
        """Overlay lengthwise light/dark strips (keeps existing colours and patterns)."""
        n = len(left)
        for j in range(m):
            t0, t1 = j / m, (j + 1) / m
            a = [
                (left[i][0] + (right[i][0] - left[i][0]) * t0, left[i][1] + (right[i][1] - left[i][1]) * t0)
                for i in range(n)
            ]
            b = [
                (left[i][0] + (right[i][0] - left[i][0]) * t1, left[i][1] + (right[i][1] - left[i][1]) * t1)
                for i in range(n)
            ]
            v = (_profile_value(kind, (j + 0.5) / m) - 128) * strength
            col = (255, 255, 255) if v > 0 else (0, 0, 0)
            self.opoly(a + b[::-1], col, _clamp(abs(v) * 1.4))
        self.commit()

    # -- translucent overlay (composited with alpha blending on commit) -----------------------
    def _ovadd(self, op: str, pp: list[Point], rgba: tuple[int, int, int, int], width: int = 0) -> None:
        self._ops.append((op, pp, rgba, width))

    def opoly(self, pts: Sequence[Point], color: Color, alpha: int) -> None:
        self._ovadd("poly", self.tp(pts), _rgba(color, alpha))

    def oline(self, pts: Sequence[Point], color: Color, alpha: int, width: float) -> None:
        self._ovadd("line", self.tp(pts), _rgba(color, alpha), self.w(width))

    def oring(
        self, cx: float, cy: float, r: float, color: Color, alpha: int, width: float, ry: float | None = None
    ) -> None:
        pts = _ellipse(cx, cy, r, r if ry is None else ry, n=max(12, min(48, int(r) + 8)))
        self.oline([*pts, pts[0]], color, alpha, width)

    def ocircle(self, cx: float, cy: float, r: float, color: Color, alpha: int, ry: float | None = None) -> None:
        self.opoly(_ellipse(cx, cy, r, r if ry is None else ry, n=max(12, min(48, int(r) + 8))), color, alpha)

    def _replay(self) -> tuple[tuple[int, int, int, int], Image.Image] | None:
        ops, self._ops = self._ops, []
        if not ops:
            return None
        xs = [x for _, pp, _, w in ops for x, _ in pp]
        ys = [y for _, pp, _, w in ops for _, y in pp]
        pad = max(w for *_, w in ops) + 2
        x0, y0 = max(0, int(min(xs) - pad)), max(0, int(min(ys) - pad))
        x1, y1 = min(self.px, int(max(xs) + pad) + 1), min(self.px, int(max(ys) + pad) + 1)
        if x1 <= x0 or y1 <= y0:
            return None
        layer = Image.new("RGBA", (x1 - x0, y1 - y0), (0, 0, 0, 0))
        d = ImageDraw.Draw(layer)
        for op, pp, rgba, w in ops:
            local = [(x - x0, y - y0) for x, y in pp]
            if op == "poly":
                d.polygon(local, fill=rgba)
            else:
                d.line(local, fill=rgba, width=w, joint="curve")
        return (x0, y0, x1, y1), layer

    def commit(self) -> None:
        """Alpha-blend pending overlay shapes onto the object, keeping the object's silhouette."""
        res = self._replay()
        if res is None:
            return
        box, layer = res
        region = self.img.crop(box)
        alpha = region.getchannel("A")
        merged = Image.alpha_composite(region, layer)
        merged.putalpha(alpha)
        self.img.paste(merged, box[:2])

    def float_commit(self) -> None:
        """Alpha-blend pending overlay shapes, also where nothing was drawn yet (smoke, glass)."""
        res = self._replay()
        if res is None:
            return
        box, layer = res
        self.img.paste(Image.alpha_composite(self.img.crop(box), layer), box[:2])

    def ground(self, cx: float, cy: float, rx: float, ry: float, strength: int = 150) -> None:
        """Register a soft contact shadow under the object (unit coordinates)."""
        ((px, py),) = self.tp([(cx, cy)])
        s = self.k * self.scale
        self.grounds.append((px, py, rx * s, ry * s, strength))


# --------------------------------------------------------------------------------------------------
# Backdrop, shadow, output
# --------------------------------------------------------------------------------------------------


@lru_cache(maxsize=8)
def _radial(size: int) -> Image.Image:
    g = Image.radial_gradient("L").resize((int(size * 1.5), int(size * 1.5)), Image.BILINEAR)
    off = int(size * 0.25)
    return g.crop((off, int(off * 0.8), off + size, int(off * 0.8) + size))


def _backdrop(size: int, rng: random.Random, lum: float, slot: int) -> tuple[Image.Image, Color]:
    # ``slot`` steps through the hue list so that consecutive seeds never share a backdrop hue.
    hue = _BG_HUES[slot % len(_BG_HUES)] + rng.uniform(-0.02, 0.02)
    sat = rng.uniform(0.12, 0.3)
    val = rng.uniform(0.8, 0.92) if lum < 0.55 else rng.uniform(0.56, 0.7)
    centre = _hsv(hue, sat * 0.75, min(1.0, val + 0.07))
    edge = _hsv(hue + 0.015, sat * 1.15, val * 0.7)
    bg = _gmap(_radial(size), ((0, centre), (150, _mix(centre, edge, 0.55)), (255, edge)))
    style = rng.randrange(4)
    mask = Image.new("L", (size, size), 0)
    md = ImageDraw.Draw(mask)
    a = rng.randint(16, 30)
    s = size / 1000
    if style == 0:  # lattice of eight-pointed stars
        step = rng.uniform(110, 170)
        r = step * rng.uniform(0.3, 0.42)
        yy, row = -step, 0
        while yy < 1000 + step:
            xx = -step + (step / 2 if row % 2 else 0)
            while xx < 1000 + step:
                md.line(
                    [(x * s, y * s) for x, y in _star(xx, yy, r)] + [((xx) * s, (yy - r) * s)],
                    fill=a,
                    width=max(1, int(3 * s)),
                )
                xx += step
            yy += step * 0.75
            row += 1
    elif style == 1:  # diamond trellis
        step = rng.uniform(70, 120)
        for i in range(-12, 26):
            x = i * step
            md.line([(x * s, 0), ((x + 1000) * s, 1000 * s)], fill=a, width=max(1, int(3 * s)))
            md.line([(x * s, 1000 * s), ((x + 1000) * s, 0)], fill=a, width=max(1, int(3 * s)))
    elif style == 2:  # table surface under a wall
        horizon = rng.uniform(0.62, 0.72) * size
        md.rectangle((0, horizon, size, size), fill=a + 18)
    else:  # small scattered eight-pointed stars, like a printed tile
        step = rng.uniform(60, 95)
        r = step * rng.uniform(0.14, 0.22)
        yy, row = step / 2, 0
        while yy < 1000:
            xx = step / 2 + (step / 2 if row % 2 else 0)
            while xx < 1000:
                md.polygon([(x * s, y * s) for x, y in _star(xx, yy, r)], fill=a)
                xx += step
            yy += step
            row += 1
    tint = (255, 255, 255) if (style != 2 and val < 0.85) else _mul(edge, 0.8)
    bg.paste(tint, None, mask)
    return bg, edge


def _finish(bg: Image.Image, layers: Sequence[_Placed], size: int, shadow_col: Color) -> bytes:
    """Fit each drawn object to its share of the frame (LANCZOS), add the soft shadows and encode the JPEG; the
    objects are pasted in order, so the first stands behind the others."""
    placed = []
    q = 4
    sh = Image.new("L", (size // q + 1, size // q + 1), 0)
    sd = ImageDraw.Draw(sh)
    for layer in layers:
        canvas = layer.canvas
        img = canvas.img.transpose(Image.Transpose.FLIP_LEFT_RIGHT) if layer.mirror else canvas.img
        bbox = img.getchannel("A").getbbox()
        if not bbox:
            continue
        x0, y0, x1, y1 = bbox
        f = layer.fill * size / max((x1 - x0) * layer.width, y1 - y0)
        w, h = max(1, round((x1 - x0) * f * layer.width)), max(1, round((y1 - y0) * f))
        obj = img.crop(bbox).resize((w, h), Image.LANCZOS)
        ox = round(size * (0.5 + layer.dx) - w / 2)
        oy = round(size * (0.49 + layer.dy) - h / 2)
        # Soft drop shadow at quarter resolution, offset down-right, plus contact shadows under the object.
        shadow = obj.getchannel("A").reduce(q).point(_SHADOW_LUT)
        sh.paste(
            ImageChops.lighter(sh.crop(_shadow_box(ox, oy, size, q, shadow.size)), shadow),
            ((ox + int(size * 0.018)) // q, (oy + int(size * 0.03)) // q),
        )
        for gx, gy, grx, gry, st in canvas.grounds:
            gx = canvas.px - gx if layer.mirror else gx
            cx, cy = ((gx - x0) * f * layer.width + ox) / q, ((gy - y0) * f + oy) / q
            rx, ry = grx * f * layer.width / q, gry * f / q
            sd.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=st)
        placed.append((obj, ox, oy))
    sh = sh.filter(ImageFilter.GaussianBlur(size / 160)).resize((size, size), Image.BILINEAR)
    bg.paste(_mul(shadow_col, 0.45), None, sh)
    for obj, ox, oy in placed:
        bg.paste(obj, (ox, oy), obj)
    buf = BytesIO()
    bg.save(buf, "JPEG", quality=85)
    return buf.getvalue()


def _shadow_box(ox: int, oy: int, size: int, q: int, shadow_size: tuple[int, int]) -> tuple[int, int, int, int]:
    x, y = (ox + int(size * 0.018)) // q, (oy + int(size * 0.03)) // q
    return (x, y, x + shadow_size[0], y + shadow_size[1])


_SHADOW_LUT = [int(v * 0.55) for v in range(256)]


# --------------------------------------------------------------------------------------------------
# Shared drawing motifs
# --------------------------------------------------------------------------------------------------

_TILT = 0.2  # how much horizontal circles on vessels bow downwards (viewed slightly from above)


def _bandpt(cx: float, sp: Sequence[Point], theta: float, y: float, tilt: float = _TILT) -> Point:
    r = _r_at(sp, y)
    return (cx + r * math.sin(theta), y + tilt * r * math.cos(theta))


def _band_poly(cx: float, sp: Sequence[Point], y0: float, y1: float, n: int = 24) -> list[Point]:
    top = [_bandpt(cx, sp, -math.pi / 2 + math.pi * i / n, y0) for i in range(n + 1)]
    bot = [_bandpt(cx, sp, -math.pi / 2 + math.pi * i / n, y1) for i in range(n + 1)]
    return top + bot[::-1]


def _paint_band(
    c: _Canvas, cx: float, sp: Sequence[Point], y0: float, y1: float, kind: str, cols: Sequence[Color], count: int
) -> None:
    """Paint one decorative band around a turned vessel (front half only)."""
    pi2 = math.pi / 2
    if kind == "solid":
        c.poly(_band_poly(cx, sp, y0, y1), cols[0])
        return
    if kind == "tri":
        for i in range(count):
            a, b = -pi2 + math.pi * i / count, -pi2 + math.pi * (i + 1) / count
            c.poly(
                [_bandpt(cx, sp, a, y1), _bandpt(cx, sp, b, y1), _bandpt(cx, sp, (a + b) / 2, y0)], cols[i % len(cols)]
            )
        return
    if kind == "zig":
        pts = [_bandpt(cx, sp, -pi2 + math.pi * i / (2 * count), y0 if i % 2 else y1) for i in range(2 * count + 1)]
        c.line(pts, cols[0], max(4.0, (y1 - y0) * 0.25))
        return
    if kind == "dots":
        ym = (y0 + y1) / 2
        rd = (y1 - y0) * 0.36
        for i in range(count):
            th = -pi2 + math.pi * (i + 0.5) / count
            x, y = _bandpt(cx, sp, th, ym)
            c.circle(x, y, max(1.5, rd * math.cos(th)), cols[i % len(cols)], ry=rd)
        return
    if kind == "diamond":
        ym = (y0 + y1) / 2
        for i in range(count):
            a, b = -pi2 + math.pi * i / count, -pi2 + math.pi * (i + 1) / count
            m = (a + b) / 2
            c.poly(
                [_bandpt(cx, sp, a, ym), _bandpt(cx, sp, m, y0), _bandpt(cx, sp, b, ym), _bandpt(cx, sp, m, y1)],
                cols[i % len(cols)],
            )


def _mouth(c: _Canvas, cx: float, y: float, r: float, rim: Stops, inner: Color, lip: float = 10.0) -> None:
    c.grad(_ellipse(cx, y, r, r * _TILT, 48), rim, "vert")
    c.grad(_ellipse(cx, y + 1, r - lip, (r - lip) * _TILT, 48), ((0, _mul(inner, 0.35)), (255, inner)), "vert")


def _fringe(
    c: _Canvas,
    start: Point,
    end: Point,
    length: float,
    color: Color,
    rng: random.Random,
    count: int = 30,
    direction: Point = (0.0, 1.0),
    width: float = 4.0,
) -> None:
    for i in range(count + 1):
        t = i / count
        x = start[0] + (end[0] - start[0]) * t
        y = start[1] + (end[1] - start[1]) * t
        ln = length * rng.uniform(0.8, 1.1)
        sway = rng.uniform(-0.15, 0.15)
        c.line(
            [
                (x, y),
                (x + (direction[0] + sway) * ln * 0.5, y + direction[1] * ln * 0.5),
                (x + (direction[0] + sway * 1.6) * ln, y + direction[1] * ln),
            ],
            _mul(color, rng.uniform(0.8, 1.05)),
            width,
        )


def _smoke(c: _Canvas, rng: random.Random, x: float, y: float, wisps: int) -> None:
    """Thin translucent smoke wisps rising from (x, y), fading as they rise."""
    for s in range(wisps):
        x0 = x + (s - (wisps - 1) / 2) * 26
        ph = rng.uniform(0, math.tau)
        pts = [(x0 + (8 + i * 5) * math.sin(i * 0.75 + ph), y - i * 30) for i in range(9)]
        sm = _smooth(pts, 4)
        n = len(sm)
        for i in range(n - 1):
            seg, _, _ = _stroke(sm[i : i + 2], 10 - 5 * i / n)
            c.opoly(seg, (252, 252, 252), int(95 * (1 - i / n)))
    c.float_commit()


def _wood_tex(pal: dict, rng: random.Random, vertical: bool = False) -> Callable[[int, int, float], Image.Image]:
    seed = rng.random()

    def make(w: int, h: int, k: float) -> Image.Image:
        r = random.Random(seed)
        if vertical:
            w, h = h, w
        img = Image.new("RGB", (w, h), pal["base"])
        d = ImageDraw.Draw(img)
        y = 0.0
        step = 7 * k
        while y < h:
            col = _mix(pal["base"], pal["dark"] if r.random() < 0.6 else pal["light"], r.uniform(0.15, 0.45))
            amp, freq, ph = r.uniform(1, 5) * k, r.uniform(0.004, 0.012) / k, r.uniform(0, 6.28)
            pts = [(x, y + amp * math.sin(x * freq * 6.28 + ph)) for x in range(0, w + 40, 40)]
            d.line(pts, fill=col, width=max(1, int(r.uniform(1, 3.5) * k)))
            y += step * r.uniform(0.5, 1.6)
        for _ in range(r.randint(0, 2)):  # knots
            kx, ky = r.uniform(0, w), r.uniform(0, h)
            for j in range(4):
                rr = (4 + j * 5) * k
                d.ellipse(
                    (kx - rr * 2, ky - rr, kx + rr * 2, ky + rr),
                    outline=_mix(pal["base"], pal["dark"], 0.35),
                    width=max(1, int(k)),
                )
        return img.transpose(Image.Transpose.ROTATE_90) if vertical else img

    return make


def _textile_tex(
    cols: Sequence[Color], rng: random.Random, w: int = 360, h: int = 540, density: float = 1.0
) -> Image.Image:
    """Flat Bedouin-style weave: stripes, diamonds, zigzags and dot rows (bands run across the height)."""
    img = Image.new("RGB", (w, h), cols[0])
    d = ImageDraw.Draw(img)
    y = 0.0
    kinds = ("stripe", "stripes", "diamond", "zig", "dots", "stripe", "diamond")
    while y < h:
        kind = rng.choice(kinds)
        bh = rng.choice((10, 16, 24, 34)) / density
        bg, fg = rng.sample(list(cols), 2)
        if kind == "stripe":
            d.rectangle((0, y, w, y + bh * 0.5), fill=fg)
            y += bh * 0.5
        elif kind == "stripes":
            for i in range(3):
                d.rectangle((0, y + i * bh / 3, w, y + i * bh / 3 + bh / 7), fill=fg)
            y += bh
        elif kind == "diamond":
            d.rectangle((0, y, w, y + bh * 1.4), fill=bg)
            n = max(3, int(w / (bh * 1.3)))
            cw = w / n
            acc = rng.choice(cols)
            for i in range(n):
                x = i * cw
                d.polygon(
                    [(x, y + bh * 0.7), (x + cw / 2, y + 1), (x + cw, y + bh * 0.7), (x + cw / 2, y + bh * 1.4 - 1)],
                    fill=fg,
                )
                d.polygon(
                    [
                        (x + cw * 0.35, y + bh * 0.7),
                        (x + cw / 2, y + bh * 0.45),
                        (x + cw * 0.65, y + bh * 0.7),
                        (x + cw / 2, y + bh * 0.95),
                    ],
                    fill=acc,
                )
            y += bh * 1.4
        elif kind == "zig":
            d.rectangle((0, y, w, y + bh), fill=bg)
            n = max(4, int(w / bh))
            pts = [(i * w / n, y + (bh * 0.2 if i % 2 else bh * 0.8)) for i in range(n + 1)]
            d.line(pts, fill=fg, width=max(2, int(bh * 0.22)))
            y += bh
        else:
            d.rectangle((0, y, w, y + bh * 0.8), fill=bg)
            n = max(4, int(w / (bh * 0.9)))
            for i in range(n):
                x = (i + 0.5) * w / n
                d.rectangle((x - bh * 0.15, y + bh * 0.25, x + bh * 0.15, y + bh * 0.55), fill=fg)
            y += bh * 0.8
    return img


# --------------------------------------------------------------------------------------------------
# Items: silverwork, khanjars
# --------------------------------------------------------------------------------------------------


def _khanjar(c: _Canvas, pal: dict, rng: random.Random, material: str) -> None:
    metal = _stops(pal, True)
    dark = pal["dark"]
    curl = rng.uniform(0.9, 1.1)
    top = 372
    cl = _smooth(
        [
            (500, top),
            (503, 470),
            (508, 570),
            (522, 660),
            (555, 735),
            (610 * curl + 500 * (1 - curl), 772),
            (672, 760),
            (712, 715),
            (722, 655),
        ],
        6,
    )
    n = len(cl)
    widths = [_keyed(((0, 150), (0.3, 128), (0.55, 100), (0.78, 72), (1, 40)), i / (n - 1)) for i in range(n)]
    poly, left, right = _stroke(cl, widths)
    c.ground(560, 790, 210, 26, 120)
    # belt rings hang from the left edge of the upper sheath
    for fy in (0.06, 0.3):
        i = int(fy * (n - 1))
        rx, ry = left[i][0] - 30, left[i][1] + 6
        c.grad(_ellipse(rx, ry, 46, 46, 40), metal, "sphm")
        c.erase(_ellipse(rx, ry, 29, 29, 32))
    c.tube(left, right, metal, "cylm", 16)
    c.line([*poly, poly[0]], _mul(dark, 0.8), 3)
    # cross bands with beaded edges, ring motifs between them (the "ring pattern" of the khanjar)
    bands = (0.02, 0.2, 0.42, 0.6, 0.8)
    for f in bands:
        i0, i1 = int(f * (n - 1)), min(n - 1, int(f * (n - 1)) + 2)
        c.tube(left[i0 : i1 + 1], right[i0 : i1 + 1], _cstops(_mul(pal["base"], 0.8), True), "cylm", 8)
        for i in (i0, i1):
            c.oline([left[i], right[i]], dark, 160, 3)
    c.commit()
    ring_r = 11 * rng.uniform(0.85, 1.15)
    for a, b in pairwise(bands):
        i0, i1 = int(a * (n - 1)) + 3, int(b * (n - 1)) - 1
        for i in range(i0, i1, 2):
            mx, my = (left[i][0] + right[i][0]) / 2, (left[i][1] + right[i][1]) / 2
            wdt = math.hypot(left[i][0] - right[i][0], left[i][1] - right[i][1])
            cols = 3 if wdt > 95 else 2 if wdt > 62 else 1
            for j in range(cols):
                t = (j + 0.5) / cols - 0.5
                x = mx + (left[i][0] - right[i][0]) * t * 0.75
                y = my + (left[i][1] - right[i][1]) * t * 0.75
                c.oring(x, y, ring_r * min(1.0, wdt / 90), dark, 150, 3)
                c.ocircle(x - 2, y - 2, 3, (255, 255, 255), 170)
    c.commit()
    c.ball(cl[-1][0] + 2, cl[-1][1] - 6, 24, metal, True)
    # hilt: collar, grip (horn with silver pins), flat wide pommel
    c.grad([(430, 348), (570, 348), (582, 392), (418, 392)], metal, "cylm", outline=_mul(dark, 0.9), width=2)
    grip = [(458, 350), (542, 350), (532, 262), (468, 262)]
    horn = (62, 40, 30) if rng.random() < 0.5 else (34, 30, 30)
    c.grad(grip, _cstops(horn), "cyl")
    for gy in range(272, 345, 18):
        for gx in (478, 500, 522):
            c.ball(gx + (gy - 300) * 0.02, gy, 5, metal, True)
    c.grad([(448, 262), (552, 262), (546, 244), (454, 244)], metal, "cylm")
    c.grad(
        _smooth([(410, 232), (450, 208), (500, 200), (550, 208), (590, 232), (560, 246), (440, 246), (410, 232)], 4),
        metal,
        "vertm",
        outline=_mul(dark, 0.9),
        width=2,
    )
    c.ball(500, 194, 16, metal, True)


def _khanjar_belt(c: _Canvas, pal: dict, rng: random.Random, material: str) -> None:
    """A khanjar belt lying in an S-curve: leather woven with bands of silver thread, silver buckle."""
    metal = _stops(_PALETTES["silver"], True)
    leather = rng.choice(((94, 46, 30), (52, 34, 28), (110, 30, 34), (40, 44, 70)))
    thread = (212, 216, 224)
    amp = rng.uniform(0.85, 1.15)
    cl = _smooth(
        [(190, 700), (270, 520 + 40 * (1 - amp)), (420, 400), (560, 470), (650, 600), (780, 640), (850, 470)], 7
    )
    n = len(cl)
    poly, left, right = _stroke(cl, 136)
    c.ground(520, 650, 330, 60, 110)
    c.poly(poly, leather)
    period = rng.randint(5, 7)
    dark_thread = (110, 114, 126)
    for i in range(n - 1):
        q = [left[i], left[i + 1], right[i + 1], right[i]]
        if i % period in (0, 1):  # band of silver thread with a chevron
            c.poly(q, thread)
            a = ((left[i][0] + left[i + 1][0]) / 2, (left[i][1] + left[i + 1][1]) / 2)
            b = ((right[i][0] + right[i + 1][0]) / 2, (right[i][1] + right[i + 1][1]) / 2)
            c.line([a, _quad(q, 0.5, 0.5), b], dark_thread, 5)
        elif i % period == 3:  # small silver lozenge in the leather panels
            c.poly([_quad(q, 0.5, 0.25), _quad(q, 1.0, 0.5), _quad(q, 0.5, 0.75), _quad(q, 0.0, 0.5)], thread)
    for t in (0.09, 0.91):  # silver edge threads along the belt
        c.line(
            [(lf[0] + (rt[0] - lf[0]) * t, lf[1] + (rt[1] - lf[1]) * t) for lf, rt in zip(left, right, strict=True)],
            thread,
            8,
        )
    c.tube_shade(left, right, "cyl", 10, 0.75)
    c.line([*poly, poly[0]], _mul(leather, 0.6), 3)
    # buckle at the start, pointed silver-tipped end
    bx, by = cl[0]
    buckle = [(bx - 84, by - 30), (bx + 40, by - 90), (bx + 84, by + 4), (bx - 40, by + 64)]
    c.grad(buckle, metal, "cylm", outline=_mul(metal[0][1], 0.9), width=3)
    c.erase([_quad(buckle, 0.2, 0.2), _quad(buckle, 0.8, 0.2), _quad(buckle, 0.8, 0.8), _quad(buckle, 0.2, 0.8)])
    c.grad(
        [_quad(buckle, 0.15, 0.45), _quad(buckle, 1.1, 0.45), _quad(buckle, 1.1, 0.55), _quad(buckle, 0.15, 0.55)],
        metal,
        "hcylm",
    )
    ex, ey = cl[-1]
    dx, dy = ex - cl[-4][0], ey - cl[-4][1]
    ln = math.hypot(dx, dy) or 1
    tip = (ex + dx / ln * 80, ey + dy / ln * 80)
    c.grad([left[-1], tip, right[-1]], metal, "cylm", outline=_mul(metal[0][1], 0.9), width=2)


def _ring(c: _Canvas, pal: dict, rng: random.Random, material: str) -> None:
    metal = _stops(pal, True)
    cx, cy = 500, 590
    rx, ry, th = 205 * rng.uniform(0.95, 1.05), 150, 46
    c.ground(cx, cy + ry + 8, rx * 0.9, 26, 140)
    c.grad(_ellipse(cx, cy, rx, ry, 72), metal, "sphm")
    c.grad(
        _ellipse(cx, cy - 8, rx - th, ry - th, 64),
        _stops({"dark": _mul(pal["dark"], 0.7), "base": pal["dark"], "light": pal["base"], "spec": pal["light"]}, True),
        "vertm",
    )
    c.erase(_ellipse(cx, cy + 6, rx - th - 3, ry - th - 12, 64))
    # engraved dots along the band
    for i in range(18):
        a = math.pi * 0.08 + math.pi * 0.84 * i / 17
        c.ocircle(cx + (rx - th / 2) * math.cos(a), cy + (ry - th / 2 + 6) * math.sin(a), 5, pal["dark"], 120)
    c.commit()
    # bezel with a domed stone and granulation
    gem = rng.choice(((168, 36, 28), (30, 150, 150), (200, 120, 30), (40, 70, 150)))
    top = cy - ry + 10
    c.grad(
        _lathe(cx, [(top - 70, 78), (top - 40, 92), (top - 5, 70), (top + 25, 50)])[0],
        metal,
        "cylm",
        outline=_mul(pal["dark"], 0.9),
        width=2,
    )
    c.grad(_ellipse(cx, top - 72, 80, 34, 48), metal, "vertm")
    for i in range(16):
        a = math.tau * i / 16
        c.ball(cx + 82 * math.cos(a), top - 72 + 34 * math.sin(a), 9, metal, True)
    c.ball(cx, top - 92, 58, _cstops(gem), False, ry=44)
    c.ocircle(cx - 22, top - 112, 12, (255, 255, 255), 170, ry=7)
    c.commit()


def _bracelet(c: _Canvas, pal: dict, rng: random.Random, material: str) -> None:
    metal = _stops(pal, True)
    cx, cy = 500, 450
    rx, ry, d = 270, 165, rng.uniform(70, 95)
    hx, hy = rx - 62, ry - 46
    c.ground(cx, cy + d + ry - 4, rx * 0.95, 40, 130)
    side = _ellipse(cx, cy + d, rx, ry, 72, 0, math.pi)
    c.grad([(cx + rx, cy), *side, (cx - rx, cy)], metal, "cylm")
    c.grad(_ellipse(cx, cy, rx, ry, 72), metal, "vertm")
    # inner wall and hole
    c.grad(
        _ellipse(cx, cy, hx, hy, 64),
        _stops({"dark": _mul(pal["dark"], 0.6), "base": pal["dark"], "light": pal["base"], "spec": pal["light"]}, True),
        "vertm",
    )
    # the hole is where the top opening and the bottom opening (shifted down by d) overlap
    xm = hx * math.sqrt(max(0.0, 1 - (d / (2 * hy)) ** 2))
    xs = [-xm + 2 * xm * i / 40 for i in range(41)]
    top = [(cx + x, cy + d - hy * math.sqrt(max(0.0, 1 - (x / hx) ** 2))) for x in xs]
    bot = [(cx + x, cy + hy * math.sqrt(max(0.0, 1 - (x / hx) ** 2))) for x in xs[::-1]]
    c.erase(top + bot)
    # engraved top surface and studs on the front
    for i in range(36):
        a = math.tau * i / 36
        c.ocircle(cx + (rx + hx) / 2 * math.cos(a), cy + (ry + hy) / 2 * math.sin(a), 5, pal["dark"], 110)
    c.oring(cx, cy, rx - 8, pal["dark"], 90, 2, ry=ry - 6)
    c.oring(cx, cy, hx + 8, pal["dark"], 90, 2, ry=hy + 6)
    c.commit()
    studs = rng.randint(9, 13)
    for i in range(studs):
        a = math.pi * (0.08 + 0.84 * i / (studs - 1))
        x, y = cx + rx * math.cos(a), cy + d / 2 + ry * math.sin(a)
        f = 0.55 + 0.45 * math.sin(a)
        c.ball(x, y, 20 * f + 6, metal, True, ry=(20 * f + 6) * 1.05)
        c.ball(x, y - 6 * f, 6 * f + 2, metal, True)


def _necklace(c: _Canvas, pal: dict, rng: random.Random, material: str) -> None:
    metal = _stops(pal, True)
    cx, top, hw, depth = 500, 210, 235 * rng.uniform(0.95, 1.05), 370
    c.ground(cx, 820, 120, 20, 90)
    pts = []
    steps = 46
    for i in range(steps + 1):
        t = i / steps
        pts.append((cx - hw * math.cos(math.pi * t), top + depth * math.sin(math.pi * t) ** 1.2))
    for i, (x, y) in enumerate(pts):
        if i % 2:
            c.ball(x, y, 9, metal, True)
        else:
            c.ball(x, y, 13, metal, True, ry=11)
    gem = rng.choice(((168, 36, 28), (30, 140, 140), (210, 130, 30)))
    # side coins
    for t in (0.28, 0.72):
        x, y = cx - hw * math.cos(math.pi * t), top + depth * math.sin(math.pi * t) ** 1.2
        c.line([(x, y), (x, y + 36)], metal[1][1], 4)
        c.ball(x, y + 64, 30, metal, True)
        c.oring(x, y + 64, 20, pal["dark"], 130, 2)
        c.commit()
    # central hirz amulet box with danglers
    py = top + depth + 18
    w2, h = 100, 112
    for i in range(5):
        x = cx - 72 + 36 * i
        ln = 70 + (30 if i == 2 else 0) + rng.uniform(-6, 6)
        c.line([(x, py + h - 10), (x, py + h + ln)], pal["base"], 4)
        c.ball(x, py + h + ln + 14, 16, metal, True, ry=20)
        c.poly(
            [
                (x - 3, py + h + ln + 18),
                (x + 3, py + h + ln + 18),
                (x + 3, py + h + ln + 34),
                (x - 3, py + h + ln + 34),
            ],
            pal["dark"],
        )
    box = [(cx - w2, py), (cx + w2, py), (cx + w2, py + h), (cx - w2, py + h)]
    c.grad(box, metal, "cylm", outline=_mul(pal["dark"], 0.9), width=3)
    c.grad(
        [(cx - w2 + 14, py + 14), (cx + w2 - 14, py + 14), (cx + w2 - 14, py + h - 14), (cx - w2 + 14, py + h - 14)],
        metal,
        "vertm",
    )
    for i in range(9):
        c.ball(cx - w2 + 14 + i * (2 * w2 - 28) / 8, py + 10, 8, metal, True)
        c.ball(cx - w2 + 14 + i * (2 * w2 - 28) / 8, py + h - 10, 8, metal, True)
    c.ball(cx, py + h / 2, 32, _cstops(gem))
    c.ocircle(cx - 10, py + h / 2 - 12, 8, (255, 255, 255), 170)
    for sx in (-1, 1):
        c.ball(cx + sx * 62, py + h / 2, 16, metal, True)
    c.commit()
    # clasp ends
    for x in (cx - hw, cx + hw):
        c.ball(x, top - 8, 15, metal, True)


def _anklet(c: _Canvas, pal: dict, rng: random.Random, material: str) -> None:
    metal = _stops(pal, True)
    cx, cy, rx, ry = 500, 420, 280, 135
    c.ground(cx, cy + ry + 130, rx * 0.8, 26, 90)
    links = 40
    back, front = [], []
    for i in range(links):
        a = math.tau * i / links
        (front if math.sin(a) > 0 else back).append((a, cx + rx * math.cos(a), cy + ry * math.sin(a)))
    for _a, x, y in back:
        c.ball(
            x,
            y,
            12,
            _stops(
                {
                    "dark": _mul(pal["dark"], 0.7),
                    "base": _mul(pal["base"], 0.75),
                    "light": pal["light"],
                    "spec": pal["spec"],
                },
                True,
            ),
            True,
            ry=10,
        )
    bells = []
    for j, (a, x, y) in enumerate(front):
        if j % 2 == 0 and 0.15 < a < math.pi - 0.15:
            bells.append((x, y, a))
    for x, y, a in bells:
        ln = 46 + 34 * math.sin(a) + rng.uniform(-6, 6)
        c.line([(x, y), (x, y + ln)], pal["dark"], 4)
        r = 22 + 8 * math.sin(a)
        c.ball(x, y + ln + r * 0.8, r, metal, True)
        c.poly(
            [
                (x - r * 0.75, y + ln + r * 1.05),
                (x + r * 0.75, y + ln + r * 1.05),
                (x + r * 0.75, y + ln + r * 1.2),
                (x - r * 0.75, y + ln + r * 1.2),
            ],
            _mul(pal["dark"], 0.7),
        )
        c.circle(x, y + ln + r * 1.3, r * 0.18, _mul(pal["dark"], 0.7))
    for a, x, y in front:
        c.ball(x, y, 15, metal, True, ry=12)
        c.ball(x + 6 * math.sin(a), y, 6, metal, True)


def _kohl_pot(c: _Canvas, pal: dict, rng: random.Random, material: str) -> None:
    metal = _stops(pal, True)
    cx = 500
    bw = rng.uniform(0.9, 1.1)
    prof = [
        (430, 44),
        (452, 36),
        (490, 34),
        (540, 70 * bw),
        (600, 118 * bw),
        (668, 132 * bw),
        (730, 108 * bw),
        (770, 74),
        (790, 86),
        (805, 86),
    ]
    body, sp = _lathe(cx, prof)
    c.ground(cx, 805, 130, 22, 150)
    # stick (mirwad) rising from the neck, with a finial
    c.grad([(cx - 8, 250), (cx + 8, 250), (cx + 8, 440), (cx - 8, 440)], metal, "cylm")
    c.ball(cx, 236, 24, metal, True)
    c.ball(cx, 204, 13, metal, True)
    c.grad(_lathe(cx, [(262, 10), (272, 26), (286, 10)])[0], metal, "cylm")
    c.grad(body, metal, "cylm")
    for y0, y1, kind in ((540, 556, "dots"), (600, 612, "solid"), (640, 700, "tri"), (760, 772, "solid")):
        if kind == "solid":
            c.opoly(_band_poly(cx, sp, y0, y1), pal["dark"], 120)
        elif kind == "dots":
            for i in range(9):
                th = -math.pi / 2 + math.pi * (i + 0.5) / 9
                x, y = _bandpt(cx, sp, th, (y0 + y1) / 2)
                c.ocircle(x, y, 6 * math.cos(th) + 1, pal["dark"], 130, ry=6)
        else:
            for i in range(8):
                a, b = -math.pi / 2 + math.pi * i / 8, -math.pi / 2 + math.pi * (i + 1) / 8
                c.oline(
                    [_bandpt(cx, sp, a, y1), _bandpt(cx, sp, (a + b) / 2, y0), _bandpt(cx, sp, b, y1)],
                    pal["dark"],
                    140,
                    4,
                )
    c.commit()
    c.grad(_ellipse(cx, 430, 46, 12, 32), metal, "vertm")
    # little chain from the stick's finial down to a loop on the shoulder
    sag = rng.uniform(70, 100)
    chain = [(cx - 14 - sag * math.sin(math.pi * i / 20), 262 + 280 * i / 20) for i in range(21)]
    c.line(chain, pal["dark"], 3)
    for i, (x, y) in enumerate(chain):
        c.ball(x, y, 9 if i % 2 else 7, metal, True, ry=7 if i % 2 else 10)
    c.ball(chain[-1][0], chain[-1][1] + 4, 13, metal, True)


# --------------------------------------------------------------------------------------------------
# Items: palm frond weaving
# --------------------------------------------------------------------------------------------------


def _dyes(rng: random.Random, n: int = 3) -> list[Color]:
    return rng.sample(list(_DYES), n)


def _basket(c: _Canvas, pal: dict, rng: random.Random, material: str) -> None:
    cx = 500
    wide = rng.uniform(0.92, 1.06)
    prof = [(330, 230 * wide), (420, 252 * wide), (560, 236 * wide), (690, 196 * wide), (760, 170 * wide)]
    body, sp = _lathe(cx, prof)
    dyes = _dyes(rng)
    straw = pal["base"]
    c.ground(cx, 765, 200 * wide, 34, 170)
    # arched handle behind and in front
    hl = _smooth(
        [(cx - 205 * wide, 350), (cx - 170 * wide, 210), (cx, 150), (cx + 170 * wide, 210), (cx + 205 * wide, 350)], 8
    )
    hp, hlft, hrgt = _stroke(hl, 34)
    c.poly(hp, straw)
    c.weave(hp, 9)
    c.tube_shade(hlft, hrgt, "cyl", 8, 0.8)
    c.poly(body, straw)
    y = 380.0
    while y < 740:
        bh = rng.choice((18, 26, 40))
        if rng.random() < 0.55:
            _paint_band(c, cx, sp, y, min(745, y + bh), "solid", [rng.choice(dyes)], 0)
        else:
            _paint_band(
                c,
                cx,
                sp,
                y,
                min(745, y + bh),
                rng.choice(("tri", "diamond")),
                [rng.choice(dyes), _mix(straw, (255, 255, 255), 0.2)],
                rng.randint(7, 11),
            )
        y += bh + rng.choice((30, 44, 60))
    c.weave(body, 14)
    c.shade(body, "cyl", 0.9)
    c.line([*body, body[0]], pal["dark"], 3)
    # rim coil and dark interior
    c.grad(
        _ellipse(cx, 330, 232 * wide, 232 * wide * _TILT, 60),
        ((0, _mul(pal["dark"], 0.45)), (255, pal["dark"])),
        "vert",
    )
    rim = _ellipse(cx, 330, 232 * wide, 232 * wide * _TILT, 60)
    c.line([*rim, rim[0]], _mix(straw, dyes[0], 0.5), 22)
    c.oline([*rim, rim[0]], (255, 255, 255), 60, 6)
    c.commit()


def _mat(c: _Canvas, pal: dict, rng: random.Random, material: str) -> None:
    cx, cy = 500, 520
    rx, ry = 340 * rng.uniform(0.95, 1.03), 215
    dyes = _dyes(rng)
    c.ground(cx, cy + 20, rx, ry * 0.95, 150)
    c.poly(_ellipse(cx, cy + 16, rx, ry, 80), pal["dark"])
    c.poly(_ellipse(cx, cy, rx, ry, 80), pal["base"])
    rings = rng.randint(4, 6)
    for i in range(rings):
        f = 1 - (i + 0.6) / (rings + 0.5)
        w = rng.uniform(0.04, 0.07)
        col = dyes[i % len(dyes)]
        outer = _ellipse(cx, cy, rx * f, ry * f, 72)
        c.poly(outer, col)
        c.poly(_ellipse(cx, cy, rx * (f - w), ry * (f - w), 72), pal["base"])
        if i == 1:  # triangle motifs ring
            n = 22
            for j in range(n):
                a0, a1 = math.tau * j / n, math.tau * (j + 0.5) / n
                fi = f - w - 0.07
                c.poly(
                    [
                        (cx + rx * fi * math.cos(a0), cy + ry * fi * math.sin(a0)),
                        (cx + rx * fi * math.cos(a1), cy + ry * fi * math.sin(a1)),
                        (
                            cx + rx * (fi - 0.06) * math.cos((a0 + a1) / 2),
                            cy + ry * (fi - 0.06) * math.sin((a0 + a1) / 2),
                        ),
                    ],
                    dyes[(j + 1) % len(dyes)],
                )
    c.circle(cx, cy, 24, dyes[0], ry=16)
    top = _ellipse(cx, cy, rx, ry, 80)
    c.weave(top, 12)
    # coiled rows (concentric stitch lines)
    for i in range(1, 14):
        f = i / 14
        c.oring(cx, cy, rx * f, pal["dark"], 45, 2, ry=ry * f)
    c.commit()
    c.shade(top, "vert", 0.6)
    edge = _ellipse(cx, cy, rx, ry, 80)
    c.line([*edge, edge[0]], _mix(pal["base"], dyes[0], 0.6), 12)


def _food_cover(c: _Canvas, pal: dict, rng: random.Random, material: str) -> None:
    cx, apex, base = 500, 210, 700
    rx, ry = 300 * rng.uniform(0.95, 1.05), 300 * _TILT * 1.1
    dyes = _dyes(rng)
    c.ground(cx, base + 10, rx * 1.02, ry * 1.1, 170)
    front = _ellipse(cx, base, rx, ry, 48, 0, math.pi)
    cone = [(cx, apex), *front]
    c.poly(cone, pal["base"])

    def arc(f: float) -> list[Point]:
        return _ellipse(cx, apex + (base - apex) * f, rx * f, ry * f, 40, 0, math.pi)

    f = 0.2
    k = 0
    while f < 0.96:
        fw = rng.choice((0.05, 0.07, 0.1))
        a, b = arc(f), arc(min(0.97, f + fw))
        if rng.random() < 0.6:
            c.poly(a + b[::-1], dyes[k % 3])
        else:
            n = 12
            for j in range(n):
                p = a[j * 40 // n : (j + 1) * 40 // n + 1]
                q = b[j * 40 // n : (j + 1) * 40 // n + 1]
                c.poly([p[0], p[-1], q[len(q) // 2]], dyes[(k + j) % 3])
        k += 1
        f += fw + rng.choice((0.06, 0.09, 0.12))
    c.weave(cone, 12)
    c.shade(cone, "cyl", 0.9)
    trim = arc(1.0)
    inner = arc(0.95)
    c.poly(trim + inner[::-1], _mul(dyes[0], 0.7))
    c.line([*cone, cone[0]], pal["dark"], 3)
    # loop handle at the apex
    loop = _ellipse(cx, apex - 38, 34, 40, 32)
    c.line([*loop, loop[0]], _mix(pal["base"], dyes[1], 0.5), 14)
    c.grad(_ellipse(cx, apex + 4, 26, 12, 24), _stops(pal), "vert")


def _hand_fan(c: _Canvas, pal: dict, rng: random.Random, material: str) -> None:
    dyes = _dyes(rng)
    tilt = rng.uniform(-30, 30)
    q = [(355, 200 + tilt * 0.4), (735, 230 + tilt), (728, 590 + tilt), (348, 570 + tilt * 0.4)]
    c.turn(rng.uniform(32, 46))  # lying diagonally, handle towards the bottom left
    # handle: a short stick along the panel's edge with a bound grip below it
    stick = _stroke([(342, 180), (338, 500), (334, 780)], [30, 34, 38])
    c.tube(stick[1], stick[2], _stops(_PALETTES["wood"]), "cyl", 8)
    for i in range(6):
        y = 610 + i * 26
        c.grad([(314, y), (358, y - 6), (358, y + 12), (314, y + 18)], _cstops(dyes[i % 2]), "cyl")
    panel = list(q)
    c.poly(panel, pal["base"])
    kind = rng.randrange(3)
    for i in range(8):
        u0, u1 = i / 8, (i + 1) / 8
        if kind == 0 and i % 2 == 0:
            c.poly(_qpoly(q, [(0, u0), (1, u0), (1, u1), (0, u1)]), dyes[i // 2 % 3])
        elif kind == 1 and i % 2 == 1:
            c.poly(_qpoly(q, [(u0, 0), (u1, 0), (u1, 1), (u0, 1)]), dyes[i // 2 % 3])
    if kind == 2:
        for j in range(4):
            for i in range(4):
                c.poly(
                    _qpoly(
                        q,
                        [
                            ((i + 0.5) / 4, (j + 0.1) / 4),
                            ((i + 0.9) / 4, (j + 0.5) / 4),
                            ((i + 0.5) / 4, (j + 0.9) / 4),
                            ((i + 0.1) / 4, (j + 0.5) / 4),
                        ],
                    ),
                    dyes[(i + j) % 3],
                )
    c.weave(panel, 13)
    c.shade(panel, "vert", 0.5)
    # bound edge with a coloured binding and small tassels at the corners
    c.line([q[0], q[1], q[2], q[3]], dyes[0], 16)
    _fringe(c, q[1], q[2], 34, dyes[1], rng, 16, (1.0, 0.05), 5)
    c.ball(342, 168, 22, _stops(_PALETTES["wood"]))


# --------------------------------------------------------------------------------------------------
# Items: pottery and copperwork vessels
# --------------------------------------------------------------------------------------------------


def _pottery_bands(c: _Canvas, rng: random.Random, cx: float, sp: Sequence[Point], zones: Sequence[Point]) -> None:
    paint = rng.sample(list(_POT_PAINT), 3)
    for y0, y1 in zones:
        kind = rng.choice(("tri", "zig", "dots", "diamond", "tri"))
        c.poly(_band_poly(cx, sp, y0, y0 + 5), paint[0])
        c.poly(_band_poly(cx, sp, y1 - 5, y1), paint[0])
        _paint_band(
            c, cx, sp, y0 + 9, y1 - 9, kind, [paint[1], paint[2]] if kind != "zig" else [paint[1]], rng.randint(7, 12)
        )


def _clay_finish(c: _Canvas, pal: dict, body: list[Point], metal: bool) -> None:
    if metal:
        return
    c.shade(body, "cyl", 1.0)
    c.line([*body, body[0]], _mul(pal["dark"], 0.8), 3)


def _incense_burner(c: _Canvas, pal: dict, rng: random.Random, material: str) -> None:
    metal = material == "copper"
    base, dark, light = pal["base"], pal["dark"], pal["light"]
    h = rng.uniform(0.92, 1.08)
    ty = 300
    bot = ty + 150 * h
    # square bowl shown corner-on: top rhombus, two side faces tapering down
    top_l, top_f, top_r, top_b = (292, ty), (500, ty + 52), (708, ty), (500, ty - 46)
    face_l = [top_l, top_f, (500, bot + 40), (368, bot)]
    face_r = [top_f, top_r, (632, bot), (500, bot + 40)]
    foot_top = bot + 78
    foot_l = [(448, foot_top), (500, foot_top + 14), (500, 800), (318, 752)]
    foot_r = [(500, foot_top + 14), (552, foot_top), (682, 752), (500, 800)]
    c.ground(500, 790, 200, 26, 170)
    neck = [(452, bot + 10), (548, bot + 10), (540, foot_top + 10), (460, foot_top + 10)]
    paint = rng.sample(list(_POT_PAINT[1:]) + [(196, 40, 40), (40, 120, 170), (230, 190, 40)], 3)
    if metal:
        ms = _stops(pal, True)
        c.grad(neck, ms, "cylm")
        c.grad(foot_l, ms, "vertm")
        c.grad(
            foot_r,
            _stops({"dark": _mul(dark, 0.7), "base": _mul(base, 0.7), "light": base, "spec": light}, True),
            "vertm",
        )
        c.grad(face_l, ms, "vertm")
        c.grad(
            face_r,
            _stops({"dark": _mul(dark, 0.7), "base": _mul(base, 0.7), "light": base, "spec": light}, True),
            "vertm",
        )
    else:
        c.poly(neck, _mul(base, 0.9))
        c.poly(foot_l, base)
        c.poly(foot_r, _mul(base, 0.78))
        c.poly(face_l, base)
        c.poly(face_r, _mul(base, 0.78))
    # decoration on each face: a border and a row of triangles / a diamond
    for face, f in ((face_l, 1.0), (face_r, 0.8)):
        border = [(0.06, 0.1), (0.94, 0.1), (0.94, 0.9), (0.06, 0.9)]
        if metal:
            c.oline(_qpoly(face, [*border, border[0]]), dark, 140, 4)
            c.opoly(_qpoly(face, [(0.5, 0.22), (0.78, 0.5), (0.5, 0.78), (0.22, 0.5)]), dark, 90)
            for i in range(6):
                c.ocircle(*_quad(face, (i + 0.5) / 6, 0.1), 6, light, 170)
        else:
            c.poly(_qpoly(face, [(0, 0), (1, 0), (1, 0.14), (0, 0.14)]), _mul(paint[0], f))
            for i in range(5):
                u0, u1 = i / 5, (i + 1) / 5
                c.poly(_qpoly(face, [(u0, 0.14), (u1, 0.14), ((u0 + u1) / 2, 0.42)]), _mul(paint[1], f))
            c.poly(_qpoly(face, [(0.5, 0.45), (0.68, 0.66), (0.5, 0.88), (0.32, 0.66)]), _mul(paint[2], f))
    for face, f in ((foot_l, 1.0), (foot_r, 0.8)):
        if metal:
            c.oline(_qpoly(face, [(0.05, 0.55), (0.95, 0.55)]), dark, 130, 4)
        else:
            c.poly(_qpoly(face, [(0, 0.5), (1, 0.5), (1, 0.62), (0, 0.62)]), _mul(paint[0], f))
            for i in range(4):
                u0, u1 = i / 4, (i + 1) / 4
                c.poly(_qpoly(face, [(u0, 1), (u1, 1), ((u0 + u1) / 2, 0.7)]), _mul(paint[1], f))
    c.commit()
    if not metal:
        for part in (face_l, face_r, foot_l, foot_r):
            c.shade(part, "vert", 0.7)
        for part in (face_l, face_r, foot_l, foot_r, neck):
            c.line([*part, part[0]], _mul(dark, 0.8), 3)
    # top rim and glowing coals
    c.poly([top_l, top_b, top_r, top_f], _mul(light, 0.95) if not metal else light)
    inner = [(322, ty), (500, ty - 32), (678, ty), (500, ty + 36)]
    c.poly(inner, (40, 28, 24))
    for _ in range(9):
        x, y = rng.uniform(420, 580), rng.uniform(ty - 12, ty + 12)
        c.ball(x, y, rng.uniform(12, 20), _cstops(rng.choice(((220, 90, 30), (240, 140, 40), (180, 50, 30)))))
    for p in (top_l, top_r, top_f, top_b):
        c.poly(
            [(p[0] - 16, p[1] + 2), (p[0], p[1] - 40), (p[0] + 16, p[1] + 2)], _mul(base, 0.9) if not metal else light
        )
        c.ball(p[0], p[1] - 44, 8, _cstops(paint[0] if not metal else base, metal), metal)
    _smoke(c, rng, 500, ty - 40, 3)


def _vessel(
    c: _Canvas,
    pal: dict,
    rng: random.Random,
    material: str,
    prof: list[Point],
    zones: Sequence[Point],
    handles: Sequence[tuple[float, float, float]] = (),
    mouth: bool = True,
    soot: bool = False,
) -> tuple[list[Point], list[Point]]:
    cx = 500
    body, sp = _lathe(cx, prof)
    metal = material in _METALS
    c.ground(cx, prof[-1][0], prof[-1][1] * 1.15, 24, 170)
    hstops = _stops(pal, metal)
    for hy, hout, hh in handles:
        for side in (-1, 1):
            r = _r_at(sp, hy)
            pts = _smooth(
                [
                    (cx + side * (r - 14), hy - hh / 2),
                    (cx + side * (r + hout), hy - hh * 0.2),
                    (cx + side * (r + hout), hy + hh * 0.2),
                    (cx + side * (r - 14), hy + hh / 2),
                ],
                6,
            )
            hp, hl, hr = _stroke(pts, 24)
            c.tube(hl, hr, hstops, "cylm" if metal else "cyl", 8)
    if metal:
        c.grad(body, _stops(pal, True), "cylm")
        for y0, y1 in zones:
            for yy in (y0, y1):
                c.oline([_bandpt(cx, sp, -math.pi / 2 + math.pi * i / 24, yy) for i in range(25)], pal["dark"], 150, 4)
            n = rng.randint(8, 12)
            for i in range(n):
                a, b = -math.pi / 2 + math.pi * i / n, -math.pi / 2 + math.pi * (i + 1) / n
                c.oline(
                    [_bandpt(cx, sp, a, y1 - 6), _bandpt(cx, sp, (a + b) / 2, y0 + 6), _bandpt(cx, sp, b, y1 - 6)],
                    pal["dark"],
                    120,
                    3,
                )
        c.commit()
    else:
        c.poly(body, pal["base"])
        if soot:
            c.opoly(_band_poly(cx, sp, prof[-1][0] - 110, prof[-1][0]), (30, 20, 16), 110)
            c.opoly(_band_poly(cx, sp, prof[-1][0] - 150, prof[-1][0] - 105), (30, 20, 16), 50)
            c.commit()
        _pottery_bands(c, rng, cx, sp, zones)
        _clay_finish(c, pal, body, metal)
    if mouth:
        _mouth(c, cx, prof[0][0], prof[0][1], _stops(pal, metal), _mul(pal["dark"], 0.6), 12)
    return body, sp


def _water_jar(c: _Canvas, pal: dict, rng: random.Random, material: str) -> None:
    b = rng.uniform(0.93, 1.07)
    prof = [
        (232, 88),
        (250, 74),
        (300, 64),
        (350, 78),
        (430, 160 * b),
        (540, 218 * b),
        (650, 196 * b),
        (740, 124),
        (790, 92),
    ]
    y1 = rng.uniform(440, 470)
    _vessel(c, pal, rng, material, prof, [(y1, y1 + 64), (y1 + 150, y1 + 186)], [(400, 40, 70)])


def _cooking_pot(c: _Canvas, pal: dict, rng: random.Random, material: str) -> None:
    b = rng.uniform(0.94, 1.06)
    prof = [(400, 206), (420, 192), (460, 236 * b), (560, 290 * b), (660, 262 * b), (740, 170), (770, 120)]
    cx = 500
    # lid (drawn first, sits on the mouth)
    _vessel(c, pal, rng, material, prof, [(480, 530)], [(520, 44, 44)], mouth=False, soot=True)
    lid, _ = _lathe(cx, [(318, 26), (330, 30), (348, 70), (378, 160), (404, 212), (410, 212)])
    stops = _stops(pal, material in _METALS)
    c.grad(lid, stops, "cylm" if material in _METALS else "cyl")
    c.line([*lid, lid[0]], _mul(pal["dark"], 0.8), 3)
    c.grad(_lathe(cx, [(286, 30), (300, 34), (318, 24)])[0], stops, "cyl")
    if material not in _METALS:
        paint = rng.choice(_POT_PAINT[:3])
        c.line([(cx - 150, 382), (cx, 390), (cx + 150, 382)], paint, 8)


def _vase(c: _Canvas, pal: dict, rng: random.Random, material: str) -> None:
    b = rng.uniform(0.9, 1.1)
    prof = [
        (200, 96),
        (226, 80),
        (290, 52),
        (380, 66),
        (480, 126 * b),
        (580, 150 * b),
        (680, 122 * b),
        (760, 86),
        (790, 94),
        (808, 96),
    ]
    _vessel(c, pal, rng, material, prof, [(300, 350), (470, 530), (620, 660)])


def _dallah(c: _Canvas, pal: dict, rng: random.Random, material: str) -> None:
    metal = _stops(pal, True)
    cx = 480
    prof = [
        (196, 0.1),
        (205, 20),
        (222, 14),
        (240, 26),
        (262, 16),
        (300, 44),
        (336, 78),
        (350, 80),
        (362, 62),
        (440, 70),
        (470, 108),
        (490, 110),
        (520, 84),
        (560, 92),
        (640, 156),
        (705, 148),
        (740, 126),
        (770, 150),
        (800, 154),
    ]
    body, sp = _lathe(cx, prof, 5)
    c.ground(cx, 800, 170, 26, 170)
    # handle on the left
    hp = _smooth([(cx - 66, 378), (cx - 150, 360), (cx - 196, 450), (cx - 176, 560), (cx - 108, 616)], 6)
    _, hl, hr = _stroke(hp, 26)
    c.tube(hl, hr, metal, "cylm", 8)
    # long beak spout on the right
    beak = rng.uniform(0.95, 1.08)
    sc = _smooth([(cx + 100, 600), (cx + 175, 520), (cx + 228, 420), (cx + 268 * beak, 320), (cx + 300 * beak, 262)], 6)
    n = len(sc)
    _, sl, sr = _stroke(sc, [_keyed(((0, 84), (0.4, 46), (1, 30)), i / (n - 1)) for i in range(n)])
    c.tube(sl, sr, metal, "cylm", 10)
    tx, ty = sc[-1]
    c.grad([sl[-1], (tx + 58, ty - 34), sr[-1]], metal, "vertm")
    c.grad(body, metal, "cylm")
    for y in (350, 480, 520, 640, 740):
        c.oline([_bandpt(cx, sp, -math.pi / 2 + math.pi * i / 24, y, 0.15) for i in range(25)], pal["dark"], 140, 4)
    for i in range(10):
        a, b = -math.pi / 2 + math.pi * i / 10, -math.pi / 2 + math.pi * (i + 1) / 10
        c.oline(
            [_bandpt(cx, sp, a, 700, 0.15), _bandpt(cx, sp, (a + b) / 2, 652, 0.15), _bandpt(cx, sp, b, 700, 0.15)],
            pal["dark"],
            110,
            3,
        )
    c.commit()
    c.ball(cx, 196, 14, metal, True)


def _rosewater(c: _Canvas, pal: dict, rng: random.Random, material: str) -> None:
    silver = _stops(_PALETTES["silver"] if rng.random() < 0.6 else _PALETTES["gold_plated"], True)
    liquid = _mix(pal["light"], (255, 255, 255), 0.3)
    cx = 500
    bb = rng.uniform(0.92, 1.08)
    glass, sp = _lathe(
        cx, [(300, 22), (520, 24), (560, 70 * bb), (620, 128 * bb), (690, 136 * bb), (748, 104 * bb), (770, 70)]
    )
    c.ground(cx, 812, 120, 20, 160)
    # foot, body of tinted glass, long thin neck, sprinkler head
    c.grad(_lathe(cx, [(760, 62), (790, 86), (812, 92)])[0], silver, "cylm")
    c.grad(
        glass,
        ((0, _mul(liquid, 0.6)), (120, liquid), (230, _mix(liquid, (255, 255, 255), 0.6)), (255, (255, 255, 255))),
        "cylm",
    )
    c.grad(
        _band_poly(cx, sp, 600, 740),
        ((0, _mul(pal["base"], 0.6)), (140, pal["base"]), (255, pal["light"])),
        "cyl",
        ref=glass,
    )
    c.opoly([(cx - 90, 610), (cx - 72, 600), (cx - 60, 720), (cx - 80, 728)], (255, 255, 255), 120)
    c.opoly([(cx - 10, 310), (cx - 2, 310), (cx - 2, 520), (cx - 10, 520)], (255, 255, 255), 140)
    c.commit()
    c.grad(_lathe(cx, [(500, 28), (520, 40), (552, 66), (560, 62)])[0], silver, "cylm")
    for y in (360, 440):
        c.grad(_lathe(cx, [(y, 26), (y + 10, 32), (y + 20, 26)])[0], silver, "cylm")
    c.grad(_lathe(cx, [(178, 2), (196, 12), (236, 40), (272, 34), (300, 24)])[0], silver, "cylm")
    for i in range(5):
        c.circle(cx - 20 + i * 10, 236, 3, _mul(_PALETTES["silver"]["dark"], 1.0))


def _perfume_oil(c: _Canvas, pal: dict, rng: random.Random, material: str) -> None:
    gold = _stops(_PALETTES["gold_plated"], True)
    oil = pal["base"]
    cx = 500
    wid = rng.uniform(0.9, 1.1)
    body_prof = [(450, 70), (480, 132 * wid), (560, 150 * wid), (680, 146 * wid), (740, 120 * wid), (770, 90)]
    body, sp = _lathe(cx, body_prof, 3)
    c.ground(cx, 775, 160 * wid, 22, 170)
    facets = 7
    level = rng.uniform(540, 600)
    glass = _mix(oil, (255, 255, 255), 0.72)
    for i in range(facets):
        a, b = -math.pi / 2 + math.pi * i / facets, -math.pi / 2 + math.pi * (i + 1) / facets
        light = 0.55 + 0.65 * max(0.0, math.cos((a + b) / 2 + 0.5)) ** 2
        for (y0, y1), f in (((450, 480), 1.15), ((480, level), 1.0), ((level, 740), 1.0), ((740, 770), 0.8)):
            poly = [
                (cx + _r_at(sp, y0) * math.sin(a), y0),
                (cx + _r_at(sp, y0) * math.sin(b), y0),
                (cx + _r_at(sp, y1) * math.sin(b), y1),
                (cx + _r_at(sp, y1) * math.sin(a), y1),
            ]
            if y1 <= level:  # empty glass above the oil: translucent
                col = _mix(_mul(glass, min(1.1, light * f)), (255, 255, 255), 0.1)
                c.opoly(poly, col, 150)
                c.oline([*poly, poly[0]], (255, 255, 255), 200, 2)
                continue
            col = _mix(_mul(oil, light * f), (255, 255, 255), 0.12)
            c.poly(poly, col)
            c.line([*poly, poly[0]], _mix(col, (255, 255, 255), 0.35), 2)
    c.float_commit()
    c.line([(cx - _r_at(sp, level) + 4, level), (cx + _r_at(sp, level) - 4, level)], _mix(oil, (255, 255, 255), 0.5), 3)
    c.opoly(
        [(cx - 100 * wid, 500), (cx - 80 * wid, 496), (cx - 74 * wid, 720), (cx - 96 * wid, 724)], (255, 255, 255), 110
    )
    c.commit()
    # gold collar, neck, faceted teardrop stopper
    c.grad(_lathe(cx, [(400, 34), (420, 40), (440, 40), (456, 76)])[0], gold, "cylm")
    stop, ssp = _lathe(cx, [(200, 2), (240, 30), (300, 62), (348, 48), (372, 24), (400, 30)], 4)
    for i in range(5):
        a, b = -math.pi / 2 + math.pi * i / 5, -math.pi / 2 + math.pi * (i + 1) / 5
        pts = [(cx + _r_at(ssp, y) * math.sin(a), y) for y in range(200, 401, 20)]
        pts += [(cx + _r_at(ssp, y) * math.sin(b), y) for y in range(400, 199, -20)]
        light = 0.6 + 0.6 * max(0.0, math.cos((a + b) / 2 + 0.5)) ** 2
        c.poly(pts, _mix(_mul(oil, light), (255, 255, 255), 0.45))
        c.line(pts, _mix(_mul(oil, light), (255, 255, 255), 0.7), 2)
    c.grad(_lathe(cx, [(372, 22), (384, 34), (400, 30)])[0], gold, "cylm")
    c.ball(cx, 196, 8, gold, True)


def _frankincense(c: _Canvas, pal: dict, rng: random.Random, material: str) -> None:
    """A mound of resin tears: translucent, irregular drops with bright highlights."""
    base, dark, light = pal["base"], pal["dark"], pal["light"]
    resin = material in ("frankincense", "rose", "sandalwood") or material not in _PALETTES
    c.ground(500, 730, 300, 46, 160)
    tears = []
    for _ in range(58):
        y = 400 + 330 * rng.random() ** 0.55
        half = 300 * ((y - 370) / 360) ** 0.75
        tears.append((rng.uniform(500 - half, 500 + half), y))
    for _ in range(7):  # a few loose tears in front of the pile
        tears.append((rng.uniform(230, 770), rng.uniform(740, 780)))
    tears.sort(key=lambda p: p[1])
    for x, y in tears:
        r = rng.uniform(20, 40)
        tint = round(rng.uniform(-0.25, 0.25) * 8) / 8  # few distinct tints keeps the LUT cache warm
        mid = _mix(base, (255, 255, 255) if tint > 0 else dark, abs(tint))
        stops = (
            (0, _mul(dark, 0.7)),
            (80, dark),
            (160, mid),
            (228, _mix(mid, light, 0.8)),
            (252, (255, 253, 244)),
            (255, (255, 255, 255)),
        )
        rot = rng.uniform(0, math.tau)
        el = rng.uniform(1.0, 1.5)
        pts = []
        for j in range(24):  # a tear: one blunt end, one tapered end, slightly lumpy
            t = math.tau * j / 24
            rr = r * (1 + 0.32 * math.cos(t)) * (1 + rng.uniform(-0.06, 0.06))
            px, py = rr * el * math.cos(t), rr * 0.8 * math.sin(t)
            pts.append((x + px * math.cos(rot) - py * math.sin(rot), y + px * math.sin(rot) + py * math.cos(rot)))
        c.grad(pts, stops, "sph")
        if resin:  # inner glow: light passing through the resin
            c.ocircle(x + r * 0.2, y + r * 0.25, r * 0.45, _mix(light, (255, 240, 200), 0.5), 70, ry=r * 0.35)
        c.ocircle(x - r * 0.35, y - r * 0.42, r * 0.2, (255, 255, 255), 200, ry=r * 0.12)
    c.commit()


def _mix_stops(stops: Stops, f: float) -> Stops:
    return tuple((p, _mix(col, (255, 255, 255) if f > 0 else (0, 0, 0), abs(f))) for p, col in stops)


def _bakhoor(c: _Canvas, pal: dict, rng: random.Random, material: str) -> None:
    dish = rng.choice((_PALETTES["gold_plated"], _PALETTES["silver"], _PALETTES["clay"], _PALETTES["copper"]))
    dmetal = dish is not _PALETTES["clay"]
    ds = _stops(dict(dish, spec=_mix(dish["light"], (255, 255, 255), 0.7)), dmetal)
    cx, rim = 500, 520
    rx = 300 * rng.uniform(0.95, 1.04)
    ry = rx * 0.28
    c.ground(cx, 712, 180, 24, 170)
    c.grad(_lathe(cx, [(650, 90), (690, 120), (710, 130)])[0], ds, "cylm" if dmetal else "cyl")
    bowl = [
        (cx + rx, rim),
        *_smooth(
            [(cx + rx, rim), (cx + rx * 0.8, rim + 110), (cx, rim + 160), (cx - rx * 0.8, rim + 110), (cx - rx, rim)], 8
        ),
    ]
    c.grad(bowl, ds, "cylm" if dmetal else "cyl")
    c.grad(_ellipse(cx, rim, rx, ry, 64), ds, "vertm" if dmetal else "vert")
    inner = _mix(dish["base"], (255, 255, 255), 0.15)
    c.grad(_ellipse(cx, rim + 4, rx - 18, ry - 8, 64), ((0, _mul(inner, 0.55)), (255, inner)), "vert")
    chip = pal["base"] if material in ("oud", "kohl_stone", "coconut_shell") else _mul(pal["base"], 0.45)
    chips = []
    for _ in range(54):
        a, r = rng.uniform(0, math.tau), rng.random() ** 0.7
        x, y = cx + (rx - 50) * r * math.cos(a), rim + (ry - 14) * r * math.sin(a)
        chips.append((x, y - (1 - r * r) * 120))
    chips.sort(key=lambda p: p[1])
    for x, y in chips:
        sz = rng.uniform(24, 44)
        rot = rng.uniform(0, math.tau)
        pts = []
        for j in range(rng.choice((4, 5))):
            t = rot + math.tau * j / 5 + rng.uniform(-0.3, 0.3)
            rr = sz * rng.uniform(0.55, 1.1)
            pts.append((x + rr * math.cos(t), y + rr * 0.62 * math.sin(t)))
        col = _mul(chip, round(rng.uniform(0.7, 1.35) * 12) / 12)
        c.grad(
            pts,
            (
                (0, _mul(col, 0.45)),
                (130, col),
                (230, _mix(col, (255, 230, 200), 0.35)),
                (255, _mix(col, (255, 255, 255), 0.6)),
            ),
            "sph",
            outline=_mul(col, 0.5),
            width=1.5,
        )
    _smoke(c, rng, 500, rim - 110, 2)


def _kohl(c: _Canvas, pal: dict, rng: random.Random, material: str) -> None:
    pot = rng.choice((_PALETTES["silver"], _PALETTES["wood"], _PALETTES["clay"], _PALETTES["gold_plated"]))
    pmetal = pot in (_PALETTES["silver"], _PALETTES["gold_plated"])
    ps = _stops(dict(pot, spec=_mix(pot["light"], (255, 255, 255), 0.7)), pmetal)
    powder = _mix(pal["dark"], (20, 20, 24), 0.7)
    cx = 470
    prof = [(470, 150), (500, 180), (600, 200), (700, 172), (760, 120), (780, 128)]
    body, sp = _lathe(cx, prof)
    c.ground(cx + 40, 785, 230, 26, 170)
    c.grad(body, ps, "cylm" if pmetal else "cyl")
    for y in (520, 700):
        c.oline([_bandpt(cx, sp, -math.pi / 2 + math.pi * i / 24, y) for i in range(25)], pot["dark"], 150, 5)
    c.commit()
    c.grad(_ellipse(cx, 470, 150, 150 * 0.3, 48), ps, "vertm" if pmetal else "vert")
    c.grad(
        _ellipse(cx, 474, 128, 128 * 0.28, 48),
        ((0, _mul(powder, 0.6)), (255, _mix(powder, (120, 120, 130), 0.4))),
        "sph",
    )
    # applicator stick (mirwad) dipped in the powder, leaning on the rim
    lean = rng.uniform(-20, 20)
    stick = _stroke([(cx - 20, 470), (cx + 170 + lean, 250)], 13)
    c.tube(stick[1], stick[2], ps, "cylm" if pmetal else "cyl", 6)
    c.ball(cx + 176 + lean, 242, 18, ps, pmetal)
    c.grad(
        _ellipse(cx - 20, 474, 46, 12, 24), ((0, _mul(powder, 0.6)), (255, _mix(powder, (120, 120, 130), 0.4))), "vert"
    )


# --------------------------------------------------------------------------------------------------
# Items: textiles
# --------------------------------------------------------------------------------------------------


def _textile_cols(material: str, rng: random.Random) -> list[Color]:
    if material == "camel_hair":
        base = [(150, 108, 66), (92, 62, 38), (222, 198, 160), (40, 32, 28), (186, 140, 84)]
    else:
        base = [(150, 28, 34), (34, 28, 28), (232, 222, 200), (204, 142, 48), (112, 22, 30)]
    if rng.random() < 0.3:
        base.append((36, 70, 110) if material != "camel_hair" else (120, 40, 30))
    return base


def _rug(c: _Canvas, pal: dict, rng: random.Random, material: str) -> None:
    cols = _textile_cols(material, rng)
    tex = _textile_tex(cols, rng, 360, 560, rng.uniform(0.8, 1.2))
    d = ImageDraw.Draw(tex)
    d.rectangle((0, 0, 359, 559), outline=cols[1], width=14)
    d.rectangle((14, 14, 345, 545), outline=cols[3], width=6)
    skew = rng.uniform(-30, 30)
    q = [(300 + skew, 250), (700 + skew, 250), (830, 700), (170, 700)]
    c.ground(500, 712, 330, 18, 150)
    # thickness edge, the rug, fringes at both ends
    c.poly([q[3], q[2], (q[2][0], q[2][1] + 12), (q[3][0], q[3][1] + 12)], _mul(cols[0], 0.5))
    c.warp(q, tex)
    c.shade(q, "vert", 0.45)
    _fringe(c, (q[3][0] + 8, 712), (q[2][0] - 8, 712), 46, cols[2], rng, 44, (0.0, 1.0), 4)
    _fringe(c, (q[0][0] + 6, 250), (q[1][0] - 6, 250), 26, cols[2], rng, 30, (0.0, -1.0), 3)


def _saddle_bag(c: _Canvas, pal: dict, rng: random.Random, material: str) -> None:
    cols = _textile_cols(material, rng)
    tex = _textile_tex(cols, rng, 420, 420, 1.3)
    flap_tex = _textile_tex(cols, rng, 420, 260, 1.6)
    bw = rng.uniform(0.94, 1.06)
    body = _smooth(
        [
            (290 * bw + 500 * (1 - bw), 300),
            (300, 560),
            (316, 700),
            (360, 730),
            (500, 736),
            (640, 730),
            (684, 700),
            (700, 560),
            (710 * bw + 500 * (1 - bw), 300),
        ],
        5,
    )
    c.ground(500, 745, 220, 26, 160)
    # carrying strap looping up behind
    strap = _smooth([(320, 310), (300, 200), (380, 150), (500, 140), (620, 150), (700, 200), (680, 310)], 6)
    _, sl, sr = _stroke(strap, 44)
    c.poly(sl + sr[::-1], cols[1])
    for i in range(0, len(strap) - 1, 2):
        c.poly([sl[i], sl[i + 1], sr[i + 1], sr[i]], cols[0])
    c.tube_shade(sl, sr, "cyl", 6, 0.7)
    c.texture(body, lambda w, h, k: tex.resize((w, h), Image.NEAREST))
    c.shade(body, "sph", 0.6)
    flap = _smooth([(284, 292), (500, 286), (716, 292), (700, 420), (500, 560), (300, 420), (284, 292)], 5)
    c.texture(flap, lambda w, h, k: flap_tex.resize((w, h), Image.NEAREST))
    c.shade(flap, "vert", 0.5)
    c.line(flap, cols[1], 8)
    c.line([*body, body[0]], _mul(cols[1], 0.8), 4)
    # tassels
    for i in range(7):
        x = 330 + i * 340 / 6
        y = _keyed(((300, 700), (360, 728), (500, 736), (640, 728), (700, 700)), x)
        col = cols[(i % 3) + 2 if (i % 3) + 2 < len(cols) else 0]
        c.line([(x, y), (x, y + 30)], cols[1], 6)
        c.ball(x, y + 36, 12, _cstops(col))
        _fringe(c, (x - 10, y + 44), (x + 10, y + 44), 60, col, rng, 6, (0.0, 1.0), 5)
    c.ball(500, 548, 18, _cstops(cols[3]))


def _fold_block(
    c: _Canvas, top: list[Point], depth: float, layers: int, tex: Image.Image, edge_cols: Sequence[Color], base: Color
) -> None:
    """A neatly folded textile: perspective top face plus a rounded front edge showing folded layers."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = top
    front = [(x3, y3), (x2, y2), (x2, y2 + depth), (x3, y3 + depth)]
    c.poly(front, base)
    for i in range(layers):
        t0, t1 = i / layers, (i + 1) / layers
        q = [(x3, y3 + depth * t0), (x2, y2 + depth * t0), (x2 + 6, y2 + depth * t1), (x3 - 6, y3 + depth * t1)]
        c.poly(q, edge_cols[i % len(edge_cols)])
        c.line([q[3], q[2]], _mul(edge_cols[i % len(edge_cols)], 0.55), 4)
    c.shade(front, "hcyl", 0.7)
    c.warp(top, tex)
    c.shade(top, "vert", 0.4)


def _shawl(c: _Canvas, pal: dict, rng: random.Random, material: str) -> None:
    """A shawl hanging over a wooden rod: soft folds, embroidered border and a fringe."""
    emb = rng.sample(list(_EMBROIDERY), 3)
    if material == "wool":
        ground_col = rng.choice(((128, 26, 42), (40, 50, 100), (28, 84, 72), (150, 92, 40), (74, 32, 84)))
    else:
        ground_col = rng.choice(((244, 238, 224), (236, 226, 200), (214, 226, 238), (240, 222, 214)))
    motif = _mix(ground_col, emb[0], 0.6)
    period = rng.uniform(70, 110)
    phase = rng.uniform(0, math.tau)
    x0, x1, top = 255, 745, 246
    hem = rng.uniform(770, 800)

    def bottom(x: float) -> float:
        return hem + 16 * math.sin((x - x0) * math.tau / period + phase)

    xs = [x0 - 22 + (x1 - x0 + 44) * i / 40 for i in range(41)]
    c.ground(500, 860, 220, 16, 90)
    # back layer (the half that falls behind the rod) peeks out on the right
    back = [(x0 + 40, top), (x1 + 30, top), (x1 + 64, hem - 70), *[(x + 56, bottom(x) - 70) for x in xs[::-1]]]
    c.poly(back, _mul(ground_col, 0.78))
    front = [(x0, top), (x1, top), (x1 + 22, bottom(x1 + 22)), *[(x, bottom(x)) for x in xs[::-1]]]
    c.poly(front, ground_col)
    # scattered motifs (paisley drops for wool, embroidered dots for cotton)
    rows = 6
    for j in range(rows):
        y = top + 60 + j * 70
        for i in range(7):
            x = x0 + 40 + i * 68 + (34 if j % 2 else 0)
            if x > x1 - 10:
                continue
            if material == "wool":
                c.poly(_blob(rng, x, y, 12, 16, 7, 0.05) + [(x - 4, y - 30)], motif)
            else:
                c.poly(_star(x, y, 9, 4, 0.45), motif)
    # embroidered border band above the hem, and side borders
    b0, b1 = 120, 60
    band = [(x, bottom(x) - b0) for x in xs] + [(x, bottom(x) - b1) for x in xs[::-1]]
    c.poly(band, emb[1])
    for i in range(0, 40, 2):
        x = xs[i] + 6
        ym = bottom(x) - (b0 + b1) / 2
        c.poly([(x, ym - 22), (x + 12, ym), (x, ym + 22), (x - 12, ym)], emb[2])
        c.circle(x + 12, ym, 4, emb[0])
    for x in (x0 + 18, x1 - 8):
        c.poly([(x - 9, top + 10), (x + 9, top + 10), (x + 9, bottom(x) - b0), (x - 9, bottom(x) - b0)], emb[1])
    c.line([(x, bottom(x) - 20) for x in xs], _mix(emb[0], ground_col, 0.3), 8)
    # soft vertical folds
    for i in range(60):
        xa, xb = x0 - 30 + i * 11, x0 - 19 + i * 11
        v = math.sin((xa + 5 - x0) * math.tau / period + phase + math.pi / 2)
        c.opoly(
            [(xa, top - 10), (xb, top - 10), (xb, 860), (xa, 860)],
            (255, 255, 255) if v > 0 else (0, 0, 0),
            int(abs(v) ** 1.5 * (36 if v > 0 else 56)),
        )
    c.commit()
    c.shade(front, "vert", 0.35)
    _fringe(c, (x0, bottom(x0)), (x1 + 20, bottom(x1 + 20)), 46, _mix(ground_col, emb[1], 0.5), rng, 44, (0.0, 1.0), 4)
    # the rod, with turned finials
    wood = _stops(_PALETTES["wood"])
    c.grad([(200, top - 20), (800, top - 20), (800, top + 8), (200, top + 8)], wood, "hcyl")
    c.poly([(x0 - 6, top - 24), (x1 + 6, top - 24), (x1 + 30, top + 4), (x0 - 2, top + 6)], _mul(ground_col, 0.92))
    c.shade([(x0 - 6, top - 24), (x1 + 6, top - 24), (x1 + 30, top + 4), (x0 - 2, top + 6)], "hcyl", 0.8)
    for x in (190, 810):
        c.ball(x, top - 6, 24, wood)


def _wizar(c: _Canvas, pal: dict, rng: random.Random, material: str) -> None:
    cols = rng.sample([(40, 52, 96), (150, 110, 60), (120, 30, 40), (60, 90, 70), (200, 170, 110), (90, 60, 40)], 3)
    ground_col = rng.choice(((236, 228, 210), (210, 196, 170), (200, 210, 220)))
    w, h = 400, 320
    stripes = Image.new("RGB", (w, 1), ground_col)
    sd = ImageDraw.Draw(stripes)
    x = 0
    while x < w:
        sw = rng.choice((4, 8, 14, 22))
        sd.line([(x, 0), (x + sw, 0)], fill=rng.choice(cols))
        x += sw + rng.choice((10, 18, 26))
    vert = stripes.resize((w, h), Image.NEAREST)
    horiz = stripes.resize((h, h), Image.NEAREST).transpose(Image.Transpose.ROTATE_90).resize((w, h), Image.NEAREST)
    tex = ImageChops.multiply(vert, horiz)
    tex = Image.blend(tex, Image.blend(vert, horiz, 0.5), 0.5)
    d = ImageDraw.Draw(tex)
    # patterned border along the near edge
    d.rectangle((0, h - 70, w, h), fill=cols[0])
    for i in range(0, w, 26):
        d.polygon([(i, h - 35), (i + 13, h - 58), (i + 26, h - 35), (i + 13, h - 12)], fill=cols[1])
        d.rectangle((i + 10, h - 38, i + 16, h - 32), fill=ground_col)
    skew = rng.uniform(-24, 24)
    top = [(260 + skew, 340), (720 + skew, 340), (770, 560), (230, 560)]
    c.ground(500, 680, 300, 30, 150)
    _fold_block(c, top, 110, 5, tex, [ground_col, cols[0], _mul(ground_col, 0.9), cols[1]], ground_col)
    # tassels along the border's edge
    _fringe(c, (250, 672), (750, 672), 36, cols[0], rng, 26, (0.0, 1.0), 4)


def _kuma(c: _Canvas, pal: dict, rng: random.Random, material: str) -> None:
    emb = rng.sample(list(_EMBROIDERY), 4)
    white = rng.choice(((246, 244, 238), (240, 236, 224), (250, 250, 246)))
    cx = 500
    tall = rng.uniform(0.92, 1.08)
    yt, yb = 420 - 70 * (tall - 1), 640
    rt, rb = 235, 248
    tilt = 0.3
    side = [
        (cx - rt, yt),
        *[
            (cx + rb * math.cos(a), yb + rb * tilt * math.sin(a))
            for a in (math.pi - math.pi * i / 48 for i in range(49))
        ],
        (cx + rt, yt),
    ]
    c.ground(cx, yb + 40, rb * 1.02, 40, 160)
    c.poly(side, white)
    c.poly(_ellipse(cx, yt, rt, rt * tilt, 64), white)

    def sp(theta: float, y: float) -> Point:
        f = (y - yt) / (yb - yt)
        r = rt + (rb - rt) * f
        return (cx + r * math.sin(theta), y + r * tilt * math.cos(theta))

    # embroidered rows around the wall
    rows = rng.randint(4, 6)
    for j in range(rows):
        y = yt + 30 + (yb - yt - 60) * (j + 0.5) / rows
        n = rng.randint(14, 20)
        kind = rng.randrange(3)
        col = emb[j % 4]
        for i in range(n):
            th = -math.pi / 2 + math.pi * (i + 0.5) / n
            x, yy = sp(th, y)
            sx = math.cos(th)
            s = 14
            if kind == 0:
                c.poly([(x, yy - s), (x + s * sx, yy), (x, yy + s), (x - s * sx, yy)], col)
            elif kind == 1:
                c.circle(x, yy, max(2.0, 8 * sx), col, ry=8)
                c.circle(x, yy, max(1.0, 3 * sx), white, ry=3)
            else:
                c.poly([(x - s * sx, yy + 8), (x, yy - 10), (x + s * sx, yy + 8)], col)
    c.poly(
        [sp(-math.pi / 2 + math.pi * i / 40, yb - 26) for i in range(41)]
        + [sp(math.pi / 2 - math.pi * i / 40, yb) for i in range(41)],
        emb[0],
    )
    c.shade(side, "cyl", 0.8)
    # crown: rosette of concentric rings and petals
    top = _ellipse(cx, yt, rt, rt * tilt, 64)
    for f, col in ((0.92, emb[1]), (0.62, emb[2]), (0.3, emb[3])):
        ring = _ellipse(cx, yt, rt * f, rt * tilt * f, 48)
        c.line([*ring, ring[0]], col, 6)
    for i in range(16):
        a = math.tau * i / 16
        c.poly(
            [
                (cx + rt * 0.34 * math.cos(a - 0.1), yt + rt * tilt * 0.34 * math.sin(a - 0.1)),
                (cx + rt * 0.58 * math.cos(a), yt + rt * tilt * 0.58 * math.sin(a)),
                (cx + rt * 0.34 * math.cos(a + 0.1), yt + rt * tilt * 0.34 * math.sin(a + 0.1)),
            ],
            emb[i % 2],
        )
    c.circle(cx, yt, 18, emb[0], ry=18 * tilt)
    c.shade(top, "vert", 0.35)
    c.line([*top, top[0]], _mul(white, 0.7), 3)


# --------------------------------------------------------------------------------------------------
# Items: woodwork, bone and coconut
# --------------------------------------------------------------------------------------------------


def _mandoos(c: _Canvas, pal: dict, rng: random.Random, material: str) -> None:
    brass = _stops(_PALETTES["gold_plated"], True)
    w = rng.uniform(0.94, 1.06)
    x0, x1, yt, yb, dx, dy = 500 - 250 * w, 470 + 210 * w, 430, 760, 110, -70
    front = [(x0, yt), (x1, yt), (x1, yb), (x0, yb)]
    side = [(x1, yt), (x1 + dx, yt + dy), (x1 + dx, yb + dy), (x1, yb)]
    top = [(x0, yt), (x0 + dx, yt + dy), (x1 + dx, yt + dy), (x1, yt)]
    lid_h = 80
    c.ground((x0 + x1 + dx) / 2, yb - 10, (x1 - x0) * 0.62, 46, 170)
    tex = _wood_tex(pal, rng)
    c.texture(front, tex)
    c.texture(side, tex)
    c.texture(top, tex)
    c.shade(front, "vert", 0.45)
    c.opoly(side, (0, 0, 0), 90)
    c.opoly(top, (255, 255, 255), 40)
    c.commit()
    # lid seam, carved panels, brass strips and studs
    c.line([(x0, yt + lid_h), (x1, yt + lid_h), (x1 + dx, yt + lid_h + dy)], _mul(pal["dark"], 0.6), 5)
    panels = rng.choice((3, 4))
    pw = (x1 - x0 - 40) / panels
    for i in range(panels):
        px0 = x0 + 20 + i * pw + 8
        q = [(px0, yt + lid_h + 30), (px0 + pw - 16, yt + lid_h + 30), (px0 + pw - 16, yb - 30), (px0, yb - 30)]
        c.opoly(q, (0, 0, 0), 60)
        cxp, cyp = px0 + (pw - 16) / 2, (yt + lid_h + yb) / 2
        c.commit()
        c.poly(_star(cxp, cyp, min(pw, 200) * 0.3, 8), _mix(pal["base"], pal["light"], 0.3))
        c.poly(_star(cxp, cyp, min(pw, 200) * 0.15, 8, rot=0.39), _mul(pal["base"], 0.7))
    c.commit()
    for (ax, ay), (bx, by) in (
        ((x0, yt + lid_h + 14), (x1, yt + lid_h + 14)),
        ((x0, yb - 14), (x1, yb - 14)),
        ((x0, yt + 14), (x1, yt + 14)),
    ):
        c.grad([(ax, ay - 9), (bx, by - 9), (bx, by + 9), (ax, ay + 9)], brass, "hcylm")
    studs = rng.randint(12, 18)
    for y in (yt + 40, yt + lid_h + 14, yb - 14):
        for i in range(studs + 1):
            c.ball(x0 + 14 + (x1 - x0 - 28) * i / studs, y, 8, brass, True)
    for i in range(5):
        t = (i + 0.5) / 5
        c.ball(x1 + dx * t, yt + lid_h + 14 + dy * t, 7, brass, True)
    for p in ((x0, yt), (x1, yt), (x0, yb), (x1, yb)):
        c.grad(
            [(p[0] - 18, p[1] - 18), (p[0] + 18, p[1] - 18), (p[0] + 18, p[1] + 18), (p[0] - 18, p[1] + 18)],
            brass,
            "sphm",
        )
    # lock hasp
    mx = (x0 + x1) / 2
    c.grad(
        [
            (mx - 34, yt + 20),
            (mx + 34, yt + 20),
            (mx + 34, yt + lid_h + 60),
            (mx, yt + lid_h + 84),
            (mx - 34, yt + lid_h + 60),
        ],
        brass,
        "cylm",
        outline=_mul(brass[0][1], 1.0),
        width=3,
    )
    c.circle(mx, yt + lid_h + 30, 9, (40, 30, 20))
    for p in (front, side, top):
        c.line([*p, p[0]], _mul(pal["dark"], 0.7), 3)
    for x in (x0 + 16, x1 - 16):
        c.poly([(x - 18, yb), (x + 18, yb), (x + 14, yb + 20), (x - 14, yb + 20)], _mul(pal["dark"], 0.8))


def _dhow_model(c: _Canvas, pal: dict, rng: random.Random, material: str) -> None:
    wood = _stops(pal)
    sail_col = rng.choice(((244, 236, 214), (236, 222, 190), (230, 230, 226)))
    c.ground(500, 812, 250, 22, 160)
    # stand
    c.grad([(300, 780), (700, 780), (700, 808), (300, 808)], _stops(_PALETTES["wood"]), "hcyl")
    for x in (400, 600):
        c.grad([(x - 12, 650), (x + 12, 650), (x + 12, 782), (x - 12, 782)], _stops(_PALETTES["wood"]), "cyl")
    # mast and lateen sail
    rake = rng.uniform(10, 30)
    c.grad([(506, 600), (520, 600), (520 - rake, 170), (510 - rake, 170)], wood, "cyl")
    yard = [(270, 300), (800, 130)]
    bulge = rng.uniform(10, 30)
    sail_s = _smooth([(282, 296), (380, 390 + bulge), (500, 470 + bulge), (600, 520)], 5)
    sail_s += _smooth([(600, 520), (660, 380 - bulge * 0.3), (790, 138)], 5)[1:]
    c.poly(sail_s, sail_col)
    for i in range(1, 6):
        t = i / 6
        c.line(
            [(282 + (790 - 282) * t, 296 - (296 - 138) * t), (282 + (600 - 282) * t * 1.0, 296 + (520 - 296) * t)],
            _mul(sail_col, 0.85),
            2,
        )
    c.shade(sail_s, "cyl", 0.6)
    c.line(yard, _mul(pal["dark"], 1.0), 9)
    c.line([(600, 520), (760, 560)], (90, 80, 70), 2)
    c.line([(516 - rake, 180), (270, 300)], (90, 80, 70), 2)
    # hull: high stern on the left, long raked bow on the right
    hull = _smooth(
        [
            (228, 520),
            (300, 548),
            (420, 566),
            (560, 562),
            (700, 540),
            (820, 488),
            (800, 520),
            (740, 600),
            (640, 660),
            (460, 676),
            (320, 660),
            (250, 620),
            (232, 560),
            (228, 520),
        ],
        5,
    )
    c.texture(hull, _wood_tex(pal, rng))
    c.shade(hull, "hcyl", 0.8)
    c.line([*hull, hull[0]], _mul(pal["dark"], 0.7), 3)
    trim = _smooth([(232, 540), (300, 564), (420, 582), (560, 578), (700, 556), (800, 510)], 5)
    c.line(trim, rng.choice(((238, 230, 210), (200, 160, 70), (40, 90, 120))), 12)
    c.line(_smooth([(300, 600), (450, 620), (600, 614), (730, 580)], 5), _mul(pal["dark"], 0.8), 3)
    c.poly([(228, 470), (262, 470), (262, 540), (228, 530)], pal["base"], _mul(pal["dark"], 0.7), 3)
    for i in range(3):
        c.circle(245, 488 + i * 16, 5, _mul(pal["dark"], 0.6))


def _carved_door(c: _Canvas, pal: dict, rng: random.Random, material: str) -> None:
    brass = _stops(_PALETTES["gold_plated"], True)
    x0, x1, yt, yb = 290, 710, 170, 830
    arch_h = rng.uniform(90, 130)
    c.ground(500, 836, 250, 14, 150)
    frame = [
        (x0 - 40, yb),
        (x0 - 40, yt + arch_h),
        *_ellipse(500, yt + arch_h, 250, arch_h + 40, 30, math.pi, math.tau),
        (x1 + 40, yt + arch_h),
        (x1 + 40, yb),
    ]
    c.texture(frame, _wood_tex(pal, rng, True))
    c.shade(frame, "vert", 0.5)
    # carved rosettes along the frame
    for y in range(int(yt + arch_h + 40), yb - 20, 70):
        for x in (x0 - 20, x1 + 20):
            c.poly(_star(x, y, 16, 8), _mul(pal["base"], 0.7))
            c.circle(x, y, 6, pal["light"])
    # fanlight under the arch, with radial carving
    fan = [(x0, yt + arch_h + 20), *_ellipse(500, yt + arch_h + 20, 210, arch_h + 10, 30, math.pi, math.tau)]
    c.poly(fan, _mul(pal["dark"], 0.8))
    for i in range(9):
        a = math.pi + math.pi * (i + 0.5) / 9
        c.poly(
            [
                (500, yt + arch_h + 20),
                (500 + 200 * math.cos(a - 0.12), yt + arch_h + 20 + (arch_h + 4) * math.sin(a - 0.12)),
                (500 + 200 * math.cos(a + 0.12), yt + arch_h + 20 + (arch_h + 4) * math.sin(a + 0.12)),
            ],
            pal["light"] if i % 2 else pal["base"],
        )
    c.circle(500, yt + arch_h + 20, 28, pal["dark"])
    # two leaves with carved panels
    ly = yt + arch_h + 36
    tex = _wood_tex(pal, rng, True)
    for lx0, lx1 in ((x0, 496), (504, x1)):
        leaf = [(lx0, ly), (lx1, ly), (lx1, yb), (lx0, yb)]
        c.texture(leaf, tex)
        rows = 3
        ph = (yb - ly - 60) / rows
        for r in range(rows):
            py0 = ly + 24 + r * ph
            q = [(lx0 + 24, py0), (lx1 - 24, py0), (lx1 - 24, py0 + ph - 16), (lx0 + 24, py0 + ph - 16)]
            c.opoly(q, (0, 0, 0), 70)
            c.commit()
            inner = [(lx0 + 36, py0 + 12), (lx1 - 36, py0 + 12), (lx1 - 36, py0 + ph - 28), (lx0 + 36, py0 + ph - 28)]
            c.line([*inner, inner[0]], pal["light"], 4)
            mx, my = (lx0 + lx1) / 2, py0 + (ph - 16) / 2
            c.poly(_star(mx, my, min(60.0, (lx1 - lx0) * 0.3), 8), _mix(pal["base"], pal["light"], 0.4))
            c.poly(_star(mx, my, min(30.0, (lx1 - lx0) * 0.15), 8, rot=0.39), _mul(pal["base"], 0.65))
        c.shade(leaf, "cyl", 0.5)
        for y in (ly + 20, yb - 20):
            for i in range(6):
                c.ball(lx0 + 20 + (lx1 - lx0 - 40) * i / 5, y, 8, brass, True)
    c.line([(500, ly), (500, yb)], _mul(pal["dark"], 0.5), 8)
    # knocker ring
    c.ball(540, 520, 14, brass, True)
    ring = _ellipse(540, 560, 34, 40, 32)
    c.line([*ring, ring[0]], brass[2][1], 9)
    c.line([*frame, frame[0]], _mul(pal["dark"], 0.6), 4)


def _tray(c: _Canvas, pal: dict, rng: random.Random, material: str) -> None:
    if material in _METALS:
        _round_tray(c, pal, rng)
        return
    # rectangular carved wooden tray with handles, in perspective
    q = [(260, 330), (740, 330), (850, 660), (150, 660)]
    inner = [_quad(q, 0.06, 0.09), _quad(q, 0.94, 0.09), _quad(q, 0.94, 0.91), _quad(q, 0.06, 0.91)]
    c.ground(500, 690, 360, 40, 170)
    tex = _wood_tex(pal, rng)
    wall = [q[3], q[2], (q[2][0], q[2][1] + 36), (q[3][0], q[3][1] + 36)]
    c.texture(wall, tex)
    c.shade(wall, "vert", 0.6)
    c.opoly(wall, (0, 0, 0), 60)
    c.commit()
    c.texture(q, tex)
    c.shade(q, "vert", 0.4)
    c.poly(inner, _mul(pal["base"], 0.82))
    c.texture(_qpoly(q, [(0.08, 0.12), (0.92, 0.12), (0.92, 0.88), (0.08, 0.88)]), _wood_tex(pal, rng))
    c.opoly(_qpoly(q, [(0.08, 0.12), (0.92, 0.12), (0.92, 0.2), (0.08, 0.2)]), (0, 0, 0), 60)
    c.commit()
    # carved star medallion and corner motifs
    for u, v, r in ((0.5, 0.5, 0.2), (0.18, 0.28, 0.07), (0.82, 0.28, 0.07), (0.18, 0.72, 0.07), (0.82, 0.72, 0.07)):
        pts = [
            (
                u + r * 0.62 * math.cos(a) * (1 if i % 2 == 0 else 0.62),
                v + r * math.sin(a) * (1 if i % 2 == 0 else 0.62),
            )
            for i, a in enumerate(math.pi * j / 8 for j in range(16))
        ]
        c.poly(_qpoly(q, pts), _mul(pal["base"], 0.68))
        pts2 = [(u + (pu - u) * 0.55, v + (pv - v) * 0.55) for pu, pv in pts]
        c.poly(_qpoly(q, pts2), pal["light"])
    for u0, u1 in ((-0.05, 0.06), (0.94, 1.05)):
        hnd = _qpoly(q, [(u0, 0.38), (u1, 0.38), (u1, 0.62), (u0, 0.62)])
        c.texture(hnd, tex)
        hole = _qpoly(q, [(u0 + 0.03, 0.44), (u1 - 0.03, 0.44), (u1 - 0.03, 0.56), (u0 + 0.03, 0.56)])
        c.erase(hole)
    c.line([*q, q[0]], _mul(pal["dark"], 0.7), 3)


def _round_tray(c: _Canvas, pal: dict, rng: random.Random) -> None:
    metal = _stops(pal, True)
    cx, cy, rx = 500, 500, 340 * rng.uniform(0.96, 1.03)
    ry = rx * 0.55
    c.ground(cx, cy + 26, rx, ry, 160)
    c.grad(
        _ellipse(cx, cy + 22, rx, ry, 80),
        _stops({"dark": _mul(pal["dark"], 0.7), "base": pal["dark"], "light": pal["base"], "spec": pal["light"]}, True),
        "vertm",
    )
    c.grad(_ellipse(cx, cy, rx, ry, 80), metal, "sphm")
    c.grad(
        _ellipse(cx, cy + 6, rx * 0.9, ry * 0.9, 80),
        _stops({"dark": pal["dark"], "base": _mul(pal["base"], 0.9), "light": pal["light"], "spec": pal["spec"]}, True),
        "vertm",
    )
    # engraved rings, petals and a central star
    for f in (0.84, 0.8, 0.5, 0.46):
        c.oring(cx, cy + 6, rx * f, pal["dark"], 150, 3, ry=ry * f)
    petals = rng.choice((12, 16, 20))
    for i in range(petals):
        a = math.tau * i / petals
        pts = [
            (cx + rx * 0.5 * math.cos(a - 0.12), cy + 6 + ry * 0.5 * math.sin(a - 0.12)),
            (cx + rx * 0.78 * math.cos(a), cy + 6 + ry * 0.78 * math.sin(a)),
            (cx + rx * 0.5 * math.cos(a + 0.12), cy + 6 + ry * 0.5 * math.sin(a + 0.12)),
        ]
        c.oline([*pts, pts[0]], pal["dark"], 140, 3)
        c.ocircle(
            cx + rx * 0.64 * math.cos(a + math.pi / petals),
            cy + 6 + ry * 0.64 * math.sin(a + math.pi / petals),
            5,
            pal["dark"],
            130,
        )
    star = _star(cx, cy + 6, rx * 0.36, 8, sy=ry / rx)
    c.oline([*star, star[0]], pal["dark"], 160, 4)
    c.opoly(_star(cx, cy + 6, rx * 0.16, 8, rot=0.39, sy=ry / rx), pal["dark"], 90)
    c.commit()


def _prayer_beads(c: _Canvas, pal: dict, rng: random.Random, material: str) -> None:
    stops = _stops(pal)
    tassel = rng.choice(((26, 90, 60), (150, 30, 40), (30, 50, 110), (200, 160, 50), (20, 20, 20)))
    cx, cy, rx, ry = 500, 390, 230 * rng.uniform(0.95, 1.05), 190
    c.ground(cx, 820, 140, 18, 120)
    loop = []
    n = 33
    for i in range(n):
        t = i / n
        a = math.pi / 2 + math.tau * t + 0.22
        x = cx + rx * math.cos(a) * (1 - 0.25 * max(0.0, math.sin(a)))
        y = cy + ry * math.sin(a) + 60 * max(0.0, math.sin(a)) ** 3
        loop.append((x, y))
    cord = [*loop, loop[0]]
    c.line(_smooth(cord, 3), _mul(tassel, 0.8), 3)
    # imam bead and tassel
    c.line([(cx, cy + ry + 40), (cx, 730)], _mul(tassel, 0.8), 4)
    for i in range(26):
        a = (i / 25 - 0.5) * 0.5
        c.line([(cx, 730), (cx + math.sin(a) * 120, 730 + math.cos(a) * 110)], _mul(tassel, rng.uniform(0.75, 1.15)), 5)
    c.grad([(cx - 14, 716), (cx + 14, 716), (cx + 18, 750), (cx - 18, 750)], _cstops(tassel), "cyl")
    for i, (x, y) in enumerate(loop):
        if i in (0, 11, 22):
            c.ball(x, y, 21, _cstops(_mix(pal["base"], tassel, 0.5)), ry=14)
        else:
            c.ball(x, y, 24 * rng.uniform(0.97, 1.03), stops)
            c.ocircle(x - 8, y - 9, 5, (255, 255, 255), 120)
    c.commit()
    c.ball(cx, cy + ry + 30, 22, stops, ry=30)
    c.ball(cx, cy + ry + 76, 16, _cstops(_mix(pal["base"], tassel, 0.5)))


def _keyring(c: _Canvas, pal: dict, rng: random.Random, material: str) -> None:
    steel = _stops(_PALETTES["silver"], True)
    stops = _stops(pal)
    c.ground(520, 800, 200, 20, 120)
    rcx, rcy = 420, 270
    ring = _ellipse(rcx, rcy, 78, 78, 48)
    c.line([*ring, ring[0]], _PALETTES["silver"]["dark"], 16)
    c.line([*ring, ring[0]], _PALETTES["silver"]["light"], 8)
    # a key hanging from the ring
    kx = 300
    c.grad([(kx - 12, 340), (kx + 12, 340), (kx + 12, 620), (kx - 12, 620)], steel, "cylm")
    bow = _ellipse(kx, 320, 46, 40, 32)
    c.grad(bow, steel, "sphm")
    c.erase(_ellipse(kx, 306, 14, 12, 20))
    c.grad(
        [
            (kx + 10, 540),
            (kx + 54, 540),
            (kx + 54, 560),
            (kx + 40, 560),
            (kx + 40, 580),
            (kx + 54, 580),
            (kx + 54, 600),
            (kx + 10, 600),
        ],
        steel,
        "cylm",
    )
    # short chain to a carved medallion
    for i in range(5):
        c.ball(460 + i * 12, 350 + i * 34, 10, steel, True, ry=16)
    mx, my = 540, 590
    sh = rng.randrange(2)
    medal = (
        _ellipse(mx, my, 150, 170, 64)
        if sh == 0
        else _smooth(
            [
                (mx, my - 190),
                (mx + 150, my - 40),
                (mx + 80, my + 150),
                (mx - 80, my + 150),
                (mx - 150, my - 40),
                (mx, my - 190),
            ],
            6,
        )
    )
    c.grad(medal, stops, "sph")
    c.ball(mx, my - 200, 18, steel, True)
    # carved eight-pointed star and ring of dots
    c.opoly(_star(mx, my, 90, 8), pal["dark"], 120)
    c.opoly(_star(mx, my, 50, 8, rot=0.39), pal["light"], 160)
    for i in range(16):
        a = math.tau * i / 16
        c.ocircle(mx + 120 * math.cos(a), my + 130 * math.sin(a), 6, pal["dark"], 130)
    c.commit()
    c.line([*medal, medal[0]], _mul(pal["dark"], 0.8), 3)


# --------------------------------------------------------------------------------------------------
# Registry and public API
# --------------------------------------------------------------------------------------------------

_Painter = Callable[[_Canvas, dict, random.Random, str], None]

_PAINTERS: dict[str, _Painter] = {
    "khanjar": _khanjar,
    "khanjar_belt": _khanjar_belt,
    "ring": _ring,
    "bracelet": _bracelet,
    "necklace": _necklace,
    "anklet": _anklet,
    "kohl_pot": _kohl_pot,
    "basket": _basket,
    "mat": _mat,
    "food_cover": _food_cover,
    "hand_fan": _hand_fan,
    "incense_burner": _incense_burner,
    "water_jar": _water_jar,
    "cooking_pot": _cooking_pot,
    "vase": _vase,
    "shawl": _shawl,
    "kuma": _kuma,
    "wizar": _wizar,
    "rug": _rug,
    "saddle_bag": _saddle_bag,
    "frankincense": _frankincense,
    "bakhoor": _bakhoor,
    "perfume_oil": _perfume_oil,
    "rosewater": _rosewater,
    "kohl": _kohl,
    "mandoos": _mandoos,
    "dhow_model": _dhow_model,
    "carved_door": _carved_door,
    "tray": _tray,
    "dallah": _dallah,
    "prayer_beads": _prayer_beads,
    "keyring": _keyring,
}

ITEM_KEYS: tuple[str, ...] = tuple(_PAINTERS)

# Items drawn small in unit space are drawn bigger so they are still supersampled about 2x.
_DRAW_SCALE: dict[str, float] = {
    "ring": 1.4,
    "kuma": 1.2,
    "kohl": 1.15,
    "mandoos": 1.15,
    "bracelet": 1.1,
    "wizar": 1.1,
    "bakhoor": 1.1,
    "perfume_oil": 1.1,
    "keyring": 1.05,
}
# Flat, wide items look larger than tall ones at the same extent.
_FILL: dict[str, float] = {"rug": 0.95, "mat": 0.95, "tray": 0.95, "khanjar_belt": 0.95, "carved_door": 0.95}


# How a piece is shown. The n-th piece of an item type (its seed) gets the n-th composition: which way it faces
# (mirror, seed % 2), how wide it is drawn (seed % 3 of the proportions), where it stands and how close it is
# (seed % 5 of the placements), how far it is turned (seed % 7 of the tilts; pieces lying flat turn further than
# upright ones), the tone of its material (seed // 2 % 4), and, for small pieces, a second one beside it (every
# fourth seed). 2, 3, 5 and 7 are coprime and no number under 30 is a multiple of three of them, so any two of the
# first 30 pieces of a kind differ in at least two of facing, proportions, placement and tilt; with the backdrop's
# hue (stepped by the seed) and the drawing's own seeded variations, no two look alike.
_LYING_FLAT = frozenset(
    {"ring", "bracelet", "anklet", "necklace", "khanjar_belt", "mat", "rug", "tray", "prayer_beads", "keyring"}
)
_SMALL = frozenset({"ring", "bracelet", "kohl_pot", "perfume_oil", "rosewater", "kohl", "keyring", "bakhoor", "vase"})
_TILTS_UPRIGHT = (0.0, -5.0, 4.0, -8.0, 7.0, -2.5, 8.5)
_TILTS_FLAT = (0.0, -24.0, 18.0, -40.0, 32.0, -12.0, 48.0)
_PROPORTIONS = (1.0, 0.86, 1.14)  # width against height
_PLACEMENTS = (  # centre offset (x, y) and size, as shares of the photo's side
    (0.0, 0.0, 1.0),
    (-0.08, 0.02, 0.82),
    (0.08, -0.01, 0.88),
    (-0.04, -0.04, 0.93),
    (0.05, 0.05, 0.76),
)


@dataclass(frozen=True)
class _Placed:
    """A drawn object and where it goes in the photo."""

    canvas: _Canvas
    fill: float  # its larger side, as a share of the photo's
    dx: float  # its centre's offset from the photo's centre, as shares of the photo's side
    dy: float
    mirror: bool
    width: float = 1.0  # its width is drawn this many times its natural width


def _draw(
    painter: _Painter, item_key: str, material: str, tone: int, rng: random.Random, tilt: float, size: int
) -> _Canvas:
    # Draw at roughly twice the final object size; _finish crops the object and fits it to the frame.
    canvas = _Canvas(size * 2, angle=tilt + rng.uniform(-2, 2), scale=_DRAW_SCALE.get(item_key, 1.0))
    painter(canvas, _palette(material, tone), rng, material)
    return canvas


def render_product_photo(item_key: str, material: str, seed: int, size: int = 800) -> bytes:
    """A square JPEG (quality 85, RGB, no EXIF/metadata) of a stylised illustration of the item.

    Raises ``ValueError`` for an unknown ``item_key``; an unknown ``material`` uses a neutral palette.
    """
    painter = _PAINTERS.get(item_key)
    if painter is None:
        raise ValueError(f"unknown item_key {item_key!r}; expected one of {', '.join(ITEM_KEYS)}")
    size = int(size)
    if size < 16:
        raise ValueError("size must be at least 16 pixels")
    seed = int(seed)
    tone = seed // 2 % len(_TONES)
    rng = random.Random(f"hirfa-photo|{item_key}|{material}|{seed}")
    slot = seed * 4 + zlib.crc32(f"{item_key}|{material}".encode())
    bg, edge = _backdrop(size, rng, float(_palette(material, tone)["lum"]), slot)  # type: ignore[arg-type]
    tilts = _TILTS_FLAT if item_key in _LYING_FLAT else _TILTS_UPRIGHT
    tilt = tilts[seed % len(tilts)]
    dx, dy, share = _PLACEMENTS[seed % len(_PLACEMENTS)]
    fill = rng.uniform(0.64, 0.74) * _FILL.get(item_key, 1.0) * share
    dx, dy = dx + rng.uniform(-0.02, 0.02), dy + rng.uniform(-0.015, 0.015)
    mirror = seed % 2 == 1
    width = _PROPORTIONS[seed % len(_PROPORTIONS)]
    front = _draw(painter, item_key, material, tone, rng, tilt, size)
    layers = [_Placed(front, fill, dx, dy, mirror, width)]
    if item_key in _SMALL and seed % 4 == 3:
        # A second piece of the kind, drawn with its own variations, stands behind and to the side.
        second = random.Random(f"hirfa-photo-second|{item_key}|{material}|{seed}")
        back = _draw(painter, item_key, material, tone + 1, second, -tilt, size)
        side = -1 if dx >= 0 else 1
        layers = [
            _Placed(back, fill * 0.62, side * 0.2, -0.06, not mirror, width),
            _Placed(front, fill * 0.82, -side * 0.12 + dx / 2, 0.05, mirror, width),
        ]
    return _finish(bg, layers, size, edge)


_SKIN: tuple[Color, ...] = (
    (198, 150, 112),
    (176, 124, 88),
    (150, 102, 70),
    (122, 82, 56),
    (212, 168, 132),
    (98, 66, 46),
)
_PORTRAIT_HUES = (0.0, 0.05, 0.09, 0.14, 0.3, 0.42, 0.5, 0.55, 0.62, 0.7, 0.8, 0.9)


def _pattern_backdrop(size: int, rng: random.Random, slot: int) -> Image.Image:
    """Omani geometric tiling: eight-pointed stars with small four-pointed crosses in between."""
    hue = _PORTRAIT_HUES[slot % len(_PORTRAIT_HUES)] + rng.uniform(-0.02, 0.02)
    base = _hsv(hue, rng.uniform(0.3, 0.5), rng.uniform(0.42, 0.6))
    line = _hsv(hue + rng.uniform(-0.05, 0.05), 0.15, 0.9)
    fill = _hsv(hue + rng.choice((0.08, -0.08, 0.5)), rng.uniform(0.3, 0.5), rng.uniform(0.5, 0.72))
    img = _gmap(_radial(size), ((0, _mix(base, (255, 255, 255), 0.15)), (255, _mul(base, 0.7))))
    lay = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(lay)
    s = size / 1000
    step = rng.uniform(170, 230)
    r = step * 0.42
    lw = max(1, int(5 * s))
    y = -step / 2 + rng.uniform(0, step)
    while y < 1000 + step:
        x = -step / 2
        while x < 1000 + step:
            d.polygon(
                [(px * s, py * s) for px, py in _star(x, y, r, 8)],
                fill=_rgba(fill, 110),
                outline=_rgba(line, 140),
                width=lw,
            )
            d.polygon([(px * s, py * s) for px, py in _star(x, y, r * 0.45, 8, rot=math.pi / 8)], fill=_rgba(line, 80))
            d.polygon(
                [(px * s, py * s) for px, py in _star(x + step / 2, y + step / 2, r * 0.38, 4, inner=0.4)],
                fill=_rgba(line, 60),
            )
            x += step
        y += step
    img.paste(lay, (0, 0), lay)
    return img


def render_artisan_portrait(seed: int, gender: str, size: int = 480) -> bytes:
    """A square JPEG: a respectful, abstract portrait placeholder (no face details).

    A stylised head-and-shoulders silhouette wearing an embroidered kumma cap (``gender == "male"``) or a
    headscarf (any other value), in front of an Omani geometric star pattern; colours vary with the seed.
    """
    size = int(size)
    if size < 16:
        raise ValueError("size must be at least 16 pixels")
    male = gender == "male"
    rng = random.Random(f"hirfa-portrait|{'male' if male else 'female'}|{int(seed)}")
    bg = _pattern_backdrop(size, rng, int(seed) * 5 + (0 if male else 7))
    c = _Canvas(size * 2)
    skin = rng.choice(_SKIN)
    emb = rng.sample(list(_EMBROIDERY), 3)
    cx = 500 + rng.uniform(-12, 12)
    hy = 480 + rng.uniform(-10, 10)  # head centre
    hrx, hry = 122 * rng.uniform(0.96, 1.04), 152
    sw = rng.uniform(0.95, 1.05)
    body = _smooth(
        [
            (cx - 420 * sw, 1010),
            (cx - 400 * sw, 900),
            (cx - 320 * sw, 800),
            (cx - 170, 742),
            (cx - 70, 722),
            (cx, 720),
            (cx + 70, 722),
            (cx + 170, 742),
            (cx + 320 * sw, 800),
            (cx + 400 * sw, 900),
            (cx + 420 * sw, 1010),
        ],
        6,
    )
    neck = [(cx - 64, hy + 90), (cx + 64, hy + 90), (cx + 74, 740), (cx - 74, 740)]
    if male:
        robe = rng.choice(
            ((244, 242, 236), (236, 230, 214), (214, 224, 232), (226, 220, 204), (204, 200, 190), (186, 160, 130))
        )
        c.poly(body, robe)
        c.shade(body, "cyl", 0.6)
        c.grad(neck, _cstops(_mul(skin, 0.8)), "cyl")
        # round collarless neckline with the furakha tassel
        c.poly(_ellipse(cx, 722, 70, 30, 32, 0, math.pi), _mul(robe, 0.82))
        c.line([(cx, 748), (cx, 930)], _mul(robe, 0.78), 5)
        c.ball(cx, 950, 14, _cstops(_mix(robe, emb[0], 0.25)), ry=26)
        c.line([(cx - 60, 734), (cx - 30, 770), (cx, 776), (cx + 30, 770), (cx + 60, 734)], _mul(robe, 0.86), 4)
        c.grad(_ellipse(cx, hy, hrx, hry, 64), _cstops(skin), "sph")
        if rng.random() < 0.6:  # a short beard as a soft darker shape (no facial features)
            beard = _smooth(
                [
                    (cx - hrx + 6, hy + 5),
                    (cx - hrx * 0.8, hy + 95),
                    (cx, hy + hry + 8),
                    (cx + hrx * 0.8, hy + 95),
                    (cx + hrx - 6, hy + 5),
                ],
                6,
            )
            beard += _smooth([(cx + hrx * 0.7, hy + 40), (cx, hy + 80), (cx - hrx * 0.7, hy + 40)], 6)
            c.opoly(beard, (40, 30, 26), rng.randint(110, 170))
            c.commit()
        # kumma: embroidered round cap
        cap_col = rng.choice(((248, 246, 240), (238, 234, 222), (244, 240, 228)))
        ch, cyb = 124, hy - 58
        cap = [*_ellipse(cx, cyb, hrx + 8, ch, 40, math.pi, math.tau), *_ellipse(cx, cyb, hrx + 8, 24, 20, 0, math.pi)]
        c.poly(cap, cap_col)
        for j, f in enumerate((0.3, 0.52, 0.74)):
            yy = cyb - ch * (1 - f)
            half = (hrx + 8) * math.sqrt(max(0.0, 1 - (1 - f) ** 2)) - 10
            n = max(2, int(half / 17))
            for i in range(n + 1):
                x = cx - half + 2 * half * i / n
                c.poly([(x, yy - 8), (x + 7, yy), (x, yy + 8), (x - 7, yy)], emb[j % 3])
        rim = _ellipse(cx, cyb - 6, hrx + 8, 24, 20, 0, math.pi)
        c.poly(rim + _ellipse(cx, cyb + 10, hrx + 8, 24, 20, 0, math.pi)[::-1], emb[0])
        c.shade(cap, "sph", 0.55)
    else:
        scarf = _hsv(rng.choice(_PORTRAIT_HUES) + 0.03, rng.uniform(0.35, 0.65), rng.uniform(0.4, 0.78))
        trim = _mix(scarf, (255, 255, 255), 0.5) if rng.random() < 0.5 else emb[0]
        dress = _hsv(rng.random(), rng.uniform(0.3, 0.6), rng.uniform(0.25, 0.5))
        c.poly(body, dress)
        c.shade(body, "cyl", 0.6)
        # headscarf wrapping the head, covering the neck and falling onto the chest
        wrap = _smooth(
            [
                (cx - hrx - 44, hy + 40),
                (cx - hrx - 40, hy - 90),
                (cx - 70, hy - hry - 40),
                (cx, hy - hry - 46),
                (cx + 70, hy - hry - 40),
                (cx + hrx + 40, hy - 90),
                (cx + hrx + 44, hy + 40),
                (cx + hrx + 34, hy + 170),
                (cx + 215, 800),
                (cx + 250, 930),
            ],
            6,
        )
        hem = _smooth([(cx + 250, 930), (cx + 120, 972), (cx, 984), (cx - 120, 972), (cx - 250, 930)], 6)
        wrap += hem[1:] + _smooth([(cx - 250, 930), (cx - 215, 800), (cx - hrx - 34, hy + 170)], 6)[1:]
        c.poly(wrap, scarf)
        c.shade(wrap, "cyl", 0.8)
        c.line(hem, trim, 12)
        for i in range(1, len(hem) - 1, 2):
            c.circle(hem[i][0], hem[i][1] - 22, 6, emb[2])
        face = _ellipse(cx, hy + 24, hrx * 0.84, hry * 0.86, 64)
        c.grad(face, _cstops(skin), "sph")
        edge = _ellipse(cx, hy + 20, hrx * 0.9, hry * 0.92, 48, math.pi * 0.92, math.tau + math.pi * 0.08)
        c.line(edge, trim, 12)
    layer = c.img.resize((size, size), Image.LANCZOS)
    bg.paste(layer, (0, 0), layer)
    buf = BytesIO()
    bg.save(buf, "JPEG", quality=85)
    return buf.getvalue()
