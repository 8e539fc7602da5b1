"""The reader's display preferences that are not a language: for now, which digits to show numbers in.

Arabic readers may prefer Arabic-Indic digits (١٢٫٣٤٠) or Latin digits (12.340); the choice lives in a cookie
(no database write on a page view) and applies for the duration of one request through a context variable,
so template filters that are given no request, like Oscar's `currency`, can follow it.
"""

from contextvars import ContextVar

from marketplace.money import DIGIT_STYLES

DIGITS_COOKIE = "hirfa_digits"
DEFAULT_DIGITS = "latn"

_digit_style: ContextVar[str] = ContextVar("digit_style", default=DEFAULT_DIGITS)


def digit_style() -> str:
    return _digit_style.get()


def digit_style_from_cookie(value: str | None) -> str:
    return value if value in DIGIT_STYLES else DEFAULT_DIGITS


def activate_digit_style(style: str):
    """Set the style for the current request; returns a token for `deactivate_digit_style`."""
    return _digit_style.set(digit_style_from_cookie(style))


def deactivate_digit_style(token) -> None:
    _digit_style.reset(token)
