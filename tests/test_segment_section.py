"""The segment section in a real report: metrics.json ``segments`` and ``rfm`` on the tiny
engagement of test_report, worked out by hand.

In 2024: A 5,200 and B 2,900 (industrie), C 1,400 and D 500 (services), E -100 (santé, a
credit note larger than its invoice); in 2023 only A bought (4,000). Changes: industrie
+4,100, services +1,900, santé -100, in all +5,900.
"""

from __future__ import annotations

import json

import pytest
from test_report import write_tiny

from clientmix.report.run import run_report


@pytest.fixture(scope="module")
def metrics(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("segment")
    run_report(write_tiny(root / "data" / "tiny"), root / "out")
    return json.loads((root / "out" / "metrics.json").read_text(encoding="utf-8"))


def test_sector_segments_by_hand(metrics: dict) -> None:
    rows = {r["segment"]: r for r in metrics["segments"]["sector"]}
    assert set(rows) == {"industrie", "services", "santé"}
    assert rows["industrie"]["customers"] == 2 and rows["industrie"]["revenue"] == 8100.0
    assert rows["industrie"]["revenue_previous"] == 4000.0
    assert rows["industrie"]["growth"] == pytest.approx(8100 / 4000 - 1)
    assert rows["industrie"]["growth_contribution"] == pytest.approx(4100 / 5900)
    assert rows["services"]["growth"] is None  # nothing bought the year before
    assert rows["santé"]["revenue"] == -100.0
    assert rows["santé"]["growth_contribution"] == pytest.approx(-100 / 5900)


def test_every_criterion_adds_up_to_the_one_customer_base(metrics: dict) -> None:
    assert metrics["customers_invoiced"] == 5
    for criterion, rows in metrics["segments"].items():
        assert sum(r["customers"] for r in rows) == metrics["customers_invoiced"], criterion
        cents = sum(round(r["revenue"] * 100) for r in rows)
        assert cents == round(metrics["revenue_total"] * 100), criterion


def test_rfm_segments_cover_every_invoiced_customer_once(metrics: dict) -> None:
    assert sum(v["customers"] for v in metrics["rfm"].values()) == metrics["customers_invoiced"]
    assert "champions" in metrics["rfm"] and "hibernating" in metrics["rfm"]


def test_rfm_segments_add_up_to_the_revenue_to_the_cent(metrics: dict) -> None:
    rows = metrics["rfm"].values()
    assert all({"revenue", "margin", "margin_share"} <= set(r) for r in rows)
    cents = sum(round(r["revenue"] * 100) for r in rows)
    assert cents == round(metrics["revenue_total"] * 100)
