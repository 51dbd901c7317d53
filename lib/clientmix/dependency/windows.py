"""Concentration per 12-month window ending on the period end: the trend of dependency."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from clientmix.core.checks import ONE_DAY, as_choice, as_timestamp, id_codes, need_columns
from clientmix.dependency.concentration import (
    MEASURES,
    Concentration,
    checked_thresholds,
    concentration,
)

_CONCENTRATION_COLUMNS = [
    "customers",
    "top1_share",
    "top1_customer",
    "top5_share",
    "top10_share",
    "hhi",
    "hhi_level",
    "effective_customers",
    "gini",
    "customers_for_80pct",
    "share_customers_for_80pct",
    "major_customers",
    "economic_dependence",
]


def _window_label(start: pd.Timestamp, end: pd.Timestamp) -> str:
    """ "2024" for a calendar year, else "2023-07→2024-06" (a code, the same in every language)."""
    if start.month == 1 and start.day == 1 and end.month == 12 and end.day == 31:
        if start.year == end.year:
            return str(end.year)
    return f"{start:%Y-%m}→{end:%Y-%m}"


def concentration_by_year(
    invoices: pd.DataFrame,
    *,
    value: str = "revenue",
    start: Any = None,
    end: Any = None,
    **thresholds: float,
) -> pd.DataFrame:
    """Concentration measures for each 12-month window, to show whether dependence rises or falls.

    Window i (i = 0, 1, ...) covers ``[end - 12*(i+1) months + 1 day, end - 12*i months]``, so
    window 0 is the 12 months ending on the analysis period end and the others go back in
    time. Only complete windows covered by the data are kept: a window is kept when it starts on
    or after ``start``.

    Parameters
    ----------
    invoices : canonical invoice lines (customer_id, date, amount; cost for gross margin).
    value : "revenue" (sum of amounts) or "gross_margin" (sum of amount - cost). A customer with
        a line of unknown cost (NaN) in a window has an unknown margin in that window and is
        left out of the margin measures (it is listed as missing, not as zero).
    start : earliest date a window may start (default: first day of the month of the first
        invoice). Pass the first date of the usable history, not the analysis period start, or
        only one window will come out.
    end : end of the most recent window, normally the analysis period end (default: last day
        of the month of the last invoice).
    **thresholds : major, dependence, pareto, hhi_moderate, hhi_high (see
        :func:`clientmix.dependency.concentration.concentration`).

    Returns
    -------
    DataFrame, oldest window first, with columns window_start, window_end (Timestamp), label
    ("2024" for a calendar year, else "2023-07→2024-06"), revenue (net, all customers,
    currency), gross_margin (only for value="gross_margin": net margin of customers with a known
    margin), customers (customers with a positive value), top1_share, top1_customer, top5_share,
    top10_share, hhi, hhi_level, effective_customers, gini, customers_for_80pct,
    share_customers_for_80pct, major_customers (count at ``major`` or more),
    economic_dependence. Empty (same columns) when the data covers no complete window.
    """
    th = checked_thresholds(thresholds)
    as_choice(value, "value", MEASURES)
    cols = ["customer_id", "date", "amount"] + (["cost"] if value == "gross_margin" else [])
    df = need_columns(invoices, cols, "invoices")
    columns = [
        *("window_start", "window_end", "label", "revenue"),
        *(["gross_margin"] if value == "gross_margin" else []),
        *_CONCENTRATION_COLUMNS,
    ]
    dates = pd.to_datetime(df["date"])
    bounds = _window_bounds(dates, start, end)
    if not bounds:
        return pd.DataFrame(columns=columns)
    sums = _window_sums(df, dates, bounds, value)
    rows = [_window_row(w, bounds[w], sums, value, th) for w in range(len(bounds))]
    out = pd.DataFrame(rows, columns=columns)
    for col in ("window_start", "window_end"):
        out[col] = out[col].astype("datetime64[ns]")
    return out


def _window_row(
    w: int,
    bound: tuple[pd.Timestamp, pd.Timestamp],
    sums: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
    value: str,
    thresholds: dict[str, float],
) -> dict[str, Any]:
    """The row of window ``w`` (first and last day ``bound``) from :func:`_window_sums`."""
    count, revenue, measure, uniques = sums
    present = count[w] > 0
    conc = concentration(pd.Series(measure[w][present], index=uniques[present]), **thresholds)
    row = {
        "window_start": bound[0],
        "window_end": bound[1],
        "label": _window_label(*bound),
        "revenue": float(revenue[w].sum()),
    }
    if value == "gross_margin":
        row["gross_margin"] = float(np.nansum(measure[w][present]))
    return row | _concentration_fields(conc)


def _window_bounds(
    dates: pd.Series, start: Any, end: Any
) -> list[tuple[pd.Timestamp, pd.Timestamp]]:
    """(first day, last day) of each complete 12-month window, oldest first.

    Windows end on ``end`` (default: the last day of the month of the last date) and 12, 24...
    months before it; a window is kept when it starts on or after ``start`` (default: the
    first day of the month of the first date). Empty when ``dates`` has no date.
    """
    if dates.notna().sum() == 0:
        return []
    if end is None:
        end_ts = dates.max().normalize() + pd.offsets.MonthEnd(0)
    else:
        end_ts = as_timestamp(end, "end")
    if start is None:
        start_ts = dates.min().normalize().replace(day=1)
    else:
        start_ts = as_timestamp(start, "start")
    bounds: list[tuple[pd.Timestamp, pd.Timestamp]] = []  # newest first
    i = 0
    while True:
        w_end = end_ts - pd.DateOffset(months=12 * i)
        w_start = end_ts - pd.DateOffset(months=12 * (i + 1)) + ONE_DAY
        if w_start < start_ts:
            break
        bounds.append((w_start, w_end))
        i += 1
    bounds.reverse()  # oldest first
    return bounds


def _window_sums(
    df: pd.DataFrame,
    dates: pd.Series,
    bounds: list[tuple[pd.Timestamp, pd.Timestamp]],
    value: str,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per window and customer: line count, net revenue and the measure (currency).

    Returns (count, revenue, measure, uniques): three (windows x customers) arrays and the
    customer ids of their columns (ascending). The measure is the revenue, or for
    "gross_margin" the sum of amount - cost, NaN when a line of that window has no cost.
    """
    k = len(bounds)
    edges = np.array(
        [b[0].to_datetime64() for b in bounds] + [(bounds[-1][1] + ONE_DAY).to_datetime64()],
        dtype="datetime64[ns]",
    )
    d = dates.to_numpy(dtype="datetime64[ns]")
    widx = np.searchsorted(edges, d, side="right") - 1
    inside = (widx >= 0) & (widx < k) & ~np.isnat(d)
    codes, uniques = id_codes(df["customer_id"])
    m = len(uniques)
    key = widx[inside] * m + codes[inside]
    amount = df["amount"].to_numpy(dtype="float64", na_value=np.nan)[inside]
    count = np.bincount(key, minlength=k * m).reshape(k, m)
    revenue = np.bincount(key, weights=np.nan_to_num(amount), minlength=k * m).reshape(k, m)
    if value != "gross_margin":
        return count, revenue, revenue, uniques
    cost = df["cost"].to_numpy(dtype="float64", na_value=np.nan)[inside]
    unknown = np.bincount(key, weights=np.isnan(cost), minlength=k * m).reshape(k, m)
    margin = np.bincount(
        key, weights=np.nan_to_num(amount) - np.nan_to_num(cost), minlength=k * m
    ).reshape(k, m)
    return count, revenue, np.where(unknown > 0, np.nan, margin), uniques


def _concentration_fields(conc: Concentration) -> dict[str, Any]:
    """The columns of one window taken from its Concentration (``major_customers`` a count)."""
    return {
        "customers": conc.customers,
        "top1_share": conc.top1_share,
        "top1_customer": conc.top1_customer,
        "top5_share": conc.top5_share,
        "top10_share": conc.top10_share,
        "hhi": conc.hhi,
        "hhi_level": conc.hhi_level,
        "effective_customers": conc.effective_customers,
        "gini": conc.gini,
        "customers_for_80pct": conc.customers_for_80pct,
        "share_customers_for_80pct": conc.share_customers_for_80pct,
        "major_customers": len(conc.major_customers_10pct),
        "economic_dependence": conc.economic_dependence,
    }
