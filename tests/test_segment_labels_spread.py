"""segment_labels words each distinct segment once and spreads it to every row: one row per
customer gives the same names, in the same order and index, as wording each row."""

from __future__ import annotations

import numpy as np
import pandas as pd

from clientmix.segment.texts import segment_labels

INF = float("inf")


def _table() -> pd.DataFrame:
    rows = [
        ("value", "public", np.nan, np.nan),
        ("bin", None, 10.0, 25.0),
        ("bin", None, -INF, 10.0),
        ("value", "public", np.nan, np.nan),
        ("not_given", None, np.nan, np.nan),
        ("bin", None, 200.0, INF),
        ("bin", None, 2.5, 10.0),
        ("bin", None, 10.0, 25.0),
        ("not_given", None, np.nan, np.nan),
        ("other", None, np.nan, np.nan),
    ]
    frame = pd.DataFrame(rows, columns=["kind", "group", "low", "high"])
    frame.index = [f"C{i}" for i in range(len(frame))]  # not 0..n-1: the index is kept
    return frame


def test_repeated_segments_named_by_hand_fr() -> None:
    got = segment_labels(_table(), "fr")
    assert list(got) == [
        "public",
        "10 – 25",
        "moins de 10",
        "public",
        "non renseigné",
        "200 et plus",
        "2,5 – 10",
        "10 – 25",
        "non renseigné",
        "autres",
    ]
    assert list(got.index) == [f"C{i}" for i in range(10)]


def test_spread_equals_row_by_row_in_both_languages() -> None:
    table = _table()
    for lang in ("fr", "en"):
        whole = segment_labels(table, lang)
        one_by_one = pd.concat([segment_labels(table.iloc[[i]], lang) for i in range(len(table))])
        pd.testing.assert_series_equal(whole, one_by_one, check_exact=True)
