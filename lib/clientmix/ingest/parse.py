"""Turn raw cells into canonical values: header matching, identifiers, numbers, dates.

All functions are vectorised over a pandas Series and never raise on a bad cell: they return
NaN/NaT (or an empty id) that the loader turns into a rejected row with its reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc


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


_NOISE = "(?i)[\\s\u00a0\u202f'’€$£]|euros?|eur"
_GROUPED_COMMA = r"^[+-]?(\d{1,3}(\.\d{3})+|\d*)(,\d*)?$"
_GROUPED_DOT = r"^[+-]?(\d{1,3}(,\d{3})+|\d*)(\.\d*)?$"


def sniff_decimal(values: pd.Series) -> str | None:
    """ "," or "." from text numbers, or None when no value tells (all integers).

    A comma followed by 1 or 2 digits at the end ("12,5", "1 234,56") means decimal comma; a
    dot followed by 1 or 2 digits means decimal dot; the more frequent wins.
    """
    text = values.dropna().astype(str).str.strip()
    text = text[text.ne("")].head(5000)
    if text.empty:
        return None
    comma = text.str.contains(r",\d{1,2}\)?-?$", regex=True).sum()
    dot = text.str.contains(r"\.\d{1,2}\)?-?$", regex=True).sum()
    if comma == 0 and dot == 0:
        comma3 = text.str.contains(r",\d{3,}$", regex=True).sum()
        dot3 = text.str.contains(r"\.\d{3,}$", regex=True).sum()
        if comma3 == 0 and dot3 == 0:
            return None
        # "1.234" / "12.500" with no decimals: the dot groups thousands (French), and the
        # comma likewise in "1,234" (English): the decimal mark is the other one
        return "," if dot3 > comma3 else "."
    return "," if comma >= dot else "."


def _text_to_float(text: pa.Array, decimal: str) -> np.ndarray:
    """Vectorised (Arrow) parse of number strings; NaN where unreadable."""
    text = pc.utf8_trim_whitespace(text)
    text = pc.replace_substring(text, pattern="\u2212", replacement="-")  # Unicode minus
    text = pc.replace_substring_regex(text, pattern=_NOISE, replacement="")
    negative = pc.fill_null(
        pc.or_(
            pc.match_substring_regex(text, pattern=r"^\(.*\)$"),
            pc.ends_with(text, pattern="-"),
        ),
        False,
    )
    text = pc.replace_substring_regex(text, pattern=r"^\(|\)$|-$", replacement="")
    # the thousands mark must group by three ("1.234,5"), or "12.5.3" would read as 1253
    grouped = _GROUPED_COMMA if decimal == "," else _GROUPED_DOT
    well_formed = pc.fill_null(pc.match_substring_regex(text, pattern=grouped), False)
    if decimal == ",":
        text = pc.replace_substring(text, pattern=".", replacement="")
        text = pc.replace_substring(text, pattern=",", replacement=".")
    else:
        text = pc.replace_substring(text, pattern=",", replacement="")
    # well formed + at least one digit: what is left is [+-]digits[.digits], which Arrow casts
    has_digit = pc.fill_null(pc.match_substring_regex(text, pattern=r"\d"), False)
    valid = pc.and_(well_formed, has_digit)
    text = pc.if_else(valid, text, pa.scalar(None, pa.string()))
    out = pc.cast(text, pa.float64()).to_numpy(zero_copy_only=False)
    return np.where(negative.to_numpy(zero_copy_only=False), -out, out)


def parse_numbers(values: pd.Series, decimal: str = ",") -> pd.Series:
    """Numbers from cells: floats pass through; text accepts French conventions.

    Text: spaces, non-breaking spaces and apostrophes as thousands separators, currency
    symbols, decimal comma or dot (``decimal``), the other mark as thousands separator,
    "(12,50)" and "12,50-" as negatives. Empty or unreadable -> NaN.
    """
    if pd.api.types.is_numeric_dtype(values.dtype) and not pd.api.types.is_bool_dtype(values.dtype):
        return values.astype("float64")
    if pd.api.types.is_string_dtype(values.dtype) and not pd.api.types.is_object_dtype(
        values.dtype
    ):
        arr = pa.array(values.to_numpy(dtype=object, na_value=None), type=pa.string())
        return pd.Series(_text_to_float(arr, decimal), index=values.index, dtype="float64")
    obj = values.astype(object)
    is_num = obj.map(lambda v: isinstance(v, int | float) and not isinstance(v, bool))
    # Excel/Parquet object columns mix numbers and text: only the text cells are parsed
    arr = pa.array([v if isinstance(v, str) else None for v in obj], type=pa.string())
    out = pd.Series(_text_to_float(arr, decimal), index=values.index, dtype="float64")
    if is_num.any():
        out = out.where(~is_num, pd.to_numeric(obj.where(is_num), errors="coerce"))
    return out.astype("float64")


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
