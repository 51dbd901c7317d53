"""ABC (Pareto) classes of customers."""

from __future__ import annotations

import numpy as np
import pandas as pd


def abc_classes(revenue: pd.Series, a: float = 0.80, b: float = 0.95) -> pd.Series:
    """ABC class of each customer from its net revenue (Pareto rule).

    Customers are sorted by decreasing revenue; class A holds the customers needed to reach
    ``a`` of the positive revenue (the customer that crosses the line included), B those up
    to ``b``, C the rest. Customers with revenue <= 0 are C. Returns a Series of "A"/"B"/"C"
    aligned on ``revenue``'s index.
    """
    positive = revenue.where(revenue > 0, 0.0).astype(float)
    order = positive.sort_values(ascending=False, kind="stable")
    total = order.sum()
    if total <= 0:
        return pd.Series("C", index=revenue.index)
    before = (order.cumsum() - order) / total  # share reached before this customer
    classes = np.where(before < a, "A", np.where(before < b, "B", "C"))
    classes = np.where(order.to_numpy() > 0, classes, "C")
    return pd.Series(classes, index=order.index).reindex(revenue.index)


def abc_summary(profile: pd.DataFrame, a: float = 0.80, b: float = 0.95) -> pd.DataFrame:
    """Customers and revenue per ABC class: columns abc_class, customers, customer_share,
    revenue (currency), share (fraction of revenue)."""
    classes = abc_classes(profile["revenue"], a, b)
    table = (
        profile.assign(abc_class=classes.to_numpy())
        .groupby("abc_class")
        .agg(customers=("customer_id", "size"), revenue=("revenue", "sum"))
        .reindex(["A", "B", "C"], fill_value=0)
        .reset_index()
    )
    table["customer_share"] = table["customers"] / max(len(profile), 1)
    total = profile["revenue"].sum()
    table["share"] = table["revenue"] / total if total else np.nan
    return table
