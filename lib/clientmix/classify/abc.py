"""ABC (Pareto) classes of customers."""

from __future__ import annotations

import numpy as np
import pandas as pd

from clientmix.core.pareto import pareto_classes  # noqa: F401  (part of classify's API)
from clientmix.core.pareto import ranked_positive as _ranked


def abc_classes(revenue: pd.Series, a: float = 0.80, b: float = 0.95) -> pd.Series:
    """ABC class of each customer from its net revenue (Pareto rule, :func:`pareto_classes`):
    A = the fewest customers reaching ``a`` of the positive revenue, B the next up to ``b``,
    C the rest (revenue <= 0 included). Returns "A"/"B"/"C" aligned on ``revenue``'s index."""
    return pareto_classes(revenue, a, b)


def abc_matrix(
    revenue_class: pd.Series, margin_class: pd.Series, revenue: pd.Series
) -> pd.DataFrame:
    """The crossed ABC matrix: revenue class (rows A, B, C) by margin class (columns A, B, C).

    Returns a long DataFrame of the 9 cells (all present): abc_revenue, abc_margin, customers,
    revenue (currency, net) and revenue_share (fraction of the net revenue of all the customers
    given; NaN when it is 0).
    """
    frame = pd.DataFrame(
        {"abc_revenue": revenue_class, "abc_margin": margin_class, "revenue": revenue}
    )
    cells = pd.MultiIndex.from_product([["A", "B", "C"], ["A", "B", "C"]])
    table = (
        frame.groupby(["abc_revenue", "abc_margin"])
        .agg(customers=("revenue", "size"), revenue=("revenue", "sum"))
        .reindex(cells, fill_value=0)
    )
    table.index.names = ["abc_revenue", "abc_margin"]
    total = revenue.sum()
    table["revenue_share"] = table["revenue"] / total if total else np.nan
    return table.reset_index()


def pareto_curve(revenue: pd.Series, a: float = 0.80, b: float = 0.95) -> pd.DataFrame:
    """The Pareto curve of net revenue, one row per customer by decreasing revenue.

    Columns: ``customer_share`` (the share of customers up to this one, fraction in
    (0, 1]), ``revenue_share`` (the cumulative share of the positive revenue, fraction in
    [0, 1]; revenue <= 0 counts as 0; all 0 when no revenue is positive) and ``abc_class``
    (:func:`abc_classes` with thresholds ``a`` and ``b``). Indexed like ``revenue``.
    """
    order = _ranked(revenue)
    total = order.sum()
    n = len(order)
    return pd.DataFrame(
        {
            "customer_share": np.arange(1, n + 1) / max(n, 1),
            "revenue_share": order.cumsum().to_numpy() / total if total > 0 else np.zeros(n),
            "abc_class": abc_classes(revenue, a, b).reindex(order.index).to_numpy(),
        },
        index=order.index,
    )


def abc_summary(profile: pd.DataFrame, a: float = 0.80, b: float = 0.95) -> pd.DataFrame:
    """Customers and net revenue per ABC class (thresholds ``a`` and ``b`` as in
    :func:`abc_classes`): columns abc_class ("A", "B", "C", all three always present),
    customers, customer_share (fraction of all customers of ``profile``), revenue (currency),
    share (fraction of the total net revenue, NaN when it is 0)."""
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
