"""Sleeping revenue (seed 003: "on average 20 % of revenue still sleeps in the portfolio"): for
the high-potential customers, the revenue they could bring beyond today's.

Per customer, the reachable revenue (currency per year) is, in this order:
1. ``consultant``: the customers file's ``potential`` (the consultant's estimate) when given;
2. ``segment``: the top quartile (75th percentile) of the net revenue of the customers of the
   same segment (first segmentation criterion; at least :data:`MIN_PEERS` customers, else the
   whole base);
3. ``future_value``: the revenue expected over the next 12 months by the future-value model.
The sleeping revenue is max(0, reachable - revenue of the period). Customers at or below zero
revenue count at zero. The share is of the period's net revenue (``revenue_total``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

MIN_PEERS = 4
TOP_QUARTILE = 0.75


@dataclass
class Sleeping:
    """Sleeping revenue of the high-potential customers.

    customers : customer_id, revenue, reachable, source, sleeping; by descending sleeping
        revenue (customers with none left out).
    total : sum of the sleeping revenue (currency); share : of ``revenue_total``.
    """

    customers: pd.DataFrame
    total: float
    share: float | None

    def to_metrics(self, limit: int = 20) -> dict:
        """The metrics.json key ``sleeping_revenue``: total, share, customers (the first
        ``limit``: customer_id, sleeping, source)."""
        top = self.customers.head(limit)
        return {
            "total": round(self.total, 2),
            "share": self.share,
            "customers": [
                {
                    "customer_id": str(r.customer_id),
                    "sleeping": round(float(r.sleeping), 2),
                    "source": r.source,
                }
                for r in top.itertuples()
            ],
        }


def segment_top_quartile(customers: pd.DataFrame, segment: str | None) -> pd.Series:
    """Per customer, the 75th percentile of the net revenue (at zero when below) of its
    segment's customers (at least :data:`MIN_PEERS` of them), else of every customer."""
    revenue = customers["revenue"].clip(lower=0)
    overall = float(revenue.quantile(TOP_QUARTILE)) if len(revenue) else np.nan
    if segment is None or segment not in customers:
        return pd.Series(overall, index=customers.index)
    keys = customers[segment].astype("string").fillna("")
    grouped = revenue.groupby(keys)
    quartile = grouped.transform(lambda v: v.quantile(TOP_QUARTILE))
    enough = grouped.transform("size") >= MIN_PEERS
    return quartile.where(enough, overall)


def sleeping_revenue(
    customers: pd.DataFrame, segment: str | None = None, revenue_total: float | None = None
) -> Sleeping:
    """:class:`Sleeping` of the customers of class ``high_potential`` in ``customers`` (one
    row per invoiced customer: revenue, kam_class, and potential, expected_revenue_12m and
    the ``segment`` column when known)."""
    total_revenue = float(customers["revenue"].sum()) if revenue_total is None else revenue_total
    if "kam_class" not in customers:
        return Sleeping(pd.DataFrame(), 0.0, None)
    peers = segment_top_quartile(customers, segment)
    high = customers["kam_class"] == "high_potential"
    rows = customers[high]
    consultant = _numeric(rows, "potential")
    expected = _numeric(rows, "expected_revenue_12m")
    quartile = peers[high]
    reachable = consultant.fillna(quartile).fillna(expected)
    source = np.where(
        consultant.notna(), "consultant", np.where(quartile.notna(), "segment", "future_value")
    )
    revenue = rows["revenue"].clip(lower=0)
    table = pd.DataFrame(
        {
            "customer_id": rows["customer_id"].astype(str),
            "revenue": rows["revenue"],
            "reachable": reachable,
            "source": source,
            "sleeping": (reachable - revenue).clip(lower=0).fillna(0.0),
        }
    )
    table = table[table["sleeping"] > 0].sort_values("sleeping", ascending=False, kind="stable")
    total = float(table["sleeping"].sum())
    share = total / total_revenue if total_revenue > 0 else None
    return Sleeping(table.reset_index(drop=True), total, share)


def _numeric(rows: pd.DataFrame, column: str) -> pd.Series:
    if column not in rows:
        return pd.Series(np.nan, index=rows.index)
    return pd.to_numeric(rows[column], errors="coerce")
