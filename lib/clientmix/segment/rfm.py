"""RFM: recency, frequency and monetary scores 1-5 by quintiles, and named segments.

Scores depend on a customer's own value only, so equal values always share a score (ties are
never split by order): the thresholds are the 20/40/60/80 % quantiles of the invoiced
customers' values (``lower`` method: values seen in the data); frequency and monetary score
1 + the number of thresholds strictly below the value (``v <= t1`` -> 1, ``t4 < v`` -> 5);
recency scores the reverse (the most recent buyers score 5).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

SCORES = 5

# The widely copied map of recency x frequency scores to named segments (DOMAIN.md): data,
# first matching rule wins; engagement.yaml may replace it. Bounds included.
DEFAULT_RULES: tuple[dict, ...] = (
    {"name": "champions", "r": (5, 5), "f": (4, 5)},
    {"name": "loyal", "r": (3, 4), "f": (4, 5)},
    {"name": "potential_loyalists", "r": (4, 5), "f": (2, 3)},
    {"name": "new", "r": (5, 5), "f": (1, 1)},
    {"name": "promising", "r": (4, 4), "f": (1, 1)},
    {"name": "need_attention", "r": (3, 3), "f": (3, 3)},
    {"name": "about_to_sleep", "r": (3, 3), "f": (1, 2)},
    {"name": "at_risk", "r": (1, 2), "f": (3, 4)},
    {"name": "cant_lose", "r": (1, 2), "f": (5, 5)},
    {"name": "hibernating", "r": (1, 2), "f": (1, 2)},
)


def thresholds(values: pd.Series, scores: int = SCORES) -> np.ndarray:
    """The ``scores - 1`` cut points of ``values`` (quantiles at 1/scores, 2/scores...,
    ``lower`` method), missing values left out."""
    given = pd.to_numeric(values, errors="coerce").dropna().to_numpy(dtype="float64")
    if given.size == 0:
        return np.full(scores - 1, np.nan)
    return np.quantile(given, np.arange(1, scores) / scores, method="lower")


def score(values: pd.Series, cuts: np.ndarray, reverse: bool = False) -> pd.Series:
    """1 + the number of ``cuts`` strictly below each value (``scores`` + 1 minus that when
    ``reverse``: lower is better)."""
    numbers = pd.to_numeric(values, errors="coerce").to_numpy(dtype="float64")
    above = np.searchsorted(cuts, numbers, side="left")
    out = len(cuts) + 1 - above if reverse else 1 + above
    return pd.Series(out.astype("int64"), index=values.index)


def rfm_scores(
    profile: pd.DataFrame, end: pd.Timestamp, rules: tuple[dict, ...] = DEFAULT_RULES
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """RFM scores and named segment of each customer invoiced in the period.

    Parameters
    ----------
    profile : customer_id, last_date, invoices (lines in the period), revenue (net, currency).
    end : the period's end; recency = days from ``last_date`` to ``end``.
    rules : named segments, first match wins (``r`` and ``f`` score ranges, bounds included).

    Returns
    -------
    (scores, cuts): scores has customer_id, recency_days, frequency, monetary, r, f, m, segment
    (the rule's name, None when no rule matches); cuts has one row per measure (recency,
    frequency, monetary) and the thresholds t1..t4 (days, lines, currency).
    """
    rows = profile[profile["invoices"] > 0] if "invoices" in profile else profile
    out = pd.DataFrame({"customer_id": rows["customer_id"].to_numpy()})
    out["recency_days"] = (pd.Timestamp(end) - pd.to_datetime(rows["last_date"])).dt.days.to_numpy()
    out["frequency"] = rows["invoices"].to_numpy()
    out["monetary"] = rows["revenue"].to_numpy()
    cuts = {
        m: thresholds(out[c])
        for m, c in zip("rfm", ("recency_days", "frequency", "monetary"), strict=True)
    }
    out["r"] = score(out["recency_days"], cuts["r"], reverse=True)
    out["f"] = score(out["frequency"], cuts["f"])
    out["m"] = score(out["monetary"], cuts["m"])
    out["segment"] = None
    for rule in reversed(rules):  # the first rule wins: apply it last
        hit = out["r"].between(*rule["r"]) & out["f"].between(*rule["f"])
        out.loc[hit, "segment"] = rule["name"]
    table = pd.DataFrame(
        [cuts["r"], cuts["f"], cuts["m"]],
        index=pd.Index(["recency", "frequency", "monetary"], name="measure"),
        columns=[f"t{i}" for i in range(1, SCORES)],
    ).reset_index()
    return out, table


def rfm_segments(scores: pd.DataFrame, rules: tuple[dict, ...] = DEFAULT_RULES) -> pd.DataFrame:
    """Per named segment (every rule, in rule order, empty ones at 0): customers, revenue
    (net, currency) and revenue_share (fraction of the customers' total revenue, NaN when
    that total is <= 0)."""
    names = [rule["name"] for rule in rules]
    grouped = scores.groupby("segment")["monetary"].agg(["size", "sum"]).reindex(names)
    table = pd.DataFrame(
        {
            "segment": names,
            "customers": grouped["size"].fillna(0).astype("int64").to_numpy(),
            "revenue": grouped["sum"].fillna(0.0).round(2).to_numpy(),
        }
    )
    total = scores["monetary"].sum()
    table["revenue_share"] = table["revenue"] / total if total > 0 else np.nan
    return table
