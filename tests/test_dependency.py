"""Dependency and risk: windows, trends, groups, loss scenarios (by hand) and Monte Carlo."""

from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd
import pytest

from clientmix.dependency import (
    DEFAULT_LOSS_PROBABILITY,
    concentration_by_year,
    group_concentration,
    loss_scenarios,
    monte_carlo,
    top_customers,
)
from clientmix.dependency.concentration import concentration
from clientmix.profile import customer_trend


def invoices(rows: list[tuple[str, str, float] | tuple[str, str, float, float]]) -> pd.DataFrame:
    df = pd.DataFrame(
        [r if len(r) == 4 else (*r, np.nan) for r in rows],
        columns=["customer_id", "date", "amount", "cost"],
    )
    df["date"] = pd.to_datetime(df["date"], format="ISO8601").astype("datetime64[ns]")
    return df


# ------------------------------------------------------------------ concentration_by_year
YEARLY = invoices(
    [
        # 2022: A 100, B 100 -> HHI 5000
        ("A", "2022-01-01", 100.0, 40.0),
        ("B", "2022-12-31 15:30", 100.0, 40.0),
        # 2023: A 300, B 100 -> shares .75 .25 -> HHI 5625 + 625 = 6250
        ("A", "2023-03-01", 300.0, 100.0),
        ("B", "2023-06-01", 100.0, 90.0),
        # 2024: A 100, B 100, C 200 -> shares .25 .25 .5 -> HHI 625 * 2 + 2500 = 3750
        ("A", "2024-01-01", 100.0, 50.0),
        ("B", "2024-05-01", 100.0, np.nan),  # unknown cost: B's 2024 margin is unknown
        ("C", "2024-12-31", 200.0, 100.0),
    ]
)


def test_concentration_by_year_calendar_windows() -> None:
    t = concentration_by_year(YEARLY, end="2024-12-31")
    assert t["label"].tolist() == ["2022", "2023", "2024"]
    assert t["window_start"].tolist() == [pd.Timestamp(f"{y}-01-01") for y in (2022, 2023, 2024)]
    assert t["window_end"].tolist() == [pd.Timestamp(f"{y}-12-31") for y in (2022, 2023, 2024)]
    np.testing.assert_allclose(t["hhi"], [5000, 6250, 3750])
    np.testing.assert_allclose(t["revenue"], [200, 400, 400])
    assert t["top1_customer"].tolist() == ["A", "A", "C"]
    np.testing.assert_allclose(t["top1_share"], [0.5, 0.75, 0.5])
    assert t["economic_dependence"].tolist() == [False, True, False]
    assert t["customers"].tolist() == [2, 2, 3]
    # default end = end of the month of the last invoice: same table
    pd.testing.assert_frame_equal(concentration_by_year(YEARLY), t)


def test_concentration_by_year_rolling_windows_and_coverage() -> None:
    t = concentration_by_year(YEARLY, end="2024-06-30")
    # windows end 2024-06-30 and 2023-06-30; 2021-07-01..2022-06-30 starts before the data
    assert t["label"].tolist() == ["2022-07→2023-06", "2023-07→2024-06"]
    assert t["window_start"].tolist() == [pd.Timestamp("2022-07-01"), pd.Timestamp("2023-07-01")]
    # 2022-07..2023-06: B 100 (2022-12-31) + A 300 + B 100
    np.testing.assert_allclose(t["revenue"], [500, 200])
    # data starting mid-January still covers calendar 2022 (start = first day of that month)
    late = YEARLY.copy()
    late.loc[0, "date"] = pd.Timestamp("2022-01-14")
    assert concentration_by_year(late, end="2024-12-31")["label"].iloc[0] == "2022"
    # explicit start: only windows starting on or after it
    assert concentration_by_year(YEARLY, start="2023-01-01")["label"].tolist() == ["2023", "2024"]
    # less than 12 months of data: no complete window, empty table with the columns
    short = concentration_by_year(YEARLY, start="2024-03-01", end="2024-12-31")
    assert short.empty and "hhi" in short.columns


def test_concentration_by_year_gross_margin() -> None:
    t = concentration_by_year(YEARLY, value="gross_margin", end="2024-12-31")
    # 2022 margins 60, 60; 2023: A 200, B 10; 2024: A 50, B unknown, C 100
    np.testing.assert_allclose(t["gross_margin"], [120, 210, 150])
    np.testing.assert_allclose(t["hhi"][:2], [5000, (200 / 210) ** 2 * 1e4 + (10 / 210) ** 2 * 1e4])
    assert t["customers"].tolist() == [2, 2, 2]  # B left out of 2024 (unknown margin)
    assert t["top1_customer"].iloc[-1] == "C"
    assert t["top1_share"].iloc[-1] == pytest.approx(100 / 150)
    with pytest.raises(ValueError, match="cost"):
        concentration_by_year(YEARLY.drop(columns="cost"), value="gross_margin")
    with pytest.raises(ValueError, match="value='margin'"):
        concentration_by_year(YEARLY, value="margin")
    with pytest.raises(ValueError, match="Unknown threshold"):
        concentration_by_year(YEARLY, majr=0.1)


