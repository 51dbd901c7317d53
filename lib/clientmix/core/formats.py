"""Number, money, percentage and date formats of the report, through Babel (CLDR data).

One **locale** per engagement drives every figure (engagement.yaml ``locale:``; by default
``fr_FR`` for ``language: fr``, ``en_GB`` for ``language: en``, ``en_US`` for English with
``currency: USD``; see :func:`default_locale`):

- ``fr_FR``: ``1 234 567 €``, ``12,3 %``, dates ``31/12/2024`` (spaces are non-breaking, U+00A0);
- ``en_GB``: ``€1,234,567``, ``12.3%``, dates ``31/12/2024``;
- ``en_US``: ``$1,234,567``, ``12.3%``, dates ``12/31/2024``.

The ``lang`` argument threaded through the library stays ``"fr"`` or ``"en"`` (a full locale
such as ``"en_US"`` is accepted too). The locale of a language is the **process setting**
(:func:`use_locale`, called by ``ingest.config.load_config`` when it reads an engagement, and
inherited by the report's kernels through the ``CLIENTMIX_LOCALE`` environment variable) when
its language matches, else that language's default.
Pure and cheap: computation modules may use them for the figures in their error messages.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import math
import os
import re
from typing import Any

import pandas as pd
from babel import Locale, dates, numbers

NBSP = "\u00a0"
NNBSP = "\u202f"
CURRENCY_SIGNS = {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF"}
LOCALES = ("fr_FR", "en_GB", "en_US")  # the locales the report is checked in
DEFAULT_LOCALES = {"fr": "fr_FR", "en": "en_GB"}
ENV = "CLIENTMIX_LOCALE"
_setting: dict[str, str | None] = {"locale": os.environ.get(ENV) or None}


def default_locale(language: str | None, currency: str | None = "EUR") -> str:
    """The locale an engagement gets without ``locale:``: ``fr_FR`` for French, ``en_US`` for
    English with amounts in USD, ``en_GB`` for any other English engagement."""
    if (language or "fr")[:2] == "en":
        return "en_US" if currency == "USD" else "en_GB"
    return "fr_FR"


def check_locale(value: str) -> str:
    """``value`` as a canonical locale name (``en-us`` -> ``en_US``); ValueError if unknown."""
    return str(_parse(str(value).replace("-", "_")))


def use_locale(value: str | None) -> None:
    """Set this process's locale (None: back to each language's default). Also exported in
    ``CLIENTMIX_LOCALE`` so the kernels started afterwards (the report's) use it."""
    _setting["locale"] = value
    if value:
        os.environ[ENV] = value
    else:
        os.environ.pop(ENV, None)


def current_locale() -> str | None:
    """The process setting (None when no engagement set it)."""
    return _setting["locale"]


def locale_of(lang: str | None, currency: str | None = None) -> str:
    """The locale formats use for ``lang``: a full locale as given, else the process setting
    when its language is ``lang``, else the language's default (``en_US`` for USD)."""
    lang = lang or "fr"
    if "_" in lang:
        return lang
    language = "en" if lang == "en" else "fr"
    chosen = _setting["locale"]
    if chosen and chosen[:2] == language:
        return chosen
    if currency is not None:
        return default_locale(language, currency)
    return DEFAULT_LOCALES[language]


def language_of(lang: str | None) -> str:
    """``"en"`` or ``"fr"`` from a language or a locale (French unless English)."""
    return "en" if (lang or "fr")[:2] == "en" else "fr"


@functools.lru_cache(maxsize=32)
def _parse(name: str) -> Locale:
    return Locale.parse(name)


def plural_form(count: Any, lang: str | None = "fr") -> str:
    """The CLDR plural category (``one``, ``other``, ``many``...) of ``count`` in ``lang``.

    French: 0 and 1 are ``one`` ("0 client", "1 client"); English: only 1 is ``one``.
    A count given as text ("1 234") is read back to a number.
    """
    if isinstance(count, str):
        digits = re.sub(r"[^\d.,-]", "", count).replace(",", ".")
        try:
            count = float(digits) if digits else 0
        except ValueError:
            count = 0
    if is_missing(count):
        count = 0
    number = abs(float(count))
    return _parse(language_of(lang)).plural_form(int(number) if number.is_integer() else number)


def is_missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _pattern(decimals: int) -> str:
    return "#,##0" + ("." + "0" * decimals if decimals > 0 else "")


@functools.lru_cache(maxsize=128)
def _compiled(loc: str, kind: str, decimals: int) -> numbers.NumberPattern:
    """The parsed Babel pattern of ``kind`` ("decimal", "percent", "currency") for ``loc``
    with ``decimals`` fraction digits (parsing is the slow part of formatting)."""
    if kind == "currency":
        return numbers.parse_pattern(_currency_pattern(loc, decimals))
    if kind == "percent":
        base = _parse(loc).percent_formats[None].pattern
        return numbers.parse_pattern(re.sub(r"#,##0(\.0+)?", _pattern(decimals), base))
    return numbers.parse_pattern(_pattern(decimals))


def _clean(text: str) -> str:
    """Babel's narrow no-break spaces as the report's NBSP (one kind of space in the output)."""
    return text.replace(NNBSP, NBSP)


def _rounded(value: float, decimals: int) -> float:
    out = round(value, max(decimals, 0))
    return 0.0 if out == 0 else out  # never "-0"


def fmt_num(value: float | int | None, lang: str = "fr", decimals: int = 0) -> str:
    """A number with thousands grouping: ``1 234 567,8`` (fr, NBSP) or ``1,234,567.8`` (en).

    Missing values (None, NaN) give an en dash.
    """
    if is_missing(value):
        return "–"
    value = float(value)
    if math.isinf(value):
        return "∞" if value > 0 else "-∞"
    value = _rounded(value, decimals)
    return ("-" if value < 0 else "") + _digits(abs(value), locale_of(lang), decimals)


@functools.lru_cache(maxsize=32)
def _symbols(loc: str) -> dict[str, str]:
    """The locale's group and decimal symbols (Babel), group spaces as NBSP."""
    return {
        ",": _clean(numbers.get_group_symbol(loc)),
        ".": numbers.get_decimal_symbol(loc),
    }


def _digits(size: float, loc: str, decimals: int) -> str:
    """``size`` (>= 0) grouped by thousands with the locale's symbols: Python's own grouping
    (3 digits, as in every locale the report is checked in), symbols from CLDR (fast)."""
    symbols = _symbols(loc)
    return "".join(symbols.get(c, c) for c in f"{size:,.{max(decimals, 0)}f}")


@functools.lru_cache(maxsize=256)
def _affixes(loc: str, kind: str, currency: str | None, decimals: int) -> tuple[str, ...]:
    """(prefix, suffix, negative prefix, negative suffix) of the locale's ``kind`` pattern
    around the number, read once from Babel's rendering of 1 and -1."""
    pattern = _compiled(loc, kind, decimals)
    one = _digits(1.0, loc, decimals)
    out: list[str] = []
    for value in (1.0, -1.0):
        number = value / 100.0 if kind == "percent" else value
        text = _clean(
            pattern.apply(number, _parse(loc), currency=currency, currency_digits=False)
        ).replace("\u2212", "-")
        head, _, tail = text.partition(one)
        if kind == "currency":
            head = re.sub(r"^(-?[A-Z]{2,3})$", rf"\1{NBSP}", head)  # CHF 1,234: a code
        out += [head, tail]
    return tuple(out)


def _affixed(value: float, loc: str, kind: str, currency: str | None, decimals: int) -> str:
    value = _rounded(value, decimals)
    prefix, suffix, neg_prefix, neg_suffix = _affixes(loc, kind, currency, decimals)
    if value < 0:
        return neg_prefix + _digits(-value, loc, decimals) + neg_suffix
    return prefix + _digits(value, loc, decimals) + suffix


def fmt_int(value: float | int | None, lang: str = "fr") -> str:
    """A whole number with thousands grouping (``12 345`` in French with a NBSP)."""
    return fmt_num(value, lang, 0)


def _currency_pattern(loc: str, decimals: int) -> str:
    standard = _parse(loc).currency_formats["standard"].pattern.split(";")[0]
    return re.sub(r"#,##0(\.0+)?", _pattern(decimals), standard)


def fmt_money(
    value: float | int | None, lang: str = "fr", currency: str = "EUR", decimals: int = 0
) -> str:
    """An amount in ``currency`` in the locale's style: ``1 234 567 €`` (fr_FR), ``€1,234,567``
    (en_GB), ``$1,234,567`` (en_US, USD)."""
    if is_missing(value):
        return "–"
    return _affixed(float(value), locale_of(lang, currency), "currency", currency, decimals)


def fmt_pct(value: float | None, lang: str = "fr", decimals: int = 1) -> str:
    """A fraction in [0, 1] as a percentage: 0.123 -> ``12,3 %`` (fr, NBSP) or ``12.3%`` (en)."""
    if is_missing(value):
        return "–"
    return _affixed(float(value) * 100.0, locale_of(lang), "percent", None, decimals)


def fmt_signed_pct(value: float | None, lang: str = "fr", decimals: int = 1) -> str:
    """A change as a signed percentage: 0.25 -> ``+25,0 %``, -0.4 -> ``-40,0 %``."""
    text = fmt_pct(value, lang, decimals)
    if is_missing(value) or text.startswith("-") or float(value) * 10 ** (decimals + 2) < 0.5:
        return text
    return "+" + text


def date_pattern(lang: str = "fr") -> str:
    """The CLDR date pattern of the report: the locale's short date with a 4-digit year
    (``dd/MM/yyyy`` for fr_FR and en_GB, ``M/d/yyyy`` for en_US)."""
    short = _parse(locale_of(lang)).date_formats["short"].pattern
    return re.sub(r"y+", "yyyy", short)


def excel_date_format(lang: str = "fr") -> str:
    """The same date pattern as an Excel number format (``dd/mm/yyyy``, ``m/d/yyyy``)."""
    return date_pattern(lang).replace("M", "m")


def excel_money_format(currency: str = "EUR", lang: str = "fr") -> str:
    """An Excel number format for whole amounts, the currency sign placed as in the locale:
    ``#,##0 "€";-#,##0 "€"`` (fr_FR), ``"$"#,##0;-"$"#,##0`` (en_US). Excel shows the
    separators of the reader's own settings."""
    sign, before = _currency_sign(currency, locale_of(lang, currency))
    if before:
        return f'"{sign}"#,##0;-"{sign}"#,##0'
    return f'#,##0 "{sign}";-#,##0 "{sign}"'


def fmt_date(value: Any, lang: str = "fr") -> str:
    """A date in the locale's short style with 4-digit year (``31/12/2024``, US
    ``12/31/2024``); en dash when missing."""
    if is_missing(value):
        return "–"
    if isinstance(value, str):
        value = pd.Timestamp(value)
    if isinstance(value, pd.Timestamp | dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return dates.format_date(value, date_pattern(lang), locale=locale_of(lang))
    raise TypeError(f"fmt_date expects a date, got {type(value).__name__}")


def escape(text: Any) -> str:
    """Data (a customer name, a file name) made safe to place in HTML or Markdown output.

    Markdown markup characters are backslash-escaped (``$`` too, which Markdown renderers read
    as mathematics), then HTML special characters become entities, so ``Dupont & Fils <SARL>``
    shows as written and never as markup.
    """
    out = re.sub(r"([\\`*_\[\]{}#|~$])", r"\\\1", str(text))
    return html.escape(out, quote=False)


def escape_money(text: str) -> str:
    """Report text (already formatted, markup kept) with every ``$`` escaped for Markdown, so
    ``$1,200 and $3,400`` is never read as mathematics."""
    return re.sub(r"(?<!\\)\$", r"\\$", text)


def _currency_sign(currency: str, loc: str) -> tuple[str, bool]:
    """The currency's symbol in ``loc`` and whether it comes before the number."""
    sign = numbers.get_currency_symbol(currency, locale=loc)
    before = _parse(loc).currency_formats["standard"].pattern.lstrip().startswith("¤")
    return sign, before


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
    sign, before = _currency_sign(currency, locale_of(lang, currency))
    if before:
        return f"-{sign}{text[1:]}{unit}" if text.startswith("-") else f"{sign}{text}{unit}"
    return f"{text}{NBSP}{unit}{sign}"
