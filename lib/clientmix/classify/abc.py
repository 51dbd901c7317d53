"""ABC (Pareto) classes of customers."""

from __future__ import annotations

import numpy as np
import pandas as pd


def _ranked(revenue: pd.Series) -> pd.Series:
    """Net revenue with values <= 0 set to 0, by decreasing value (ties in index order)."""
    positive = revenue.where(revenue > 0, 0.0).astype(float)
    return positive.sort_values(ascending=False, kind="stable")


def pareto_classes(
    values: pd.Series,
    first: float,
    second: float,
    names: tuple[str, str, str] = ("A", "B", "C"),
) -> pd.Series:
    """Pareto class of each customer from ``values`` (revenue, margin or contribution).

    Customers are sorted by decreasing value (ties in index order); the first class holds the
    fewest customers whose cumulative share of the positive total reaches ``first`` (the
    customer that crosses the line included), the second the next fewest reaching ``second``,
    the third the rest, every customer at zero, below zero or missing included. ``first`` and
    ``second`` are fractions in [0, 1]. Returns a Series of ``names`` aligned on ``values``.
    """
    order = _ranked(values.fillna(0.0))
    total = order.sum()
    if total <= 0:
        return pd.Series(names[2], index=values.index)
    before = (order.cumsum() - order) / total  # share reached before this customer
    classes = np.where(before < first, names[0], np.where(before < second, names[1], names[2]))
    classes = np.where(order.to_numpy() > 0, classes, names[2])
    return pd.Series(classes, index=order.index).reindex(values.index)


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