# ------------------------------------------------------------------ customer_trend
def test_customer_trend_statuses() -> None:
    rows = [
        ("STAB", "2023-05-10", 100.0),
        ("STAB", "2024-11-15", 100.0),
        ("GROW", "2023-05-10", 100.0),
        ("GROW", "2024-12-01", 150.0),
        ("DECL", "2023-05-10", 100.0),
        ("DECL", "2024-12-01", 50.0),
        ("EDGE", "2023-05-10", 100.0),
        ("EDGE", "2024-12-01", 85.0),  # growth exactly -15 %: not below, stable
        ("LOST", "2023-05-10", 100.0),  # nothing in 2024: stopped
        ("NEW1", "2024-10-01", 80.0),
        ("SILENT", "2023-03-01", 50.0),
        ("SILENT", "2023-06-01", 50.0),
        ("SILENT", "2024-02-01", 100.0),
        ("SILENT", "2024-03-01", 10.0),  # bought 2 months in 2023-07..2024-06, none since
        ("ANNUAL", "2023-04-01", 100.0),
        ("ANNUAL", "2024-04-01", 100.0),  # billed once a year: not stopped in December
        ("CREDIT", "2024-03-01", -20.0),  # only a credit note: stopped (no revenue)
        ("OLD", "2021-01-01", 999.0),  # outside both windows: not a row
        ("LATER", "2025-01-01", 999.0),  # after the period: not a row
    ]
    t = customer_trend(invoices(rows), "2024-01-01", "2024-12-31").set_index("customer_id")
    status = t["status"].to_dict()
    assert status == {
        "STAB": "stable",
        "GROW": "growing",
        "DECL": "declining",
        "EDGE": "stable",
        "LOST": "stopped",
        "NEW1": "new",
        "SILENT": "stopped",
        "ANNUAL": "stable",
        "CREDIT": "stopped",
    }
    assert t.loc["GROW", "growth"] == pytest.approx(0.5)
    assert t.loc["EDGE", "growth"] == pytest.approx(-0.15)
    assert t.loc["SILENT", "revenue"] == 110 and t.loc["SILENT", "revenue_prev"] == 100
    assert math.isnan(t.loc["NEW1", "growth"])
    assert t.loc["LOST", "revenue"] == 0 and t.loc["LOST", "revenue_prev"] == 100
    assert t.loc["SILENT", "last_sale"] == pd.Timestamp("2024-03-01")
    assert pd.isna(t.loc["CREDIT", "last_sale"])
    # the plain rule (one month of activity is enough) calls the annual customer stopped
    plain = customer_trend(invoices(rows), "2024-01-01", "2024-12-31", min_active_months=1)
    assert plain.set_index("customer_id").loc["ANNUAL", "status"] == "stopped"
    # order: revenue descending, ties by id
    full = customer_trend(invoices(rows), "2024-01-01", "2024-12-31")
    assert full["customer_id"].tolist()[:4] == ["GROW", "SILENT", "ANNUAL", "STAB"]
    with pytest.raises(ValueError, match="start <= end"):
        customer_trend(invoices(rows), "2024-12-31", "2024-01-01")


# ------------------------------------------------------------------ profiles
PROFILE = pd.DataFrame(
    {
        "customer_id": ["A", "B", "C", "D", "E", "Z"],
        "customer_name": ["Alpha", "Beta", None, "Delta", "Echo", "Zulu"],
        "revenue": [600.0, 200.0, 100.0, 60.0, 40.0, -10.0],
        "gross_margin": [200.0, 60.0, 30.0, 20.0, 10.0, 0.0],
        "revenue_prev": [700.0, 100.0, 100.0, 0.0, 40.0, 50.0],
        "growth": [600 / 700 - 1, 1.0, 0.0, np.nan, 0.0, np.nan],
        "status": ["declining", "growing", "stable", "new", "stable", "stopped"],
        "sector": ["agro", "agro", "public", None, " ", "public"],
    }
)


