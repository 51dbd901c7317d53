"""Customers, revenue, margin and growth by segment (metrics.json ``segments``).

Definitions (ARCHITECTURE.md): the segments of a criterion add up to ``customers_invoiced``
and ``revenue_total`` exactly; ``revenue_previous`` is the net revenue in the 12 months
before the period of every customer of the segment, those not invoiced in the period
included; growth = revenue / revenue_previous - 1 (NaN when revenue_previous <= 0);
growth_contribution = (revenue - revenue_previous) / the sum over segments of the same
difference (NaN when that sum is 0).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from clientmix.segment.criteria import Criterion, assign, bin_edges

_PERIOD_MEASURES = ("revenue", "gross_margin", "invoices")


def segment_base(
    profile: pd.DataFrame,
    invoices: pd.DataFrame,
    customers: pd.DataFrame | None,
    start: pd.Timestamp,
) -> pd.DataFrame:
    """One row per customer invoiced in the period or in the 12 months before ``start``.

    Invoiced customers are the rows of ``profile`` with at least one line in the period
    (``invoices`` > 0 when the column is there); customers invoiced only in the 12 months
    before (lost ones) are added with their customers-file attributes and revenue, margin
    and invoices of 0. Adds ``invoiced`` (bool) and ``revenue_previous`` (net, currency, from
    ``invoices``: ``start - 12 months <= date < start``).
    """
    start = pd.Timestamp(start)
    base = profile[profile["invoices"] > 0] if "invoices" in profile else profile
    base = base.assign(invoiced=True)
    date = invoices["date"]
    prev = invoices[(date >= start - pd.DateOffset(months=12)) & (date < start)]
    previous = prev.groupby("customer_id")["amount"].sum()
    lost_ids = previous.index.difference(pd.Index(base["customer_id"]))
    lost = pd.DataFrame({"customer_id": lost_ids.astype(str)})
    if customers is not None and len(customers):
        attrs = customers.drop_duplicates("customer_id")
        lost = lost.merge(attrs, on="customer_id", how="left")
    for column in _PERIOD_MEASURES:
        lost[column] = 0.0
    lost["invoiced"] = False
    base = pd.concat([base, lost[[c for c in lost.columns if c in base.columns]]])
    base = base.reset_index(drop=True)
    base["revenue_previous"] = base["customer_id"].map(previous).fillna(0.0).round(2)
    return base


def criterion_segments(base: pd.DataFrame, criterion: Criterion) -> pd.DataFrame:
    """Each customer's segment by ``criterion`` (see
    :func:`clientmix.segment.criteria.assign`); quantile edges from the invoiced customers."""
    values = base[criterion.column]
    edges = None
    if criterion.bins is not None:
        edges = bin_edges(values[base["invoiced"]], criterion.bins)
    return assign(values, edges)


def segment_table(base: pd.DataFrame, criteria: list[Criterion]) -> pd.DataFrame:
    """Per segment of one criterion (or per cell of the cross of several): customers
    (invoiced in the period), revenue, revenue_share (fraction of revenue_total, NaN when it
    is <= 0), margin (NaN when a customer's margin is unknown), margin_share (fraction of the
    total margin, NaN when it is <= 0), average_revenue (per customer), revenue_previous,
    growth, growth_contribution. Amounts in currency, summed in cents (exact).

    Segments of each criterion: values by descending revenue, bins increasing, not given
    last. Columns ``<k>_kind``, ``<k>_group``, ``<k>_low``, ``<k>_high`` per criterion index k.
    """
    keys, frame = [], pd.DataFrame(index=base.index)
    for k, criterion in enumerate(criteria):
        seg = criterion_segments(base, criterion).add_prefix(f"{k}_")
        frame = frame.join(seg)
        keys += [f"{k}_kind", f"{k}_group", f"{k}_low", f"{k}_high", f"{k}_order"]
    cents = pd.DataFrame(
        {
            "customers": base["invoiced"].astype("int64"),
            "revenue": _cents(base["revenue"]),
            "revenue_previous": _cents(base["revenue_previous"]),
            "margin": _cents(base["gross_margin"]) if "gross_margin" in base else np.nan,
            "margin_unknown": base.get("gross_margin", pd.Series(np.nan, index=base.index))
            .isna()
            .astype("int64"),
        },
        index=base.index,
    )
    grouped = frame.join(cents).groupby(keys, dropna=False, sort=False).sum(min_count=0)
    table = grouped.reset_index()
    return _measures(_ordered(table, len(criteria)))


def _cents(values: pd.Series) -> pd.Series:
    """Amounts (currency) as whole cents (Int64-safe floats rounded)."""
    return (pd.to_numeric(values, errors="coerce") * 100).round()


def _ordered(table: pd.DataFrame, n: int) -> pd.DataFrame:
    """Rows in segment order: per criterion, values by descending revenue of the value over
    the table, bins increasing, not given last."""
    sort_cols = []
    for k in range(n):
        weight = table.groupby(f"{k}_group", dropna=False)["revenue"].transform("sum")
        table[f"_{k}_rank"] = np.where(table[f"{k}_kind"] == "value", -weight.fillna(0), 0.0)
        sort_cols += [f"{k}_order", f"_{k}_rank", f"{k}_group"]
    table = table.sort_values(sort_cols, kind="stable", na_position="last")
    return table.drop(columns=[f"_{k}_rank" for k in range(n)]).reset_index(drop=True)


def _measures(table: pd.DataFrame) -> pd.DataFrame:
    """Amounts back to currency and the shares, average, growth and contribution."""
    unknown = table.pop("margin_unknown") > 0
    for column in ("revenue", "revenue_previous", "margin"):
        table[column] = table[column] / 100
    table.loc[unknown, "margin"] = np.nan
    revenue_total = table["revenue"].sum()
    margin_total = table["margin"].sum(min_count=1) if not unknown.any() else np.nan
    table["revenue_share"] = table["revenue"] / revenue_total if revenue_total > 0 else np.nan
    table["margin_share"] = (
        table["margin"] / margin_total if pd.notna(margin_total) and margin_total > 0 else np.nan
    )
    customers = table["customers"].where(table["customers"] > 0)
    table["average_revenue"] = table["revenue"] / customers
    prev = table["revenue_previous"].where(table["revenue_previous"] > 0)
    table["growth"] = table["revenue"] / prev - 1
    change = table["revenue"] - table["revenue_previous"]
    total_change = round(float(change.sum()), 2)
    table["growth_contribution"] = change / total_change if total_change else np.nan
    return table


SPREAD_GAP = 0.25
"""Growth is carried by one segment when a segment brings a share of the total change in
revenue more than this (fraction, 25 points) above its weight, its share of the previous 12
months' revenue; spread across segments otherwise (each brings about its weight)."""


def growth_carrier(table: pd.DataFrame) -> tuple[int | None, bool]:
    """The row of a segment table (columns revenue_previous, growth_contribution) to quote
    and whether growth is carried by it (see :data:`SPREAD_GAP`): the segment whose
    contribution is furthest above its weight when carried, else the one that brings most.
    (None, False) when contributions are unknown (no change at all)."""
    contribution = table["growth_contribution"]
    if contribution.isna().all():
        return None, False
    previous_total = table["revenue_previous"].sum()
    weight = table["revenue_previous"] / previous_total if previous_total > 0 else 0.0
    excess = contribution - weight
    if excess.max() > SPREAD_GAP:
        return int(excess.idxmax()), True
    return int(contribution.idxmax()), False
