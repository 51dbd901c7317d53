"""The measures of the complete profile beyond revenue, margin and rhythm: the 12-month windows
before the period, share and rank, invoices and products bought, revenue per hour of effort.

Computation only (DataFrames in, DataFrames out); amounts in currency, shares as fractions.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from clientmix.core.columns import window_column

PRODUCT_FAMILY_COLUMNS = ("product_family", "family")
"""Invoice columns read as the product family (a ledger attribute mapped under one of these
names, ``invoices.columns`` in engagement.yaml), the first present wins."""


def window_sums(
    invoices: pd.DataFrame, ids: pd.Index, start: pd.Timestamp, with_margin: bool
) -> pd.DataFrame:
    """Net revenue (and gross margin when ``with_margin``) of each customer of ``ids`` in each
    12-month window before ``start`` that the data reaches.

    Window k (k = 1, 2, ...) runs from ``start - 12k months`` (included) to
    ``start - 12(k-1) months`` (excluded); window 1 is always given (the 12 months before),
    window k >= 2 only when at least one line of ``invoices`` falls in it. Columns, by
    :func:`clientmix.core.columns.window_column`: revenue_prev, gross_margin_prev,
    gross_margin_rate_prev (margin / revenue, NaN when revenue <= 0), then the same with
    ``_2``, ``_3``... Amounts rounded to the cent, 0 for a customer without a line in a window;
    a margin is NaN when the costs of all its lines are unknown.
    """
    start = pd.Timestamp(start)
    date = invoices["date"]
    before = invoices[date < start]
    out = pd.DataFrame(index=ids)
    if before.empty:
        windows = np.array([], dtype="int64")
    else:
        first = before["date"].min()
        n = 1
        while start - pd.DateOffset(months=12 * n) > first:
            n += 1
        bounds = [start - pd.DateOffset(months=12 * k) for k in range(n, -1, -1)]
        edges = pd.DatetimeIndex(bounds).to_numpy()
        # window of each line: bounds ascending, k = n - position of the line's interval
        windows = n - (np.searchsorted(edges, before["date"].to_numpy(), side="right") - 1)
    lines = before.assign(window=windows)
    present = sorted(set(lines["window"].tolist()) | {1})
    g = lines.groupby(["customer_id", "window"])
    revenue = g["amount"].sum().unstack("window")
    margin = None
    if with_margin:
        cost = g["cost"].sum(min_count=1).unstack("window")
        margin = revenue - cost
    for k in present:
        rev = revenue[k] if k in revenue else pd.Series(dtype="float64")
        out[window_column("revenue", k)] = rev.reindex(ids).fillna(0.0).round(2)
        if margin is not None:
            m = margin[k] if k in margin else pd.Series(dtype="float64")
            has_line = rev.reindex(ids).notna()
            m = m.reindex(ids).where(has_line, 0.0).round(2)
            out[window_column("gross_margin", k)] = m
            r = out[window_column("revenue", k)]
            out[window_column("gross_margin_rate", k)] = m / r.where(r > 0)
    return out


def purchases(invoices: pd.DataFrame, ids: pd.Index) -> pd.DataFrame:
    """What each customer of ``ids`` bought in ``invoices`` (the lines of the period).

    Columns, each only when the invoices carry what it needs: distinct_invoices (distinct
    invoice_id), products (distinct product), product_families (distinct product family, see
    :data:`PRODUCT_FAMILY_COLUMNS`); 0 for a customer without a line.
    """
    out = pd.DataFrame(index=ids)
    family = next((c for c in PRODUCT_FAMILY_COLUMNS if c in invoices), None)
    for column, source in (
        ("distinct_invoices", "invoice_id"),
        ("products", "product"),
        ("product_families", family),
    ):
        if source is None or source not in invoices or invoices[source].isna().all():
            continue
        counts = invoices.groupby("customer_id")[source].nunique(dropna=True)
        out[column] = counts.reindex(ids).fillna(0).astype("int64")
    return out


def share_and_rank(profile: pd.DataFrame) -> pd.DataFrame:
    """``profile`` (sorted by revenue, largest first, ties by id) with revenue_share (fraction
    of the period's positive revenue; 0 for a customer at zero or below) and revenue_rank (1
    for the largest, in the profile's order)."""
    positive = profile["revenue"].clip(lower=0.0)
    total = positive.sum()
    share = positive / total if total > 0 else positive * np.nan
    return profile.assign(
        revenue_share=share.to_numpy(),
        revenue_rank=np.arange(1, len(profile) + 1, dtype="int64"),
    )


def per_invoice_and_hour(profile: pd.DataFrame) -> pd.DataFrame:
    """``profile`` with average_invoice (revenue / distinct invoices, or / invoice lines when
    the invoices have no invoice_id; NaN without any) and, when the customers file gives
    ``effort_hours`` (hours spent serving the customer over the period), revenue_per_hour and
    margin_per_hour (currency per hour; NaN when the hours are unknown or not positive)."""
    count = profile["distinct_invoices"] if "distinct_invoices" in profile else profile["invoices"]
    out = profile.assign(average_invoice=profile["revenue"] / count.where(count > 0))
    if "effort_hours" in out:
        hours = pd.to_numeric(out["effort_hours"], errors="coerce")
        hours = hours.where(hours > 0)
        out["revenue_per_hour"] = out["revenue"] / hours
        out["margin_per_hour"] = out["gross_margin"] / hours
    return out
