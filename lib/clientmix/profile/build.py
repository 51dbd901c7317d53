"""One row per customer invoiced in the period: what they bought, what it earned, how the
relationship moves; and, apart, the customers of the period before (former) and the customers
file's customers not invoiced in the period (prospects).

The profile is the table every later step works from (segments, classes, dependency): the one
customer base of ARCHITECTURE.md (``customers_invoiced``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from clientmix.core.columns import PROFILE_MEASURES, WINDOW_MEASURES, window_of
from clientmix.profile.measures import (
    per_invoice_and_hour,
    purchases,
    share_and_rank,
    window_sums,
)
from clientmix.profile.rhythm import buying_rhythm, rhythm_status
from clientmix.profile.status import customer_trend

_PERIOD_ONLY = (
    "revenue",
    "cost",
    "gross_margin",
    "gross_margin_rate",
    "invoices",
    "credit_notes",
    "active_months",
    "distinct_invoices",
    "products",
    "product_families",
    "growth",
)
"""Measures of the period, all zero or unknown for a prospect: left out of its table."""


@dataclass(frozen=True)
class CustomerBase:
    """The customers of an analysis period, in three tables with the profile's columns.

    profile : the customers invoiced in the period (at least one line in it, whatever its net
        revenue): the one customer base every section counts, lists and classifies.
    former : customers invoiced before the period and not in it (lost or inactive), by
        descending revenue of the 12 months before the period; in no count of the period.
    prospects : the customers file's customers without any line in the period (never
        invoiced, or only before or after it), by id, without the period's measures (all
        zero): id, name, first and last date, the windows before the period, status,
        attributes; in no count, class or tier.
    """

    profile: pd.DataFrame
    former: pd.DataFrame
    prospects: pd.DataFrame


def customer_base(
    invoices: pd.DataFrame,
    customers: pd.DataFrame | None,
    start: pd.Timestamp,
    end: pd.Timestamp,
    status_rule: dict[str, Any] | None = None,
) -> CustomerBase:
    """The profile of the period ``[start, end]`` (both included) and, apart, the former
    customers and the prospects (see :class:`CustomerBase` and :func:`customer_profile`)."""
    full = _all_customers(invoices, customers, start, end, status_rule)
    invoiced = full["invoices"] > 0
    profile = per_invoice_and_hour(share_and_rank(full[invoiced].reset_index(drop=True)))
    former = full[~invoiced & full["last_date"].notna()]
    former = former.sort_values(
        ["revenue_prev", "last_date", "customer_id"],
        ascending=[False, False, True],
        kind="stable",
    )
    listed = pd.Index([]) if customers is None else pd.Index(customers["customer_id"])
    prospects = full[~invoiced & full["customer_id"].isin(listed)]
    prospects = prospects.drop(columns=[c for c in _PERIOD_ONLY if c in prospects])
    return CustomerBase(
        profile=_ordered(profile),
        former=_ordered(former.reset_index(drop=True)),
        prospects=_ordered(prospects.sort_values("customer_id").reset_index(drop=True)),
    )


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
    status_rule : engagement.yaml ``status:`` (see :mod:`clientmix.profile.rhythm`).

    Returns
    -------
    DataFrame, one row per customer with at least one invoice line in the period (the one
    customer base; customers file rows never invoiced in it and former customers are in
    :func:`customer_base`), sorted by revenue, largest first (ties by id): revenue_rank,
    revenue (net of credit notes, in the period, currency), revenue_share (fraction of the
    period's positive revenue, 0 at zero or below), cost and gross_margin (currency, NaN when
    the invoices carry no cost), gross_margin_rate (fraction of revenue), invoices (lines in
    the period), distinct_invoices (distinct invoice_id, when known), average_invoice
    (revenue per invoice, currency), credit_notes (lines < 0 in the period), products and
    product_families (distinct ones bought in the period, when known), first_date/last_date
    (all history up to ``end``), tenure_days (first sale to period end), recency_days (last
    line to period end), active_months (months of the period with a line), revenue_prev,
    gross_margin_prev, gross_margin_rate_prev (the 12 months before ``start``) and the same
    for each earlier 12-month window the data reaches (``revenue_prev_2``...), growth
    (fraction), status (new, growing, stable, declining, inactive, stopped = lost, judged
    against the customer's own buying rhythm: :func:`clientmix.profile.rhythm.rhythm_status`),
    purchase_days, silence_days (days since the last positive sale), rhythm_days (usual gap
    used, days), rhythm_default (single purchase day: the default rhythm), revenue_per_hour
    and margin_per_hour (currency per hour, when the customers file gives ``effort_hours``),
    then the customers-file and ledger attributes.
    """
    return customer_base(invoices, customers, start, end, status_rule).profile


def _all_customers(
    invoices: pd.DataFrame,
    customers: pd.DataFrame | None,
    start: pd.Timestamp,
    end: pd.Timestamp,
    status_rule: dict[str, Any] | None,
) -> pd.DataFrame:
    """The profile's measures of every customer invoiced at any time or listed in
    ``customers``, sorted by revenue (largest first, ties by id); status "none" for a listed
    customer never invoiced up to ``end``."""
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
    out = out.sort_values(["revenue", "customer_id"], ascending=[False, True], kind="stable")
    return out.reset_index(drop=True)


def _ordered(out: pd.DataFrame) -> pd.DataFrame:
    """The profile's columns in the registry's order (windows before the previous 12 months
    after gross_margin_rate_prev), then the attributes."""
    windows = sorted(
        (c for c in out.columns if (w := window_of(c)) is not None and w[1] > 1),
        key=lambda c: (window_of(c)[1], WINDOW_MEASURES.index(window_of(c)[0])),
    )
    measures = []
    for column in PROFILE_MEASURES:
        if column in out.columns:
            measures.append(column)
        if column == "gross_margin_rate_prev":  # whether or not margins are known
            measures += windows
    return out[measures + [c for c in out.columns if c not in measures]]


def _sales_figures(
    invoices: pd.DataFrame, ids: pd.Index, start: pd.Timestamp, end: pd.Timestamp
) -> pd.DataFrame:
    """What each customer of ``ids`` bought: the profile's measures before its trend.

    Revenue, cost, gross margin (NaN without costs), invoices, credit notes, active months,
    distinct invoices, products and families in ``[start, end]``, first and last date up to
    ``end``, revenue (and margin) of each 12-month window before ``start``, tenure and recency
    in days at ``end``; indexed by ``ids``.
    """
    date = invoices["date"]
    upto = invoices[date <= end]
    cur = invoices[(date >= start) & (date <= end)]
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
    out["revenue"] = out["revenue"].fillna(0.0)
    if has_cost:
        # no line in the period: zero cost; lines whose costs are all unknown stay NaN
        out.loc[out["invoices"].isna(), "cost"] = 0.0
        out["gross_margin"] = out["gross_margin"].fillna(out["revenue"] - out["cost"])
    for col in ("invoices", "credit_notes", "active_months"):
        out[col] = out[col].fillna(0).astype("int64")
    out["gross_margin_rate"] = out["gross_margin"] / out["revenue"].where(out["revenue"] > 0)
    out["tenure_days"] = (end - out["first_date"]).dt.days
    out["recency_days"] = (end - out["last_date"]).dt.days
    out = out.join(purchases(cur, ids))
    return out.join(window_sums(upto, ids, start, has_cost))


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
