"""Each customer's trend over two 12-month windows: revenue then and now, growth, status."""

from __future__ import annotations

from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from clientmix.core.checks import (
    ONE_DAY,
    ConcentrationInputError,
    as_timestamp,
    as_whole_number,
    id_codes,
    need_columns,
)

STATUSES = ("new", "stable", "growing", "declining", "inactive", "stopped")
"""Status codes of the profile; "stopped" is worded "lost", "inactive" comes from the buying
rhythm (:mod:`clientmix.profile.rhythm`), never from :func:`customer_trend`."""

_GROWTH_TOLERANCE = 1e-12
"""Slack on the growth thresholds: exactly -15 % (85 / 100 - 1 in floating point) is stable."""


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
    _check_settings(start_ts, end_ts, silence_months, min_active_months, decline, grow)
    sums = _customer_sums(df, start_ts, end_ts, silence_months)
    with np.errstate(divide="ignore", invalid="ignore"):
        growth = np.where(sums.revenue_prev > 0, sums.revenue / sums.revenue_prev - 1.0, np.nan)
    stopped_buying = sums.silent & (sums.active_before >= min_active_months)
    status = _statuses(sums.revenue, sums.revenue_prev, growth, stopped_buying, decline, grow)
    return _trend_table(sums, growth, status)


def _trend_table(sums: _Sums, growth: np.ndarray, status: np.ndarray) -> pd.DataFrame:
    """The rows of :func:`customer_trend`: customers with a line in the period or the 12
    months before, by descending revenue, ties by ascending id."""
    out = pd.DataFrame(
        {
            "customer_id": pd.array(sums.ids, dtype=object),
            "revenue": sums.revenue,
            "revenue_prev": sums.revenue_prev,
            "growth": growth,
            "last_sale": sums.last_sale,
            "status": pd.array(status, dtype=object),
        }
    )
    order = np.lexsort((np.arange(len(out)), -sums.revenue))  # ids sorted: ties by ascending id
    order = order[sums.seen[order]]  # lines read for the silence rule only: not a row
    return out.iloc[order].reset_index(drop=True)


class _Sums(NamedTuple):
    """What :func:`customer_trend` needs of each customer, one value per id of ``ids``
    (ascending): revenue and revenue_prev (currency), last_sale (datetime64, NaT without a
    positive sale), silent and active_before (see :func:`_sale_rhythm`), seen (a line in the
    period or the 12 months before)."""

    ids: np.ndarray
    revenue: np.ndarray
    revenue_prev: np.ndarray
    last_sale: np.ndarray
    silent: np.ndarray
    active_before: np.ndarray
    seen: np.ndarray


def _customer_sums(
    df: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp, silence_months: int
) -> _Sums:
    """The :class:`_Sums` of the invoice lines ``df`` for the period ``[start, end]``, the 12
    months before it and the 12 months before the final ``silence_months`` of the period."""
    prev_start = start - pd.DateOffset(months=12)
    silence_start = end - pd.DateOffset(months=silence_months) + ONE_DAY
    recent_start = silence_start - pd.DateOffset(months=12)
    d = pd.to_datetime(df["date"]).to_numpy(dtype="datetime64[ns]")
    lower = min(prev_start, recent_start).to_datetime64()
    keep = (d >= lower) & (d < (end + ONE_DAY).to_datetime64())
    d = d[keep]
    amount = np.nan_to_num(df["amount"].to_numpy(dtype="float64", na_value=np.nan)[keep])
    codes, uniques = id_codes(df["customer_id"][keep])
    m = len(uniques)
    in_period = d >= start.to_datetime64()
    in_prev = ~in_period & (d >= prev_start.to_datetime64())
    last_sale, silent, active_before = _sale_rhythm(
        d, amount, codes, m, silence_start, recent_start
    )
    return _Sums(
        ids=uniques,
        revenue=np.bincount(codes[in_period], weights=amount[in_period], minlength=m),
        revenue_prev=np.bincount(codes[in_prev], weights=amount[in_prev], minlength=m),
        last_sale=last_sale,
        silent=silent,
        active_before=active_before,
        seen=np.bincount(codes[in_period | in_prev], minlength=m) > 0,
    )


def _check_settings(
    start: pd.Timestamp,
    end: pd.Timestamp,
    silence_months: Any,
    min_active_months: Any,
    decline: float,
    grow: float,
) -> None:
    """Raise ConcentrationInputError on a period ending before it starts, a silence or an
    activity that is not a whole number >= 1, or growth thresholds not around 0."""
    if end < start:
        raise ConcentrationInputError(
            f"Expected start <= end, got start={start:%Y-%m-%d} and end={end:%Y-%m-%d}."
        )
    as_whole_number(silence_months, "silence_months", unit=" of months")
    as_whole_number(min_active_months, "min_active_months")
    if not decline < 0 < grow:
        raise ConcentrationInputError(
            f"Expected decline < 0 < grow (fractions, e.g. -0.15 and 0.15), got "
            f"decline={decline!r}, grow={grow!r}."
        )


def _sale_rhythm(
    d: np.ndarray,
    amount: np.ndarray,
    codes: np.ndarray,
    m: int,
    silence_start: pd.Timestamp,
    recent_start: pd.Timestamp,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """When each of the ``m`` customers last bought and how regularly it bought before.

    ``d``, ``amount``, ``codes``: the lines' dates, amounts (currency) and customer codes.
    Returns last_sale (datetime64, NaT without a positive sale), silent (no positive sale from
    ``silence_start`` on) and active_before (distinct calendar months with a positive sale in
    ``[recent_start, silence_start)``), one value per customer code.
    """
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
    return last_sale, silent, active_before


def _statuses(
    revenue: np.ndarray,
    revenue_prev: np.ndarray,
    growth: np.ndarray,
    stopped_buying: np.ndarray,
    decline: float,
    grow: float,
) -> np.ndarray:
    """The status code of each customer: the first rule of :func:`customer_trend` that applies
    (``stopped_buying``: silent at the end of the period after buying regularly)."""
    return np.select(
        [
            revenue <= 0,
            stopped_buying,
            revenue_prev <= 0,
            growth < decline - _GROWTH_TOLERANCE,
            growth > grow + _GROWTH_TOLERANCE,
        ],
        ["stopped", "stopped", "new", "declining", "growing"],
        default="stable",
    )
