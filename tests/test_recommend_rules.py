"""The executive summary's rules: each fires on a case built to trigger it and stays silent
on one built not to (figures worked out by hand)."""

from __future__ import annotations

import pandas as pd
import pytest

from clientmix.recommend import rules
from clientmix.recommend.effort import effort_against_value
from clientmix.recommend.rules import Facts
from clientmix.recommend.sleeping import Sleeping


def _by_year(previous: float, revenue: float) -> list[dict]:
    return [{"revenue": previous}, {"revenue": revenue}]


def test_lost_big_customers_fires_red_on_a_major_lost_and_is_silent_without_movers() -> None:
    top = [
        {"customer_id": "A", "status": "stopped", "revenue_prev": 300.0, "revenue": 0.0},
        {"customer_id": "B", "status": "stable", "revenue_prev": 100.0, "revenue": 100.0},
    ]
    m = {"top_customers": top, "concentration_by_year": _by_year(1000.0, 800.0)}
    found = rules.lost_big_customers(Facts(m))
    assert found is not None and found.light == "red"
    assert found.value == pytest.approx(0.30)  # 300 lost out of 1,000
    m["top_customers"] = [top[1]]
    assert rules.lost_big_customers(Facts(m)) is None


def test_revenue_trend_red_when_down_ten_percent_green_when_up() -> None:
    down = rules.revenue_trend(Facts({"concentration_by_year": _by_year(1000.0, 850.0)}))
    assert down.light == "red" and down.value == pytest.approx(-0.15)
    up = rules.revenue_trend(Facts({"concentration_by_year": _by_year(1000.0, 1100.0)}))
    assert up.light == "green"
    assert rules.revenue_trend(Facts({})) is None


def test_dependence_lights_follow_the_top_customer_share() -> None:
    def conc(share: float) -> dict:
        return {
            "concentration": {
                "top1_share": share,
                "top1_customer": "X",
                "effective_customers": 5.0,
                "thresholds": {"major": 0.10},
            }
        }

    assert rules.dependence(Facts(conc(0.30))).light == "red"
    assert rules.dependence(Facts(conc(0.15))).light == "amber"
    assert rules.dependence(Facts(conc(0.03))).light == "green"
    assert rules.dependence(Facts({})) is None


def test_sector_dependence_fires_from_forty_percent_only() -> None:
    def sectors(top: float) -> dict:
        rest = (1 - top) / 3
        groups = [{"group": "Agro", "share": top}] + [
            {"group": f"Other {i}", "share": rest} for i in range(3)
        ]
        return {"sector_concentration": {"groups": groups}}

    assert rules.sector_dependence(Facts(sectors(0.67))).light == "red"
    assert rules.sector_dependence(Facts(sectors(0.45))).light == "amber"
    assert rules.sector_dependence(Facts(sectors(0.35))) is None


def _effort_customers(c_hours: float) -> pd.DataFrame:
    # A: 1 customer, 900 revenue; C: 2 customers, 100 revenue (10 %)
    return pd.DataFrame(
        {
            "customer_id": ["a", "c1", "c2"],
            "revenue": [900.0, 50.0, 50.0],
            "effort_hours": [100.0, c_hours / 2, c_hours / 2],
            "abc_revenue": ["A", "C", "C"],
            "kam_class": ["loyal", "small", "small"],
        }
    )


def test_effort_rule_red_when_c_customers_take_far_more_time_than_revenue() -> None:
    heavy = effort_against_value(_effort_customers(100.0))  # C: 50 % of the time, 10 % revenue
    found = rules.effort(Facts({}, effort=heavy))
    assert found.light == "red" and found.value == pytest.approx(0.5)
    light = effort_against_value(_effort_customers(10.0))  # C: 10/110 = 9 % of the time
    assert rules.effort(Facts({}, effort=light)).light == "green"
    none = effort_against_value(_effort_customers(0.0).drop(columns="effort_hours"))
    assert rules.effort(Facts({}, effort=none)) is None


def test_money_losing_and_margin_and_risk_rules() -> None:
    tiers = {"gold": {"customers": 5}, "premium": {"customers": 5}, "standard": {"customers": 10}}
    assert rules.money_losing(Facts({"money_losing": ["a", "b"], "tiers": tiers})).light == "red"
    assert rules.money_losing(Facts({"money_losing": [], "tiers": tiers})) is None
    tight = {"margin_concentration": {"customers_for_80pct": 5, "customers": 100}}
    assert rules.margin_concentration(Facts(tight)).light == "red"
    wide = {"margin_concentration": {"customers_for_80pct": 50, "customers": 100}}
    assert rules.margin_concentration(Facts(wide)).light == "green"
    risk = {
        "rfm": {
            "at_risk": {"customers": 3, "revenue_share": 0.12},
            "cant_lose": {"customers": 1, "revenue_share": 0.05},
        }
    }
    assert rules.customers_at_risk(Facts(risk)).light == "red"
    calm = {"rfm": {"at_risk": {"customers": 3, "revenue_share": 0.01}}}
    assert rules.customers_at_risk(Facts(calm)) is None


