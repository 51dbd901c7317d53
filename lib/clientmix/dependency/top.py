"""The largest customers of the period with their shares and trend."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from clientmix.core.checks import (
    ConcentrationInputError,
    as_whole_number,
    duplicated_ids,
    need_columns,
)


def checked_profile(profile: pd.DataFrame, extra: Sequence[str] = ()) -> pd.DataFrame:
    """A copy of ``profile`` with customer_id as str, checked to hold one row per customer
    and the columns customer_id, revenue and ``extra``.

    Raises
    ------
    ConcentrationInputError on a missing column or a duplicated customer id.
    """
    df = need_columns(profile, ["customer_id", "revenue", *extra], "profile")
    ids = df["customer_id"].astype(str)
    dup = duplicated_ids(ids)
    if dup:
        raise ConcentrationInputError(
            f"Expected one profile row per customer_id, got duplicated ids: {', '.join(dup[:10])}."
        )
    out = df.copy()
    out["customer_id"] = ids.to_numpy(dtype=object)
    return out


def margin_known(df: pd.DataFrame) -> bool:
    """Whether the profile has a gross_margin column with at least one known value."""
    return "gross_margin" in df.columns and bool(df["gross_margin"].notna().any())


def by_revenue(df: pd.DataFrame) -> pd.DataFrame:
    """Rows by descending revenue, ties by ascending customer_id."""
    return df.sort_values(
        ["revenue", "customer_id"], ascending=[False, True], kind="mergesort"
    ).reset_index(drop=True)


def top_customers(profile: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The ``n`` largest customers by revenue over the analysis period.

    Parameters
    ----------
    profile : one row per customer (customer_id, revenue; optional customer_name,
        revenue_prev, growth, status, gross_margin).
    n : number of customers (>= 1); fewer rows when fewer customers have a positive revenue.

    Returns
    -------
    DataFrame with columns rank, customer_id, [customer_name], revenue (currency), share and
    cum_share (fractions of the positive customers' revenue, the base of the concentration
    measures), then those present among revenue_prev, growth, status, and gross_margin with
    margin_share (fraction of the positive customers' gross margin) when margins are known.
    """
    n = as_whole_number(n, "n")
    df = checked_profile(profile)
    pos = df[df["revenue"] > 0]
    top = by_revenue(pos).head(n)
    total = pos["revenue"].sum()
    out = pd.DataFrame({"rank": np.arange(1, len(top) + 1, dtype="int64")})
    out["customer_id"] = top["customer_id"].to_numpy()
    if "customer_name" in top.columns:
        out["customer_name"] = top["customer_name"].to_numpy()
    out["revenue"] = top["revenue"].to_numpy(dtype="float64")
    out["share"] = out["revenue"] / total if total > 0 else np.nan
    out["cum_share"] = out["share"].cumsum()
    for col in ("revenue_prev", "growth", "status"):
        if col in top.columns:
            out[col] = top[col].to_numpy()
    if margin_known(df):
        margin_total = df.loc[df["gross_margin"] > 0, "gross_margin"].sum()
        out["gross_margin"] = top["gross_margin"].to_numpy(dtype="float64")
        out["margin_share"] = out["gross_margin"] / margin_total if margin_total > 0 else np.nan
    return out
