"""The two verdict rules of the dependency section, worked by hand (dependency/verdicts.py):
sector concentration on its own scale, and a trend called stable only within tolerance."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from clientmix.dependency.groups import group_concentration
from clientmix.dependency.records import sector_level_of, sector_record
from clientmix.dependency.texts import verdict_rules
from clientmix.dependency.verdicts import rescaled_hhi, sector_level, trend_direction


def test_rescaled_index_runs_from_an_even_split_to_one_sector():
    # 6 sectors evenly: HHI = 6 x (100/6)^2 = 1,666.7, the floor -> 0
    assert rescaled_hhi(10_000 / 6, 6) == pytest.approx(0.0)
    # one sector holds everything: 10,000 on both scales
    assert rescaled_hhi(10_000, 6) == pytest.approx(10_000)
    assert rescaled_hhi(10_000, 1) == 10_000
    # 2 sectors at 75 / 25: HHI = 5,625 + 625 = 6,250; (6,250 - 5,000) / (1 - 1/2) = 2,500
    assert rescaled_hhi(6_250, 2) == pytest.approx(2_500)
    assert math.isnan(rescaled_hhi(0, 0))


def test_six_fairly_even_sectors_are_not_called_high():
    """Shares 25/20/15/15/15/10 %: HHI = 625 + 400 + 3 x 225 + 100 = 1,800, at the top of
    "moderate" on the customer scale; rescaled (1,800 - 1,666.7) / (5/6) = 160: low."""
    assert sector_level(1_800, 6, 0.25) == "unconcentrated"


def test_sector_levels_by_hand():
    # 4 sectors 55/15/15/15: the first makes half or more -> high
    assert sector_level(55**2 + 3 * 15**2, 4, 0.55) == "high"
    # 4 sectors 45/25/15/15: HHI 2,025 + 625 + 450 = 3,100; (3,100 - 2,500) / 0.75 = 800 -> low
    assert sector_level(3_100, 4, 0.45) == "unconcentrated"
    # 3 sectors 48/40/12: HHI 2,304 + 1,600 + 144 = 4,048; (4,048 - 3,333.3) / (2/3) = 1,072
    assert sector_level(4_048, 3, 0.48) == "moderate"
    # 2 sectors 49/51 counts the 51 % -> high; 3 sectors 40/30/30 rescaled = 100 -> low
    assert sector_level(49**2 + 51**2, 2, 0.51) == "high"
    assert sector_level(40**2 + 2 * 30**2, 3, 0.40) == "unconcentrated"
    # a single sector is high; none gives None
    assert sector_level(10_000, 1, 1.0) == "high"
    assert sector_level(0, 0, float("nan")) is None


def test_the_sector_record_carries_the_verdict():
    profile = pd.DataFrame(
        {
            "customer_id": list("abcdef"),
            "revenue": [30.0, 20, 15, 15, 10, 10],
            "sector": ["s1", "s2", "s3", "s4", "s5", "s6"],
        }
    )
    table, conc = group_concentration(profile, "sector")
    # HHI = 900 + 400 + 225 + 225 + 100 + 100 = 1,950: "high" on the customer scale (kept)
    assert conc.to_dict()["hhi"] == pytest.approx(1_950)
    assert conc.to_dict()["hhi_level"] == "high"
    record = sector_record(table, conc)
    # rescaled (1,950 - 1,666.7) / (5/6) = 340: low
    assert record["level"] == sector_level_of(conc) == "unconcentrated"
    assert record["hhi_rescaled"] == pytest.approx(340)


def test_a_five_point_rise_of_the_top_customer_is_not_stable():
    """The case of the issue: 15.4 % -> 20.4 % (+5 points) with an HHI almost flat."""
    assert trend_direction(0.154, 0.204, 900, 950) == "up"


@pytest.mark.parametrize(
    ("top1", "hhi", "expected"),
    [
        ((0.30, 0.315), (1_200, 1_300), "stable"),  # +1.5 points, +8.3 %
        ((0.30, 0.32), (1_200, 1_320), "stable"),  # exactly 2 points and 10 %: still stable
        ((0.30, 0.33), (1_200, 1_200), "up"),  # +3 points
        ((0.30, 0.30), (1_200, 1_400), "up"),  # HHI +16.7 %
        ((0.30, 0.20), (1_200, 900), "down"),
        ((0.30, 0.35), (1_200, 1_000), "mixed"),  # share up 5 points, HHI down 16.7 %
        ((0.30, 0.30), (0, 0), "stable"),
    ],
)
def test_trend_directions_by_hand(top1, hhi, expected):
    assert trend_direction(top1[0], top1[1], hhi[0], hhi[1]) == expected


def test_both_rules_are_stated_in_words_with_their_thresholds():
    fr, en = verdict_rules("fr"), verdict_rules("en", {"hhi_moderate": 1500, "hhi_high": 2500})
    assert len(fr) == len(en) == 2
    assert "1\u00a0667" in fr[0] and "50\u00a0%" in fr[0] and "1\u00a0800" in fr[0]
    assert "2 points" in fr[1] and "10\u00a0%" in fr[1]
    assert "1,500" in en[0] and "2,500" in en[0] and "stable" in en[1]
