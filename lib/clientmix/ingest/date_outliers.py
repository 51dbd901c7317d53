"""Dates far outside the bulk of the data: typos such as 2042 in a 2022-2024 ledger.

A date more than two years after the 99th percentile of the dates (or more than two years
before the 1st percentile) is a likely typo. Its row is kept (the amount is real and stays in
the totals, outside the default period) and flagged with a warning naming the rows, so the
user corrects the file; it never moves the default analysis period.
"""

from __future__ import annotations

import pandas as pd

from clientmix.errors import message
from clientmix.ingest.problems import Problem

MARGIN = pd.Timedelta(days=730)
MIN_ROWS = 10
"""Below this many dated rows nothing is called a typo (too little to tell the bulk)."""


def typo_dates(dates: pd.Series) -> pd.Series:
    """True where a date lies more than two years outside the 1st-99th percentile range of
    ``dates`` (NaT: False)."""
    known = dates.dropna()
    if len(known) < MIN_ROWS:
        return pd.Series(False, index=dates.index)
    low = known.quantile(0.01, interpolation="higher")
    high = known.quantile(0.99, interpolation="lower")
    return (dates > high + MARGIN) | (dates < low - MARGIN)


def bulk_dates(dates: pd.Series) -> pd.Series:
    """``dates`` without the likely typos (for the default period)."""
    return dates[~typo_dates(dates)]


def typo_problems(invoices: pd.DataFrame, lang: str) -> list[Problem]:
    """A warning listing the rows whose date is a likely typo (up to 5, with their date)."""
    typo = typo_dates(invoices["date"])
    if not typo.any():
        return []
    rows = invoices.loc[typo].head(5)
    examples = ", ".join(
        f"{int(r)} ({d:%Y-%m-%d})" for r, d in zip(rows["source_row"], rows["date"], strict=True)
    )
    bulk = invoices.loc[~typo, "date"]
    text = message(
        "ingest_typo_dates",
        lang,
        count=int(typo.sum()),
        rows=examples,
        first=f"{bulk.min():%Y-%m-%d}",
        last=f"{bulk.max():%Y-%m-%d}",
    )
    return [Problem("warning", text)]
