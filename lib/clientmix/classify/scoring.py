"""Ideal-customer portrait scoring (seed 003, step 1): criteria in three groups, each scored
0-100 per customer, weighted into a score per group and an overall score.

A criterion names a column of the profile (or a derived one, :func:`criteria_frame`), how it
scores and a weight:

- numeric, by percentile rank (default): ``100 * (average rank - 1) / (n - 1)`` over the
  customers with a value (ties share their average rank; one customer scores 50);
- numeric, by ``thresholds`` ``[t1, ..., tk]``: ``100 * (thresholds <= value) / k``;
- categorical, by ``map`` ``{value: score}`` (values not in the map are left out for that
  customer and counted in ``unmapped``);
- ``direction: lower`` turns the score over (100 - score): less effort, more recent.

A customer's group score is the weighted mean of the criteria it has a value for (a missing
value leaves the criterion out for that customer, never zero). A criterion whose column is
absent, empty or not numeric (without a map) is left out and listed in ``Scores.missing``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

GROUPS = ("profile", "history", "potential")
SIZE_COLUMNS = ("workstations", "headcount", "budget")
BID_COLUMNS = ("bid_success", "win_rate")


@dataclass(frozen=True)
class Criterion:
    """One criterion of the grid (see the module docstring); ``weight`` >= 0."""

    column: str
    group: str = "history"
    weight: float = 1.0
    direction: str = "higher"
    thresholds: tuple[float, ...] | None = None
    mapping: Mapping[str, float] | None = None


@dataclass
class Scores:
    """Scores of every customer (0-100) and what the grid could use.

    table : customer_id, score_profile, score_history, score_potential, score (overall),
        score_value (profile + history: the value axis), driver_up / driver_down (the column
        of the criterion that lifts / lowers the overall score most, None when none).
    criteria : one 0-100 column per criterion used (NaN: no value), indexed like ``table``.
    used, missing : the criteria scored, and those left out (with ``reasons``: "absent",
        "empty" or "not_numeric").
    unmapped : per mapped column, the values found that the map does not score.
    """

    table: pd.DataFrame
    criteria: pd.DataFrame
    used: list[Criterion]
    missing: list[Criterion]
    reasons: dict[str, str] = field(default_factory=dict)
    unmapped: dict[str, list[str]] = field(default_factory=dict)


def criteria_frame(profile: pd.DataFrame, future: pd.DataFrame | None = None) -> pd.DataFrame:
    """The profile with the derived columns criteria may name: ``effort_rate`` (effort hours
    per currency unit of net revenue, NaN when revenue <= 0), ``headroom`` (the consultant's
    ``potential`` minus the net revenue, currency) and ``expected_revenue_12m`` (from the
    future-value table ``future``, when given)."""
    frame = profile.copy()
    revenue = frame["revenue"].where(frame["revenue"] > 0)
    if "effort_hours" in frame:
        frame["effort_rate"] = pd.to_numeric(frame["effort_hours"], errors="coerce") / revenue
    if "potential" in frame and pd.api.types.is_numeric_dtype(frame["potential"]):
        frame["headroom"] = frame["potential"] - frame["revenue"].clip(lower=0)
    if (
        future is not None
        and "expected_revenue_12m" in future
        and future["expected_revenue_12m"].notna().any()  # the model was left out: no values
    ):
        expected = future.set_index("customer_id")["expected_revenue_12m"]
        frame["expected_revenue_12m"] = frame["customer_id"].map(expected)
    return frame


def default_grid(frame: pd.DataFrame) -> list[Criterion]:
    """The grid used when engagement.yaml gives none, from the columns of ``frame``
    (:func:`criteria_frame`): size (workstations, headcount, budget: those present, else
    headcount, reported missing), revenue (weight 2), gross margin rate, tenure, active months,
    effort per revenue (lower is better), bid success when given; potential from the expected
    revenue of the next 12 months when the future-value stage ran, else the consultant's
    headroom when given, plus growth, recency (lower is better) and products when present."""
    size = [c for c in SIZE_COLUMNS if c in frame] or ["headcount"]
    grid = [Criterion(c, "profile") for c in size]
    grid += [
        Criterion("revenue", "history", 2.0),
        Criterion("gross_margin_rate", "history"),
        Criterion("tenure_days", "history"),
        Criterion("active_months", "history"),
        Criterion("effort_rate", "history", direction="lower"),
    ]
    grid += [Criterion(c, "history") for c in BID_COLUMNS if c in frame]
    if "expected_revenue_12m" in frame:
        grid.append(Criterion("expected_revenue_12m", "potential", 2.0))
    elif "headroom" in frame:
        grid.append(Criterion("headroom", "potential", 2.0))
    grid += [
        Criterion("growth", "potential"),
        Criterion("recency_days", "potential", direction="lower"),
    ]
    if "products" in frame:
        grid.append(Criterion("products", "potential"))
    return grid


def grid_from_settings(items: Sequence[Mapping[str, Any]]) -> list[Criterion]:
    """Criteria from engagement.yaml ``scoring:`` (checked by the loader)."""
    return [
        Criterion(
            column=str(i["column"]),
            group=str(i.get("group", "history")),
            weight=float(i.get("weight", 1.0)),
            direction=str(i.get("direction", "higher")),
            thresholds=tuple(i["thresholds"]) if i.get("thresholds") else None,
            mapping=dict(i["map"]) if i.get("map") else None,
        )
        for i in items
    ]


def potential_source(used: Sequence[Criterion]) -> str:
    """Where the potential axis comes from: "future_value", "consultant" (a ``potential`` or
    ``headroom`` column, or any other column than growth, recency and products), "observed"
    (growth, recency, products only) or "none" (no potential criterion scored)."""
    columns = {c.column for c in used if c.group == "potential"}
    if "expected_revenue_12m" in columns:
        return "future_value"
    if columns - {"growth", "recency_days", "products"}:
        return "consultant"
    return "observed" if columns else "none"


def criterion_score(values: pd.Series, criterion: Criterion) -> tuple[pd.Series, list[str]]:
    """0-100 score of each value (NaN when missing or unmapped) and the unmapped values."""
    unmapped: list[str] = []
    if criterion.mapping is not None:
        text = values.astype("string")
        score = text.map(dict(criterion.mapping)).astype(float)
        unmapped = sorted(set(text[score.isna() & text.notna()].unique()))
    elif criterion.thresholds is not None:
        numbers = pd.to_numeric(values, errors="coerce")
        steps = np.searchsorted(np.asarray(criterion.thresholds), numbers.to_numpy(), side="right")
        score = pd.Series(100.0 * steps / len(criterion.thresholds), index=values.index)
        score = score.where(numbers.notna())
    else:
        numbers = pd.to_numeric(values, errors="coerce").astype(float)
        ranks = numbers.rank(method="average")
        n = int(numbers.notna().sum())
        score = 100.0 * (ranks - 1) / (n - 1) if n > 1 else ranks * 0 + 50.0
    if criterion.direction == "lower":
        score = 100.0 - score
    return score.astype(float), unmapped


def _scorable(frame: pd.DataFrame, criterion: Criterion) -> str | None:
    """Why ``criterion`` cannot be scored on ``frame`` (None when it can)."""
    if criterion.column not in frame:
        return "absent"
    values = frame[criterion.column]
    if values.isna().all():
        return "empty"
    if criterion.mapping is None and not pd.api.types.is_numeric_dtype(values):
        return "not_numeric"
    return None


def score_customers(frame: pd.DataFrame, grid: Sequence[Criterion]) -> Scores:
    """Score every customer of ``frame`` (:func:`criteria_frame`) on ``grid``."""
    used, missing, reasons, unmapped, columns = [], [], {}, {}, {}
    for criterion in grid:
        reason = _scorable(frame, criterion)
        if reason:
            missing.append(criterion)
            reasons[criterion.column] = reason
            continue
        score, lost = criterion_score(frame[criterion.column], criterion)
        used.append(criterion)
        columns[criterion.column] = score
        if lost:
            unmapped[criterion.column] = lost
    criteria = pd.DataFrame(columns, index=frame.index)
    table = combine(frame["customer_id"], criteria, used)
    return Scores(table, criteria, used, missing, reasons, unmapped)


def _weighted(criteria: pd.DataFrame, weights: pd.Series) -> pd.Series:
    """Weighted mean per row over the non-missing scores (NaN when none)."""
    if criteria.empty or not len(weights):
        return pd.Series(np.nan, index=criteria.index)
    values = criteria[weights.index].to_numpy(dtype=float)
    w = np.where(np.isnan(values), 0.0, weights.to_numpy(dtype=float))
    total = w.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.nansum(values * w, axis=1) / total
    return pd.Series(np.where(total > 0, mean, np.nan), index=criteria.index)


def combine(
    ids: pd.Series,
    criteria: pd.DataFrame,
    used: Sequence[Criterion],
    drivers: bool = True,
) -> pd.DataFrame:
    """Group, value and overall scores and drivers from the criterion scores (see
    :class:`Scores`); the weights are those of ``used``; no driver columns unless ``drivers``."""
    weights = pd.Series({c.column: c.weight for c in used}, dtype=float)
    groups = {c.column: c.group for c in used}
    out = pd.DataFrame({"customer_id": ids.to_numpy()}, index=criteria.index)
    for group in GROUPS:
        out[f"score_{group}"] = _weighted(
            criteria, weights[[k for k in weights.index if groups[k] == group]]
        )
    out["score"] = _weighted(criteria, weights)
    value_columns = [k for k in weights.index if groups[k] != "potential"]
    out["score_value"] = _weighted(criteria, weights[value_columns])
    if drivers:
        out["driver_up"], out["driver_down"] = _drivers(criteria, weights)
    return out


def _drivers(criteria: pd.DataFrame, weights: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Per customer, the criterion lifting the overall score most (weight x (score - 50) > 0)
    and the one lowering it most (< 0); None when there is none."""
    n = len(criteria)
    if criteria.empty or not len(weights):
        return np.full(n, None, dtype=object), np.full(n, None, dtype=object)
    names = np.asarray(weights.index, dtype=object)
    pull = (criteria[weights.index].to_numpy(dtype=float) - 50.0) * weights.to_numpy()
    up = np.nan_to_num(pull, nan=-np.inf).argmax(axis=1)
    down = np.nan_to_num(pull, nan=np.inf).argmin(axis=1)
    rows = np.arange(n)
    up_ok = np.nan_to_num(pull[rows, up], nan=0.0) > 0
    down_ok = np.nan_to_num(pull[rows, down], nan=0.0) < 0
    return np.where(up_ok, names[up], None), np.where(down_ok, names[down], None)
