"""The "Dépendance" section of the report and its metrics.json keys, run for real.

The hand-worked engagement (``write_dep``): five customers, costs on every line, a sector
attribute, sales in 2023 and 2024 (two complete 12-month windows), analysis period 2024.

=========  ========  ===========  ==========  ===========  ==========
customer   sector    2023         2024        2024 cost    2024 margin
=========  ========  ===========  ==========  ===========  ==========
A          agro       6,000        4,500       3,600          900
B          agro       2,000        3,000       1,500        1,500
C          services   2,000        2,000         800        1,200
D          industrie      0          500         100          400
E          agro      10,000            0           0            0
=========  ========  ===========  ==========  ===========  ==========

2024: revenue 10,000, shares A .45, B .30, C .20, D .05; HHI 2025 + 900 + 400 + 25 = 3,350
(above 1,800: highly concentrated); margin 4,000 (B .375, C .30, A .225, D .10).
2023: revenue 20,000, shares E .50, A .30, B .10, C .10; HHI 2500 + 900 + 100 + 100 = 3,600.
Trend: A -25 % (declining), B +50 % (growing), C stable, D new, E lost (stopped).
Sectors 2024: agro 7,500 (.75, A and B), services 2,000 (.20), industrie 500 (.05); HHI 6,050.
Fixed costs 12,000 a year = 1,000 a month: losing A (margin 900) = 0.9 month.
"""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pandas as pd
import pytest

from clientmix.core import interim
from clientmix.dependency import explore
from clientmix.report.run import run_report
from clientmix.samples import write_samples

NBSP = "\u00a0"
NAME_A = "Dupont & Fils <SARL>"
SALES = [
    # client, date, montant, coût
    ("A", "2023-01-15", 6000, 3000),
    ("B", "2023-04-10", 2000, 1000),
    ("C", "2023-06-20", 2000, 500),
    ("E", "2023-03-01", 6000, 3000),
    ("E", "2023-11-02", 4000, 2000),
    ("A", "2024-03-10", 2500, 2000),
    ("A", "2024-10-05", 2000, 1600),
    ("B", "2024-09-12", 3000, 1500),
    ("C", "2024-11-18", 2000, 800),
    ("D", "2024-08-01", 500, 100),
]
CUSTOMERS = [
    ("A", NAME_A, "agro"),
    ("B", "Bernard SA", "agro"),
    ("C", "Cazals Conseil", "services"),
    ("D", "Durand", "industrie"),
    ("E", "Étoile Laitière", "agro"),
]


