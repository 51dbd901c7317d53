"""Dates written with a month name or year first, and Excel serial numbers kept as text.

Read: ``5 janv. 2024``, ``5 janvier 2024``, ``1er mars 2024``, ``5 Jan 2024``, ``05-Jan-24``,
``Jan 5, 2024``, ``January 5th, 2024`` (French and English month names and abbreviations,
with or without accents or a final dot), ``2024/01/05`` and ``2024.1.5`` (year first, then
month), each optionally followed by a time (dropped). Two-digit years 00-68 are 20xx.
Excel serial numbers (days since 1899-12-30) are taken only when the whole column is 5-digit
numbers from 1980 to 2099 (:func:`excel_serials`). Every function is vectorised and returns
NaT for cells it does not read.
"""

from __future__ import annotations

import pandas as pd

from clientmix.errors import message
from clientmix.ingest.problems import Problem

_NAMES = {
    1: "janvier janv jan january",
    2: "février fevrier févr fevr fév fev february feb",
    3: "mars mar march",
    4: "avril avr april apr",
    5: "mai may",
    6: "juin june jun",
    7: "juillet juil jul july",
    8: "août aout aoû aou august aug",
    9: "septembre sept sep september",
    10: "octobre oct october",
    11: "novembre nov november",
    12: "décembre decembre déc dec december",
}
MONTHS = {name: number for number, names in _NAMES.items() for name in names.split()}
"""Month number of each French or English month name or abbreviation (lower case)."""

_WORD = r"([^\W\d_]+)\.?"
_YEAR = r"(\d{4}|\d{2})"
_DAY_WORD_YEAR = rf"^(\d{{1,2}})(?:er)?[\s\-/.]*{_WORD}[\s\-/.,]*{_YEAR}(?:[\sT]|$)"
_WORD_DAY_YEAR = rf"^{_WORD}\s*(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}(?:[\sT]|$)"
_YEAR_MONTH_DAY = r"^(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})(?:[\sT]|$)"

EXCEL_FIRST, EXCEL_LAST = 29221, 73050
"""Excel serial numbers taken as dates: 1980-01-01 to 2099-12-31."""


def from_parts(year: pd.Series, month: pd.Series, day: pd.Series) -> pd.Series:
    """Dates from numeric parts; NaT where a part is missing or the date does not exist
    (31/02). Two-digit years as strptime's %y reads them: 00-68 are 20xx, 69-99 are 19xx."""
    year = year.where(year >= 100, year + 2000 - 100 * (year >= 69))
    frame = pd.DataFrame({"year": year, "month": month, "day": day})
    valid = frame.notna().all(axis=1) & month.between(1, 12) & day.between(1, 31)
    out = pd.Series(pd.NaT, index=year.index, dtype="datetime64[ns]")
    if valid.any():
        out[valid] = pd.to_datetime(frame[valid].astype("int64"), errors="coerce")
    return out


def word_dates(text: pd.Series) -> tuple[pd.Series, str | None]:
    """Dates of cells with a month name (day first, or month first in English), and the
    layout read ("d month yyyy", "month d, yyyy", both joined by " + ", or None)."""
    out = pd.Series(pd.NaT, index=text.index, dtype="datetime64[ns]")
    layouts = []
    for pattern, order, layout in (
        (_DAY_WORD_YEAR, (0, 1, 2), "d month yyyy"),
        (_WORD_DAY_YEAR, (1, 0, 2), "month d, yyyy"),
    ):
        parts = text.str.extract(pattern, expand=True)
        found = parts[0].notna()
        if not found.any():
            continue
        day, word, year = (parts.loc[found, i] for i in order)
        month = word.str.lower().map(MONTHS)
        got = from_parts(pd.to_numeric(year), month, pd.to_numeric(day))
        if got.notna().any():
            out[got.index] = out[got.index].fillna(got)
            layouts.append(layout)
    return out, " + ".join(layouts) or None


def year_first_dates(text: pd.Series) -> pd.Series:
    """Dates of year-first cells (2024-1-5, 2024/01/05, 2024.01.05, a time after is dropped)."""
    parts = text.str.extract(_YEAR_MONTH_DAY, expand=True).apply(pd.to_numeric)
    return from_parts(parts[0], parts[1], parts[2])


def excel_serials(text: pd.Series) -> pd.Series | None:
    """Dates of a text column when every non-empty cell is a 5-digit Excel serial number from
    1980 to 2099 (45292 = 2024-01-01); None otherwise (a column of mixed cells is not read
    this way: a 5-digit number alone is not a date)."""
    filled = text[text.ne("") & ~text.isin(["<NA>", "nan", "None", "NaT"])]
    if filled.empty or not filled.str.fullmatch(r"\d{5}").all():
        return None
    serial = pd.to_numeric(filled)
    if not serial.between(EXCEL_FIRST, EXCEL_LAST).all():
        return None
    out = pd.Series(pd.NaT, index=text.index, dtype="datetime64[ns]")
    out[filled.index] = pd.to_datetime(serial, unit="D", origin="1899-12-30")
    return out


def mixed_order_problem(
    mixed: tuple[str, str] | None, path: object, column: str, lang: str
) -> list[Problem]:
    """An error when a date column mixes values only valid day first (13/01/2024) with
    values only valid month first (01/13/2024): which order its other values (05/01/2024)
    follow cannot be known, so no figure is given until the file or ``dayfirst`` settles it.
    ``mixed`` is :attr:`clientmix.ingest.parse.DateParse.mixed`."""
    if mixed is None:
        return []
    text = message(
        "ingest_dates_mixed_order",
        lang,
        path=path,
        column=column,
        dayfirst=mixed[0],
        monthfirst=mixed[1],
    )
    return [Problem("error", text)]
