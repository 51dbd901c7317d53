"""Per-customer profile (lib/clientmix/profile.py) on a tiny ledger worked out by hand.

Analysis period 2024-01-01 .. 2024-12-31; the 12 months before: 2023-01-01 .. 2023-12-31.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from clientmix.profile import customer_profile

START, END = pd.Timestamp("2024-01-01"), pd.Timestamp("2024-12-31")

# customer, date, amount, cost
LEDGER = [
    # A stable: 2023 1000; 2024 600 + 450 = 1050 (+5 %); cost 300 + 250 = 550
    ("A", "2023-03-10", 1000.0, 600.0),
    ("A", "2024-02-15", 600.0, 300.0),
    ("A", "2024-11-20", 450.0, 250.0),
    ("A", "2025-01-10", 999.0, 1.0),  # after the period: ignored
    # B declining: 2023 1000; 2024 800 (-20 %)
    ("B", "2022-06-01", 100.0, 50.0),  # before the previous 12 months
    ("B", "2023-06-01", 1000.0, 500.0),
    ("B", "2024-09-10", 800.0, 500.0),
    # C stopped during the year: 2023 2000 + 500; 2024 only 300 in February, nothing in the
    # last 6 months although it bought in 2 distinct months (2023-09, 2024-02) before them
    ("C", "2023-05-05", 2000.0, 1000.0),
    ("C", "2023-09-15", 500.0, 250.0),
    ("C", "2024-02-10", 300.0, 100.0),
    # D new: nothing before 2024; 500 + 250 in May 2024
    ("D", "2024-05-01", 500.0, 200.0),
    ("D", "2024-05-20", 250.0, 100.0),
    # E growing: 2023 500; 2024 400 + 300 - 100 (credit note) = 600 (+20 %)
    ("E", "2023-09-01", 500.0, 250.0),
    ("E", "2024-03-01", 400.0, 200.0),
    ("E", "2024-10-01", 300.0, 100.0),
    ("E", "2024-10-20", -100.0, -50.0),
    # F: bought in 2023, only a credit note in 2024 -> stopped
    ("F", "2023-04-01", 200.0, 100.0),
    ("F", "2024-01-15", -50.0, 0.0),
    # G: last bought in 2021 -> nothing in either window: stopped, not new
    ("G", "2021-06-01", 300.0, 100.0),
]


def _invoices(rows=LEDGER, with_cost=True) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["customer_id", "date", "amount", "cost"])
    frame["date"] = pd.to_datetime(frame["date"])
    frame["source_row"] = np.arange(len(frame), dtype="int64") + 2
    return frame if with_cost else frame.drop(columns="cost")


CUSTOMERS = pd.DataFrame(
    {
        "customer_id": ["A", "B", "H"],
        "customer_name": ["Alpha", "Bravo", "Hotel"],
        "sector": ["Agro", "BTP", "Public"],
    }
)


@pytest.fixture
def profile() -> pd.DataFrame:
    return customer_profile(_invoices(), CUSTOMERS, START, END).set_index("customer_id")


def test_order_and_revenue(profile):
    # the customers invoiced in 2024, largest revenue first: A 1050, B 800, D 750, E 600,
    # C 300, F -50 (only a credit note, but a line in the period); G (last bought 2021) and
    # H (listed, never invoiced) are not in the profile
    assert list(profile.index) == ["A", "B", "D", "E", "C", "F"]
    assert profile["revenue"].to_dict() == {
        "A": 1050.0,
        "B": 800.0,
        "D": 750.0,
        "E": 600.0,
        "C": 300.0,
        "F": -50.0,
    }
    assert profile["revenue_prev"].to_dict() == {
        "A": 1000.0,
        "B": 1000.0,
        "D": 0.0,
        "E": 500.0,
        "C": 2500.0,
        "F": 200.0,
    }


def test_status(profile):
    assert profile["status"].to_dict() == {
        "A": "stable",
        "B": "declining",
        "D": "new",
        "E": "growing",
        # C bought 2023-05-05, 2023-09-15, 2024-02-10: gaps 133 and 148 days, usual gap 145
        # (80th percentile); silent 325 days by the period end: over 2 x 145 (inactive), under
        # 4 x 145 and 365 days (lost) -- judged on its own rhythm (issue 10)
        "C": "inactive",
        "F": "stopped",
    }


def test_growth(profile):
    assert profile.loc["A", "growth"] == pytest.approx(0.05)
    assert profile.loc["B", "growth"] == pytest.approx(-0.20)
    assert profile.loc["C", "growth"] == pytest.approx(-0.88)  # 300 / 2500 - 1
    assert profile.loc["E", "growth"] == pytest.approx(0.20)
    assert profile.loc["F", "growth"] == pytest.approx(-1.25)
    assert np.isnan(profile.loc["D", "growth"])  # no revenue before


def test_cost_and_margin(profile):
    assert profile.loc["A", "cost"] == 550.0 and profile.loc["A", "gross_margin"] == 500.0
    assert profile.loc["A", "gross_margin_rate"] == pytest.approx(500 / 1050)
    assert profile.loc["B", "gross_margin"] == 300.0
    assert profile.loc["D", "gross_margin"] == 450.0  # 750 - 300
    assert profile.loc["E", "cost"] == 250.0 and profile.loc["E", "gross_margin"] == 350.0
    assert profile.loc["F", "gross_margin"] == -50.0
    assert np.isnan(profile.loc["F", "gross_margin_rate"])  # no positive revenue


def test_counts_dates_and_ages(profile):
    assert profile["invoices"].to_dict() == {
        "A": 2,
        "B": 1,
        "D": 2,
        "E": 3,
        "C": 1,
        "F": 1,
    }
    assert profile.loc["E", "credit_notes"] == 1 and profile.loc["F", "credit_notes"] == 1
    assert profile.loc["A", "credit_notes"] == 0
    assert profile["active_months"].to_dict() == {
        "A": 2,
        "B": 1,
        "D": 1,
        "E": 2,
        "C": 1,
        "F": 1,
    }
    # first/last sale up to the period end (A's 2025 invoice is after it)
    assert profile.loc["A", "first_date"] == pd.Timestamp("2023-03-10")
    assert profile.loc["A", "last_date"] == pd.Timestamp("2024-11-20")
    assert profile.loc["B", "first_date"] == pd.Timestamp("2022-06-01")
    # 2023-03-10 -> 2024-03-10: 366 days (2024 is a leap year); -> 2024-12-31: 296 more
    assert profile.loc["A", "tenure_days"] == 662
    # 2024-11-20 -> 2024-12-31: 10 + 31
    assert profile.loc["A", "recency_days"] == 41
    # 2024-05-01 -> 2024-12-31: 30 + 30 + 31 + 31 + 30 + 31 + 30 + 31
    assert profile.loc["D", "tenure_days"] == 244
    assert profile.loc["B", "recency_days"] == 112  # 2024-09-10: 20 + 31 + 30 + 31


def test_attributes_and_names(profile):
    assert profile.loc["A", "customer_name"] == "Alpha"
    assert profile.loc["B", "sector"] == "BTP"
    assert profile.loc["D", "customer_name"] == "D"  # no name known: the id
    assert pd.isna(profile.loc["D", "sector"])


def test_revenue_adds_up_to_the_period_total(profile):
    ledger = _invoices()
    in_period = ledger[(ledger["date"] >= START) & (ledger["date"] <= END)]
    # 1050 + 800 + 750 + 600 + 300 - 50 = 3450
    assert in_period["amount"].sum() == 3450.0
    assert profile["revenue"].sum() == 3450.0


def test_without_costs_margin_is_unknown():
    p = customer_profile(_invoices(with_cost=False), None, START, END).set_index("customer_id")
    assert p["cost"].isna().all() and p["gross_margin"].isna().all()
    assert p.loc["A", "revenue"] == 1050.0
    assert "H" not in p.index  # no customers file: only invoiced customers


def test_customer_whose_costs_are_all_unknown_has_an_unknown_margin():
    rows = [("A", "2024-03-01", 100.0, 40.0), ("K", "2024-04-01", 200.0, np.nan)]
    p = customer_profile(_invoices(rows), None, START, END).set_index("customer_id")
    assert p.loc["A", "gross_margin"] == 60.0
    assert np.isnan(p.loc["K", "cost"]) and np.isnan(p.loc["K", "gross_margin"])


def test_status_bands_around_fifteen_percent():
    # 2023: 100 each; 2024 (a sale in December, so nobody is silent)
    amounts = {"P": 116.0, "Q": 114.0, "R": 84.0, "S": 86.0}
    rows = [(c, "2023-06-01", 100.0, 0.0) for c in amounts]
    rows += [(c, "2024-12-01", a, 0.0) for c, a in amounts.items()]
    rows += [("T", "2024-12-01", 50.0, 0.0)]  # new
    p = customer_profile(_invoices(rows), None, START, END).set_index("customer_id")
    assert p["status"].to_dict() == {
        "P": "growing",
        "Q": "stable",
        "R": "declining",
        "S": "stable",
        "T": "new",
    }


def test_once_a_year_customer_is_not_stopped():
    # bought once in 2023 and once in 2024, both in March: silent since, but not a loss
    rows = [("Y", "2023-03-01", 100.0, 0.0), ("Y", "2024-03-01", 100.0, 0.0)]
    p = customer_profile(_invoices(rows), None, START, END).set_index("customer_id")
    assert p.loc["Y", "status"] == "stable"
