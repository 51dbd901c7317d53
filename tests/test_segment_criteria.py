"""Criteria segmentation on a hand-worked ledger: segments add up to the whole (customers,
revenue, margin to the cent), a value on a bin edge, missing values, an absent criterion,
growth and growth_contribution worked out by hand."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from clientmix.errors import ClientmixError
from clientmix.segment.criteria import BIN, NOT_GIVEN, parse_criteria
from clientmix.segment.growth import segment_base, segment_table

START = pd.Timestamp("2024-01-01")

# period 2024; previous window 2023. D bought only in 2023 (lost), E only in 2024 (new).
INVOICES = pd.DataFrame(
    {
        "customer_id": ["A", "A", "B", "B", "C", "C", "D", "E", "F"],
        "date": pd.to_datetime(
            [
                "2023-03-01",
                "2024-03-01",
                "2023-05-01",
                "2024-05-01",
                "2023-06-01",
                "2024-06-01",
                "2023-07-01",
                "2024-07-01",
                "2022-01-10",
            ]
        ),
        "amount": [100.0, 150.10, 200.0, 180.0, 50.0, 70.33, 80.0, 40.0, 999.0],
    }
)
CUSTOMERS = pd.DataFrame(
    {
        "customer_id": ["A", "B", "C", "D", "E"],
        "sector": ["agro", "agro", " btp ", "agro", None],
        "workstations": [10.0, 9.0, 50.0, 12.0, None],
    }
)
# the profile: customers invoiced in 2024, revenue and margin of the period
PROFILE = pd.DataFrame(
    {
        "customer_id": ["A", "B", "C", "E"],
        "revenue": [150.10, 180.0, 70.33, 40.0],
        "gross_margin": [50.05, 60.0, 20.11, 10.0],
        "invoices": [1, 1, 1, 1],
    }
).merge(CUSTOMERS, on="customer_id", how="left")


def _table(spec):
    base = segment_base(PROFILE, INVOICES, CUSTOMERS, START)
    return segment_table(base, parse_criteria(spec, PROFILE))


def test_categorical_segments_add_up_and_growth_by_hand() -> None:
    t = _table(["sector"])
    assert t["0_group"].tolist()[:2] == ["agro", "btp"]
    assert t["0_kind"].tolist()[2] == NOT_GIVEN
    agro, btp, none = (t.iloc[i] for i in range(3))
    # agro: A + B invoiced (D lost): revenue 330.10, previous 100 + 200 + 80 = 380
    assert agro["customers"] == 2 and agro["revenue"] == 330.10
    assert agro["revenue_previous"] == 380.0 and agro["margin"] == 110.05
    assert math.isclose(agro["growth"], 330.10 / 380 - 1)
    # total change: 440.43 - 430 = 10.43; agro -49.90, btp +20.33, not given +40
    assert math.isclose(agro["growth_contribution"], -49.90 / 10.43)
    assert math.isclose(btp["growth_contribution"], 20.33 / 10.43)
    assert math.isclose(none["growth_contribution"], 40 / 10.43)
    assert math.isnan(none["growth"])  # no previous revenue
    # the whole: 4 customers invoiced, 440.43 revenue, 140.16 margin, to the cent
    assert t["customers"].sum() == 4
    assert round(t["revenue"].sum(), 2) == 440.43
    assert round(t["margin"].sum(), 2) == 140.16
    assert math.isclose(t["revenue_share"].sum(), 1.0)
    assert math.isclose(t["growth_contribution"].sum(), 1.0)


def test_value_on_a_bin_edge_goes_to_the_bin_it_opens() -> None:
    t = _table([{"column": "workstations", "bins": [0, 10, 50]}])
    rows = {(r["0_low"], r["0_high"]): r for _, r in t[t["0_kind"] == BIN].iterrows()}
    # A (10) and D (12, lost) in [10, 50); B (9) in [0, 10); C (50) in [50, +inf)
    assert rows[(10.0, 50.0)]["customers"] == 1
    assert rows[(10.0, 50.0)]["revenue_previous"] == 180.0
    assert rows[(0.0, 10.0)]["revenue"] == 180.0
    assert rows[(50.0, math.inf)]["revenue"] == 70.33
    assert t.iloc[-1]["0_kind"] == NOT_GIVEN and t.iloc[-1]["revenue"] == 40.0
    assert t["customers"].sum() == 4


def test_absent_criterion_names_it_and_lists_the_columns() -> None:
    with pytest.raises(ClientmixError) as info:
        parse_criteria(["it_maturity"], PROFILE)
    text = str(info.value)
    assert "it_maturity" in text and "sector, workstations" in text


def test_cross_of_two_criteria_adds_up() -> None:
    t = _table(["sector", {"column": "workstations", "bins": [0, 10, 50]}])
    assert t["customers"].sum() == 4 and round(t["revenue"].sum(), 2) == 440.43
    assert round(t["revenue_previous"].sum(), 2) == 430.0
