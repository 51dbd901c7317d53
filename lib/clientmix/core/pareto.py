"""The Pareto rule shared by the stages: classes of customers by their cumulative share of a
positive total (ABC of revenue or margin, service tiers of contribution)."""

from __future__ import annotations

import numpy as np
import pandas as pd


def ranked_positive(revenue: pd.Series) -> pd.Series:
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
    order = ranked_positive(values.fillna(0.0))
    total = order.sum()
    if total <= 0:
        return pd.Series(names[2], index=values.index)
    before = (order.cumsum() - order) / total  # share reached before this customer
    classes = np.where(before < first, names[0], np.where(before < second, names[1], names[2]))
    classes = np.where(order.to_numpy() > 0, classes, names[2])
    return pd.Series(classes, index=order.index).reindex(values.index)
