"""One row per customer: what they bought, what it earned, how the relationship moves.

The profile is the table every later step works from (segments, classes, dependency).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from clientmix.core.columns import PROFILE_MEASURES
from clientmix.profile.rhythm import buying_rhythm, rhythm_status
from clientmix.profile.status import customer_trend


def customer_profile(
    invoices: pd.DataFrame,
    customers: pd.DataFrame | None,
    start: pd.Timestamp,
    end: pd.Timestamp,
    status_rule: dict[str, Any] | None = None,
) -> pd.DataFrame:
    """Per-customer figures over the analysis period ``[start, end]`` (both included).

    Parameters
    ----------
    invoices : canonical invoices (all periods; amounts and cost in currency).
    customers : canonical customers (attributes are joined on customer_id), or None.
    start, end : the analysis period.

    Returns
    -------
    DataFrame, one row per customer invoiced at any time or listed in ``customers``:
    revenue (net of credit notes, in the period, currency), cost and gross_margin (currency,
    NaN when the invoices carry no cost), gross_margin_rate (fraction of revenue), invoices
    (lines in the period), credit_notes (lines < 0 in the period), first_date/last_date (all
    history), tenure_days (first sale to period end), recency_days (last sale in or before the
    period to period end), active_months (months of the period with a sale), revenue_prev
    (the 12 months before ``start``), growth (fraction), status (new, growing, stable,
    declining, inactive, stopped = lost, judged against the customer's own buying rhythm with
    the thresholds ``status_rule`` (engagement.yaml ``status:``), or none for a listed customer
    never invoiced: see :func:`clientmix.profile.rhythm.rhythm_status`), purchase_days,
    silence_days (days since the last positive sale), rhythm_days (usual gap used, days) and
    rhythm_default (single purchase day: the default rhythm), then the customer-file attributes. Sorted by revenue, largest first (ties by id).
    """
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    ids = pd.Index(invoices["customer_id"].unique())
    if customers is not None and len(customers):
        ids = ids.union(pd.Index(customers["customer_id"]))
    out = _sales_figures(invoices, ids.rename("customer_id"), start, end)
    trend = customer_trend(invoices, start, end).set_index("customer_id")
    out["growth"] = trend["growth"]
    rhythm = buying_rhythm(invoices, end, (status_rule or {}).get("gap_quantile", 0.8))
    judged = rhythm_status(rhythm, trend["revenue"], trend["revenue_prev"], status_rule)
    out = out.join(judged)
    # customers with no line in the period or the 12 months before: long gone, or never sold
    out.loc[out["status"].isna() & out["last_date"].notna(), "status"] = "stopped"
    out["status"] = out["status"].fillna("none")
    out = _with_attributes(out.reset_index(), customers)
    ordered = [c for c in PROFILE_MEASURES if c in out.columns]
    out = out[ordered + [c for c in out.columns if c not in ordered]]
    out = out.sort_values(["revenue", "customer_id"], ascending=[False, True], kind="stable")
    return out.reset_index(drop=True)


def _sales_figures(
    invoices: pd.DataFrame, ids: pd.Index, start: pd.Timestamp, end: pd.Timestamp
) -> pd.DataFrame:
    """What each customer of ``ids`` bought: the profile's measures before its trend.

    Revenue, cost, gross margin (NaN without costs), invoices, credit notes and active months
    in ``[start, end]``, first and last date up to ``end``, revenue of the 12 months before
    ``start``, tenure and recency in days at ``end``; indexed by ``ids``.
    """
    date = invoices["date"]
    upto = invoices[date <= end]
    cur = invoices[(date >= start) & (date <= end)]
    prev = invoices[(date >= start - pd.DateOffset(months=12)) & (date < start)]
    has_cost = "cost" in invoices and invoices["cost"].notna().any()
    out = pd.DataFrame(index=ids)
    g = cur.groupby("customer_id")
    out["revenue"] = g["amount"].sum().round(2)
    if has_cost:
        cost = g["cost"].sum(min_count=1)
        out["cost"] = cost.round(2)
        out["gross_margin"] = (out["revenue"] - out["cost"]).round(2)
    else:
        out["cost"] = np.nan
        out["gross_margin"] = np.nan
    out["invoices"] = g.size()
    out["credit_notes"] = cur[cur["amount"] < 0].groupby("customer_id").size()
    gu = upto.groupby("customer_id")["date"]
    out["first_date"] = gu.min()
    out["last_date"] = gu.max()
    out["active_months"] = (
        cur.assign(m=cur["date"].dt.to_period("M")).groupby("customer_id")["m"].nunique()
    )
    out["revenue_prev"] = prev.groupby("customer_id")["amount"].sum().round(2)
    for col in ("revenue", "revenue_prev"):
        out[col] = out[col].fillna(0.0)
    if has_cost:
        # no line in the period: zero cost; lines whose costs are all unknown stay NaN
        out.loc[out["invoices"].isna(), "cost"] = 0.0
        out["gross_margin"] = out["gross_margin"].fillna(out["revenue"] - out["cost"])
    for col in ("invoices", "credit_notes", "active_months"):
        out[col] = out[col].fillna(0).astype("int64")
    out["gross_margin_rate"] = out["gross_margin"] / out["revenue"].where(out["revenue"] > 0)
    out["tenure_days"] = (end - out["first_date"]).dt.days
    out["recency_days"] = (end - out["last_date"]).dt.days
    return out


def _with_attributes(out: pd.DataFrame, customers: pd.DataFrame | None) -> pd.DataFrame:
    """The profile with the customers file's columns joined on customer_id (first row of a
    duplicated id) and customer_name filled with the id when unknown."""
    if customers is not None and len(customers):
        attrs = customers.drop_duplicates("customer_id")
        out = out.merge(attrs, on="customer_id", how="left")
    if "customer_name" not in out:
        out["customer_name"] = out["customer_id"]
    out["customer_name"] = out["customer_name"].fillna(out["customer_id"])
    return out
