"""The revenue bridge, retention rates, churn and cohorts (issue 13).

Hand-worked ledger (period 2024, previous window 2023), every figure worked out by hand:

| customer | 2022  | 2023            | 2024                   | step      | change  |
|----------|-------|-----------------|------------------------|-----------|---------|
| A        |       | 1 000           | 1 500                  | growing   | +500    |
| B        |       | 2 000           | 1 200                  | declining | -800    |
| C        |       | 700             |                        | lost      | -700    |
| D        |       |                 | 400                    | new       | +400    |
| E        | 300   |                 | 250                    | new (back)| +250    |
| F        |       | 500             | 600, credit note -200  | declining | -100    |
| G        |       | 50.05 + 50.05   | 100.10                 | flat      | 0       |
| H        |       |                 | (2025 only: outside)   |           |         |

previous = 1000 + 2000 + 700 + 500 + 100.10 = 4 300.10; revenue = 1500 + 1200 + 400 + 250 +
400 + 100.10 = 3 850.10; lost -700, declining -900, growing +500, new +650:
4 300.10 - 700 - 900 + 500 + 650 = 3 850.10.
F would be growing (+100) without its credit note: the credit note makes it declining.
Previous customers A, B, C, F, G: 4 of 5 kept (0.8); gross retention = (1000 + 1200 + 0 + 400 +
100.10) / 4300.10; net retention = (1500 + 1200 + 0 + 400 + 100.10) / 4300.10.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from html import unescape
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from scipy.stats import fisher_exact

from clientmix.retention import bridge_by, bridge_totals, customer_bridge, retention_rates
from clientmix.retention.bridge import covered_windows, main_names
from clientmix.retention.churn import abc_classes, churn_table, lost_vs_kept, previous_features
from clientmix.retention.cohorts import cohorts
from clientmix.retention.texts import plural
from clientmix.samples import write_samples

START, END = pd.Timestamp("2024-01-01"), pd.Timestamp("2024-12-31")
LEDGER = [
    ("A", "2023-03-10", 1000.0),
    ("A", "2024-05-10", 1500.0),
    ("B", "2023-06-01", 2000.0),
    ("B", "2024-06-01", 1200.0),
    ("C", "2023-03-01", 700.0),
    ("D", "2024-02-01", 400.0),
    ("E", "2022-06-15", 300.0),
    ("E", "2024-09-01", 250.0),
    ("F", "2023-04-01", 500.0),
    ("F", "2024-04-01", 600.0),
    ("F", "2024-11-15", -200.0),
    ("G", "2023-01-01", 50.05),
    ("G", "2023-12-31", 50.05),
    ("G", "2024-12-31", 100.10),
    ("H", "2025-01-05", 999.0),
]


def ledger(rows=LEDGER) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["customer_id", "date", "amount"])
    return frame.assign(date=pd.to_datetime(frame["date"]))


@pytest.fixture(scope="module")
def bridge() -> pd.DataFrame:
    return customer_bridge(ledger(), START, END)


def test_each_customer_gets_its_step_by_hand(bridge):
    steps = dict(zip(bridge["customer_id"], bridge["step"], strict=True))
    assert steps == {
        "A": "growing",
        "B": "declining",
        "C": "lost",
        "D": "new",
        "E": "new",
        "F": "declining",
        "G": "flat",
    }  # H has no line in either window
    change = dict(zip(bridge["customer_id"], bridge["change"], strict=True))
    assert change["F"] == -100.0  # 600 - 200 - 500: the credit note turns +100 into -100
    assert change["G"] == 0.0
    assert bridge.set_index("customer_id")["returning"].to_dict() == {
        "A": False,
        "B": False,
        "C": False,
        "D": False,
        "E": True,  # bought in 2022, silent in 2023, back in 2024: new in the arithmetic
        "F": False,
        "G": False,
    }


def test_bridge_totals_by_hand(bridge):
    t = bridge_totals(bridge)
    assert t.revenue_previous == 4300.10
    assert (t.lost, t.declining, t.growing, t.new) == (-700.0, -900.0, 500.0, 650.0)
    assert t.revenue == 3850.10
    assert t.customers == {"lost": 1, "declining": 2, "growing": 1, "new": 2, "flat": 1}
    assert t.returning == 1
    cents = round(t.revenue_previous * 100) + sum(round(v * 100) for v in t.steps().values())
    assert cents == round(t.revenue * 100)


def test_without_the_credit_note_the_customer_grows():
    rows = [r for r in LEDGER if not (r[0] == "F" and r[2] < 0)]
    b = customer_bridge(ledger(rows), START, END).set_index("customer_id")
    assert b.loc["F", "step"] == "growing" and b.loc["F", "change"] == 100.0
    t = bridge_totals(b.reset_index())
    assert (t.declining, t.growing) == (-800.0, 600.0)


def test_retention_rates_by_hand(bridge):
    r = retention_rates(bridge)
    assert (r.customers_previous, r.customers_kept) == (5, 4)
    assert r.customer_retention == pytest.approx(0.8)
    assert r.gross_revenue_retention == pytest.approx(2700.10 / 4300.10)
    assert r.net_revenue_retention == pytest.approx(3200.10 / 4300.10)


def test_no_previous_customer_gives_no_rate():
    b = customer_bridge(ledger([("D", "2024-02-01", 400.0)]), START, END)
    r = retention_rates(b)
    assert r.customers_previous == 0
    assert r.customer_retention is None and r.net_revenue_retention is None
    assert bridge_totals(b).new == 400.0


def test_bridge_by_group_adds_up(bridge):
    groups = pd.DataFrame({"customer_id": list("ABCDEF"), "g": list("xxxyyy")})  # G: none
    table = bridge_by(bridge, groups, ["g"]).set_index("g", drop=False)
    x = table.loc["x"]
    assert (x["revenue_previous"], x["lost"], x["declining"], x["growing"]) == (
        3700.0,
        -700.0,
        -800.0,
        500.0,
    )
    assert (x["new"], x["revenue"]) == (0.0, 2700.0)
    y = table.loc["y"]
    assert (y["revenue_previous"], y["declining"], y["new"], y["revenue"]) == (
        500.0,
        -100.0,
        650.0,
        1050.0,
    )
    missing = table[table["g"].isna()].iloc[0]
    assert missing["revenue_previous"] == missing["revenue"] == 100.10
    assert table["revenue"].sum() == pytest.approx(3850.10)
    assert (table["customers_previous"].sum(), table["customers_period"].sum()) == (5, 6)


def test_main_names_are_the_largest_moves(bridge):
    assert main_names(bridge, "declining", 2)["customer_id"].tolist() == ["B", "F"]
    assert main_names(bridge, "new", 1)["customer_id"].tolist() == ["D"]


def test_covered_windows_allow_month_end_invoicing():
    assert len(covered_windows(pd.Timestamp("2022-01-31"), START, END)) == 3
    assert len(covered_windows(pd.Timestamp("2022-02-15"), START, END)) == 2
    assert covered_windows(pd.NaT, START, END) == [(START, END)]


def test_abc_of_previous_revenue_by_hand():
    values = pd.Series([5.0, 50.0, 30.0, 10.0, 5.0, 0.0, -3.0])
    ids = pd.Series(["e", "a", "b", "c", "d", "f", "g"])
    # by value: a 50 (before 0 %), b 30 (50 %), c 10 (80 %: B), d 5 (90 %: B), e 5 (95 %: C)
    assert abc_classes(values, ids).tolist() == ["C", "A", "A", "B", "B", "C", "C"]


def _features(groups: dict[str, tuple[int, int]]) -> pd.DataFrame:
    """Previous customers: per group (customers, lost), 100 of revenue each."""
    rows = []
    for name, (n, lost) in groups.items():
        rows += [{"g": name, "lost": i < lost, "revenue_previous": 100.0} for i in range(n)]
    return pd.DataFrame(rows)


def test_a_group_losing_many_is_significant_by_fisher():
    table = churn_table(_features({"hot": (10, 6), "rest": (90, 4)}), ["g"]).set_index("g")
    expected = fisher_exact([[6, 4], [4, 86]], alternative="greater")[1]
    assert table.loc["hot", "p_value"] == pytest.approx(expected)
    assert bool(table.loc["hot", "significant"]) and not bool(table.loc["rest", "significant"])
    assert table.loc["hot", "customer_churn"] == pytest.approx(0.6)
    assert table.loc["hot", "revenue_lost"] == 600.0
    assert table.loc["hot", "revenue_churn"] == pytest.approx(0.6)


def test_one_lost_of_three_is_not_a_trend():
    # 1 of 3 lost while the portfolio loses 2 of 200: p = 1 - C(198,3)/C(200,3) ~ 0.03 < 0.05,
    # yet a single departure is no trend (at least 3 lost customers are required)
    table = churn_table(_features({"small": (3, 1), "rest": (197, 1)}), ["g"]).set_index("g")
    assert table.loc["small", "p_value"] == pytest.approx(1 - (197 * 196) / (200 * 199))
    assert table.loc["small", "p_value"] < 0.05
    assert not bool(table.loc["small", "significant"])


def test_lost_against_kept_profile(bridge):
    invoices = ledger().assign(cost=lambda f: f["amount"] * 0.5, product="p")
    features = previous_features(invoices, bridge, START)
    assert sorted(features["customer_id"]) == ["A", "B", "C", "F", "G"]
    c = features.set_index("customer_id").loc["C"]
    assert bool(c["lost"]) and c["purchase_days"] == 1 and c["average_ticket"] == 700.0
    assert c["tenure_years"] == pytest.approx(306 / 365.25)  # 2023-03-01 to 2024-01-01
    assert features.set_index("customer_id").loc["G", "purchase_days"] == 2
    table = lost_vs_kept(features).set_index("feature")
    # kept A, B, F, G: purchase days 1, 1, 1, 2 -> median 1; margin rate 0.5 everywhere
    assert table.loc["purchase_days", "kept"] == 1.0
    assert table.loc["margin_rate", "lost"] == pytest.approx(0.5)
    assert table.loc["products", "kept"] == 1.0


def test_cohorts_by_hand():
    rows = [
        ("X", "2022-01-10", 100.0),
        ("X", "2024-03-01", 80.0),
        ("Y", "2023-05-01", 50.0),
        ("Y", "2024-05-01", 60.0),
        ("Z", "2024-07-01", 40.0),
        ("W", "2023-02-01", 30.0),
        ("W", "2024-02-01", -30.0),  # a credit note only: not buying in 2024
    ]
    found = cohorts(ledger(rows), START, END)
    assert [s.year for s, _ in found.windows] == [2022, 2023, 2024]
    t = found.table.set_index(["cohort", "window"])
    assert t.loc[(0, 0), "cohort_customers"] == 1
    assert [t.loc[(0, w), "buying"] for w in (0, 1, 2)] == [1, 0, 1]
    assert t.loc[(0, 2), "revenue"] == 80.0
    assert t.loc[(1, 1), "cohort_customers"] == 2  # Y and W
    assert t.loc[(1, 2), "buying"] == 1 and t.loc[(1, 2), "share"] == 0.5
    assert t.loc[(1, 2), "revenue"] == 30.0  # 60 - 30
    assert t.loc[(2, 2), "share"] == 1.0
    assert cohorts(ledger([("X", "2024-03-01", 80.0)]), START, END) is None


# ------------------------------------------------------------------------------ the samples


@pytest.fixture(scope="module")
def sample_reports(tmp_path_factory) -> Path:
    """The four sample engagements, written and reported once by the real command line."""
    root = tmp_path_factory.mktemp("retention_samples")
    write_samples(root / "data")
    proc = subprocess.run(
        [sys.executable, "-m", "clientmix", "batch", str(root / "data"), "--out", str(root / "r")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=900,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return root / "r"


def _metrics(reports: Path, name: str) -> dict:
    return json.loads((reports / name / "metrics.json").read_text(encoding="utf-8"))


SAMPLES = ("infogerance-pdl", "services-agro", "services-agro-fec", "negoce-atlantique")


@pytest.mark.parametrize("name", SAMPLES)
def test_bridge_adds_up_to_the_cent_on_every_sample(sample_reports, name):
    m = _metrics(sample_reports, name)
    r = m["retention"]
    steps = r["revenue_previous"] + r["lost"] + r["declining"] + r["growing"] + r["new"]
    assert abs(steps - r["revenue"]) < 0.005
    assert abs(r["revenue"] - m["revenue_total"]) < 0.005
    assert r["lost"] <= 0 and r["declining"] <= 0 and r["growing"] >= 0
    for rate in ("customer_retention", "gross_revenue_retention"):
        assert 0 <= r[rate] <= 1
    assert r["gross_revenue_retention"] <= r["net_revenue_retention"]
    churn = r["churn_by_segment"]
    assert sum(row["revenue_lost"] for row in churn["rows"]) == pytest.approx(-r["lost"], abs=1)


def _report_text(reports: Path, name: str) -> str:
    page = (reports / name / "diagnostic.html").read_text(encoding="utf-8")
    page = re.sub(r"<style.*?</style>|<script.*?</script>", " ", page, flags=re.S)
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", page)))


def test_s_like_sample_loses_its_main_customer_as_the_largest_step(sample_reports):
    r = _metrics(sample_reports, "services-agro")["retention"]
    steps = {s: abs(r[s]) for s in ("lost", "declining", "growing", "new")}
    assert max(steps, key=steps.get) == "lost"
    text = _report_text(sample_reports, "services-agro")
    # the main customer (20 % of 2023) is the largest single move, named behind "lost"
    assert re.search(r"Le plus gros mouvement : Coopérative Laitière de l'Ouest, -\d", text)
    assert re.search(r"Clients perdus -[\d\s]+€ \d+ Coopérative Laitière de l'Ouest", text)
    # the sector losing most: the agro-food industry, where the three big customers are
    assert re.search(r"Par secteur, le segment qui perd le plus de CA est Agroalimentaire", text)
    assert "D'où vient l'évolution du CA, par niveau de service" in text


def test_rates_per_year_on_a_three_year_sample(sample_reports):
    text = _report_text(sample_reports, "services-agro")
    assert "Évolution et rétention, année par année" in text
    assert "déjà là en 2022" in text
    nrr = _metrics(sample_reports, "infogerance-pdl")["retention"]["net_revenue_retention"]
    assert np.isfinite(nrr)


def test_counts_are_worded_with_proper_plurals():
    assert plural("retention_n_customers", 0, "fr") == "0 client"
    assert plural("retention_n_customers", 1, "fr") == "1 client"
    assert plural("retention_n_customers", 1234, "fr") == "1\u00a0234 clients"
    assert plural("retention_n_customers", 0, "en") == "0 customers"
    assert plural("retention_n_customers", 1, "en") == "1 customer"
    assert plural("retention_n_left", 2, "fr") == "2 sont partis"
