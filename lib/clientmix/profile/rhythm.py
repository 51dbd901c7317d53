"""Each customer's own buying rhythm, and the status judged against it.

A customer is not "lost" because it has been silent for a fixed 6 months: it is judged against
its usual gap between purchases. A customer that buys twice a year and last bought 5 months ago
is still active.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from clientmix.core.checks import ConcentrationInputError, need_columns
from clientmix.ingest.config import DEFAULT_STATUS

DEFAULT_STATUS_RULE: dict[str, Any] = dict(DEFAULT_STATUS)
"""The rhythm thresholds (engagement.yaml ``status:``): inactive after ``inactive_multiple``
times the customer's usual gap without a purchase, lost after ``lost_multiple`` times it or
after ``lost_after_days`` days whatever the rhythm; never inactive before ``min_silence_days``
days; the usual gap is the ``gap_quantile`` quantile of the customer's gaps (days);
``default_gap_days`` is the usual gap of customers with a single purchase day (None: the median
usual gap of the customers with two purchase days or more, 90 days when there is none); a customer with fewer than
``min_purchase_days`` purchase days has too few gaps to know its rhythm: its usual gap is at
least the default one."""

FALLBACK_GAP_DAYS = 90.0
"""Usual gap (days) of single-purchase customers when no customer bought on two days."""


def buying_rhythm(invoices: pd.DataFrame, end: Any, gap_quantile: float = 0.8) -> pd.DataFrame:
    """Purchase days and usual gap between purchases of each customer, up to ``end``.

    A purchase day is a calendar day with at least one line of positive amount (credit notes
    and zero lines are not purchases); all history up to ``end`` (included) counts.

    Returns
    -------
    DataFrame indexed by customer_id (customers with at least one purchase day): purchase_days
    (int), last_purchase (datetime), silence_days (days from last_purchase to ``end``),
    usual_gap_days (the ``gap_quantile`` quantile of the gaps between consecutive purchase
    days, linear interpolation; NaN with a single purchase day).
    """
    df = need_columns(invoices, ["customer_id", "date", "amount"], "invoices")
    end = pd.Timestamp(end)
    sales = df.loc[(df["amount"] > 0) & (df["date"] <= end), ["customer_id", "date"]]
    days = (
        sales.assign(date=sales["date"].dt.normalize())
        .drop_duplicates()
        .sort_values(["customer_id", "date"], kind="mergesort")
    )
    gaps = days.groupby("customer_id")["date"].diff().dt.days
    g = days.groupby("customer_id")["date"]
    out = pd.DataFrame({"purchase_days": g.size(), "last_purchase": g.max()})
    out["silence_days"] = (end - out["last_purchase"]).dt.days
    usual = gaps.groupby(days["customer_id"]).quantile(gap_quantile)
    out["usual_gap_days"] = usual.reindex(out.index).astype("float64")
    return out


def rhythm_status(
    rhythm: pd.DataFrame,
    revenue: pd.Series,
    revenue_prev: pd.Series,
    rule: dict[str, Any] | None = None,
    decline: float = -0.15,
    grow: float = 0.15,
) -> pd.DataFrame:
    """Status of each customer of ``revenue``'s index, judged against its own rhythm.

    Parameters
    ----------
    rhythm : :func:`buying_rhythm` (customers without a purchase day may be absent).
    revenue, revenue_prev : net revenue in the period and the 12 months before (currency),
        indexed by customer_id.
    rule : thresholds over :data:`DEFAULT_STATUS_RULE`.
    decline, grow : 12-month growth thresholds (fractions).

    Returns
    -------
    DataFrame indexed like ``revenue``: rhythm_days (the usual gap used, days),
    rhythm_default (True when the default rhythm was used: a single purchase day, or fewer than
    ``min_purchase_days`` purchase days with a shorter own gap), silence_days,
    purchase_days, status, the first rule that applies:

    1. "stopped" (lost): no purchase day at all, or silence > min(lost_after_days,
       max(lost_multiple x rhythm, min_silence_days));
    2. "inactive": silence > max(inactive_multiple x rhythm, min_silence_days);
    3. "new": revenue > 0 and revenue_prev <= 0;
    4. "declining": revenue <= 0 (nothing net in the period) or growth < ``decline``;
    5. "growing": growth > ``grow``; 6. "stable" otherwise.
    """
    r = _checked_rule(rule)
    rows = rhythm.reindex(revenue.index)
    default = default_gap(rhythm, r)
    used = rows["usual_gap_days"].astype("float64")
    out = pd.DataFrame(index=revenue.index)
    out["purchase_days"] = rows["purchase_days"].fillna(0).astype("int64")
    out["silence_days"] = rows["silence_days"]
    few = out["purchase_days"] < int(r["min_purchase_days"])
    out["rhythm_default"] = (used.isna() | (few & (used < default))).to_numpy()
    out["rhythm_days"] = used.where(~out["rhythm_default"], default)
    out["status"] = _status_codes(out, revenue, revenue_prev, r, decline, grow)
    return out


def _status_codes(
    out: pd.DataFrame,
    revenue: pd.Series,
    revenue_prev: pd.Series,
    r: dict[str, Any],
    decline: float,
    grow: float,
) -> np.ndarray:
    """The status code of each row of ``out`` (silence_days, rhythm_days): the first rule of
    :func:`rhythm_status` that applies."""
    silence = out["silence_days"].astype("float64")
    floor = r["min_silence_days"]
    lost_at = np.minimum(
        np.maximum(r["lost_multiple"] * out["rhythm_days"], floor), r["lost_after_days"]
    )
    inactive_at = np.maximum(r["inactive_multiple"] * out["rhythm_days"], floor)
    with np.errstate(divide="ignore", invalid="ignore"):
        growth = revenue / revenue_prev.where(revenue_prev > 0) - 1.0
    tol = 1e-12
    return np.select(
        [
            silence.isna() | (silence > lost_at),
            silence > inactive_at,
            (revenue > 0) & (revenue_prev <= 0),
            (revenue <= 0) | (growth < decline - tol),
            growth > grow + tol,
        ],
        ["stopped", "inactive", "new", "declining", "growing"],
        default="stable",
    )


def default_gap(rhythm: pd.DataFrame, rule: dict[str, Any]) -> float:
    """The usual gap (days) given to single-purchase customers: ``default_gap_days`` when set,
    else the median usual gap of the customers with two purchase days or more
    (:data:`FALLBACK_GAP_DAYS` when there is none)."""
    if rule.get("default_gap_days") is not None:
        return float(rule["default_gap_days"])
    known = rhythm["usual_gap_days"].dropna()
    return float(known.median()) if len(known) else FALLBACK_GAP_DAYS


def _checked_rule(rule: dict[str, Any] | None) -> dict[str, Any]:
    """The thresholds over the defaults; raise on multiples not in order or a bad quantile."""
    r = {**DEFAULT_STATUS_RULE, **(rule or {})}
    unknown = sorted(set(r) - set(DEFAULT_STATUS_RULE))
    if unknown:
        raise ConcentrationInputError(
            f"Unknown status setting(s) {', '.join(unknown)}; expected some of "
            f"{', '.join(DEFAULT_STATUS_RULE)}."
        )
    if not 0 < float(r["inactive_multiple"]) <= float(r["lost_multiple"]):
        raise ConcentrationInputError(
            "Expected 0 < inactive_multiple <= lost_multiple, got "
            f"{r['inactive_multiple']!r} and {r['lost_multiple']!r}."
        )
    if not 0 <= float(r["gap_quantile"]) <= 1:
        raise ConcentrationInputError(
            f"Expected gap_quantile in [0, 1], got {r['gap_quantile']!r}."
        )
    return r
