"""The customers that carry the dependency: the largest of the period, last year's big
ones that left, went silent or declined, and the largest contributors to gross margin.

Amounts in currency (net, excl. tax); shares as fractions of the positive revenue or margin.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from clientmix.dependency.top import top_customers

TOP_N = 10


def positive_ranked(profile: pd.DataFrame, column: str) -> pd.DataFrame:
    """Rows with ``column`` > 0, largest first, ties by ascending customer_id."""
    rows = profile[profile[column] > 0]
    return rows.sort_values(
        [column, "customer_id"], ascending=[False, True], kind="mergesort"
    ).reset_index(drop=True)


FALLEN_STATUSES = ("stopped", "inactive", "declining")
"""Statuses of last year's big customers shown as fallen out of the top: lost, inactive
(silent for longer than their own buying rhythm allows) or declining."""


def key_customers(
    profile: pd.DataFrame, n: int = TOP_N, former: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The ``n`` largest customers of the period and the big customers of the year before
    that left, went silent or declined.

    Parameters
    ----------
    profile : one row per customer invoiced in the period (customer_id, revenue, optional
        customer_name, revenue_prev, growth, status, gross_margin).
    n : number of customers of the period (by net revenue).
    former : the customers invoiced before the period and not in it, with the profile's
        columns (:class:`clientmix.profile.CustomerBase` ``former``, interim "former"); None
        when unknown (then only the profile's customers can have fallen).

    Returns
    -------
    DataFrame with the columns of :func:`clientmix.dependency.top_customers` (rank, revenue,
    share of the positive revenue, cum_share, revenue_prev, growth, status...) plus
    ``prev_rank`` (rank by revenue in the 12 months before the period among the customers of
    both tables, NaN when nothing was bought then) and ``previous_top`` (True for the rows
    appended at the end: customers in the previous top ``n`` that are no longer in it and
    are "stopped", "inactive" or "declining"; their ``rank`` is NaN and their share of the
    period may be 0).
    """
    top = top_customers(profile, n)
    if "revenue_prev" not in profile:
        return top.assign(prev_rank=np.nan, previous_top=False)
    both = _with_former(profile, former)
    ids = both["customer_id"]
    prev = positive_ranked(both, "revenue_prev")
    prev_rank = pd.Series(np.arange(1, len(prev) + 1, dtype="float64"), index=prev["customer_id"])
    top["prev_rank"] = top["customer_id"].map(prev_rank).to_numpy(dtype="float64")
    top["previous_top"] = False
    status = both["status"] if "status" in both else pd.Series("", index=both.index)
    fallen_ids = prev["customer_id"].head(n)
    fallen_ids = fallen_ids[~fallen_ids.isin(top["customer_id"])]
    rows = both[ids.isin(fallen_ids) & status.isin(FALLEN_STATUSES)]
    if rows.empty:
        return top
    extra = _fallen_rows(profile, rows, top.columns, prev_rank)
    extra["previous_top"] = True
    extra = extra.sort_values(["prev_rank", "customer_id"], kind="mergesort")
    out = pd.concat([top, extra[top.columns]], ignore_index=True)
    out["rank"] = out["rank"].astype("float64")
    return out


def _with_former(profile: pd.DataFrame, former: pd.DataFrame | None) -> pd.DataFrame:
    """The profile and the former customers in one table (ids as text; a former customer
    already in the profile is left out: the profile wins)."""
    both = profile.assign(customer_id=profile["customer_id"].astype(str))
    if former is None or former.empty:
        return both.reset_index(drop=True)
    extra = former.assign(customer_id=former["customer_id"].astype(str))
    extra = extra[~extra["customer_id"].isin(both["customer_id"])]
    columns = [c for c in both.columns if c in extra.columns]
    return pd.concat([both, extra[columns]], ignore_index=True)


