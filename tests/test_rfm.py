"""RFM scores by quintiles on hand-worked values: ties share a score, thresholds are data
values, named segments follow the rule table."""

from __future__ import annotations

import numpy as np
import pandas as pd

from clientmix.segment.rfm import rfm_scores, rfm_segments, score, thresholds

END = pd.Timestamp("2024-12-31")


def test_quintiles_on_distinct_values() -> None:
    values = pd.Series(np.arange(1.0, 11.0))  # 1..10: two values per score
    cuts = thresholds(values)
    assert cuts.tolist() == [2.0, 4.0, 6.0, 8.0]
    assert score(values, cuts).tolist() == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    assert score(values, cuts, reverse=True).tolist() == [5, 5, 4, 4, 3, 3, 2, 2, 1, 1]


def test_ties_share_one_score_whatever_the_order() -> None:
    # 6 customers bought once, 2 twice, 2 three times: quantiles 1, 1, 1, 2
    values = pd.Series([1, 3, 1, 1, 2, 1, 3, 1, 2, 1], dtype="float64")
    cuts = thresholds(values)
    assert cuts.tolist() == [1.0, 1.0, 1.0, 2.0]
    scores = score(values, cuts)
    assert scores.tolist() == [1, 5, 1, 1, 4, 1, 5, 1, 4, 1]
    shuffled = values.iloc[::-1]
    assert score(shuffled, thresholds(shuffled)).tolist() == scores.iloc[::-1].tolist()


def test_named_segments_by_rule_table() -> None:
    profile = pd.DataFrame(
        {
            "customer_id": list("ABCDEFGHIJ"),
            # recency 0, 10, ..., 90 days
            "last_date": [END - pd.Timedelta(days=10 * i) for i in range(10)],
            "invoices": [10, 9, 8, 7, 6, 5, 4, 3, 2, 1],
            "revenue": [100.0] * 9 + [50.0],
        }
    )
    scores, cuts = rfm_scores(profile, END)
    assert cuts.set_index("measure").loc["recency"].tolist() == [10.0, 30.0, 50.0, 70.0]
    by_id = scores.set_index("customer_id")
    # A: recency 0 -> R 5, 10 invoices -> F 5: champion; J: R 1, F 1: hibernating
    assert (by_id.loc["A", "r"], by_id.loc["A", "f"], by_id.loc["A", "segment"]) == (
        5,
        5,
        "champions",
    )
    assert by_id.loc["J", "segment"] == "hibernating"
    assert by_id.loc["E", ["r", "f"]].tolist() == [3, 3]  # recency 40, 6 invoices
    assert by_id.loc["E", "segment"] == "need_attention"
    table = rfm_segments(scores).set_index("segment")
    assert table["customers"].sum() == 10
    # R 1-2 (recency 60 to 90) and F 1-2 (1 to 4 invoices): G, H, I (100 each) and J (50)
    assert table.loc["hibernating", "customers"] == 4
    assert table.loc["hibernating", "revenue"] == 350.0
    assert by_id.loc["C", "segment"] == "loyal"  # recency 20 -> R 4, 8 invoices -> F 4
    assert table.loc["new", "customers"] == 0
