"""The three Key Account Management classes (seed 003, step 2) and the strategic and
too-large flags (seed 004), from the portrait scores (0-100, :mod:`clientmix.classify.scoring`).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

CLASSES = ("loyal", "high_potential", "small")


def kam_classes(scores: pd.DataFrame, cuts: Mapping[str, float]) -> pd.Series:
    """The KAM class of each customer.

    loyal: value score (``score_value``, profile + history) at or above ``cuts["value"]``;
    high_potential: below it, with a potential score (``score_potential``) at or above
    ``cuts["potential"]``; small: the rest (small and occasional customers, and customers
    without any score). Cut-offs on the 0-100 scale, edges included.
    """
    value = scores["score_value"].to_numpy(dtype=float)
    potential = scores["score_potential"].to_numpy(dtype=float)
    with np.errstate(invalid="ignore"):
        loyal = value >= cuts["value"]
        high = ~loyal & (potential >= cuts["potential"])
    return pd.Series(
        np.where(loyal, "loyal", np.where(high, "high_potential", "small")), index=scores.index
    )


def too_large(revenue: pd.Series, major: float) -> pd.Series:
    """Accounts whose weight creates dependence: net revenue at or above ``major`` (fraction,
    the engagement's ``thresholds.major``, 10 % by default) of the total positive net revenue
    (the base of the concentration figures); customers at or below zero never are."""
    positive = revenue.where(revenue > 0, 0.0)
    total = positive.sum()
    if total <= 0:
        return pd.Series(False, index=revenue.index)
    return (positive / total >= major) & (revenue > 0)


def strategic(scores: pd.DataFrame, cuts: Mapping[str, float], large: pd.Series) -> pd.Series:
    """Strategic customers: the ones to build a long-term relationship with, not the biggest
    (seed 004): an overall portrait score at or above ``cuts["strategic"]`` and a potential
    score at or above ``cuts["potential"]`` (0-100, edges included), too-large accounts
    (``large``) excluded."""
    score = scores["score"].to_numpy(dtype=float)
    potential = scores["score_potential"].to_numpy(dtype=float)
    with np.errstate(invalid="ignore"):
        flag = (score >= cuts["strategic"]) & (potential >= cuts["potential"])
    return pd.Series(flag, index=scores.index) & ~large.astype(bool)
