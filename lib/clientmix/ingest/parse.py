"""Turn raw cells into canonical values: header matching, identifiers, numbers, dates.

All functions are vectorised over a pandas Series and never raise on a bad cell: they return
NaN/NaT (or an empty id) that the loader turns into a rejected row with its reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from clientmix.ingest import dates as written
from clientmix.ingest.numbers import parse_numbers, sniff_decimal

__all__ = ["DateParse", "parse_dates", "parse_ids", "parse_numbers", "sniff_decimal"]


def parse_ids(values: pd.Series) -> pd.Series:
    """Customer ids as trimmed strings; "" when missing.

    Text keeps its leading zeros ("00123" stays "00123"); a number read from Excel or Parquet
    that is a whole number loses its ".0" (123.0 -> "123").
    """
    if pd.api.types.is_float_dtype(values.dtype):
        whole = values.notna() & (values == np.floor(values))
        out = values.astype(object).where(~whole, values.fillna(0).astype("int64"))
        out = out.astype(str).where(values.notna(), "")
        return out.str.strip()
    if pd.api.types.is_integer_dtype(values.dtype):
        return values.astype(str)
    if pd.api.types.is_string_dtype(values.dtype) and not pd.api.types.is_object_dtype(
        values.dtype
    ):
        return values.fillna("").str.strip()
    obj = values.astype(object)
    is_float = obj.map(lambda v: isinstance(v, float))
    if is_float.any():
        floats = obj[is_float].astype(float)
        whole = floats.notna() & (floats == np.floor(floats))
        conv = floats.astype(object)
        conv[whole] = floats[whole].astype("int64").astype(str)
        conv[floats.isna()] = ""
        obj = obj.copy()
        obj[is_float] = conv
    out = obj.astype(str).str.strip()
    return out.where(obj.notna(), "").mask(out.isin(["nan", "None", "NaT", "<NA>"]), "")


_ISO = re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})(\s|$)")
_COMPACT = re.compile(r"^\d{8}$")


@dataclass
class DateParse:
    """Result of :func:`parse_dates`."""

    values: pd.Series
    """datetime64[ns]; NaT where a cell could not be read."""
    layout: str
    """What was read: "iso", "yyyy/mm/dd", "dd/mm/yyyy", "mm/dd/yyyy", "yyyymmdd",
    "d month yyyy", "month d, yyyy" (joined by " + " when mixed), "Excel 45292 → 2024-01-01"
    (serial numbers kept as text), "native"."""
    dayfirst_guessed: bool = False
    """True when the layout was decided from the values (said in the guesses)."""
    ambiguous: bool = False
    """True when no value tells day from month (all parts <= 12) and dayfirst was not given."""
    contradicts_dayfirst: bool = False
    """True when the given dayfirst makes most values unreadable but the other order works."""
    mixed: tuple[str, str] | None = None
    """(a value only valid day first, a value only valid month first) when one column holds
    both and dayfirst was not given: the day/month order of its other values is unknowable
    (see :func:`clientmix.ingest.dates.mixed_order_problem`)."""


def _dmy_to_datetime(text: pd.Series, dayfirst: bool) -> pd.Series:
    parts = text.str.extract(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})")
    a, b, y = (pd.to_numeric(parts[i], errors="coerce") for i in range(3))
    day, month = (a, b) if dayfirst else (b, a)
    return written.from_parts(y, month, day)


def _fast_dmy(text: pd.Series, fmt: str, dayfirst: bool) -> pd.Series:
    """Parse with one strict format (fast), then the cells it missed part by part."""
    out = pd.to_datetime(text.str.slice(0, 10), format=fmt, errors="coerce")
    missed = out.isna()
    if missed.any():
        out[missed] = _dmy_to_datetime(text[missed], dayfirst)
    return out.astype("datetime64[ns]")


def parse_dates(values: pd.Series, dayfirst: bool | None = None) -> DateParse:
    """Dates from cells: datetime cells pass through; text in ISO (a time after is dropped),
    yyyy/mm/dd, dd/mm/yyyy (or mm/dd when ``dayfirst`` is False; two-digit years 00-68 are
    20xx), yyyymmdd, with a French or English month name (see :mod:`clientmix.ingest.dates`), or
    Excel serial numbers (numeric cells, or a text column made only of them).

    When ``dayfirst`` is None it is decided from the values: a first part above 12 means
    day first, a second part above 12 means month first; when nothing tells, day first is
    taken (French convention) and ``ambiguous`` is set so the caller can say so.
    Text columns are parsed once per distinct value (a ledger repeats its dates).
    """
    if pd.api.types.is_string_dtype(values.dtype) and not pd.api.types.is_object_dtype(
        values.dtype
    ):
        codes, uniques = pd.factorize(values)
        if len(uniques) < len(values):
            parsed = _parse_dates(pd.Series(uniques, dtype=values.dtype), dayfirst)
            taken = parsed.values.to_numpy()[codes]
            taken[codes < 0] = np.datetime64("NaT")
            parsed.values = pd.Series(taken, index=values.index, dtype="datetime64[ns]")
            return parsed
    return _parse_dates(values, dayfirst)


def _parse_dates(values: pd.Series, dayfirst: bool | None = None) -> DateParse:
    if pd.api.types.is_datetime64_any_dtype(values.dtype):
        out = values
        if getattr(out.dt, "tz", None) is not None:
            out = out.dt.tz_localize(None)
        return DateParse(out.astype("datetime64[ns]"), "native")
    if pd.api.types.is_string_dtype(values.dtype) and not pd.api.types.is_object_dtype(
        values.dtype
    ):
        is_dt = is_num = pd.Series(False, index=values.index)
        obj = values
    else:
        obj = values.astype(object)
        is_dt = obj.map(lambda v: isinstance(v, pd.Timestamp | np.datetime64) or hasattr(v, "year"))
        is_num = obj.map(lambda v: isinstance(v, int | float) and not isinstance(v, bool))
    result = pd.Series(pd.NaT, index=values.index, dtype="datetime64[ns]")
    if is_dt.any():
        result[is_dt] = pd.to_datetime(obj[is_dt], errors="coerce")
    if is_num.any():
        serial = pd.to_numeric(obj[is_num], errors="coerce")
        ok = serial.between(20000, 80000)
        result[is_num & ok.reindex(values.index, fill_value=False)] = pd.to_datetime(
            serial[ok], unit="D", origin="1899-12-30"
        )
    text_mask = ~(is_dt | is_num)
    text = obj[text_mask].astype(str).str.strip()
    layout = "native" if not text_mask.any() else "unknown"
    parse = DateParse(result, layout)
    if text.empty:
        return parse
    result[text.index] = _text_dates(text, dayfirst, parse)
    parse.values = result
    return parse


def _text_dates(text: pd.Series, dayfirst: bool | None, parse: DateParse) -> pd.Series:
    """Dates of text cells (see :func:`parse_dates`; NaT elsewhere); the layouts read go to
    ``parse`` (joined by " + " when a column mixes them)."""
    serials = written.excel_serials(text)
    if serials is not None:
        first = serials.first_valid_index()
        parse.layout = f"Excel {text[first]} → {serials[first]:%Y-%m-%d}"
        parse.dayfirst_guessed = True  # a layout decided from the values: said in guesses
        return serials
    nonempty = text[text.ne("")]
    iso = nonempty.str.match(_ISO)
    dmy = nonempty.str.match(_DMY)
    compact = nonempty.str.match(_COMPACT)
    filled = pd.Series(pd.NaT, index=text.index, dtype="datetime64[ns]")
    layouts = []
    if dmy.any():
        filled[dmy[dmy].index] = _day_month(nonempty[dmy], dayfirst, parse)
        layouts.append(parse.layout)
    if iso.any():
        sub = nonempty[iso]
        got = pd.to_datetime(sub.str.slice(0, 10), format="%Y-%m-%d", errors="coerce")
        missed = got.isna()
        if missed.any():
            got[missed] = written.year_first_dates(sub[missed])
        filled[sub.index] = got
        layouts.append("iso" if sub.str.get(4).eq("-").all() else "yyyy/mm/dd")
    if compact.any():
        filled[compact[compact].index] = pd.to_datetime(
            nonempty[compact], format="%Y%m%d", errors="coerce"
        )
        layouts.append("yyyymmdd")
    rest = nonempty[~(iso | dmy | compact)]
    if not rest.empty:
        words, layout = written.word_dates(rest)
        filled[rest.index] = words
        layouts += [layout] if layout else []
    if layouts:
        parse.layout = " + ".join(layouts)
    return filled


def _day_month(sub: pd.Series, dayfirst: bool | None, parse: DateParse) -> pd.Series:
    """Dates of "01/02/2024"-like cells, day first or month first: as ``dayfirst`` says, else
    as the values tell (day first when nothing tells: ``parse.ambiguous``). Sets the layout
    and the flags of ``parse``."""
    first_value = sub.iloc[0]
    sep = re.search(r"[/.\-]", first_value).group(0)
    year = "%Y" if len(re.split(r"[/.\-]", first_value)[2].split()[0]) == 4 else "%y"
    by_day = _fast_dmy(sub, f"%d{sep}%m{sep}{year}", True)
    by_month = _fast_dmy(sub, f"%m{sep}%d{sep}{year}", False)
    says_dayfirst = bool((by_day.notna() & by_month.isna()).any())
    says_monthfirst = bool((by_month.notna() & by_day.isna()).any())
    if dayfirst is None:
        use = not (says_monthfirst and not says_dayfirst)
        if says_dayfirst and says_monthfirst:
            only_day = sub[by_day.notna() & by_month.isna()].iloc[0]
            parse.mixed = (only_day, sub[by_month.notna() & by_day.isna()].iloc[0])
        parse.dayfirst_guessed = True
        readable = bool((by_day.notna() | by_month.notna()).any())
        parse.ambiguous = readable and not says_dayfirst and not says_monthfirst
    else:
        use = dayfirst
    got, other = (by_day, by_month) if use else (by_month, by_day)
    if dayfirst is not None and got.isna().mean() > 0.2:
        if other.notna().sum() > got.notna().sum():
            parse.contradicts_dayfirst = True
    parse.layout = "dd/mm/yyyy" if use else "mm/dd/yyyy"
    return got
