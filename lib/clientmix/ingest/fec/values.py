"""Column-wise parsing of FEC values, once per distinct value (``pd.factorize``): amounts to
integer cents, dates, account prefixes, the Sens column; and the small formats of messages."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import numpy as np
import pandas as pd

from clientmix.core.formats import fmt_money
from clientmix.errors import message


def _parse_amount_values(values: pd.Series) -> tuple[np.ndarray, set[str]]:
    """Parse distinct amount strings to float (vectorised); NaN when unreadable, empty = 0.

    Accepts a decimal comma or dot, spaces (also non-breaking) or dots/commas as thousands
    separators, leading zeros or spaces, a leading sign or a trailing minus ("1234,50-").
    Returns the values and the decimal styles seen ({"comma", "dot"}).
    """
    text = values.astype("str").str.replace("[\\s\u00a0\u202f']", "", regex=True)
    neg = text.str.endswith("-").to_numpy(dtype=bool)
    text = text.str.replace(r"-$", "", regex=True)
    # the rightmost mark is the decimal one: only digits may follow it
    comma_dec = text.str.contains(r",\d*$", regex=True).to_numpy(dtype=bool)
    dot_dec = text.str.contains(r"\.\d*$", regex=True).to_numpy(dtype=bool)
    text = pd.Series(
        np.where(
            comma_dec,
            text.str.replace(".", "", regex=False).str.replace(",", ".", regex=False),
            text.str.replace(",", "", regex=False),
        ),
        dtype="str",
    )
    empty = (text == "").to_numpy(dtype=bool)
    out = pd.to_numeric(text.where(~empty, "0"), errors="coerce").to_numpy(dtype=np.float64)
    out = np.where(neg, -out, out)
    styles: set[str] = set()
    if comma_dec.any():
        styles.add("comma")
    if dot_dec.any():
        styles.add("dot")
    return out, styles


def parse_amounts(col: pd.Series) -> tuple[np.ndarray, np.ndarray, set[str]]:
    """Amount column (strings) -> (int64 cents, bad mask, decimal styles)."""
    codes, uniques = pd.factorize(col, use_na_sentinel=False)
    if len(uniques) == 0:
        return np.zeros(len(col), np.int64), np.zeros(len(col), bool), set()
    values, styles = _parse_amount_values(pd.Series(uniques))
    bad_u = ~np.isfinite(values)
    cents_u = np.where(bad_u, 0, np.round(np.nan_to_num(values) * 100.0)).astype(np.int64)
    return cents_u[codes], bad_u[codes], styles


_DATE_FORMATS = (
    ("YYYYMMDD", re.compile(r"^\d{8}$"), "%Y%m%d", 8),
    ("DD/MM/YYYY", re.compile(r"^\d{1,2}/\d{1,2}/\d{4}$"), "%d/%m/%Y", None),
    ("YYYY-MM-DD", re.compile(r"^\d{4}-\d{2}-\d{2}(?:[ T][\d:.]*)?$"), "%Y-%m-%d", 10),
    ("DD.MM.YYYY", re.compile(r"^\d{1,2}\.\d{1,2}\.\d{4}$"), "%d.%m.%Y", None),
)


def parse_dates(col: pd.Series) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Date column (strings) -> (datetime64[ns], bad mask (non-empty but unreadable), formats)."""
    codes, uniques = pd.factorize(col, use_na_sentinel=False)
    texts = pd.Series([str(u).strip() for u in uniques], dtype=object)
    parsed = pd.Series(pd.NaT, index=texts.index, dtype="datetime64[ns]")
    formats: list[str] = []
    for label, pattern, fmt, width in _DATE_FORMATS:
        mask = texts.map(lambda t, p=pattern: bool(p.match(t))).to_numpy(dtype=bool, copy=True)
        mask &= parsed.isna().to_numpy(dtype=bool)
        if not mask.any():
            continue
        sub = texts[mask]
        if width:
            sub = sub.str.slice(0, width)
        parsed[mask] = pd.to_datetime(sub, format=fmt, errors="coerce").astype("datetime64[ns]")
        formats.append(label)
    values = parsed.to_numpy(dtype="datetime64[ns]")
    bad_u = np.isnat(values) & (texts != "").to_numpy()
    return values[codes], bad_u[codes], formats


def starts_with(col: pd.Series, prefixes: Sequence[str]) -> np.ndarray:
    """Boolean mask: the (stripped) value starts with one of `prefixes`."""
    codes, uniques = pd.factorize(col, use_na_sentinel=False)
    prefixes = tuple(str(p) for p in prefixes)
    hit = np.array([str(u).startswith(prefixes) for u in uniques], dtype=bool)
    return hit[codes] if len(uniques) else np.zeros(len(col), dtype=bool)


_SENS = {"D": 1, "DEBIT": 1, "+1": 1, "1": 1, "+": 1, "C": -1, "CREDIT": -1, "-1": -1, "-": -1}


def sens_value(value: object) -> int:
    """Sens column value -> +1 (debit), -1 (credit) or 0 (unreadable)."""
    text = unicodedata.normalize("NFKD", str(value)).encode("ascii", "ignore").decode()
    return _SENS.get(text.strip().upper(), 0)


def take(col: pd.Series, idx: np.ndarray, strip: bool = False) -> np.ndarray:
    """Values of `col` at positions `idx` as an object array of str (optionally stripped)."""
    sub = col.iloc[idx]
    if strip:
        sub = sub.str.strip()
    return sub.to_numpy(dtype=object)


def euros(cents: float | int) -> float:
    """Integer cents -> currency units, rounded to the cent."""
    return round(float(cents) / 100.0, 2)


def money(cents: float | int, lang: str) -> str:
    """Integer cents as an amount in euros for a message (two decimals)."""
    return fmt_money(float(cents) / 100.0, lang, "EUR", decimals=2)


def line_list(lines: Sequence[int], lang: str, limit: int = 8) -> str:
    """File line numbers, sorted, the first `limit` shown and the count of all after them."""
    lines = sorted(int(x) for x in lines)
    shown = ", ".join(str(x) for x in lines[:limit])
    if len(lines) > limit:
        shown += message("fec_more_lines", lang, count=len(lines))
    return shown
