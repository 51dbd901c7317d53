"""Ideal-customer scoring and KAM classes on hand-worked grids (issue 11, items 2-3)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from clientmix.classify.classes import kam_classes, strategic, too_large
from clientmix.classify.scoring import Criterion, criterion_score, score_customers


def _frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "customer_id": ["a", "b", "c", "d"],
            "revenue": [100.0, 200.0, 200.0, 400.0],
            "effort_hours": [4.0, 3.0, 2.0, 1.0],
            "it_maturity": ["néophyte", "informaticien", "sensible", "autre"],
            "workstations": [5.0, 10.0, 60.0, np.nan],
            "growth": [0.1, -0.2, 0.3, np.nan],
        }
    )


GRID = [
    Criterion("revenue", "history", 2.0),
    Criterion("effort_hours", "history", 1.0, "lower"),
    Criterion(
        "it_maturity", "profile", mapping={"néophyte": 0, "sensible": 50, "informaticien": 100}
    ),
    Criterion("workstations", "profile", thresholds=(10.0, 50.0)),
    Criterion("growth", "potential"),
    Criterion("budget", "profile", 3.0),  # absent: reported, left out
]


def test_criterion_scores_by_percentile_with_ties_thresholds_and_map() -> None:
    f = _frame()
    # ranks 1, 2.5, 2.5, 4 -> 100 * (rank - 1) / 3
    assert criterion_score(f["revenue"], GRID[0])[0].tolist() == [0.0, 50.0, 50.0, 100.0]
    lower = criterion_score(f["effort_hours"], GRID[1])[0]
    assert lower.round(3).tolist() == [0.0, 33.333, 66.667, 100.0]
    mapped, unmapped = criterion_score(f["it_maturity"], GRID[2])
    assert mapped.iloc[:3].tolist() == [0.0, 100.0, 50.0] and np.isnan(mapped.iloc[3])
    assert unmapped == ["autre"]
    steps = criterion_score(f["workstations"], GRID[3])[0]
    assert steps.iloc[:3].tolist() == [0.0, 50.0, 100.0] and np.isnan(steps.iloc[3])
    # three values: 0.1, -0.2, 0.3 -> 50, 0, 100; the missing one stays missing
    growth = criterion_score(f["growth"], GRID[4])[0]
    assert growth.iloc[:3].tolist() == [50.0, 0.0, 100.0] and np.isnan(growth.iloc[3])


def test_group_and_overall_scores_are_weighted_means_of_available_criteria() -> None:
    scores = score_customers(_frame(), GRID)
    assert [c.column for c in scores.missing] == ["budget"]
    assert scores.reasons == {"budget": "absent"}
    assert scores.unmapped == {"it_maturity": ["autre"]}
    t = scores.table.set_index("customer_id")
    # b: profile (100 + 50) / 2; history (2 x 50 + 33.33) / 3; overall (100+50+100+33.33+0)/6
    assert t.loc["b", "score_profile"] == pytest.approx(75.0)
    assert t.loc["b", "score_history"] == pytest.approx(400 / 9)
    assert t.loc["b", "score_potential"] == pytest.approx(0.0)
    assert t.loc["b", "score"] == pytest.approx((100 + 50 + 100 + 100 / 3) / 6)
    assert t.loc["b", "score_value"] == pytest.approx((100 + 50 + 100 + 100 / 3) / 5)
    # c: overall (50 + 100 + 2 x 50 + 66.67 + 100) / 6
    assert t.loc["c", "score"] == pytest.approx((50 + 100 + 100 + 200 / 3 + 100) / 6)
    # d has no profile or potential value: left out, not zero; history (2 x 100 + 100) / 3
    assert np.isnan(t.loc["d", "score_profile"]) and np.isnan(t.loc["d", "score_potential"])
    assert t.loc["d", "score"] == pytest.approx(100.0)
    assert t.loc["a", "score"] == pytest.approx(50 / 6)
    # drivers: a is pulled down most by revenue (2 x (0 - 50)); d lifted by revenue, nothing down
    assert t.loc["a", "driver_down"] == "revenue" and pd.isna(t.loc["a", "driver_up"])
    assert t.loc["d", "driver_up"] == "revenue" and pd.isna(t.loc["d", "driver_down"])


def test_a_single_customer_scores_fifty_on_a_percentile() -> None:
    score, _ = criterion_score(pd.Series([42.0]), Criterion("revenue"))
    assert score.tolist() == [50.0]


def test_class_cut_offs_at_their_edges() -> None:
    scores = pd.DataFrame(
        {
            "score_value": [50.0, 49.99, 10.0, 10.0, np.nan],
            "score_potential": [0.0, 60.0, 60.0, 59.99, np.nan],
            "score": [70.0, 60.0, 59.99, 90.0, np.nan],
        }
    )
    cuts = {"value": 50.0, "potential": 60.0, "strategic": 60.0}
    assert kam_classes(scores, cuts).tolist() == [
        "loyal",
        "high_potential",
        "high_potential",
        "small",
        "small",
    ]
    large = pd.Series([False, True, False, False, False])
    # potential >= 60 and score >= 60: only the second, but it is too large
    assert strategic(scores, cuts, large).tolist() == [False] * 5
    assert strategic(scores, cuts, ~large & False).tolist() == [False, True, False, False, False]


def test_too_large_at_the_major_threshold_on_positive_revenue() -> None:
    revenue = pd.Series([60.0, 30.0, 10.0, -5.0])
    # shares of the positive revenue 100: 60 %, 30 %, 10 % (edge: included), negative never
    assert too_large(revenue, 0.10).tolist() == [True, True, True, False]
    assert too_large(revenue, 0.31).tolist() == [True, False, False, False]