def _fallen_rows(
    profile: pd.DataFrame, rows: pd.DataFrame, columns: pd.Index, prev_rank: pd.Series
) -> pd.DataFrame:
    """Rows of ``top``'s columns for last year's big customers that fell out of the top:
    no rank, shares of the period's positive revenue / margin (0 for nothing bought)."""
    total = profile.loc[profile["revenue"] > 0, "revenue"].sum()
    extra = pd.DataFrame(
        {
            "rank": np.nan,
            "customer_id": rows["customer_id"].to_numpy(),
            "revenue": rows["revenue"].to_numpy(dtype="float64"),
        }
    )
    for column in columns:
        if column in ("rank", "customer_id", "revenue", "previous_top"):
            continue
        if column == "share":
            extra[column] = np.maximum(extra["revenue"], 0.0) / total if total > 0 else np.nan
        elif column == "prev_rank":
            extra[column] = extra["customer_id"].map(prev_rank).to_numpy(dtype="float64")
        elif column == "margin_share" and "gross_margin" in rows:
            m_total = profile.loc[profile["gross_margin"] > 0, "gross_margin"].sum()
            extra[column] = (
                np.maximum(rows["gross_margin"].to_numpy(dtype="float64"), 0.0) / m_total
                if m_total > 0
                else np.nan
            )
        elif column in rows:
            extra[column] = rows[column].to_numpy()
        else:
            extra[column] = np.nan
    return extra


def margin_leaders(profile: pd.DataFrame, n: int = TOP_N) -> pd.DataFrame | None:
    """The ``n`` customers with the largest gross margin, next to their weight in revenue.

    Returns
    -------
    DataFrame with margin_rank, customer_id, [customer_name], revenue, share (fraction of the
    positive revenue), revenue_rank, gross_margin (currency), margin_share (fraction of the
    positive gross margin) and gross_margin_rate (margin / revenue); None when costs are unknown.
    """
    if "gross_margin" not in profile or profile["gross_margin"].notna().sum() == 0:
        return None
    df = profile.assign(customer_id=profile["customer_id"].astype(str))
    by_revenue = positive_ranked(df, "revenue")
    revenue_rank = pd.Series(
        np.arange(1, len(by_revenue) + 1, dtype="float64"), index=by_revenue["customer_id"]
    )
    rev_total = by_revenue["revenue"].sum()
    leaders = positive_ranked(df.dropna(subset=["gross_margin"]), "gross_margin")
    m_total = leaders["gross_margin"].sum()
    leaders = leaders.head(n)
    out = pd.DataFrame({"margin_rank": np.arange(1, len(leaders) + 1, dtype="int64")})
    out["customer_id"] = leaders["customer_id"].to_numpy()
    if "customer_name" in leaders:
        out["customer_name"] = leaders["customer_name"].to_numpy()
    out["revenue"] = leaders["revenue"].to_numpy(dtype="float64")
    out["share"] = out["revenue"] / rev_total if rev_total > 0 else np.nan
    out["revenue_rank"] = out["customer_id"].map(revenue_rank).to_numpy(dtype="float64")
    out["gross_margin"] = leaders["gross_margin"].to_numpy(dtype="float64")
    out["margin_share"] = out["gross_margin"] / m_total if m_total > 0 else np.nan
    out["gross_margin_rate"] = out["gross_margin"] / out["revenue"].where(out["revenue"] > 0)
    return out


def known_customers(profile: pd.DataFrame, top: pd.DataFrame | None) -> pd.DataFrame:
    """The profile with the fallen big customers of ``top`` (:func:`key_customers` rows with
    ``previous_top``, often not invoiced in the period) appended, for naming them and reading
    their status in the texts; never for counting."""
    if top is None or "previous_top" not in top or not top["previous_top"].any():
        return profile
    fallen = top[top["previous_top"].astype(bool)]
    fallen = fallen[~fallen["customer_id"].astype(str).isin(profile["customer_id"].astype(str))]
    columns = [c for c in ("customer_id", "customer_name", "status") if c in fallen]
    return pd.concat([profile, fallen[columns]], ignore_index=True)