def test_retention_rule_reads_the_retention_section_and_is_silent_without_it() -> None:
    assert (
        rules.net_revenue_retention(Facts({"retention": {"net_revenue_retention": 0.85}})).light
        == "red"
    )
    assert (
        rules.net_revenue_retention(Facts({"retention": {"net_revenue_retention": 1.05}})).light
        == "green"
    )
    assert rules.net_revenue_retention(Facts({})) is None


def _segments(growths: list[float], contributions: list[float]) -> dict:
    rows = []
    for i, (g, c) in enumerate(zip(growths, contributions, strict=True)):
        rows.append(
            {
                "segment": f"s{i}",
                "revenue": 100 * (1 + g),
                "revenue_previous": 100.0,
                "revenue_share": 0.25,
                "growth": g,
                "growth_contribution": c,
            }
        )
    return {"segments": {"sector": rows}}


def test_growth_spread_green_when_spread_amber_when_one_segment_carries_it() -> None:
    spread = _segments([0.1, 0.1, 0.1, 0.1], [0.25, 0.25, 0.25, 0.25])
    assert rules.growth_spread(Facts(spread)).light == "green"
    one = _segments([0.5, -0.01, -0.01, -0.01], [1.06, -0.02, -0.02, -0.02])
    assert rules.growth_spread(Facts(one)).light == "amber"
    mixed = _segments([-0.2, 0.05, 0.05, -0.1], [1, -0.2, -0.2, 0.4])  # falls, half grow
    assert rules.growth_spread(Facts(mixed)) is None


def test_sleeping_and_classes_rules() -> None:
    table = pd.DataFrame({"customer_id": ["a"], "sleeping": [80.0]})
    assert rules.sleeping_revenue(Facts({}, sleeping=Sleeping(table, 80.0, 0.08))).light == "amber"
    assert rules.sleeping_revenue(Facts({}, sleeping=Sleeping(table.head(0), 0.0, 0.0))) is None
    skewed = {
        "classes": {
            "loyal": {"customers": 10, "revenue_share": 0.9},
            "high_potential": {"customers": 0, "revenue_share": 0.0},
            "small": {"customers": 10, "revenue_share": 0.05},
        }
    }
    assert rules.classes(Facts(skewed)).light == "amber"
    assert rules.classes(Facts({})) is None


def test_summary_orders_red_first_and_keeps_at_most_eight() -> None:
    m = {
        "concentration": {
            "top1_share": 0.03,
            "top1_customer": "X",
            "effective_customers": 40.0,
            "thresholds": {"major": 0.10},
        },
        "concentration_by_year": _by_year(1000.0, 800.0),
    }
    found = rules.summary(Facts(m))
    assert [f.code for f in found] == ["revenue_trend", "dependence"]
    assert [f.light for f in found] == ["red", "green"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_rule_has_its_sentence_and_its_stated_threshold(lang: str) -> None:
    from clientmix.core.labels import has_label
    from clientmix.recommend.texts import finding_text, methods_prose

    for rule in rules.RULES:
        assert has_label(f"rec_rule_{rule.__name__}")
    assert "{" not in methods_prose(0.10, lang)
    findings = [
        rules.Finding(
            "lost_big_customers",
            0.3,
            "red",
            {"ids": ["a", "b"], "stopped": 1, "declining": 1, "lost": 300.0},
        ),
        rules.Finding("revenue_trend", -0.15, "red", {"previous": 1000.0, "revenue": 850.0}),
        rules.Finding(
            "dependence",
            0.3,
            "red",
            {"top": "a", "effective": 4.2, "top5": 0.9, "major": 0.1, "too_large": ["a"]},
        ),
        rules.Finding("sector_dependence", 0.7, "red", {"sector": "Agro", "growth": -0.2}),
        rules.Finding(
            "effort",
            0.5,
            "red",
            {"revenue_share": 0.1, "customers": 1, "movable_hours": 20.0, "hours_total": 110.0},
        ),
        rules.Finding("money_losing", 2.0, "red", {"ids": ["a", "b"], "customer_share": 0.1}),
        rules.Finding("margin_concentration", 0.05, "red", {"customers": 5, "total": 10.0}),
        rules.Finding("customers_at_risk", 0.17, "red", {"customers": 4}),
        rules.Finding("net_revenue_retention", 0.85, "red", {}),
        rules.Finding(
            "growth_spread",
            1.0,
            "green",
            {"criterion": "sector", "growth": 0.1, "segments": 4, "growing": 4},
        ),
        rules.Finding("sleeping_revenue", 0.08, "amber", {"total": 80.0, "customers": 1}),
        rules.Finding(
            "classes",
            0.5,
            "amber",
            {"small": 10, "small_share": 0.05, "loyal": 10, "loyal_share": 0.9},
        ),
    ]
    names = {"a": "Dupont & Fils <SA>"}
    for f in findings:
        text = finding_text(f, names, lang, "EUR")
        assert text and "{" not in text and not text.startswith("rec_"), (f.code, text)
    assert "Dupont & Fils <SA>" in finding_text(findings[2], names, lang)  # plain text


def test_counted_picks_the_singular_form() -> None:
    from clientmix.recommend.texts.summary import counted

    assert counted("rec_team_fluid", 1, "en", count="1").startswith("A fluid team")
    assert "12 strategic" in counted("rec_team_fluid", 12, "en", count="12")
