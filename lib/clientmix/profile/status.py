"""Each customer's trend over two 12-month windows: revenue then and now, growth, status."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from clientmix.core.checks import (
    ONE_DAY,
    ConcentrationInputError,
    as_timestamp,
    id_codes,
    need_columns,
)

STATUSES = ("new", "stable", "growing", "declining", "stopped")


# --------------------------------------------------------------------------------------------
# 2. customer trend
# --------------------------------------------------------------------------------------------
def customer_trend(
    invoices: pd.DataFrame,
    start: Any,
    end: Any,
    *,
    silence_months: int = 6,
    min_active_months: int = 2,
    decline: float = -0.15,
    grow: float = 0.15,
) -> pd.DataFrame:
    """Revenue of each customer over the period and the 12 months before, and its status.

    Parameters
    ----------
    invoices : canonical invoice lines (customer_id, date, amount).
    start, end : analysis period, both days included.
    silence_months : length of the final stretch of the period without sale that marks a
        customer as stopped (default 6).
    min_active_months : a silent customer counts as stopped only if it bought in at least this
        many distinct calendar months in the 12 months before the silence (default 2): it used
        to buy more than once a year and missed a cycle. This keeps customers invoiced once a
        year (annual contract billed in the spring) from being called "stopped" in December;
        1 gives the plain rule "no sale in the last 6 months while selling before".
    decline, grow : growth thresholds (fractions) of "declining" (< -0.15) and "growing"
        (> +0.15).

    Returns
    -------
    DataFrame, one row per customer with a line between ``start - 12 months`` and ``end``,
    by descending revenue (ties: ascending id), columns:

    - customer_id;
    - revenue: net amount in [start, end] (currency);
    - revenue_prev: net amount in the 12 months before ``start`` (currency);
    - growth: revenue / revenue_prev - 1 (fraction), NaN when revenue_prev <= 0;
    - last_sale: date of the last line with a positive amount in [start - 12 months, end];
    - status, the first rule that applies:

      1. "stopped": revenue <= 0 (nothing net in the period; when revenue_prev > 0 this is a
         lost customer, otherwise a customer with only credit notes or zeros);
      2. "stopped": no positive sale in the last ``silence_months`` of the period, while it
         bought in at least ``min_active_months`` distinct calendar months in the 12 months
         before that stretch;
      3. "new": revenue > 0 and revenue_prev <= 0 (no net revenue in the previous 12 months);
      4. "declining": growth < ``decline``;
      5. "growing": growth > ``grow``;
      6. "stable": otherwise.
    """
    df = need_columns(invoices, ["customer_id", "date", "amount"], "invoices")
    start_ts, end_ts = as_timestamp(start, "start"), as_timestamp(end, "end")
    if end_ts < start_ts:
        raise ConcentrationInputError(
            f"Expected start <= end, got start={start_ts:%Y-%m-%d} and end={end_ts:%Y-%m-%d}."
        )
    if (
        isinstance(silence_months, bool)
        or not isinstance(silence_months, int)
        or silence_months < 1
    ):
        raise ConcentrationInputError(
            f"Expected silence_months as a whole number of months >= 1, got {silence_months!r}."
        )
    if (
        isinstance(min_active_months, bool)
        or not isinstance(min_active_months, int)
        or min_active_months < 1
    ):
        raise ConcentrationInputError(
            f"Expected min_active_months as a whole number >= 1, got {min_active_months!r}."
        )
    if not decline < 0 < grow:
        raise ConcentrationInputError(
            f"Expected decline < 0 < grow (fractions, e.g. -0.15 and 0.15), got "
            f"decline={decline!r}, grow={grow!r}."
        )
    prev_start = start_ts - pd.DateOffset(months=12)
    silence_start = end_ts - pd.DateOffset(months=silence_months) + ONE_DAY
    recent_start = silence_start - pd.DateOffset(months=12)
    stop = end_ts + ONE_DAY

    d = pd.to_datetime(df["date"]).to_numpy(dtype="datetime64[ns]")
    lower = min(prev_start, recent_start).to_datetime64()
    keep = (d >= lower) & (d < stop.to_datetime64())
    d = d[keep]
    amount = np.nan_to_num(df["amount"].to_numpy(dtype="float64", na_value=np.nan)[keep])
    codes, uniques = id_codes(df["customer_id"][keep])
    m = len(uniques)
    in_period = d >= start_ts.to_datetime64()
    in_prev = ~in_period & (d >= prev_start.to_datetime64())
    revenue = np.bincount(codes[in_period], weights=amount[in_period], minlength=m)
    revenue_prev = np.bincount(codes[in_prev], weights=amount[in_prev], minlength=m)
    sale = amount > 0
    last_ns = np.full(m, np.iinfo(np.int64).min, dtype=np.int64)
    np.maximum.at(last_ns, codes[sale], d[sale].astype(np.int64))
    last_sale = last_ns.view("datetime64[ns]")  # int64 min is NaT: no positive sale
    silent = ~(last_sale >= silence_start.to_datetime64())  # NaT compares False -> silent
    before = sale & (d >= recent_start.to_datetime64()) & (d < silence_start.to_datetime64())
    month = d.astype("datetime64[M]").astype(np.int64)
    month -= month.min() if len(month) else 0
    span = int(month.max()) + 1 if len(month) else 1
    pairs = np.unique(codes[before] * span + month[before])  # distinct (customer, month)
    active_before = np.bincount(pairs // span, minlength=m)
    seen = np.bincount(codes[in_period | in_prev], minlength=m) > 0

    with np.errstate(divide="ignore", invalid="ignore"):
        growth = np.where(revenue_prev > 0, revenue / revenue_prev - 1.0, np.nan)
    status = np.select(
        [
            revenue <= 0,
            silent & (active_before >= min_active_months),
            revenue_prev <= 0,
            growth < decline - 1e-12,  # tolerance: exactly -15 % (85 / 100 - 1) is stable
            growth > grow + 1e-12,
        ],
        ["stopped", "stopped", "new", "declining", "growing"],
        default="stable",
    )
    out = pd.DataFrame(
        {
            "customer_id": pd.array(uniques, dtype=object),
            "revenue": revenue,
            "revenue_prev": revenue_prev,
            "growth": growth,
            "last_sale": last_sale,
            "status": pd.array(status, dtype=object),
        }
    )
    order = np.lexsort((np.arange(m), -revenue))  # uniques are sorted: ties by ascending id
    order = order[seen[order]]  # lines read for the silence rule only: not a row
    return out.iloc[order].reset_index(drop=True)
