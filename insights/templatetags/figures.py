"""Numbers on the figures page, written the reader's way, and its bar charts, drawn without inline styles.

Counts are grouped by thousands (12,345 / ١٢٬٣٤٥) and shares are percentages (42.5% / ٤٢٫٥٪؜), in the digits the
reader chose (`marketplace.display`). Bars are small SVG images sized by attributes only: the site's
Content-Security-Policy forbids `style=` attributes. In a right-to-left page a bar grows from the right.
"""

from __future__ import annotations

from decimal import Decimal

from babel import Locale
from babel.numbers import format_decimal, format_percent
from django import template
from django.utils.html import format_html
from django.utils.translation import get_language_bidi

from marketplace.bilingual import active_language
from marketplace.display import digit_style
from marketplace.money import ARABIC_INDIC_DIGITS
from marketplace.templatetags.money import currency

register = template.Library()

BAR_COLOUR = "#a3262a"  # --hirfa-red in hirfa.css (a presentation attribute cannot read a CSS variable)
BAR_TRACK_COLOUR = "#eadfca"  # --hirfa-sand-dark


# Babel writes a Latin "%" even with Arabic-Indic digits; the Arabic percent sign (with its letter mark) belongs there.
ARABIC_PERCENT_SIGN = Locale("ar").number_symbols["arab"]["percentSign"]


def _in_readers_digits(text: str, numbering: str) -> str:
    if numbering != "arab":
        return text
    return text.translate(ARABIC_INDIC_DIGITS).replace("%", ARABIC_PERCENT_SIGN)


def _numbering() -> str:
    return "arab" if active_language() == "ar" and digit_style() == "arab" else "latn"


@register.filter
def figure(value) -> str:
    """`{{ figures.total|figure }}`: a count with the reader's thousands separator and digits."""
    if value is None or value == "":
        return ""
    numbering = _numbering()
    text = format_decimal(int(value), locale=active_language(), numbering_system=numbering)
    return _in_readers_digits(text, numbering)


def share_of(count, total) -> Decimal | None:
    """The exact fraction `count / total` (counts or amounts), or None when there is nothing to share (no total)."""
    if not total:
        return None
    return Decimal(count) / Decimal(total)


@register.filter
def share(count, total) -> str:
    """`{{ row.count|share:figures.total }}`: "42.5%" (one decimal at most); "–" when the total is zero."""
    fraction = share_of(count, total)
    if fraction is None:
        return "–"
    numbering = _numbering()
    text = format_percent(fraction, format="#,##0.#%", locale=active_language(), numbering_system=numbering)
    return _in_readers_digits(text, numbering)


@register.simple_tag
def figure_bar(count, total) -> str:
    """An SVG bar showing the share `count / total` (the whole cell is 100%), the same share as the table's
    "Share" column; hidden from screen readers, which read the numbers in the row instead."""
    length = round(100 * int(count) / int(total), 1) if total else 0
    start = 100 - length if get_language_bidi() else 0
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


@register.filter
def percent(fraction) -> str:
    """`{{ headline.value|percent }}`: an exact fraction (0.4250) as "42.5%" in the reader's digits; "–" for None."""
    if fraction is None or fraction == "":
        return "–"
    numbering = _numbering()
    text = format_percent(fraction, format="#,##0.#%", locale=active_language(), numbering_system=numbering)
    return _in_readers_digits(text, numbering)


@register.filter
def measure(value, unit: str) -> str:
    """`{{ value|measure:column.unit }}`: a dashboard value as its unit is read: a count, an amount in OMR (three
    decimals), a share, or a text."""
    if unit == "count":
        return figure(value)
    if unit == "omr":
        return currency(value) if value is not None else "–"
    if unit == "percent":
        return percent(value)
    return str(value)
