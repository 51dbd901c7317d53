"""ABC on revenue and margin, service tiers on contribution, money-losing customers, the
section's metrics.json keys (issue 11, items 1, 4, 5, 7), on small hand-worked profiles."""

from __future__ import annotations

import pandas as pd
import pytest

from clientmix.classify.abc import abc_matrix, pareto_classes
from clientmix.classify.figures import Settings, classify_figures, figures_sensitivity
from clientmix.classify.tiers import contribution, service_tiers, tier_comparison


def test_abc_revenue_reaches_80_then_95_and_c_holds_zero_and_negative() -> None:
    revenue = pd.Series([500.0, 300.0, 100.0, 50.0, 50.0, 0.0, -20.0])
    classes = pareto_classes(revenue, 0.80, 0.95)
    # positive total 1000: cumulative .5, .8 (A reached), .9, .95 (B reached), then C
    assert classes.tolist() == ["A", "A", "B", "B", "C", "C", "C"]


def _profile() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "customer_id": ["x", "y", "z", "w", "v"],
            "customer_name": ["X", "Y", "Z", "W", "V"],
            "revenue": [1000.0, 800.0, 300.0, 100.0, -40.0],
            "cost": [400.0, 700.0, 100.0, 50.0, 0.0],
            "gross_margin": [600.0, 100.0, 200.0, 50.0, -40.0],
            "gross_margin_rate": [0.6, 0.125, 2 / 3, 0.5, None],
            "effort_hours": [10.0, 4.0, 2.0, 3.0, 0.0],
            "invoices": [5, 2, 1, 10, 1],
            "tenure_days": [100.0, 2000.0, 50.0, 900.0, 10.0],
            "growth": [0.1, 0.0, 0.5, -0.1, None],
            "recency_days": [0.0, 10.0, 5.0, 30.0, 200.0],
            "active_months": [12, 12, 3, 6, 1],
        }
    )


def test_contribution_counts_direct_costs_effort_and_invoices() -> None:
    value, basis = contribution(_profile(), hourly_cost=20.0, cost_per_invoice=5.0)
    # x 1000-400-200-25, y 800-700-80-10, z 300-100-40-5, w 100-50-60-50, v -40-0-0-5
    assert value.tolist() == [375.0, 10.0, 155.0, -60.0, -45.0]
    assert (basis.direct, basis.effort, basis.invoices) == ("known", True, True)
    assert not basis.equals_revenue


def test_tiers_fill_gold_to_50_premium_to_80_and_money_losers_are_standard() -> None:
    value, _ = contribution(_profile(), hourly_cost=20.0, cost_per_invoice=5.0)
    tiers = service_tiers(value, 0.50, 0.80)
    # positive total 540: x 375 (0 before: gold), z 155 (375/540 = .69 before: premium),
    # y 10 (530/540 before: standard), w and v negative: standard
    assert tiers.tolist() == ["gold", "standard", "premium", "standard", "standard"]
    moves = tier_comparison(_profile(), tiers)
    # by revenue with the same counts: x gold, y premium, the others standard
    assert moves["tier_by_revenue"].tolist() == [
        "gold",
        "premium",
        "standard",
        "standard",
        "standard",
    ]
    assert moves["move"].tolist() == ["same", "down", "up", "same", "same"]


def test_flat_costs_only_repeat_the_revenue_ranking() -> None:
    p = _profile().assign(cost=lambda f: f["revenue"] * 0.6)
    p["gross_margin_rate"] = 0.4
    _, basis = contribution(p)
    assert basis.direct == "flat" and basis.equals_revenue
    _, basis = contribution(p.drop(columns=["cost"]))
    assert basis.direct == "none" and basis.equals_revenue and basis.effort_without_rate


def _figures():
    settings = Settings.from_engagement({"tiers": {"hourly_cost": 20.0, "cost_per_invoice": 5.0}})
    return classify_figures(_profile(), settings)


