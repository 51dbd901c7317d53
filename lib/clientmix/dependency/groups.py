"""Concentration of revenue across groups of customers (sectors)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from clientmix.core.checks import ConcentrationInputError, as_choice
from clientmix.dependency.concentration import (
    MEASURES,
    Concentration,
    checked_thresholds,
    concentration,
)
from clientmix.dependency.top import by_revenue, checked_profile, margin_known


def group_concentration(
    profile: pd.DataFrame,
    by: str = "sector",
    *,
    value: str = "revenue",
    unknown_label: str = "(unknown)",
    **thresholds: float,
) -> tuple[pd.DataFrame, Concentration]:
    """Dependence on a group of customers as a whole (a sector, a region, a customer type...).

    Parameters
    ----------
    profile : one row per customer (customer_id, revenue, the attribute ``by``; optional
        customer_name, gross_margin).
    by : attribute column. Customers with no value (NaN or blank) form the group
        ``unknown_label``.
    value : "revenue" or "gross_margin": the measure whose concentration over groups is
        computed and by which the table is sorted.
    unknown_label : name of the group of customers with no value, given by the caller in the
        reader's language (default "(unknown)").
    **thresholds : as :func:`clientmix.dependency.concentration.concentration`.

    Returns
    -------
    (table, Concentration)
        table: one row per group by descending ``value`` (ties by group name), columns
        ``by`` (group label, str), revenue (net, currency), share (fraction of the positive
        groups' revenue), customers (customers with a positive revenue), top_customer (id of
        its largest customer), [top_customer_name], top_customer_share (fraction of the group's
        revenue), and gross_margin, margin_share when margins are known.
        Concentration: the measures computed over groups (HHI of sectors...), groups with a
        non-positive ``value`` excluded.
    """
    th = checked_thresholds(thresholds)
    as_choice(value, "value", MEASURES)
    if not isinstance(by, str):
        raise ConcentrationInputError(f"Expected by as a column name (str), got {by!r}.")
    df = checked_profile(profile, [by])
    with_margin = margin_known(df)
    if value == "gross_margin" and not with_margin:
        raise ConcentrationInputError(
            "value='gross_margin' needs a gross_margin column with known values in the profile."
        )
    df = df.assign(_group=_group_labels(df[by], unknown_label))
    agg = _group_sums(df, with_margin)
    agg.index.name = by
    table = agg.reset_index()
    table = table.sort_values(
        [value, by], ascending=[False, True], kind="mergesort", na_position="last"
    ).reset_index(drop=True)
    conc = concentration(pd.Series(agg[value].to_numpy(), index=agg.index.astype(str)), **th)
    return table, conc


def _group_labels(raw: pd.Series, unknown_label: str) -> np.ndarray:
    """Each customer's group: its value as str, stripped, ``unknown_label`` when NaN or
    blank (an object array)."""
    blank = raw.isna() | raw.astype(str).str.strip().eq("")
    label = raw.astype(object).where(~blank, unknown_label)
    return label.astype(str).str.strip().to_numpy(dtype=object)


def _group_sums(df: pd.DataFrame, with_margin: bool) -> pd.DataFrame:
    """One row per group (``_group`` column of ``df``), sorted by group name: revenue, share,
    customers, top_customer, [top_customer_name], top_customer_share, and gross_margin,
    margin_share when ``with_margin`` (see :func:`group_concentration`)."""
    df = df.assign(_pos=df["revenue"] > 0)
    agg = df.groupby("_group", sort=True).agg(revenue=("revenue", "sum"), customers=("_pos", "sum"))
    leaders = by_revenue(df).drop_duplicates("_group").set_index("_group")
    agg["top_customer"] = leaders["customer_id"]
    if "customer_name" in df.columns:
        agg["top_customer_name"] = leaders["customer_name"]
    agg["top_customer_share"] = leaders["revenue"] / agg["revenue"].where(agg["revenue"] > 0)
    pos_total = agg.loc[agg["revenue"] > 0, "revenue"].sum()
    agg.insert(1, "share", agg["revenue"] / pos_total if pos_total > 0 else np.nan)
    if with_margin:
        agg["gross_margin"] = df.groupby("_group", sort=True)["gross_margin"].sum(min_count=1)
        m_total = agg.loc[agg["gross_margin"] > 0, "gross_margin"].sum()
        agg["margin_share"] = agg["gross_margin"] / m_total if m_total > 0 else np.nan
    agg["customers"] = agg["customers"].astype("int64")
    return agg
