"""The classification's sentences, explorer figures and hand-over (issue 11, items 3-5, 7)."""

from __future__ import annotations

import pandas as pd
from test_classify_tiers import _profile

from clientmix.classify import explore, texts
from clientmix.classify.figures import Settings, classify_figures
from clientmix.classify.section import SECTION, publish
from clientmix.core import interim, sections


def _figs(**tiers):
    return classify_figures(_profile(), Settings.from_engagement({"tiers": tiers}))


def test_tiers_text_says_what_the_contribution_rests_on() -> None:
    text = texts.tiers_text(_figs(hourly_cost=20.0), "en", "EUR")
    assert "Direct costs known customer by customer." in text
    assert "Cost to serve: hours spent × €20 per hour." in text
    # contributions x 400, y 20, z 160, w -10, v -40: gold x = 400 / 580 of the positive
    assert "**1** gold customers make **69.0%** of the contribution" in text
    flat = _profile().drop(columns=["cost", "gross_margin", "gross_margin_rate"])
    plain = classify_figures(flat, Settings.from_engagement(None))
    text = texts.tiers_text(plain, "en", "EUR")
    assert "only repeat the revenue ranking" in text and "cost per invoice" in text
    assert "tiers.hourly_cost" not in text  # setting names stay out of the owner's pages


def test_money_losing_customers_are_named() -> None:
    text = texts.moves_text(_figs(hourly_cost=20.0, cost_per_invoice=5.0), "en")
    # w (-60) and v (-45), most negative first
    assert "**2** customers lose money" in text and "W, V" in text


def test_explorer_summary_moves_with_the_settings() -> None:
    figs = _figs(hourly_cost=20.0, cost_per_invoice=5.0)
    same = explore.tuned_summary(figs).set_index(["group", "name"])
    assert same["changed"].eq(0).all()
    assert same.loc[("tier", "gold"), "customers"] == 1
    # gold at 80 %: x (.69) and z (.98) are gold now, so z changes tier
    moved = explore.tuned_summary(figs, tier_cuts={"gold": 0.8, "premium": 0.9})
    tiers = moved[moved["group"] == "tier"].set_index("name")
    assert tiers.loc["gold", "customers"] == 2 and tiers.loc["gold", "changed"] == 1


def test_publish_writes_the_customer_table_and_the_declared_keys(tmp_path) -> None:
    figs = _figs(hourly_cost=20.0, cost_per_invoice=5.0)
    publish(tmp_path, figs, "fr")
    table = interim.read(tmp_path, "customer_classes")
    assert len(table) == 5 and table["customer_id"].is_unique
    assert table.set_index("customer_id").loc["w", "tier"] == "standard"
    back = sections.collect(tmp_path, SECTION)
    assert back.metrics["money_losing"] == ["w", "v"]
    assert back.findings and "clients gold" in back.findings[0]
    assert isinstance(table, pd.DataFrame)