def test_top_customers() -> None:
    t = top_customers(PROFILE, n=3)
    assert t["customer_id"].tolist() == ["A", "B", "C"]
    np.testing.assert_allclose(t["share"], [0.6, 0.2, 0.1])
    np.testing.assert_allclose(t["cum_share"], [0.6, 0.8, 0.9])
    np.testing.assert_allclose(t["margin_share"], [200 / 320, 60 / 320, 30 / 320])
    assert t["status"].tolist() == ["declining", "growing", "stable"]
    assert {"revenue_prev", "growth", "customer_name", "rank"} <= set(t.columns)
    assert len(top_customers(PROFILE, n=50)) == 5  # Z has no positive revenue
    assert "margin_share" not in top_customers(PROFILE.drop(columns="gross_margin")).columns
    with pytest.raises(ValueError, match="got 0"):
        top_customers(PROFILE, n=0)


def test_group_concentration() -> None:
    table, conc = group_concentration(PROFILE, "sector", unknown_label="(non renseigné)")
    t = table.set_index("sector")
    # agro 800, public 100 - 10 = 90, unknown (None and blank) 60 + 40 = 100
    assert t["revenue"].to_dict() == {"agro": 800.0, "(non renseigné)": 100.0, "public": 90.0}
    assert table["sector"].tolist() == ["agro", "(non renseigné)", "public"]
    np.testing.assert_allclose(t["share"], np.array([800, 100, 90]) / 990)
    assert t["customers"].to_dict() == {"agro": 2, "(non renseigné)": 2, "public": 1}
    assert t.loc["agro", "top_customer"] == "A"
    assert t.loc["agro", "top_customer_share"] == pytest.approx(0.75)
    assert t.loc["(non renseigné)", "top_customer"] == "D"
    expected_hhi = sum((100 * v / 990) ** 2 for v in (800, 100, 90))
    assert conc.hhi == pytest.approx(expected_hhi)
    assert conc.top1_customer == "agro" and conc.economic_dependence is True
    default, _ = group_concentration(PROFILE, "sector")
    assert default["sector"].tolist() == ["agro", "(unknown)", "public"]
    margin_table, margin_conc = group_concentration(PROFILE, "sector", value="gross_margin")
    assert margin_conc.total == pytest.approx(320)
    assert margin_table["sector"].iloc[0] == "agro"
    with pytest.raises(ValueError, match="region"):
        group_concentration(PROFILE, "region")


# ------------------------------------------------------------------ loss scenarios
def test_loss_scenarios_by_hand() -> None:
    s = loss_scenarios(PROFILE, fixed_costs=240.0)
    assert s["scenario"].tolist() == ["top1", "top2", "top3", "top4", "top5", "top3_together"]
    assert s["customers"].tolist() == [["A"], ["B"], ["C"], ["D"], ["E"], ["A", "B", "C"]]
    a = s.iloc[0]
    assert a["customers"] == ["A"]
    # positive revenue 1,000; positive margin 320; total margin 320 - fixed 240 = 80
    assert a["lost_revenue"] == 600 and a["lost_revenue_share"] == pytest.approx(0.6)
    assert a["lost_margin"] == 200 and a["lost_margin_share"] == pytest.approx(200 / 320)
    assert a["months_of_fixed_costs"] == pytest.approx(200 / (240 / 12))  # 10 months
    # remaining positive customers B C D E: 400 / 4 = 100 on average -> 6 customers
    assert a["customers_to_replace"] == pytest.approx(6.0)
    assert a["result_before"] == pytest.approx(80)
    assert a["result_after"] == pytest.approx(-120)
    top3 = s.iloc[-1]
    assert top3["customers"] == ["A", "B", "C"]
    assert top3["lost_revenue"] == 900 and top3["lost_margin"] == 290
    assert top3["customers_to_replace"] == pytest.approx(900 / 50)  # D, E: 50 on average
    assert top3["months_of_fixed_costs"] == pytest.approx(14.5)
    assert top3["result_after"] == pytest.approx(80 - 290)
    # the top-1 scenario's share is the concentration's top-1 share
    top1 = concentration(PROFILE.set_index("customer_id")["revenue"]).top1_share
    assert a["lost_revenue_share"] == pytest.approx(top1)
    assert s.attrs["fixed_costs_source"] == "given"


