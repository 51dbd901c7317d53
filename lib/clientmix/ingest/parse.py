"""Turn raw cells into canonical values: header matching, identifiers, numbers, dates.

All functions are vectorised over a pandas Series and never raise on a bad cell: they return
NaN/NaT (or an empty id) that the loader turns into a rejected row with its reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

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


_ISO = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}")
_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})(\s|$)")
_COMPACT = re.compile(r"^\d{8}$")


@dataclass
class DateParse:
    """Result of :func:`parse_dates`."""

    values: pd.Series
    """datetime64[ns]; NaT where a cell could not be read."""
    layout: str
    """What was read: "iso", "dd/mm/yyyy", "mm/dd/yyyy", "yyyymmdd", "excel", "native"."""
    dayfirst_guessed: bool = False
    ambiguous: bool = False
    """True when no value tells day from month (all parts <= 12) and dayfirst was not given."""
    contradicts_dayfirst: bool = False
    """True when the given dayfirst makes most values unreadable but the other order works."""


def _dmy_to_datetime(text: pd.Series, dayfirst: bool) -> pd.Series:
    parts = text.str.extract(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})")
    a = pd.to_numeric(parts[0], errors="coerce")
    b = pd.to_numeric(parts[1], errors="coerce")
    y = pd.to_numeric(parts[2], errors="coerce")
    y = y.where(y >= 100, 2000 + y)
    day, month = (a, b) if dayfirst else (b, a)
    frame = pd.DataFrame({"year": y, "month": month, "day": day})
    valid = frame.notna().all(axis=1) & month.between(1, 12) & day.between(1, 31)
    out = pd.Series(pd.NaT, index=text.index, dtype="datetime64[ns]")
    if valid.any():
        out[valid] = pd.to_datetime(frame[valid].astype("int64"), errors="coerce")
    return out


def _fast_dmy(text: pd.Series, fmt: str, dayfirst: bool) -> pd.Series:
    """Parse with one strict format (fast), then the cells it missed part by part."""
    out = pd.to_datetime(text.str.slice(0, 10), format=fmt, errors="coerce")
    missed = out.isna()
    if missed.any():
        out[missed] = _dmy_to_datetime(text[missed], dayfirst)
    return out.astype("datetime64[ns]")


def parse_dates(values: pd.Series, dayfirst: bool | None = None) -> DateParse:
    """Dates from cells: datetime cells pass through; text in ISO, dd/mm/yyyy (or mm/dd when
    ``dayfirst`` is False), yyyymmdd, or Excel serial numbers.

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
    """Dates of text cells (ISO, yyyymmdd, dd/mm/yyyy or mm/dd/yyyy; NaT elsewhere); the
    layout read goes to ``parse``."""
    nonempty = text[text.ne("")]
    iso = nonempty.str.match(_ISO)
    dmy = nonempty.str.match(_DMY)
    compact = nonempty.str.match(_COMPACT)
    filled = pd.Series(pd.NaT, index=text.index, dtype="datetime64[ns]")
    if iso.any():
        filled[iso[iso].index] = pd.to_datetime(
            nonempty[iso].str.slice(0, 10), format="%Y-%m-%d", errors="coerce"
        )
    if compact.any():
        filled[compact[compact].index] = pd.to_datetime(
            nonempty[compact], format="%Y%m%d", errors="coerce"
        )
    if dmy.any():
        sub = nonempty[dmy]
        filled[sub.index] = _day_month(sub, dayfirst, parse)
    elif iso.any():
        parse.layout = "iso"
    elif compact.any():
        parse.layout = "yyyymmdd"
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