def write_dep(folder: Path) -> Path:
    """Write the engagement of the module docstring into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = ["client;date;montant;cout"] + [";".join(map(str, r)) for r in SALES]
    (folder / "ventes.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    rows = ["client;nom;secteur"] + [";".join(r) for r in CUSTOMERS]
    (folder / "clients.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (folder / "engagement.yaml").write_text(
        textwrap.dedent(
            """\
            name: dep
            company: "Dépendance & Cie"
            language: fr
            period: {start: 2024-01-01, end: 2024-12-31}
            invoices:
              path: ventes.csv
              sep: ";"
              decimal: "."
              columns: {customer_id: client, date: date, amount: montant, cost: cout}
            customers:
              path: clients.csv
              sep: ";"
              columns: {customer_id: client, customer_name: nom, sector: secteur}
            finance: {fixed_costs: 12000}
            monte_carlo: {draws: 2000, seed: 7, loss_probability: {declining: 0.5}}
            """
        ),
        encoding="utf-8",
    )
    return folder


@pytest.fixture(scope="module")
def dep_report(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("dep")
    return run_report(write_dep(root / "data" / "dep"), reports_root=root / "reports")


@pytest.fixture(scope="module")
def dep_metrics(dep_report: Path) -> dict:
    return json.loads((dep_report.parent / "metrics.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def samples(tmp_path_factory) -> dict[str, dict]:
    root = tmp_path_factory.mktemp("samples")
    write_samples(root / "data")
    out = {}
    for name in ("infogerance-pdl", "services-agro"):
        page = run_report(root / "data" / name, reports_root=root / "reports")
        out[name] = json.loads((page.parent / "metrics.json").read_text(encoding="utf-8"))
    return out


# --------------------------------------------------------------------------- hand-worked


def test_existing_keys_kept(dep_metrics):
    for key in ("engagement", "period", "input", "revenue_total", "customers", "concentration"):
        assert key in dep_metrics
    assert dep_metrics["revenue_total"] == pytest.approx(10_000)
    assert dep_metrics["concentration"]["hhi"] == pytest.approx(3350)
    m = dep_metrics["margin_concentration"]
    assert m["top1_customer"] == "B" and m["top1_share"] == pytest.approx(0.375)
    assert m["hhi"] == pytest.approx(37.5**2 + 30**2 + 22.5**2 + 10**2)


def test_concentration_by_year_by_hand(dep_metrics):
    windows = dep_metrics["concentration_by_year"]
    assert [w["label"] for w in windows] == ["2023", "2024"]
    w23, w24 = windows
    assert (w23["window_start"], w23["window_end"]) == ("2023-01-01", "2023-12-31")
    assert (w24["window_start"], w24["window_end"]) == ("2024-01-01", "2024-12-31")
    assert w23["revenue"] == pytest.approx(20_000) and w24["revenue"] == pytest.approx(10_000)
    assert w23["customers"] == 4 and w24["customers"] == 4
    assert w23["top1_customer"] == "E" and w23["top1_share"] == pytest.approx(0.5)
    assert w24["top1_customer"] == "A" and w24["top1_share"] == pytest.approx(0.45)
    assert w23["top5_share"] == pytest.approx(1.0)
    assert w23["hhi"] == pytest.approx(3600) and w24["hhi"] == pytest.approx(3350)
    assert w24["effective_customers"] == pytest.approx(10_000 / 3350)
    # gini 2024: ascending shares .05 .20 .30 .45, Lorenz .05 .25 .55 1
    assert w24["gini"] == pytest.approx(1 - (0.05 + 0.30 + 0.80 + 1.55) / 4)
    assert w23["customers_for_80pct"] == 2 and w24["customers_for_80pct"] == 3
    assert w23["economic_dependence"] is False and w24["economic_dependence"] is False


def test_sector_concentration_by_hand(dep_metrics):
    s = dep_metrics["sector_concentration"]
    assert s["by"] == "sector"
    groups = {g["group"]: g for g in s["groups"]}
    assert [g["group"] for g in s["groups"]] == ["agro", "services", "industrie"]
    assert groups["agro"]["revenue"] == pytest.approx(7500)
    assert groups["agro"]["share"] == pytest.approx(0.75)
    assert groups["agro"]["customers"] == 2  # E (agro) sold nothing in 2024
    assert groups["services"]["share"] == pytest.approx(0.20)
    assert groups["industrie"]["share"] == pytest.approx(0.05)
    assert s["hhi"] == pytest.approx(6050) and s["top1_share"] == pytest.approx(0.75)
    assert s["top1_group"] == "agro" and s["hhi_level"] == "high"


def test_scenarios_by_hand(dep_metrics):
    sc = {s["scenario"]: s for s in dep_metrics["scenarios"]}
    assert list(sc) == ["top1", "top2", "top3", "top4", "top3_together"]
    a = sc["top1"]
    assert a["customers"] == ["A"]
    assert a["lost_revenue"] == pytest.approx(4500)
    assert a["lost_revenue_share"] == pytest.approx(dep_metrics["concentration"]["top1_share"])
    assert a["lost_margin"] == pytest.approx(900)
    assert a["lost_margin_share"] == pytest.approx(900 / 4000)
    assert a["months_of_fixed_costs"] == pytest.approx(0.9)
    assert a["customers_to_replace"] == pytest.approx(4500 / (5500 / 3))
    assert sc["top2"]["lost_margin_share"] == pytest.approx(0.375)
    together = sc["top3_together"]
    assert together["customers"] == ["A", "B", "C"]
    assert together["lost_revenue"] == pytest.approx(9500)
    assert together["lost_revenue_share"] == pytest.approx(0.95)
    assert together["lost_margin"] == pytest.approx(3600)
    assert together["months_of_fixed_costs"] == pytest.approx(3.6)
    assert together["customers_to_replace"] == pytest.approx(19.0)


def test_top_customers_and_trend(dep_metrics):
    top = {t["customer_id"]: t for t in dep_metrics["top_customers"]}
    assert [t["customer_id"] for t in dep_metrics["top_customers"]] == ["A", "B", "C", "D", "E"]
    assert top["A"]["status"] == "declining" and top["A"]["growth"] == pytest.approx(-0.25)
    assert top["B"]["status"] == "growing" and top["C"]["status"] == "stable"
    assert top["D"]["status"] == "new" and top["D"]["growth"] is None
    # E, the largest customer of 2023, bought nothing in 2024: listed last, lost
    assert top["E"]["previous_top"] is True and top["E"]["rank"] is None
    assert top["E"]["prev_rank"] == 1 and top["E"]["status"] == "stopped"
    assert top["E"]["revenue"] == 0 and top["E"]["revenue_prev"] == pytest.approx(10_000)


def test_monte_carlo_settings_and_order(dep_metrics):
    mc = dep_metrics["monte_carlo"]
    assert mc["draws"] == 2000 and mc["seed"] == 7
    assert mc["loss_probability"]["declining"] == 0.5
    assert mc["loss_probability"]["stable"] == 0.05
    assert mc["base_revenue"] == pytest.approx(10_000)
    assert mc["p10"] <= mc["p50"] <= mc["p90"] <= mc["base_revenue"]
    assert mc["margin_p10"] <= mc["margin_p50"] <= mc["margin_p90"] <= mc["base_margin"]
    assert 0 <= mc["prob_drop_20pct"] <= mc["prob_drop_10pct"] <= 1
    # losing A (45 % of revenue, declining: p = 0.5 here) is enough for a fall of more than
    # 10 %, so P(drop > 10 %) >= 0.5, up to sampling noise over 2,000 draws
    assert mc["prob_drop_10pct"] > 0.45


def test_metrics_deterministic_and_json_plain(dep_report: Path, dep_metrics, tmp_path: Path):
    text = (dep_report.parent / "metrics.json").read_text(encoding="utf-8")
    assert "NaN" not in text and "Infinity" not in text
    again = run_report(write_dep(tmp_path / "dep"), tmp_path / "out")
    assert (again.parent / "metrics.json").read_bytes() == (
        dep_report.parent / "metrics.json"
    ).read_bytes()


def test_html_dependency_section(dep_report: Path):
    page = dep_report.read_text(encoding="utf-8")
    assert "Dépendance aux grands clients" in page
    verdict = (
        "Votre premier client, <strong>Dupont &amp; Fils &lt;SARL&gt;</strong>, représente "
        f"<strong>45,0{NBSP}%</strong> du CA"
    )
    assert verdict in page
    assert "<SARL>" not in page
    assert f"<strong>3{NBSP}350</strong>" in page  # HHI, French grouping
    assert "très concentré" in page
    # margin, trend, sectors, scenarios, Monte Carlo
    for heading in (
        "Qui fait la marge",
        "Vos plus gros clients et leur tendance",
        "La dépendance monte-t-elle ou baisse-t-elle",
        "Dépendance à un secteur",
        "Et si un grand client partait",
        "incertitude sur l'an prochain",
    ):
        assert heading in page
    assert "Étoile Laitière" in page and ">perdu<" in page and ">en déclin<" in page
    assert f"4{NBSP}500{NBSP}€" in page and ">0,9<" in page  # lost revenue, months of costs
    assert "Perte des 3 premiers clients ensemble" in page
    # no widget output, no code
    assert "application/vnd.jupyter.widget" not in page
    assert re.search(r"widget-|SelectMultiple|FloatSlider|jupyter-widgets", page) is None
    assert "loss_explorer" not in page and "interactive" not in page


def test_explorers_figures(dep_report: Path):
    out = dep_report.parent
    profile = interim.read(out, "profile")
    s = explore.loss_summary(profile, ["A", "B"], fixed_costs=12_000)
    assert s["lost_revenue"] == pytest.approx(7500) and s["lost_revenue_share"] == 0.75
    assert s["lost_margin"] == pytest.approx(2400) and s["months_of_fixed_costs"] == 2.4
    assert s["remaining_top1_customer"] == "C"
    assert s["remaining_top1_share"] == pytest.approx(0.8)
    assert s["remaining_hhi"] == pytest.approx(6800)
    nothing = explore.loss_summary(profile, [])
    assert nothing["lost_revenue"] == 0 and nothing["remaining_hhi"] == pytest.approx(3350)
    majors = explore.threshold_summary(profile, major=0.25, dependence=0.40)
    assert majors["customer_id"].tolist() == ["A", "B"]
    assert majors["dependence"].tolist() == [True, False]
    widget = explore.loss_explorer(profile, "fr", "EUR", {"fixed_costs": 12_000})
    search, select, chosen, result = widget.children
    select.value = ("A",)
    assert f"4{NBSP}500{NBSP}€" in result.value
    sliders = explore.threshold_explorer(profile).children
    sliders[0].value = 25.0
    assert "Bernard SA" in sliders[2].value and "Cazals" not in sliders[2].value


# --------------------------------------------------------------------------- samples


def test_proselis_like_sample_is_unconcentrated(samples):
    c = samples["infogerance-pdl"]["concentration"]
    assert c["hhi"] < 1000
    assert 0.025 <= c["top1_share"] <= 0.035
    assert all(w["hhi"] < 1000 for w in samples["infogerance-pdl"]["concentration_by_year"])


def test_s_like_sample_shows_dependence_and_decline(samples):
    m = samples["services-agro"]
    windows = {w["label"]: w for w in m["concentration_by_year"]}
    w23, w24 = windows["2023"], windows["2024"]
    assert w23["top1_customer"] == "00648" and 0.15 <= w23["top1_share"] <= 0.25
    assert w24["top1_customer"] != "00648"
    assert w23["top1_share"] > w24["top1_share"]
    top = {t["customer_id"]: t for t in m["top_customers"]}
    lost = top["00648"]
    assert lost["status"] == "stopped" and lost["previous_top"] is True
    assert lost["revenue"] <= 0.001 * m["revenue_total"]
    assert top["01412"]["status"] == "declining"
    assert m["sector_concentration"]["top1_group"] == "Agroalimentaire"
    mc = m["monte_carlo"]
    assert mc["p10"] <= mc["p50"] <= mc["p90"] <= mc["base_revenue"]
    assert pd.notna(mc["margin_p50"])
