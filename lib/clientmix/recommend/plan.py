"""The action plan in small steps (seed 002: the company cannot stop to reorganise): dated
actions (what, for which customers, who, indicator, today's value, target, start, due),
chosen from the findings and ordered so the first steps only inform and redirect effort.

Each action of :data:`CATALOGUE` has a default start (months after the plan's start) and a
duration; an action answering a red finding starts at once, an amber one within the first
month. Rows are sorted by start, then the colour of the finding they answer, then the
catalogue's order. Values are fractions (shares), currency (revenue) or hours.

Targets (:func:`clientmix.recommend.figures.choose_actions`): the top customer's share at its
1-year target; the small customers' share of the time halfway down to their share of revenue;
the targeted high-potential customers' revenue plus half their sleeping revenue within 12
months (seed 003: about +20 % in 12 to 18 months, from opportunities within reach); every
department knowing each customer's class (100 %); the gold customers' contribution held.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

#: code -> (default start month, duration in months, who, indicator)
CATALOGUE: dict[str, tuple[int, int, str, str]] = {
    "understand_losses": (0, 1, "owner", "revenue_lost_customers"),
    "secure_large_accounts": (0, 3, "owner", "top1_share"),
    "share_classes": (0, 1, "management", "customers_classified"),
    "collect_effort": (0, 3, "finance", "customers_with_effort"),
    "move_effort": (1, 3, "delivery", "effort_share_small"),
    "key_account_team": (1, 2, "owner", "strategic_revenue"),
    "seduce_high_potential": (1, 12, "sales", "revenue_high_potential"),
    "service_tiers": (2, 4, "delivery", "gold_contribution"),
    "diversify": (2, 12, "sales", "top1_share"),
    "quarterly_review": (3, 12, "management", "classes_reviewed"),
}
LIGHT_START = {"red": 0, "amber": 1}
ORDER = {"red": 0, "amber": 1, "green": 2, None: 3}


@dataclass
class Action:
    """One step: ``code``, ``customers`` (ids), ``current`` and ``target`` values of its
    indicator (None when not measured), ``light`` of the finding it answers (or None)."""

    code: str
    customers: list[str] = field(default_factory=list)
    current: float | None = None
    target: float | None = None
    light: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)


def plan_start(period_end: pd.Timestamp, given: Any = None) -> pd.Timestamp:
    """The plan's first day: ``given`` (engagement.yaml ``recommend.plan.start``), else the
    first day of the month after the period."""
    if given is not None:
        return pd.Timestamp(given).normalize()
    return (pd.Timestamp(period_end) + pd.offsets.MonthBegin(1)).normalize()


def schedule(actions: list[Action], start: pd.Timestamp) -> pd.DataFrame:
    """The dated plan: one row per action (step, code, who, indicator, customers, current,
    target, light, start, due), ordered as the module docstring says."""
    rows = []
    for rank, action in enumerate(actions):
        month, duration, who, indicator = CATALOGUE[action.code]
        month = min(month, LIGHT_START.get(action.light or "", month))
        begin = start + pd.DateOffset(months=month)
        rows.append(
            {
                "code": action.code,
                "who": who,
                "indicator": indicator,
                "customers": list(action.customers),
                "current": action.current,
                "target": action.target,
                "light": action.light,
                "start": begin,
                "due": begin + pd.DateOffset(months=duration) - pd.Timedelta(days=1),
                "fields": dict(action.fields),
                "_order": (month, ORDER[action.light], list(CATALOGUE).index(action.code), rank),
            }
        )
    table = pd.DataFrame(rows)
    if table.empty:
        return table
    table = table.sort_values("_order", kind="stable").drop(columns="_order")
    table.insert(0, "step", range(1, len(table) + 1))
    return table.reset_index(drop=True)


def to_metrics(plan: pd.DataFrame) -> list[Mapping[str, Any]]:
    """The metrics.json key ``actions``: one entry per step (step, code, who, indicator,
    customers, current, target, start, due as ISO dates)."""
    out = []
    for row in plan.itertuples():
        out.append(
            {
                "step": int(row.step),
                "code": row.code,
                "who": row.who,
                "indicator": row.indicator,
                "customers": list(row.customers),
                "current": row.current,
                "target": row.target,
                "start": row.start.date().isoformat(),
                "due": row.due.date().isoformat(),
            }
        )
    return out
