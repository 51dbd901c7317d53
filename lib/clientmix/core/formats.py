"""Number, money, percentage and date formats of the report (French style by default).

French style: ``1 234 567 €`` (a non-breaking space U+00A0 between thousands and before the
currency sign), ``12,3 %``, dates ``31/12/2024``. English style: ``€1,234,567``, ``12.3%``,
dates ``31/12/2024`` too (the report is read in Europe; ISO would confuse a business owner).
Pure and cheap: computation modules may use them for the figures in their error messages.
"""

from __future__ import annotations

import datetime as dt
import html
import math
import re
from typing import Any

import pandas as pd

NBSP = "\u00a0"
NNBSP = "\u202f"
CURRENCY_SIGNS = {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF"}


def is_missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _group(digits: str, sep: str) -> str:
    return re.sub(r"(\d)(?=(\d{3})+$)", rf"\1{sep}", digits)


def fmt_num(value: float | int | None, lang: str = "fr", decimals: int = 0) -> str:
    """A number with thousands grouping: ``1 234 567,8`` (fr, NBSP) or ``1,234,567.8`` (en).

    Missing values (None, NaN) give an en dash.
    """
    if is_missing(value):
        return "–"
    value = float(value)
    if math.isinf(value):
        return "∞" if value > 0 else "-∞"
    text = f"{abs(value):.{decimals}f}"
    whole, _, frac = text.partition(".")
    if lang == "en":
        out = _group(whole, ",") + ("." + frac if frac else "")
    else:
        out = _group(whole, NBSP) + ("," + frac if frac else "")
    if value < 0 and float(text) != 0:
        out = "-" + out
    return out


def fmt_int(value: float | int | None, lang: str = "fr") -> str:
    """A whole number with thousands grouping (``12 345`` in French with a NBSP)."""
    return fmt_num(value, lang, 0)


def fmt_money(
    value: float | int | None, lang: str = "fr", currency: str = "EUR", decimals: int = 0
) -> str:
    """An amount in ``currency``: ``1 234 567 €`` (fr, NBSP separators) or ``€1,234,567`` (en)."""
    if is_missing(value):
        return "–"
    sign = CURRENCY_SIGNS.get(currency, currency)
    number = fmt_num(value, lang, decimals)
    if lang == "en":
        if sign in ("€", "$", "£"):
            return f"-{sign}{number[1:]}" if number.startswith("-") else f"{sign}{number}"
        return f"{number} {sign}"
    return f"{number}{NBSP}{sign}"


def fmt_pct(value: float | None, lang: str = "fr", decimals: int = 1) -> str:
    """A fraction in [0, 1] as a percentage: 0.123 -> ``12,3 %`` (fr, NBSP) or ``12.3%`` (en)."""
    if is_missing(value):
        return "–"
    number = fmt_num(float(value) * 100.0, lang, decimals)
    return f"{number}%" if lang == "en" else f"{number}{NBSP}%"


def fmt_signed_pct(value: float | None, lang: str = "fr", decimals: int = 1) -> str:
    """A change as a signed percentage: 0.25 -> ``+25,0 %``, -0.4 -> ``-40,0 %``."""
    text = fmt_pct(value, lang, decimals)
    if is_missing(value) or text.startswith("-") or float(value) * 10 ** (decimals + 2) < 0.5:
        return text
    return "+" + text


def fmt_date(value: Any, lang: str = "fr") -> str:
    """A date as ``31/12/2024`` (both languages); en dash when missing."""
    if is_missing(value):
        return "–"
    if isinstance(value, str):
        value = pd.Timestamp(value)
    if isinstance(value, pd.Timestamp | dt.date | dt.datetime):
        return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
    raise TypeError(f"fmt_date expects a date, got {type(value).__name__}")


def escape(text: Any) -> str:
    """Data (a customer name, a file name) made safe to place in HTML or Markdown output.

    Markdown markup characters are backslash-escaped, then HTML special characters become
    entities, so ``Dupont & Fils <SARL>`` shows as written and never as markup.
    """
    out = re.sub(r"([\\`*_\[\]{}#|~])", r"\\\1", str(text))
    return html.escape(out, quote=False)


def fmt_money_short(value: float | int | None, lang: str = "fr", currency: str = "EUR") -> str:
    """A compact amount for chart axes: ``250 k€``, ``1,2 M€`` (fr) or ``€250k``, ``€1.2M`` (en)."""
    if is_missing(value):
        return "–"
    value = float(value)
    size = abs(value)
    if size >= 1e6:
        number, unit = value / 1e6, "M"
    elif size >= 1e3:
        number, unit = value / 1e3, "k"
    else:
        number, unit = value, ""
    decimals = 0 if abs(number) >= 10 or number == int(number) else 1
    text = fmt_num(number, lang, decimals)
    sign = CURRENCY_SIGNS.get(currency, currency)
    if lang == "en" and sign in ("€", "$", "£"):
        return f"-{sign}{text[1:]}{unit}" if text.startswith("-") else f"{sign}{text}{unit}"
    return f"{text}{NBSP}{unit}{sign}"