def test_loss_scenarios_estimated_fixed_costs_and_unknowns() -> None:
    # fixed costs = total margin 320 - 8 % of net revenue 990 = 240.8
    s = loss_scenarios(PROFILE, net_margin_rate=0.08, lang="en")
    assert s.attrs["fixed_costs"] == pytest.approx(240.8)
    assert s.attrs["fixed_costs_source"] == "estimated"
    assert s["scenario"].iloc[-1] == "top3_together"  # ids, whatever the language
    assert s["result_before"].iloc[0] == pytest.approx(0.08 * 990)
    none = loss_scenarios(PROFILE.drop(columns="gross_margin"))
    assert none[["lost_margin", "lost_margin_share", "months_of_fixed_costs"]].isna().all().all()
    assert none["result_after"].isna().all()
    assert none["lost_revenue"].iloc[0] == 600


def test_loss_scenarios_custom() -> None:
    s = loss_scenarios(PROFILE, scenarios={"D et E": ["D", "E", "D"], "B seul": "B"})
    assert s["customers"].tolist() == [["D", "E"], ["B"]]
    np.testing.assert_allclose(s["lost_revenue"], [100, 200])
    assert s["months_of_fixed_costs"].isna().all()
    with pytest.raises(ValueError, match="NOPE, X1"):
        loss_scenarios(PROFILE, scenarios={"bad": ["A", "NOPE", "X1"]})
    with pytest.raises(ValueError, match="fixed_costs"):
        loss_scenarios(PROFILE, fixed_costs=-1.0)