def test_metrics_add_up_to_the_customers_revenue_and_contribution() -> None:
    m = _figures().to_metrics()
    assert set(m) == {"abc", "classes", "strategic", "too_large", "tiers", "money_losing"}
    for groups in (m["abc"]["revenue"], m["abc"]["margin"], m["classes"], m["tiers"]):
        assert sum(g["customers"] for g in groups.values()) == 5
        assert sum(g["revenue_share"] for g in groups.values()) == pytest.approx(1.0)
        # margin shares are of the positive margin 950: the -40 customer makes them 910/950
        assert sum(g["margin_share"] for g in groups.values()) == pytest.approx(910 / 950)
    tiers = m["tiers"]
    assert tiers["gold"]["contribution"] == 375.0 and tiers["premium"]["contribution"] == 155.0
    # standard: y 10, w -60, v -45 -> -95; all tiers: the total contribution 435
    assert tiers["standard"]["contribution"] == -95.0
    assert m["money_losing"] == ["w", "v"]
    # x is 1000 / 2200 of the positive revenue: too large (>= 10 %), so never strategic
    assert "x" in m["too_large"] and "x" not in m["strategic"]
    # margin ABC on 950: x 600 (.63), z 200 (.84: A reached), y 100 (.947), w 50 (1.0: B
    # reached), v C; revenue ABC on 2200: x, y (.82: A), z (.95: B), w and v C
    assert [m["abc"]["margin"][k]["customers"] for k in "ABC"] == [2, 2, 1]
    assert [m["abc"]["revenue"][k]["customers"] for k in "ABC"] == [2, 1, 2]
    assert m["abc"]["revenue"]["C"]["revenue_share"] == pytest.approx(60 / 2160)


def test_matrix_has_nine_cells_adding_to_the_customers() -> None:
    figs = _figures()
    c = figs.customers
    matrix = abc_matrix(c["abc_revenue"], c["abc_margin"], c["revenue"])
    assert len(matrix) == 9 and matrix["customers"].sum() == 5
    assert matrix["revenue_share"].sum() == pytest.approx(1.0)
    # revenue A: x, y; margin A: x, z -> AA = x only, AB = y, BA = z
    cell = matrix.set_index(["abc_revenue", "abc_margin"])["customers"]
    assert cell[("A", "A")] == 1 and cell[("A", "B")] == 1 and cell[("B", "A")] == 1


def test_only_invoiced_customers_are_classified_and_runs_are_deterministic() -> None:
    prospect = pd.DataFrame({"customer_id": ["p"], "revenue": [0.0], "invoices": [0]})
    profile = pd.concat([_profile(), prospect], ignore_index=True)
    one = _figures().table()
    two = classify_figures(profile, _figures().settings).table()
    pd.testing.assert_frame_equal(one, two)
    assert "p" not in set(two["customer_id"])
    assert list(two.columns[:13]) == [
        "customer_id",
        "abc_revenue",
        "abc_margin",
        "score_profile",
        "score_history",
        "score_potential",
        "score",
        "kam_class",
        "strategic",
        "too_large",
        "contribution",
        "tier",
        "money_losing",
    ]


def test_sensitivity_counts_customers_changing_for_each_setting() -> None:
    table = figures_sensitivity(_figures())
    tier_rows = table[table["kind"] == "tier"].set_index("setting")
    # gold 0.5 -> 0.4: x (375 / 540 = .69) alone still reaches it: no change; 0.6: same
    assert tier_rows.loc["gold", ["down", "up"]].tolist() == [0, 0]
    # premium 0.8 -> 0.64: x alone (.69) reaches it, z falls to standard: 1 change;
    # 0.96: y (530 / 540 = .98 before it) stays standard
    assert tier_rows.loc["premium", ["down", "up"]].tolist() == [1, 0]
    assert set(table["kind"]) == {"weight", "cut", "tier"}
