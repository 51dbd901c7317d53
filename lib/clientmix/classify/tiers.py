"""Service tiers gold / premium / standard on the contribution to gross margin (seed 002),
compared with the ranking by revenue and by seniority ("old customers with high revenue", the
criterion company S. dropped).

Contribution (currency, the analysis period) = net revenue - direct costs - cost to serve,
where cost to serve = effort hours x ``hourly_cost`` (when both are known) + invoice lines x
``cost_per_invoice`` (when given). Direct costs unknown count as 0 and the basis says so.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from clientmix.classify.abc import pareto_classes

TIERS = ("gold", "premium", "standard")
RANK = {"gold": 0, "premium": 1, "standard": 2}


@dataclass(frozen=True)
class Basis:
    """What the contribution rests on.

    direct : "known" (direct costs per customer that vary), "flat" (a margin rate equal for
        every customer: a flat cost rate), or "none" (no cost known).
    effort, invoices : whether effort hours x hourly cost / invoices x cost per invoice count.
    effort_without_rate : effort hours exist but no ``hourly_cost`` was given.
    """

    direct: str
    effort: bool
    invoices: bool
    effort_without_rate: bool

    @property
    def equals_revenue(self) -> bool:
        """Whether the tiers can only repeat a revenue ranking (no varying cost at all)."""
        return self.direct != "known" and not (self.effort or self.invoices)


def contribution(
    profile: pd.DataFrame, hourly_cost: float | None = None, cost_per_invoice: float | None = None
) -> tuple[pd.Series, Basis]:
    """Each customer's contribution (currency) and its :class:`Basis`."""
    revenue = profile["revenue"].astype(float)
    cost = profile["cost"].astype(float) if "cost" in profile else pd.Series(np.nan, revenue.index)
    known = cost.notna().any()
    direct = "none"
    if known:
        rate = profile["gross_margin_rate"] if "gross_margin_rate" in profile else None
        flat = rate is not None and rate.dropna().round(6).nunique() <= 1
        direct = "flat" if flat else "known"
    has_effort = "effort_hours" in profile and profile["effort_hours"].notna().any()
    effort = has_effort and hourly_cost is not None
    serve = pd.Series(0.0, index=revenue.index)
    if effort:
        serve += pd.to_numeric(profile["effort_hours"], errors="coerce").fillna(0.0) * hourly_cost
    if cost_per_invoice is not None:
        serve += profile["invoices"].astype(float) * cost_per_invoice
    value = (revenue - cost.fillna(0.0) - serve).round(2)
    basis = Basis(
        direct, bool(effort), cost_per_invoice is not None, bool(has_effort and not effort)
    )
    return value, basis


def service_tiers(contrib: pd.Series, gold: float = 0.50, premium: float = 0.80) -> pd.Series:
    """gold = the fewest customers, by descending contribution, whose cumulative share of the
    total positive contribution reaches ``gold``; premium the next fewest reaching
    ``premium``; standard the rest, every customer at zero or below included (fractions)."""
    return pareto_classes(contrib, gold, premium, TIERS)


def ranked_tiers(order: pd.Series, tiers: pd.Series) -> pd.Series:
    """The tiers a ranking would give with the same number of customers per tier as ``tiers``:
    the customers sorted by ``order`` (descending, ties by index) fill gold, then premium."""
    counts = tiers.value_counts()
    n_gold, n_premium = int(counts.get("gold", 0)), int(counts.get("premium", 0))
    ranked = order.sort_values(ascending=False, kind="stable").index
    position = pd.Series(np.arange(len(ranked)), index=ranked).reindex(tiers.index)
    return pd.Series(
        np.where(
            position < n_gold,
            "gold",
            np.where(position < n_gold + n_premium, "premium", "standard"),
        ),
        index=tiers.index,
    )


def tier_comparison(profile: pd.DataFrame, tiers: pd.Series) -> pd.DataFrame:
    """The tiers by contribution against the same-sized tiers by net revenue
    (``tier_by_revenue``) and by seniority (``tier_by_seniority``: the mean of the percentile
    ranks of tenure and of net revenue, "old customers with high revenue"), and ``move`` =
    "up" / "down" / "same" of the contribution tier against the revenue tier."""
    revenue = profile["revenue"].astype(float)
    tenure = profile["tenure_days"].astype(float) if "tenure_days" in profile else revenue * 0
    seniority = (tenure.rank(pct=True).fillna(0) + revenue.rank(pct=True)) / 2
    by_revenue = ranked_tiers(revenue, tiers)
    by_seniority = ranked_tiers(seniority, tiers)
    delta = by_revenue.map(RANK) - tiers.map(RANK)
    move = np.where(delta > 0, "up", np.where(delta < 0, "down", "same"))
    return pd.DataFrame(
        {"tier_by_revenue": by_revenue, "tier_by_seniority": by_seniority, "move": move},
        index=tiers.index,
    )
