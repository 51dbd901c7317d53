"""The key-account team (seed 004): dedicated or fluid for the strategic customers, decided by
explicit criteria, and the indicators to follow at four levels.

Criteria (each gives a code the texts explain):
- ``accounts``: number of strategic customers, at least ``dedicated_min_accounts``;
- ``needs``: the same competence (median distinct products bought per strategic customer in
  the period at most :data:`SAME_NEEDS_PRODUCTS`) or several trades (more); unknown without
  products;
- ``size``: the company's revenue at least ``dedicated_min_revenue`` (currency per year), or
  its sales force (``sales_people``) at least 2 per :data:`ACCOUNTS_PER_SALESPERSON` accounts.
A dedicated team when every known criterion is met and needs are not "several"; fluid
otherwise (a small company's default: a key-account manager who gathers the trades per project).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

SAME_NEEDS_PRODUCTS = 2
ACCOUNTS_PER_SALESPERSON = 10
LEVELS = ("company", "manager", "members", "environment")


@dataclass
class Team:
    """The recommended structure and why.

    structure : "dedicated" or "fluid"; settings : the thresholds used; criteria : rows (criterion, value, met: True, False
        or None when unknown); indicators : rows (level, indicator, value or None when the data
        does not give it, unit: "money", "pct", "int" or "").
    """

    structure: str
    criteria: pd.DataFrame
    indicators: pd.DataFrame
    accounts: list[str]
    settings: Mapping[str, Any] | None = None


def criteria(
    accounts: int,
    products: float | None,
    revenue_total: float,
    settings: Mapping[str, Any],
) -> pd.DataFrame:
    """The three criteria of the module docstring, with their values and whether each is met
    (for a dedicated team)."""
    sales = settings.get("sales_people")
    needed = -(-accounts // ACCOUNTS_PER_SALESPERSON) * 2
    size_met = revenue_total >= settings["dedicated_min_revenue"] or (
        sales is not None and sales >= needed
    )
    rows = [
        ("accounts", accounts, accounts >= settings["dedicated_min_accounts"]),
        ("needs", products, None if products is None else products <= SAME_NEEDS_PRODUCTS),
        ("size", revenue_total, size_met),
    ]
    return pd.DataFrame(rows, columns=["criterion", "value", "met"])


def key_account_team(
    customers: pd.DataFrame,
    metrics: Mapping[str, Any],
    settings: Mapping[str, Any],
    products: pd.Series | None = None,
    sleeping: float | None = None,
) -> Team:
    """:class:`Team` for the strategic customers of ``customers`` (column ``strategic``);
    ``products``: distinct products per customer id; ``sleeping``: their sleeping revenue."""
    flag = customers.get("strategic", pd.Series(False, index=customers.index))
    strategic = customers[flag.fillna(False).astype(bool)]
    ids = strategic["customer_id"].astype(str).tolist()
    median_products = None
    if products is not None and ids:
        median_products = float(products.reindex(ids).fillna(0).median())
    revenue_total = float(customers["revenue"].sum())
    table = criteria(len(ids), median_products, revenue_total, settings)
    met = table["met"].dropna()
    dedicated = bool(len(met)) and bool(met.all()) and table.loc[1, "met"] is not False
    return Team(
        structure="dedicated" if dedicated else "fluid",
        criteria=table,
        indicators=indicators(strategic, revenue_total, metrics, sleeping),
        accounts=ids,
        settings=dict(settings),
    )


def indicators(
    strategic: pd.DataFrame,
    revenue_total: float,
    metrics: Mapping[str, Any],
    sleeping: float | None,
) -> pd.DataFrame:
    """Indicators at the four :data:`LEVELS` with today's value where the data gives it."""
    revenue = float(strategic["revenue"].sum())
    margin = None
    if "gross_margin" in strategic and strategic["gross_margin"].notna().any():
        margin = strategic["gross_margin"].sum()
    previous = strategic["revenue_prev"].sum() if "revenue_prev" in strategic else None
    growing = None
    if "growth" in strategic and len(strategic):
        growing = float((strategic["growth"].fillna(0) > 0).mean())
    retention = (metrics.get("retention") or {}).get("net_revenue_retention")
    share = revenue / revenue_total if revenue_total else None
    growth = revenue / previous - 1 if previous else None
    rows = [
        ("company", "strategic_revenue", revenue, "money"),
        ("company", "strategic_share", share, "pct"),
        ("company", "strategic_margin", None if margin is None else float(margin), "money"),
        ("company", "strategic_sleeping", sleeping, "money"),
        ("manager", "strategic_growth", growth, "signed_pct"),
        ("manager", "strategic_accounts_growing", growing, "pct"),
        ("manager", "net_revenue_retention", retention, "pct"),
        ("members", "satisfaction", None, ""),
        ("members", "visits_and_proposals", None, ""),
        ("environment", "markets_growth", _markets_growth(metrics), "signed_pct"),
        ("environment", "swot_review", None, ""),
    ]
    return pd.DataFrame(rows, columns=["level", "indicator", "value", "unit"])


def _markets_growth(metrics: Mapping[str, Any]) -> float | None:
    """Growth of the period's revenue over the previous 12 months, all segments of the first
    criterion together (None when unknown)."""
    segments = metrics.get("segments") or {}
    if not segments:
        return None
    rows = pd.DataFrame(next(iter(segments.values())))
    previous = rows["revenue_previous"].sum() if "revenue_previous" in rows else 0
    return float(rows["revenue"].sum() / previous - 1) if previous else None