# ------------------------------------------------------------------ Monte Carlo
def mc_profile(n: int, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    revenue = rng.lognormal(8, 1.2, n)
    return pd.DataFrame(
        {
            "customer_id": [f"c{i:05d}" for i in range(n)],
            "revenue": revenue,
            "gross_margin": revenue * 0.3,
            "status": rng.choice(list(DEFAULT_LOSS_PROBABILITY), n),
        }
    )


def test_monte_carlo_deterministic_per_seed() -> None:
    prof = mc_profile(300)
    a = monte_carlo(prof, draws=2000, seed=7)
    b = monte_carlo(prof.sample(frac=1.0, random_state=3), draws=2000, seed=7)  # row order
    np.testing.assert_array_equal(a.revenue_draws, b.revenue_draws)
    assert a.to_dict() == b.to_dict()
    c = monte_carlo(prof, draws=2000, seed=8)
    assert not np.array_equal(a.revenue_draws, c.revenue_draws)
    # draws come in fixed blocks with their own streams: a shorter run is a prefix
    short = monte_carlo(prof, draws=300, seed=7)
    np.testing.assert_array_equal(short.revenue_draws, a.revenue_draws[:300])


def test_monte_carlo_exact_with_probabilities_0_and_1() -> None:
    prof = pd.DataFrame(
        {
            "customer_id": ["a", "b", "c", "d"],
            "revenue": [100.0, 50.0, 30.0, -5.0],
            "gross_margin": [40.0, 10.0, 6.0, -1.0],
            "loss_probability": [0.0, 1.0, 0.0, 0.0],
        }
    )
    r = monte_carlo(prof, draws=500)
    assert (r.revenue_draws == 130.0).all()
    assert (r.margin_draws == 46.0).all()
    assert r.p10 == r.p50 == r.p90 == 130.0
    assert r.base_revenue == 180.0 and r.base_margin == 56.0
    # 130 / 180 = 0.72: below 0.9 and 0.8 of the base in every draw
    assert r.prob_drop_10pct == 1.0 and r.prob_drop_20pct == 1.0
    grown = monte_carlo(prof, draws=10, horizon_growth=0.1)
    np.testing.assert_allclose(grown.revenue_draws, 143.0)


def test_monte_carlo_drop_probabilities() -> None:
    # one customer (15 % of revenue) surely lost, the others surely kept
    prof = pd.DataFrame(
        {
            "customer_id": ["big", "rest"],
            "revenue": [15.0, 85.0],
            "loss_probability": [1.0, 0.0],
        }
    )
    r = monte_carlo(prof, draws=100)
    assert r.prob_drop_10pct == 1.0 and r.prob_drop_20pct == 0.0
    assert math.isnan(r.margin_p50) and r.margin_draws is None


def test_monte_carlo_one_customer_half_chance() -> None:
    prof = pd.DataFrame(
        {"customer_id": ["x", "y"], "revenue": [100.0, 1.0], "loss_probability": [0.5, 0.0]}
    )
    draws = 20_000
    r = monte_carlo(prof, draws=draws, seed=1)
    lost = np.mean(r.revenue_draws == 1.0)
    assert set(np.unique(r.revenue_draws)) == {1.0, 101.0}
    assert abs(lost - 0.5) < 4 * math.sqrt(0.25 / draws)


def test_monte_carlo_each_customer_lost_with_its_probability() -> None:
    # revenues 2^i: the kept set of each draw can be read back from the binary digits
    probs = [0.0, 0.03, 0.05, 0.3, 0.45, 0.5, 0.6, 0.9, 0.97, 1.0, 0.2, 0.26]
    n = len(probs)
    prof = pd.DataFrame(
        {
            "customer_id": [f"k{i:02d}" for i in range(n)],
            "revenue": [float(2**i) for i in range(n)],
            "loss_probability": probs,
        }
    )
    draws = 20_000
    r = monte_carlo(prof, draws=draws, seed=3)
    bits = r.revenue_draws.astype(np.int64)
    kept = (bits[:, None] >> np.arange(n)) & 1
    freq_kept = kept.mean(axis=0)
    for i, p in enumerate(probs):
        sd = math.sqrt(p * (1 - p) / draws)
        assert abs(freq_kept[i] - (1 - p)) <= 4.5 * sd + 1e-12, (i, p, freq_kept[i])
    # independence: joint keep frequency of two customers of the same bucket
    i, j = 3, 11  # 0.3 and 0.26 share a bucket (thinning)
    joint = np.mean(kept[:, i] & kept[:, j])
    assert abs(joint - 0.7 * 0.74) < 4.5 * math.sqrt(0.52 * 0.48 / draws)


def test_monte_carlo_expectation() -> None:
    prof = mc_profile(2000, seed=5)
    draws = 4000
    r = monte_carlo(prof, draws=draws, seed=11)
    p = prof["status"].map(DEFAULT_LOSS_PROBABILITY).to_numpy()
    rev = prof["revenue"].to_numpy()
    expected = np.sum((1 - p) * rev)
    se = math.sqrt(np.sum(p * (1 - p) * rev**2) / draws)
    assert abs(r.mean_revenue - expected) < 4.5 * se
    sd = math.sqrt(np.sum(p * (1 - p) * rev**2))
    assert np.std(r.revenue_draws) == pytest.approx(sd, rel=0.06)
    np.testing.assert_allclose(r.margin_draws, 0.3 * r.revenue_draws, rtol=1e-9)
    assert r.p10 <= r.p50 <= r.p90 <= r.base_revenue
    override = monte_carlo(prof, draws=500, loss_probability={"stable": 0.0, "new": 0.0})
    assert override.loss_probability["stable"] == 0.0
    assert override.loss_probability["declining"] == 0.25
    d = r.to_dict()
    assert {"p10", "p50", "p90", "prob_drop_10pct", "prob_drop_20pct", "draws", "seed"} <= set(d)
    assert {"margin_p10", "margin_p50", "margin_p90"} <= set(d)
    json.dumps(d, allow_nan=False)


def test_monte_carlo_bad_inputs() -> None:
    prof = mc_profile(5)
    pct = prof.assign(loss_probability=[25.0, np.nan, 0.1, np.nan, np.nan])
    with pytest.raises(ValueError, match=r"c00000 \(25\)"):
        monte_carlo(pct, draws=10)
    with pytest.raises(ValueError, match="weird"):
        monte_carlo(prof.assign(status="weird"), draws=10)
    with pytest.raises(ValueError, match="status"):
        monte_carlo(prof.drop(columns="status"), draws=10)
    with pytest.raises(ValueError, match="Unknown status"):
        monte_carlo(prof, loss_probability={"lost": 0.5})
    with pytest.raises(ValueError, match="got 1.5"):
        monte_carlo(prof, loss_probability={"new": 1.5})
    with pytest.raises(ValueError, match="draws"):
        monte_carlo(prof, draws=0)
    with pytest.raises(ValueError, match="horizon_growth"):
        monte_carlo(prof, horizon_growth=-2)
    # a full loss_probability column makes status optional
    only = prof.drop(columns="status").assign(loss_probability=0.1)
    assert monte_carlo(only, draws=10).customers == 5
    empty = monte_carlo(prof.assign(revenue=0.0), draws=10)
    assert empty.customers == 0 and (empty.revenue_draws == 0).all()


def test_monte_carlo_mixes_own_probabilities_and_status_defaults():
    # the customers file fills loss_probability for some customers only (as in real files):
    # A is always lost (own probability 1), B falls back on its status "stable" set to 0
    profile = pd.DataFrame(
        {
            "customer_id": ["A", "B"],
            "revenue": [300.0, 700.0],
            "gross_margin": [100.0, 200.0],
            "status": ["stable", "stable"],
            "loss_probability": [1.0, np.nan],
        }
    )
    result = monte_carlo(profile, draws=50, seed=1, loss_probability={"stable": 0.0})
    assert np.all(result.revenue_draws == 700.0)
    assert np.all(result.margin_draws == 200.0)
