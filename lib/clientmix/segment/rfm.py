"""RFM: recency, frequency and monetary scores (1-5 by default) and named segments.

Measures, over the customers invoiced in the period: recency = days from the customer's last
positive sale (a purchase, not a credit note) to the period's end; frequency = invoice lines in
the period; monetary = net revenue of the period (currency).

Scores by quantiles (the default): the customers are sorted from worst to best and cut into
``scores`` groups of equal size. Ties are handled deterministically, in one of two ways
(engagement.yaml ``rfm.ties``):

- ``shared`` (default): customers with the same value always share one score, the score of
  the middle of their block of ranks (``1 + floor(scores * (centre + 0.5) / n)``, centre the
  mean 0-based position of the block); a block holding the best position scores ``scores``
  and one holding the worst scores 1 (unless one block holds both). When many customers
  share a value (monthly contracts invoiced on the period's last day all have a recency of 0
  days), some scores stay empty: the thresholds table shows it.
- ``split``: groups of equal size (sizes differ by one at most), ties broken by the other
  measures, then by customer_id: recency, more recent is better, then more lines, then more
  revenue; frequency, more lines, then more revenue, then more recent; monetary, more
  revenue, then more lines, then more recent; equal on all three, the larger customer_id (as
  text) scores higher. Customers with the same value may then get neighbouring scores.

The thresholds table shows, per score, the lowest and highest value it holds. With the
consultant's own cut points (engagement.yaml ``rfm.recency`` etc., ``scores - 1`` increasing
values), a value scores by bin, bins closed on the right: frequency and monetary
``v <= t1`` -> 1, ``t1 < v <= t2`` -> 2, ... ``v > t_last`` -> ``scores``; recency the
reverse (``v <= t1`` days -> ``scores``).

Named segments: a rule table (data): each rule a name and score ranges ``r``, ``f`` and
optionally ``m`` (bounds included, a missing letter matches any score); the first matching
rule wins; customers no rule matches are :data:`UNMATCHED`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

SCORES = 5
MEASURES = ("recency", "frequency", "monetary")
LETTERS = {"recency": "r", "frequency": "f", "monetary": "m"}
UNMATCHED = "unmatched"
SHARED, SPLIT = "shared", "split"

# The widely copied map of recency x frequency scores to named segments (DOMAIN.md), for 5
# scores: data, first matching rule wins; engagement.yaml ``rfm.segments`` may replace it.
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

# sort keys of each measure, worst first: (column, ascending)
_ORDER = {
    "recency": (("recency_days", False), ("frequency", True), ("monetary", True)),
    "frequency": (("frequency", True), ("monetary", True), ("recency_days", False)),
    "monetary": (("monetary", True), ("frequency", True), ("recency_days", False)),
}
_COLUMN = {"recency": "recency_days", "frequency": "frequency", "monetary": "monetary"}


@dataclass(frozen=True)
class RfmSettings:
    """scores: number of scores per measure (2..9); cuts: measure -> the consultant's
    ``scores - 1`` increasing cut points (days, lines, currency), quantiles for the others;
    rules: the named-segment rule table; ties: SHARED or SPLIT (see the module doc)."""

    scores: int = SCORES
    cuts: Mapping[str, tuple[float, ...]] = field(default_factory=dict)
    rules: tuple[dict, ...] = DEFAULT_RULES
    ties: str = SHARED

    @classmethod
    def from_option(cls, option: Mapping[str, Any] | None) -> RfmSettings:
        """From the checked engagement.yaml ``rfm`` mapping (None: the defaults)."""
        option = option or {}
        cuts = {m: tuple(float(v) for v in option[m]) for m in MEASURES if option.get(m)}
        rules = tuple(option["segments"]) if option.get("segments") else DEFAULT_RULES
        scores = int(option.get("scores") or SCORES)
        return cls(scores=scores, cuts=cuts, rules=rules, ties=option.get("ties") or SHARED)


def rfm_measures(profile: pd.DataFrame, end: pd.Timestamp) -> pd.DataFrame:
    """customer_id, recency_days, frequency, monetary and margin (gross margin, NaN when
    unknown) of the customers of ``profile`` invoiced in the period (``invoices`` > 0).

    Recency is the profile's ``silence_days`` (days since the last positive sale) when there,
    else days from ``last_date`` to ``end``; a customer with no positive sale at all (credit
    notes only) gets the days since its last line.
    """
    rows = profile[profile["invoices"] > 0] if "invoices" in profile else profile
    since_last = (pd.Timestamp(end) - pd.to_datetime(rows["last_date"])).dt.days
    recency = rows["silence_days"].fillna(since_last) if "silence_days" in rows else since_last
    margin = rows["gross_margin"] if "gross_margin" in rows else pd.Series(np.nan, rows.index)
    return pd.DataFrame(
        {
            "customer_id": rows["customer_id"].astype(str).to_numpy(),
            "recency_days": recency.astype("float64").to_numpy(),
            "frequency": rows["invoices"].astype("float64").to_numpy(),
            "monetary": rows["revenue"].astype("float64").to_numpy(),
            "margin": margin.astype("float64").to_numpy(),
        }
    )


def shared_scores(values: pd.Series, scores: int = SCORES, reverse: bool = False) -> pd.Series:
    """Scores 1..``scores`` by quantiles of rank, equal values sharing one score (``shared``
    in the module doc); higher values score higher, lower ones when ``reverse``."""
    numbers = pd.to_numeric(values, errors="coerce").astype("float64")
    key = -numbers if reverse else numbers
    n = len(key)
    first = key.rank(method="min").to_numpy() - 1  # 0-based positions of each tie block
    last = key.rank(method="max").to_numpy() - 1
    out = 1 + np.floor(scores * ((first + last) / 2 + 0.5) / max(n, 1)).astype("int64")
    out = np.clip(out, 1, scores)
    both = (first == 0) & (last == n - 1)
    out = np.where((last == n - 1) & ~both, scores, np.where((first == 0) & ~both, 1, out))
    return pd.Series(out.astype("int64"), index=values.index)


def rank_scores(measures: pd.DataFrame, measure: str, scores: int = SCORES) -> pd.Series:
    """Scores 1..``scores`` of ``measure`` by quantiles of rank, ties split as in the module
    doc (``split``); indexed like ``measures``."""
    keys = _ORDER[measure]
    columns = [c for c, _ in keys] + ["customer_id"]
    ascending = [a for _, a in keys] + [True]
    order = measures[columns].sort_values(columns, ascending=ascending, kind="mergesort").index
    n = len(order)
    out = pd.Series(0, index=measures.index, dtype="int64")
    out.loc[order] = 1 + (np.arange(n) * scores) // max(n, 1)
    return out


def cut_scores(values: pd.Series, cuts: tuple[float, ...], reverse: bool = False) -> pd.Series:
    """Scores by the consultant's cut points, bins closed on the right: 1 + the number of
    ``cuts`` strictly below each value (``len(cuts) + 1`` minus that when ``reverse``)."""
    numbers = pd.to_numeric(values, errors="coerce").to_numpy(dtype="float64")
    above = np.searchsorted(np.asarray(cuts, dtype="float64"), numbers, side="left")
    out = len(cuts) + 1 - above if reverse else 1 + above
    return pd.Series(out.astype("int64"), index=values.index)


def matched_segment(scores: pd.DataFrame, rules: tuple[dict, ...], n_scores: int) -> pd.Series:
    """The name of the first rule each row's ``r``, ``f``, ``m`` scores match (ranges
    included; a letter a rule leaves out matches any score); None when no rule matches."""
    out = pd.Series(None, index=scores.index, dtype=object)
    for rule in reversed(rules):  # the first rule wins: apply it last
        hit = pd.Series(True, index=scores.index)
        for letter in "rfm":
            low, high = rule.get(letter) or (1, n_scores)
            hit &= scores[letter].between(low, high)
        out[hit] = rule["name"]
    return out


def rfm_scores(
    profile: pd.DataFrame, end: pd.Timestamp, settings: RfmSettings | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """RFM scores and named segment of each customer invoiced in the period.

    Parameters
    ----------
    profile : customer_id, last_date, invoices (lines in the period), revenue (net,
        currency); optional silence_days and gross_margin.
    end : the period's end.
    settings : scores, cut points and rules (None: 5 scores by quantiles, default rules).

    Returns
    -------
    (scores, thresholds): scores has customer_id, recency_days, frequency, monetary, margin,
    r, f, m and segment (the rule's name, None when no rule matches); thresholds has one row
    per measure and score: measure, score, low, high (the lowest and highest value of the
    customers with that score, NaN when none), customers.
    """
    settings = settings or RfmSettings()
    out = rfm_measures(profile, end)
    for measure in MEASURES:
        letter = LETTERS[measure]
        if measure in settings.cuts:
            reverse = measure == "recency"
            out[letter] = cut_scores(out[_COLUMN[measure]], settings.cuts[measure], reverse)
        elif settings.ties == SPLIT:
            out[letter] = rank_scores(out, measure, settings.scores)
        else:
            reverse = measure == "recency"
            out[letter] = shared_scores(out[_COLUMN[measure]], settings.scores, reverse)
    out["segment"] = matched_segment(out, settings.rules, settings.scores)
    return out, score_thresholds(out, settings.scores)


def score_thresholds(scores: pd.DataFrame, n_scores: int = SCORES) -> pd.DataFrame:
    """Per measure and score 1..``n_scores``: the lowest and highest value held (days, lines,
    currency; NaN for an empty score) and the customers."""
    frames = []
    for measure in MEASURES:
        grouped = scores.groupby(LETTERS[measure])[_COLUMN[measure]].agg(["min", "max", "size"])
        grouped = grouped.reindex(range(1, n_scores + 1))
        frames.append(
            pd.DataFrame(
                {
                    "measure": measure,
                    "score": np.arange(1, n_scores + 1),
                    "low": grouped["min"].to_numpy(dtype="float64"),
                    "high": grouped["max"].to_numpy(dtype="float64"),
                    "customers": grouped["size"].fillna(0).astype("int64").to_numpy(),
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


def rfm_segments(scores: pd.DataFrame, rules: tuple[dict, ...] = DEFAULT_RULES) -> pd.DataFrame:
    """Per named segment (each name once, in rule order, empty ones at 0; then
    :data:`UNMATCHED` when some customers match no rule): customers, revenue and margin (net,
    currency, summed in cents; margin NaN when unknown for one of its customers),
    revenue_share and margin_share (fractions of the customers' totals, NaN when that total
    is <= 0 or unknown). The rows add up to the customers and revenue of ``scores``."""
    names = list(dict.fromkeys(rule["name"] for rule in rules))
    segment = scores["segment"].fillna(UNMATCHED)
    if (segment == UNMATCHED).any():
        names.append(UNMATCHED)
    cents = pd.DataFrame(
        {
            "segment": segment,
            "revenue": (scores["monetary"] * 100).round(),
            "margin": (scores["margin"] * 100).round(),
            "unknown": scores["margin"].isna().astype("int64"),
        }
    )
    grouped = cents.groupby("segment").agg(
        customers=("revenue", "size"),
        revenue=("revenue", "sum"),
        margin=("margin", "sum"),
        unknown=("unknown", "sum"),
    )
    grouped = grouped.reindex(names).fillna(0)
    table = pd.DataFrame(
        {
            "segment": names,
            "customers": grouped["customers"].astype("int64").to_numpy(),
            "revenue": (grouped["revenue"] / 100).to_numpy(),
            "margin": (grouped["margin"] / 100).where(grouped["unknown"] == 0).to_numpy(),
        }
    )
    revenue_total = table["revenue"].sum()
    margin_total = table["margin"].sum() if table["margin"].notna().all() else np.nan
    table["revenue_share"] = table["revenue"] / revenue_total if revenue_total > 0 else np.nan
    table["margin_share"] = table["margin"] / margin_total if margin_total > 0 else np.nan
    return table
