"""`clientmix portfolio`: one row per client company from every metrics.json, sorted by risk,
links to the reports, an offline page with names escaped, and a workbook that re-reads.

The sort and trend rules are checked on hand-written metrics.json files (figures chosen so the
expected order is known in advance); the page and workbook on the demo reports of the samples.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pandas as pd
import pytest

from clientmix.batch import run_batch_outcomes
from clientmix.cli import main
from clientmix.errors import ClientmixError
from clientmix.report.portfolio import portfolio_table, write_portfolio
from clientmix.samples import write_samples

HOSTILE = 'Dupont & Fils <script>alert("x")</script>'


def _metrics(name: str, company: str, risk: float | None, top1: float, hhis=(1000, 1000)):
    m = {
        "engagement": name,
        "company": company,
        "currency": "EUR",
        "period": {"start": "2024-01-01", "end": "2024-12-31"},
        "input": {"rows_read": 200, "rows_used": 190, "rows_rejected": 10, "revenue_total": 1e6},
        "revenue_total": 1_000_000.0,
        "customers": 40,
        "customers_nonpositive": 1,
        "concentration": {"top1_share": top1, "hhi": hhis[-1], "hhi_level": "moderate"},
        "concentration_by_year": [{"label": str(2023 + i), "hhi": h} for i, h in enumerate(hhis)],
    }
    if risk is not None:
        m["monte_carlo"] = {"prob_drop_10pct": risk}
    return m


def _write(root: Path, metrics: dict, serious: int | None = None) -> Path:
    folder = root / metrics["engagement"]
    (folder / "interim").mkdir(parents=True)
    (folder / "metrics.json").write_text(json.dumps(metrics), encoding="utf-8")
    (folder / "diagnostic.html").write_text("<p>report</p>", encoding="utf-8")
    if serious is not None:
        problems = [{"level": "serious", "text": "x"}] * serious + [{"level": "warning"}]
        (folder / "interim" / "load.json").write_text(json.dumps({"problems": problems}))
    return folder


@pytest.fixture
def made_up(tmp_path: Path) -> Path:
    reports = tmp_path / "reports"
    _write(reports, _metrics("a", "Alpha", 0.30, 0.20, (1000, 1200)), serious=2)  # +20 %
    _write(reports, _metrics("b", HOSTILE, 0.30, 0.50, (1000, 1050)))  # +5 %: stable
    _write(reports, _metrics("c", "Gamma", None, 0.90, (1000, 800)))  # -20 %, no Monte Carlo
    _write(reports / "nested", _metrics("d", "Delta", 0.05, 0.10, (1000,)))  # one window
    return reports


def test_sorted_by_risk_then_top_customer(made_up: Path) -> None:
    table = portfolio_table(made_up)
    # risk 0.30 twice (top customer 50 % before 20 %), then 0.05, then no simulation
    assert list(table["engagement"]) == ["b", "a", "d", "c"]
    assert list(table["rank"]) == [1, 2, 3, 4]
    trends = [t if isinstance(t, str) else None for t in table["trend"]]
    assert trends == ["stable", "rising", None, "falling"]
    assert table["hhi_change"].tolist()[:2] == pytest.approx([0.05, 0.20])
    assert list(table["rejected_share"]) == pytest.approx([0.05] * 4)  # 10 of 200 rows
    a = table.set_index("engagement").loc["a"]
    assert a["serious_warnings"] == 2 and a["customers_nonpositive"] == 1
    assert table.set_index("engagement").loc["d", "report"] == "nested/d/diagnostic.html"


def test_page_offline_escaped_and_linked(made_up: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    page, book, count = write_portfolio(made_up, out, lang="en")
    assert count == 4
    text = page.read_text(encoding="utf-8")
    assert "<script" not in text and html.escape(HOSTILE) in text
    assert not re.search(r"(src|href)=\"(https?:)?//", text)  # nothing from the network
    for link in re.findall(r'href="([^"]+)"', text):
        assert (out / html.unescape(link)).resolve().is_file()
    assert "2 serious warnings" in text and "10 rows rejected (5.0%)" in text
    assert "rising (+20%)" in text
    sheet = pd.read_excel(book, engine="openpyxl")
    assert list(sheet["engagement"]) == ["b", "a", "d", "c"]
    assert sheet["company"][0] == HOSTILE
    assert list(sheet["risk of a 10% fall"][:3]) == pytest.approx([0.30, 0.30, 0.05])


def test_no_or_unreadable_metrics_a_plain_message(tmp_path: Path) -> None:
    with pytest.raises(ClientmixError, match="Aucun metrics.json"):
        portfolio_table(tmp_path)
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "metrics.json").write_text('{"engagement": "x", ', encoding="utf-8")
    with pytest.raises(ClientmixError, match=r"x/metrics\.json n'est pas un metrics\.json"):
        portfolio_table(tmp_path)


# -------------------------------------------------------------------- on the demo reports


@pytest.fixture(scope="module")
def demo_reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("portfolio")
    write_samples(root / "data")
    outcomes = run_batch_outcomes(root / "data", root / "reports", workers=2, progress=False)
    assert [o.status for o in outcomes] == ["ok"] * len(outcomes), [o.error for o in outcomes]
    return root / "reports"


def test_portfolio_of_the_demo_reports(demo_reports: Path, capsys) -> None:
    count = len(list(demo_reports.rglob("metrics.json")))  # one per sample
    assert main(["portfolio", str(demo_reports), "--lang", "fr"]) == 0
    assert f"Portefeuille de {count} missions" in capsys.readouterr().out
    page = (demo_reports / "portfolio.html").read_text(encoding="utf-8")
    assert '<html lang="fr">' in page and "<script" not in page
    assert not re.search(r"(src|href)=\"(https?:)?//", page)
    links = re.findall(r'href="([^"]+)"', page)
    assert len(links) == count and all((demo_reports / link).is_file() for link in links)

    metrics = {
        m["engagement"]: m
        for m in (json.loads(p.read_text("utf-8")) for p in demo_reports.rglob("metrics.json"))
    }
    sheet = pd.read_excel(demo_reports / "portfolio.xlsx", engine="openpyxl")
    assert sorted(sheet["mission"]) == sorted(metrics)
    risks = [metrics[name]["monte_carlo"]["prob_drop_10pct"] for name in sheet["mission"]]
    assert list(sheet["risque de baisse de 10 %"]) == pytest.approx(risks)
    assert risks == sorted(risks, reverse=True)
    revenue = [metrics[name]["revenue_total"] for name in sheet["mission"]]
    assert list(sheet["CA HT de la période"]) == pytest.approx(revenue)
