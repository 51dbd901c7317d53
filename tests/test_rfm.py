"""RFM scores on hand-worked values: quantiles with ties shared or split deterministically,
the consultant's cut points, recency from the last purchase (not a credit note), named
segments from the rule table, count / revenue / margin per segment to the cent, and the
``rfm`` key of engagement.yaml checked with plain messages (fr and en)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from clientmix.errors import ClientmixError
from clientmix.ingest.config_segment import rfm_option
from clientmix.segment.rfm import (
    SPLIT,
    UNMATCHED,
    RfmSettings,
    cut_scores,
    rank_scores,
    rfm_scores,
    rfm_segments,
    shared_scores,
)

END = pd.Timestamp("2024-12-31")
CONFIG = Path("data/acme/engagement.yaml")


def test_quintiles_on_distinct_values() -> None:
    values = pd.Series(np.arange(1.0, 11.0))  # 1..10: two values per score
    assert shared_scores(values).tolist() == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    assert shared_scores(values, reverse=True).tolist() == [5, 5, 4, 4, 3, 3, 2, 2, 1, 1]


def test_shared_ties_take_the_score_of_their_middle_rank() -> None:
    # sorted: 1 x 6 (positions 0-5), 2 x 2 (6-7), 3 x 2 (8-9).
    # 1: holds the worst position -> 1; 2: centre 6.5 -> 1 + floor(5 * 7 / 10) = 4;
    # 3: holds the best position -> 5
    values = pd.Series([1, 3, 1, 1, 2, 1, 3, 1, 2, 1], dtype="float64")
    scores = shared_scores(values)
    assert scores.tolist() == [1, 5, 1, 1, 4, 1, 5, 1, 4, 1]
    shuffled = values.iloc[::-1]
    assert shared_scores(shuffled).tolist() == scores.iloc[::-1].tolist()


def test_shared_recency_ties_with_many_buyers_on_the_last_day() -> None:
    # recency (days, lower is better), worst first: 90 (pos 0), 40 40 (1-2), 10 (3), 0 x 6
    # 90 -> 1 (worst); 40: centre 1.5 -> 1 + floor(5 * 2 / 10) = 2; 10: centre 3 ->
    # 1 + floor(5 * 3.5 / 10) = 2; 0: holds the best position -> 5. Scores 3 and 4 stay empty.
    days = pd.Series([0, 0, 0, 0, 0, 0, 10, 40, 40, 90], dtype="float64")
    assert shared_scores(days, reverse=True).tolist() == [5] * 6 + [2, 2, 2, 1]


def test_all_equal_values_share_the_middle_score() -> None:
    assert shared_scores(pd.Series([7.0, 7.0, 7.0])).tolist() == [3, 3, 3]


def _measures() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "customer_id": ["A", "B", "C", "D", "E", "F"],
            "recency_days": [0.0, 0.0, 0.0, 5.0, 9.0, 9.0],
            "frequency": [3.0, 1.0, 1.0, 1.0, 2.0, 2.0],
            "monetary": [100.0, 100.0, 50.0, 50.0, 10.0, 10.0],
        }
    )


def test_split_ties_broken_by_the_other_measures_then_id() -> None:
    m = _measures()
    # recency, worst first: E, F (9 days; equal on all: E then F), D (5), then the 0s by
    # frequency then monetary: C (1, 50), B (1, 100), A (3, 100).
    # 3 scores over 6 customers: positions 0-1 -> 1, 2-3 -> 2, 4-5 -> 3
    r = rank_scores(m, "recency", 3).set_axis(m["customer_id"]).to_dict()
    assert r == {"E": 1, "F": 1, "D": 2, "C": 2, "B": 3, "A": 3}
    # frequency, worst first: 1s by monetary then recency (older first): D (50, 5 days),
    # C (50, 0), B (100); then E, F (2 lines, 10, 9 days: E then F), then A (3)
    f = rank_scores(m, "frequency", 3).set_axis(m["customer_id"]).to_dict()
    assert f == {"D": 1, "C": 1, "B": 2, "E": 2, "F": 3, "A": 3}
    # monetary, worst first: E, F (10), then 50s by frequency then recency: D (5 days), C;
    # then 100s: B (1 line), A (3 lines)
    mon = rank_scores(m, "monetary", 3).set_axis(m["customer_id"]).to_dict()
    assert mon == {"E": 1, "F": 1, "D": 2, "C": 2, "B": 3, "A": 3}
    # the row order does not matter
    back = rank_scores(m.iloc[::-1], "recency", 3).set_axis(m["customer_id"].iloc[::-1])
    assert back.to_dict() == r


def test_cut_points_closed_on_the_right() -> None:
    days = pd.Series([0.0, 30.0, 31.0, 90.0, 91.0])
    assert cut_scores(days, (30.0, 90.0), reverse=True).tolist() == [3, 3, 2, 2, 1]
    lines = pd.Series([1.0, 2.0, 3.0])
    assert cut_scores(lines, (1.0, 2.0)).tolist() == [1, 2, 3]


def _profile() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "customer_id": list("ABCDEFGHIJ"),
            # recency 0, 10, ..., 90 days
            "last_date": [END - pd.Timedelta(days=10 * i) for i in range(10)],
            "invoices": [10, 9, 8, 7, 6, 5, 4, 3, 2, 1],
            "revenue": [100.0] * 9 + [50.0],
            "gross_margin": [30.01] * 9 + [-5.0],
        }
    )


def test_named_segments_by_rule_table() -> None:
    scores, cuts = rfm_scores(_profile(), END)
    by_id = scores.set_index("customer_id")
    # A: recency 0 -> R 5, 10 invoices -> F 5: champion; J: R 1, F 1: hibernating
    assert by_id.loc["A", ["r", "f", "segment"]].tolist() == [5, 5, "champions"]
    assert by_id.loc["J", "segment"] == "hibernating"
    assert by_id.loc["E", ["r", "f"]].tolist() == [3, 3]  # recency 40, 6 invoices
    assert by_id.loc["E", "segment"] == "need_attention"
    assert by_id.loc["C", "segment"] == "loyal"  # recency 20 -> R 4, 8 invoices -> F 4
    recency = cuts[cuts["measure"] == "recency"].set_index("score")
    assert recency.loc[5, ["low", "high", "customers"]].tolist() == [0, 10, 2]
    assert recency.loc[1, ["low", "high"]].tolist() == [80, 90]
    table = rfm_segments(scores).set_index("segment")
    assert table["customers"].sum() == 10
    # R 1-2 (recency 60 to 90) and F 1-2 (1 to 4 invoices): G, H, I (100 each) and J (50)
    assert table.loc["hibernating", ["customers", "revenue"]].tolist() == [4, 350.0]
    assert table.loc["hibernating", "margin"] == pytest.approx(30.01 * 3 - 5.0)
    assert table.loc["new", "customers"] == 0
    assert UNMATCHED not in table.index  # the default rules cover every R x F pair
    assert round(table["revenue"].sum() * 100) == 95000
    assert round(table["margin"].sum() * 100) == round((30.01 * 9 - 5.0) * 100)
    assert table["revenue_share"].sum() == pytest.approx(1.0)
    assert table.loc["hibernating", "margin_share"] == pytest.approx(85.03 / 265.09)


def test_recency_counts_from_the_last_purchase_not_a_credit_note() -> None:
    profile = _profile()
    # A's last line is a credit note on the last day; its last purchase was 30 days before
    profile["silence_days"] = [30.0] + [10.0 * i for i in range(1, 10)]
    scores, _ = rfm_scores(profile, END)
    assert scores.set_index("customer_id").loc["A", "recency_days"] == 30


def test_own_rules_with_monetary_and_unmatched_customers() -> None:
    rules = (
        {"name": "Gros clients", "m": (4, 5)},
        {"name": "champions", "r": (5, 5), "f": (5, 5)},
    )
    settings = RfmSettings(scores=5, rules=rules)
    scores, _ = rfm_scores(_profile(), END, settings)
    table = rfm_segments(scores, rules).set_index("segment")
    # monetary: nine customers at 100 share the best block (-> 5), J (50) holds the worst -> 1
    assert table.loc["Gros clients", "customers"] == 9
    assert table.loc["champions", "customers"] == 0  # A matches the first rule first
    assert table.loc[UNMATCHED, "customers"] == 1  # J
    assert table["customers"].sum() == 10


def test_split_ties_from_settings() -> None:
    profile = _profile().assign(invoices=[1] * 10)  # every customer bought once
    shared, _ = rfm_scores(profile, END)
    assert set(shared["f"]) == {3}
    split, _ = rfm_scores(profile, END, RfmSettings(ties=SPLIT))
    assert sorted(split["f"]) == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]


def test_rfm_option_reads_and_defaults() -> None:
    assert rfm_option(None, CONFIG, "fr") is None
    got = rfm_option(
        {"recency": [30, 90, 180, 365], "segments": [{"name": "top", "r": 5, "f": [4, 5]}]},
        CONFIG,
        "en",
    )
    assert got["scores"] == 5 and got["ties"] == "shared"
    assert got["recency"] == [30.0, 90.0, 180.0, 365.0]
    assert got["segments"] == [{"name": "top", "r": [5, 5], "f": [4, 5]}]
    settings = RfmSettings.from_option(got)
    assert settings.cuts == {"recency": (30.0, 90.0, 180.0, 365.0)}
    assert settings.rules[0]["name"] == "top"


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ({"score": 5}, ("rfm", "scores, ties")),
        ({"scores": 12}, ("rfm.scores", "2")),
        ({"ties": "random"}, ("rfm.ties", "shared")),
        ({"recency": [30, 90]}, ("rfm.recency", "4")),
        ({"monetary": [5, 4, 3, 2]}, ("rfm.monetary", "4")),
        ({"segments": [{"name": "x", "r": [0, 2]}]}, ("rfm.segments", "1")),
        ({"segments": [{"name": "x"}]}, ("rfm.segments", "r, f")),
        ({"scores": 4}, ("rfm", "rfm.segments")),
    ],
)
def test_rfm_option_errors_name_the_key_in_both_languages(value, words) -> None:
    for lang in ("fr", "en"):
        with pytest.raises(ClientmixError) as err:
            rfm_option(value, CONFIG, lang)
        text = str(err.value)
        assert "engagement.yaml" in text
        for word in words:
            assert word in text, (lang, text)
