"""A process per class (seed 003, steps 3 and 4): the customers of each KAM class (count,
revenue, the main names), the process that serves them, the service tier that goes with it
(seed 002), and the department x class grid of what changes (codes; the texts word them).
Shares are fractions of the period's net revenue and of the total positive gross margin."""

from __future__ import annotations

import pandas as pd

CLASSES = ("loyal", "high_potential", "small")
PROCESS = {"loyal": "loyalty", "high_potential": "seduction", "small": "optimisation"}
#: the service level each class gets by default (gold / premium / standard, seed 002)
SERVICE = {"loyal": "gold", "high_potential": "premium", "small": "standard"}
DEPARTMENTS = ("sales", "delivery", "bids", "project_management", "support", "finance")
MAIN_NAMES = 3


def class_table(customers: pd.DataFrame) -> pd.DataFrame:
    """One row per class: kam_class, process, service (tier to offer), customers, revenue,
    revenue_share, margin_share (None without margin), main_ids (the ``MAIN_NAMES`` biggest by
    revenue), tiers (customers per actual tier, a dict)."""
    if "kam_class" not in customers:
        return pd.DataFrame()
    revenue_total = customers["revenue"].sum()
    has_margin = "gross_margin" in customers and customers["gross_margin"].notna().any()
    margin_total = customers["gross_margin"].clip(lower=0).sum() if has_margin else 0.0
    rows = []
    for name in CLASSES:
        group = customers[customers["kam_class"] == name].sort_values(
            "revenue", ascending=False, kind="stable"
        )
        tiers = group["tier"].value_counts().to_dict() if "tier" in group else {}
        rows.append(
            {
                "kam_class": name,
                "process": PROCESS[name],
                "service": SERVICE[name],
                "customers": len(group),
                "revenue": float(group["revenue"].sum()),
                "revenue_share": float(group["revenue"].sum() / revenue_total)
                if revenue_total
                else None,
                "margin_share": float(group["gross_margin"].sum() / margin_total)
                if margin_total
                else None,
                "main_ids": group["customer_id"].astype(str).head(MAIN_NAMES).tolist(),
                "tiers": {str(k): int(v) for k, v in tiers.items()},
            }
        )
    return pd.DataFrame(rows)


def department_grid() -> pd.DataFrame:
    """Department x class: the wording key of what changes in each cell
    (``rec_dept_<department>_<class>``); rows in :data:`DEPARTMENTS` order."""
    return pd.DataFrame(
        {name: [f"rec_dept_{d}_{name}" for d in DEPARTMENTS] for name in CLASSES},
        index=pd.Index(DEPARTMENTS, name="department"),
    )
