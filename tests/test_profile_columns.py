"""Issue 10 item 1, the complete profile (lib/clientmix/profile/build.py, measures.py), and the
one customer base (issue 9 item 12): figures worked out by hand on a small ledger.

Period 2024-01-01 .. 2024-12-31; window 1 (the 12 months before) 2023-01-01 .. 2023-12-31;
window 2: 2022-01-01 .. 2022-12-31.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from clientmix.core.columns import PROFILE_COLUMNS, column_format, window_column, window_of
from clientmix.dependency.leaders import key_customers
from clientmix.profile import customer_base, customer_profile

START, END = pd.Timestamp("2024-01-01"), pd.Timestamp("2024-12-31")

# customer, date, amount, cost, invoice, product, family
LEDGER = [
    ("A", "2022-03-01", 500.0, 300.0, "A0", "P1", "F1"),  # window 2
    ("A", "2023-05-01", 800.0, 500.0, "A1", "P1", "F1"),  # window 1
    ("A", "2024-02-10", 1000.0, 600.0, "A2", "P1", "F1"),
    ("A", "2024-02-10", 500.0, 200.0, "A2", "P2", "F2"),  # same invoice, second line
    ("A", "2024-07-01", 300.0, 100.0, "A3", "P3", "F2"),
    ("B", "2024-03-15", 200.0, 150.0, "B1", "P1", "F1"),
    ("B", "2024-04-15", -50.0, -30.0, "B2", "P1", "F1"),  # credit note
    ("D", "2023-06-01", 1000.0, 400.0, "D1", "P2", "F2"),  # former: nothing in 2024
    ("E", "2024-11-02", -100.0, -40.0, "E1", "P3", "F2"),  # only a credit note in 2024
]
CUSTOMERS = pd.DataFrame(
    {
        "customer_id": ["A", "B", "C", "D"],
        "customer_name": ["Alpha", "Bravo", "Charlie", "Delta"],
        "sector": ["Agro", "BTP", "Public", "Agro"],
        "effort_hours": [30.0, 0.0, 5.0, 10.0],
    }
)


def _invoices(rows=LEDGER) -> pd.DataFrame:
    frame = pd.DataFrame(
        rows,
        columns=[
            "customer_id",
            "date",
            "amount",
            "cost",
            "invoice_id",
            "product",
            "product_family",
        ],
    )
    frame["date"] = pd.to_datetime(frame["date"])
    return frame


@pytest.fixture(scope="module")
def base():
    return customer_base(_invoices(), CUSTOMERS, START, END)


@pytest.fixture(scope="module")
def p(base) -> pd.DataFrame:
    return base.profile.set_index("customer_id")


def test_one_base_profile_former_and_prospects(base):
    # invoiced in 2024: A, B, E (E has only a credit note, still a line in the period)
    assert list(base.profile["customer_id"]) == ["A", "B", "E"]
    # D bought in 2023 only; C is listed and never invoiced
    assert list(base.former["customer_id"]) == ["D"]
    assert list(base.prospects["customer_id"]) == ["C", "D"]
    assert "revenue" not in base.prospects and "invoices" not in base.prospects
    assert base.prospects.set_index("customer_id").loc["D", "revenue_prev"] == 1000.0
    assert base.prospects.set_index("customer_id").loc["C", "status"] == "none"
    former = base.former.set_index("customer_id")
    # D: last bought 2023-06-01, 579 days before the period end: over 365 days, lost
    assert former.loc["D", "status"] == "stopped"
    assert former.loc["D", "revenue"] == 0.0 and former.loc["D", "revenue_prev"] == 1000.0
    assert former.loc["D", "customer_name"] == "Delta"
    pd.testing.assert_frame_equal(
        customer_profile(_invoices(), CUSTOMERS, START, END), base.profile
    )


def test_revenue_margin_share_and_rank(p):
    assert p["revenue"].to_dict() == {"A": 1800.0, "B": 150.0, "E": -100.0}
    assert p["cost"].to_dict() == {"A": 900.0, "B": 120.0, "E": -40.0}
    assert p["gross_margin"].to_dict() == {"A": 900.0, "B": 30.0, "E": -60.0}
    assert p.loc["A", "gross_margin_rate"] == 0.5
    assert p.loc["B", "gross_margin_rate"] == pytest.approx(0.2)
    assert np.isnan(p.loc["E", "gross_margin_rate"])
    # shares of the positive revenue 1800 + 150 = 1950; E at zero
    assert p.loc["A", "revenue_share"] == pytest.approx(1800 / 1950)
    assert p.loc["B", "revenue_share"] == pytest.approx(150 / 1950)
    assert p.loc["E", "revenue_share"] == 0.0
    assert p["revenue_rank"].to_dict() == {"A": 1, "B": 2, "E": 3}


def test_windows_before_the_period(p):
    assert p["revenue_prev"].to_dict() == {"A": 800.0, "B": 0.0, "E": 0.0}
    assert p.loc["A", "gross_margin_prev"] == 300.0
    assert p.loc["A", "gross_margin_rate_prev"] == pytest.approx(0.375)
    assert p.loc["A", "revenue_prev_2"] == 500.0
    assert p.loc["A", "gross_margin_prev_2"] == 200.0
    assert p.loc["A", "gross_margin_rate_prev_2"] == pytest.approx(0.4)
    assert p.loc["B", "revenue_prev_2"] == 0.0 and p.loc["B", "gross_margin_prev_2"] == 0.0
    assert np.isnan(p.loc["B", "gross_margin_rate_prev"])  # no revenue then
    # the data starts in 2022: no third window
    assert "revenue_prev_3" not in p
    assert p.loc["A", "growth"] == pytest.approx(1800 / 800 - 1)
    # windows follow the previous 12 months' columns
    cols = list(p.columns)
    assert cols.index("revenue_prev_2") == cols.index("gross_margin_rate_prev") + 1
    assert cols[cols.index("revenue_prev_2") : cols.index("revenue_prev_2") + 3] == [
        "revenue_prev_2",
        "gross_margin_prev_2",
        "gross_margin_rate_prev_2",
    ]


def test_a_window_without_any_line_is_left_out():
    rows = [
        ("A", "2021-06-01", 100.0),  # window 3: 2021
        ("A", "2023-06-01", 200.0),  # window 1; nothing in 2022 (window 2)
        ("A", "2024-06-01", 300.0),
    ]
    frame = pd.DataFrame(rows, columns=["customer_id", "date", "amount"])
    frame["date"] = pd.to_datetime(frame["date"])
    p = customer_profile(frame, None, START, END).set_index("customer_id")
    assert p.loc["A", "revenue_prev"] == 200.0
    assert "revenue_prev_2" not in p
    assert p.loc["A", "revenue_prev_3"] == 100.0
    assert "gross_margin_prev" not in p  # no costs: no margin windows
    assert np.isnan(p.loc["A", "gross_margin"])


def test_invoices_products_dates_and_ages(p):
    assert p["invoices"].to_dict() == {"A": 3, "B": 2, "E": 1}  # lines
    assert p["distinct_invoices"].to_dict() == {"A": 2, "B": 2, "E": 1}
    assert p["average_invoice"].to_dict() == {"A": 900.0, "B": 75.0, "E": -100.0}
    assert p["products"].to_dict() == {"A": 3, "B": 1, "E": 1}
    assert p["product_families"].to_dict() == {"A": 2, "B": 1, "E": 1}
    assert p["active_months"].to_dict() == {"A": 2, "B": 2, "E": 1}
    assert p["credit_notes"].to_dict() == {"A": 0, "B": 1, "E": 1}
    assert p.loc["A", "first_date"] == pd.Timestamp("2022-03-01")
    assert p.loc["A", "last_date"] == pd.Timestamp("2024-07-01")
    # 2022-03-01 -> 2023-03-01: 365; -> 2024-03-01: 366 (29 Feb); -> 2024-12-31: 305
    assert p.loc["A", "tenure_days"] == 1036
    # 2024-07-01 -> 2024-12-31: 30 + 31 + 30 + 31 + 30 + 31
    assert p.loc["A", "recency_days"] == 183


def test_without_invoice_numbers_the_average_is_per_line():
    rows = [("A", "2024-01-10", 100.0), ("A", "2024-02-10", 300.0)]
    frame = pd.DataFrame(rows, columns=["customer_id", "date", "amount"])
    frame["date"] = pd.to_datetime(frame["date"])
    p = customer_profile(frame, None, START, END)
    assert "distinct_invoices" not in p and "products" not in p
    assert "product_families" not in p
    assert p.loc[0, "average_invoice"] == 200.0


def test_revenue_and_margin_per_hour(p):
    assert p.loc["A", "revenue_per_hour"] == 60.0  # 1800 / 30 h
    assert p.loc["A", "margin_per_hour"] == 30.0  # 900 / 30 h
    assert np.isnan(p.loc["B", "revenue_per_hour"])  # 0 hours: unknown, not infinite
    assert np.isnan(p.loc["E", "margin_per_hour"])  # not in the customers file
    assert p.loc["A", "sector"] == "Agro" and p.loc["A", "effort_hours"] == 30.0


def test_every_measure_is_registered_and_attributes_are_not(p):
    for column in p.columns:
        if column in ("sector", "effort_hours"):
            assert column not in PROFILE_COLUMNS
        else:
            assert column in PROFILE_COLUMNS, column
    assert window_column("revenue", 1) == "revenue_prev"
    assert window_column("gross_margin_rate", 3) == "gross_margin_rate_prev_3"
    assert window_of("revenue_prev_12") == ("revenue", 12)
    assert window_of("revenue_previous") is None
    assert column_format("revenue_prev_4") == "money"
    assert column_format("gross_margin_rate_prev_2") == "pct"
    assert column_format("average_invoice") == "money"
    assert column_format("sector") is None


def test_key_customers_show_the_former_and_the_inactive_big_customers(base):
    # previous 12 months by revenue: D 1000 (former, lost), A 800; the top 1 of 2024 is A
    top = key_customers(base.profile, n=1, former=base.former)
    assert list(top["customer_id"]) == ["A", "D"]
    assert list(top["previous_top"]) == [False, True]
    assert top.loc[1, "prev_rank"] == 1 and np.isnan(top.loc[1, "rank"])
    assert top.loc[1, "revenue"] == 0.0 and top.loc[1, "share"] == 0.0
    assert top.loc[1, "customer_name"] == "Delta" and top.loc[1, "status"] == "stopped"
    # without the former table D cannot be seen
    assert list(key_customers(base.profile, n=1)["customer_id"]) == ["A"]
    # a big customer of last year now silent beyond its rhythm ("inactive") is shown too
    profile = pd.DataFrame(
        {
            "customer_id": ["X", "Y"],
            "revenue": [500.0, 100.0],
            "revenue_prev": [100.0, 900.0],
            "growth": [4.0, -100 / 900],
            "status": ["growing", "inactive"],
        }
    )
    top = key_customers(profile, n=1)
    assert list(top["customer_id"]) == ["X", "Y"]
    assert top.loc[1, "previous_top"] and top.loc[1, "status"] == "inactive"
