"""Effort against value (seed 003: "20-25 % of the energy on the 50 % of customers that bring
the last 5 % of revenue"): the share of the effort hours spent on each KAM class and each ABC
group against its share of revenue and of contribution, and the hours that could move.

Effort hours are the customers file's ``effort_hours`` (hours per period); customers without
a value are left out of the effort shares (their count is given). Shares are fractions:
revenue of the period's net revenue, contribution of the total positive contribution.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

#: display order of the groups: the classes, then the ABC groups
GROUP_ORDER = ("class", "abc", "loyal", "high_potential", "small", "A", "B", "C")
#: the data to collect when effort is unknown: (code, column of the customers file)
TO_COLLECT = (("effort_hours", "effort_hours"), ("hourly_cost", "tiers.hourly_cost"))


@dataclass
class Effort:
    """Effort against value.

    available : whether effort hours are known for at least one customer.
    groups : one row per group (``by`` = "class" or "abc", ``group``): customers, hours,
        effort_share, revenue_share, contribution_share, excess_hours (hours above the
        group's share of revenue: max(0, hours - total hours x revenue_share)).
    hours_total : hours over the customers with a value; customers_without : the others.
    movable_hours : the excess hours of the small customers without potential (class small):
        what could move to the loyal and high-potential ones.
    to_collect : codes of the data to collect when effort is not available.
    """

    available: bool
    groups: pd.DataFrame = field(default_factory=pd.DataFrame)
    hours_total: float = 0.0
    customers_without: int = 0
    movable_hours: float = 0.0
    to_collect: tuple[str, ...] = ()

    def share(self, by: str, group: str, column: str) -> float | None:
        """One figure of :attr:`groups` (None when the group is absent)."""
        rows = self.groups[(self.groups["by"] == by) & (self.groups["group"] == group)]
        return None if rows.empty else float(rows[column].iloc[0])

    def to_metrics(self) -> dict:
        """The metrics.json key ``effort``."""
        if not self.available:
            return {"available": False, "to_collect": list(self.to_collect)}
        return {
            "available": True,
            "hours_total": round(self.hours_total, 1),
            "customers_without": self.customers_without,
            "movable_hours": round(self.movable_hours, 1),
            "groups": self.groups.round(6).to_dict(orient="records"),
        }


def effort_against_value(customers: pd.DataFrame) -> Effort:
    """:class:`Effort` of ``customers`` (one row per invoiced customer: revenue, effort_hours,
    and kam_class, abc_revenue, contribution when the classification ran)."""
    hours = None
    if "effort_hours" in customers:
        hours = pd.to_numeric(customers["effort_hours"], errors="coerce")
    if hours is None or hours.isna().all() or hours.fillna(0).sum() <= 0:
        missing = tuple(code for code, _ in TO_COLLECT)
        return Effort(available=False, to_collect=missing)
    known = customers[hours.notna()].assign(hours=hours[hours.notna()].clip(lower=0))
    total_hours = float(known["hours"].sum())
    revenue_total = float(customers["revenue"].sum())
    contribution = customers.get("contribution", customers["revenue"]).clip(lower=0)
    contribution_total = float(contribution.sum())
    frames = []
    for by, column in (("class", "kam_class"), ("abc", "abc_revenue")):
        if column not in customers or customers[column].isna().all():
            continue
        grouped = pd.DataFrame(
            {
                "customers": customers.groupby(column).size(),
                "hours": known.groupby(column)["hours"].sum(),
                "revenue": customers.groupby(column)["revenue"].sum(),
                "contribution": contribution.groupby(customers[column]).sum(),
            }
        ).fillna(0.0)
        frames.append(grouped.rename_axis("group").reset_index().assign(by=by))
    if not frames:
        return Effort(available=False, to_collect=("kam_class",))
    groups = pd.concat(frames, ignore_index=True)
    rank = {name: i for i, name in enumerate(GROUP_ORDER)}
    groups = groups.sort_values(["by", "group"], key=lambda c: c.map(rank).fillna(len(rank)))
    groups = groups.reset_index(drop=True)
    groups["effort_share"] = groups["hours"] / total_hours
    groups["revenue_share"] = groups["revenue"] / revenue_total if revenue_total else 0.0
    groups["contribution_share"] = (
        groups["contribution"] / contribution_total if contribution_total else 0.0
    )
    groups["excess_hours"] = (groups["hours"] - total_hours * groups["revenue_share"]).clip(lower=0)
    columns = ["by", "group", "customers", "hours", "effort_share", "revenue_share"]
    groups = groups[[*columns, "contribution_share", "excess_hours"]]
    small = groups[(groups["by"] == "class") & (groups["group"] == "small")]
    return Effort(
        available=True,
        groups=groups,
        hours_total=total_hours,
        customers_without=int(hours.isna().sum()),
        movable_hours=float(small["excess_hours"].sum()),
    )
