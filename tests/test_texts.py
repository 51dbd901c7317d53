"""The "En bref" box of the front page, worked out by hand on a small metrics dict: the
profile section gives the first line, the dependency section the others."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from clientmix.dependency import section as dependency_section
from clientmix.profile import section as profile_section
from clientmix.report.html import _front_matter

NBSP = "\u00a0"

PROFILE = pd.DataFrame(
    {
        "customer_id": ["A", "B", "C"],
        "customer_name": ["Dupont & Fils <SARL>", "Bernard", "Cazals"],
        "revenue": [6000.0, 3000.0, 1000.0],
    }
)
METRICS = {
    "currency": "EUR",
    "revenue_total": 10_000.0,
    "customers": 3,
    # shares 60 / 30 / 10 %: HHI 3600 + 900 + 100 = 4600; 2 customers reach 80 %
    "concentration": {
        "top1_customer": "A",
        "top1_share": 0.6,
        "hhi": 4600.0,
        "customers_for_80pct": 2,
        "economic_dependence": True,
        "thresholds": {"hhi_moderate": 1000.0, "hhi_high": 1800.0},
    },
    "top_customers": [
        {"customer_id": "B", "status": "declining", "growth": -0.25, "revenue_prev": 4000.0},
        {"customer_id": "C", "status": "stable", "growth": 0.0, "revenue_prev": 1000.0},
        {"customer_id": "D", "status": "stopped", "growth": -1.0, "revenue_prev": 5000.0},
    ],
    "scenarios": [
        {"scenario": "top1", "lost_revenue_share": 0.6, "lost_margin_share": None},
        {"scenario": "top3_together", "lost_revenue_share": 1.0, "lost_margin_share": None},
    ],
    "monte_carlo": {"prob_drop_10pct": 0.25},
}


def key_findings(metrics: dict, lang: str = "fr") -> list[str]:
    """The front page's lines of the two sections, in report order."""
    return profile_section.findings(metrics, "EUR", lang) + dependency_section.findings(
        metrics, metrics["revenue_total"], "EUR", PROFILE, lang
    )


def test_key_findings_in_french():
    lines = key_findings(METRICS, "fr")
    assert lines[0] == f"CA HT de la période : 10{NBSP}000{NBSP}€, réalisé avec 3 clients."
    assert lines[1].startswith(
        f"Premier client : Dupont & Fils <SARL>, 60,0{NBSP}% du CA ; 2 clients font 80 % du CA ;"
    )
    assert (
        "très concentré" in lines[1]
        and "HHI" not in lines[1]
        and "Dépendance économique" in lines[1]
    )
    # lost customers first, then declining ones; D has no name: its id is shown
    assert lines[2] == (
        f"Grands clients perdus ou en déclin sur 12 mois : D (perdu), Bernard (-25{NBSP}%)."
    )
    assert lines[3] == (
        f"Perdre le premier client coûterait 60,0{NBSP}% du CA ; perdre les trois premiers, "
        f"100,0{NBSP}% du CA."
    )
    assert f"25{NBSP}%" in lines[4]
    assert len(lines) == 5  # no margin sentence without costs


def test_key_findings_in_english():
    lines = key_findings(METRICS, "en")
    assert lines[0] == "Revenue for the period: €10,000, from 3 customers."
    assert "Largest customer: Dupont & Fils <SARL>, 60.0% of revenue" in lines[1]


def test_front_page_escapes_names_in_the_brief():
    info = {
        "engagement": {
            "company": "ACME",
            "name": "acme",
            "period_start": "2024-01-01",
            "period_end": "2024-12-31",
        }
    }
    front, _ = _front_matter(info, "fr", dt.date(2025, 1, 2), key_findings(METRICS))
    assert "En bref" in front
    assert "Dupont &amp; Fils &lt;SARL&gt;" in front
    assert "<SARL>" not in front


def test_the_pareto_threshold_in_use_is_the_one_written():
    """thresholds.pareto = 0.7: customers_for_80pct counts the customers reaching 70 %, and the
    front page says 70 %, not 80 %."""
    conc = dict(METRICS["concentration"], thresholds={"pareto": 0.7}, customers_for_80pct=2)
    lines = key_findings(dict(METRICS, concentration=conc), "fr")
    assert "2 clients font 70 % du CA" in lines[1]
    assert "80" not in lines[1]
