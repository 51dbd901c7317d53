"""Revenue per calendar month."""

from __future__ import annotations

import pandas as pd


def monthly_revenue(invoices: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp) -> pd.Series:
    """Net revenue per calendar month between ``start`` and ``end`` (inclusive), currency.

    Months without any sale appear with 0 so the chart shows gaps honestly.
    """
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    inside = invoices[(invoices["date"] >= start) & (invoices["date"] <= end)]
    months = inside["date"].dt.to_period("M")
    totals = inside["amount"].groupby(months).sum()
    full = pd.period_range(start.to_period("M"), end.to_period("M"), freq="M")
    return totals.reindex(full, fill_value=0.0).rename("revenue")
