"""Pipeline tests: the five notebooks run for real (papermill + nbconvert) on a tiny engagement.

The tiny engagement is worked out by hand: in 2024 customers A..D have net revenue 5,200 /
2,900 / 1,400 / 500 EUR (shares 52 %, 29 %, 14 %, 5 %) and E has a credit note larger than its
invoice (net -100 EUR, left out of concentration); A also bought 4,000 EUR in 2023 (outside the
period) and one row has an unreadable date (rejected).
"""

from __future__ import annotations

import json
import re
import shutil
import textwrap
from pathlib import Path

import nbformat
import numpy as np
import pytest

from clientmix.core import labels
from clientmix.report.execute import ReportError, notebooks_dir
from clientmix.report.run import run_report
from clientmix.report.sections import NOTEBOOKS

NBSP = "\u00a0"
NAME_A = "Dupont & Fils <SARL>"
SALES = [
    # client, nom, date, montant
    ("A", NAME_A, "2024-02-10", "3000.00"),
    ("A", NAME_A, "2024-09-15", "2200.00"),
    ("B", "Bernard SA", "2024-03-01", "2900.00"),
    ("C", "Cazals_*Conseil*", "2024-05-20", "1400.00"),
    ("D", "Durand", "2024-11-30", "500.00"),
    ("E", "Emile", "2024-04-01", "200.00"),
    ("E", "Emile", "2024-06-01", "-300.00"),
    ("A", NAME_A, "2023-06-01", "4000.00"),
    ("B", "Bernard SA", "pas une date", "100.00"),
]
SHARES = np.array([5200, 2900, 1400, 500]) / 10_000


def write_tiny(folder: Path, name: str = "tiny", language: str = "fr") -> Path:
    """Write the hand-computed engagement described in the module docstring."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = ["client,nom,date,montant"] + [",".join(f'"{v}"' for v in row) for row in SALES]
    (folder / "ventes.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (folder / "clients.csv").write_text(
        "client,nom,secteur\n"
        f'A,"{NAME_A}",industrie\nB,Bernard SA,industrie\nC,Cazals_*Conseil*,services\n'
        "D,Durand,services\nE,Emile,santé\n",
        encoding="utf-8",
    )
    (folder / "engagement.yaml").write_text(
        textwrap.dedent(
            f"""\
            name: {name}
            company: "Petit Négoce & Cie"
            currency: EUR
            language: {language}
            period: {{start: 2024-01-01, end: 2024-12-31}}
            invoices:
              path: ventes.csv
              sep: ","
              decimal: "."
              columns: {{customer_id: client, customer_name: nom, date: date, amount: montant}}
            customers:
              path: clients.csv
              columns: {{customer_id: client, customer_name: nom, sector: secteur}}
            """
        ),
        encoding="utf-8",
    )
    return folder


@pytest.fixture(scope="module")
def tiny_report(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("report")
    engagement = write_tiny(root / "data" / "tiny")
    return run_report(engagement, reports_root=root / "reports")


# --------------------------------------------------------------------------- formats


def test_french_formats():
    assert labels.fmt_money(1234567) == f"1{NBSP}234{NBSP}567{NBSP}€"
    assert labels.fmt_money(-1500.4) == f"-1{NBSP}500{NBSP}€"
    assert labels.fmt_pct(0.123) == f"12,3{NBSP}%"
    assert labels.fmt_int(12345) == f"12{NBSP}345"
    assert labels.fmt_date("2024-12-31") == "31/12/2024"
    assert labels.fmt_money(1234567, "en") == "€1,234,567"
    assert labels.fmt_pct(0.123, "en") == "12.3%"
    assert labels.fmt_money(float("nan")) == "–"


def test_escape_for_markdown_and_html():
    assert labels.escape(NAME_A) == "Dupont &amp; Fils &lt;SARL&gt;"
    assert labels.escape("a*b_c") == "a\\*b\\_c"


# --------------------------------------------------------------------------- report


def test_report_folder(tiny_report: Path):
    out = tiny_report.parent
    assert tiny_report.name == "diagnostic.html" and out.name == "tiny"
    assert (out / "metrics.json").is_file() and (out / "clients.xlsx").is_file()
    for name in NOTEBOOKS:
        assert (out / "notebooks" / f"{name}.ipynb").is_file()
        assert (out / "interim" / "load.json").is_file()
    assert not list(out.glob(".*tmp*")), "temporary files left behind"


def test_html_content(tiny_report: Path):
    page = tiny_report.read_text(encoding="utf-8")
    assert "Petit Négoce &amp; Cie" in page
    assert "01/01/2024" in page and "31/12/2024" in page
    # headline figures, French style: top customer share, revenue of the period, HHI
    assert f"52,0{NBSP}%" in page
    assert f"9{NBSP}900{NBSP}€" in page
    assert f"3{NBSP}766" in page
    # customer names are data, escaped (never markup)
    assert "Dupont &amp; Fils &lt;SARL&gt;" in page
    assert "<SARL>" not in page
    assert "Cazals_*Conseil*" in page
    # no code, no prompts, no scripts
    pattern = r'class="[^"]*(jp-InputArea-editor|jp-InputPrompt|jp-OutputPrompt|highlight)'
    assert re.search(pattern, page) is None
    code_cells = re.findall(r'class="jp-Cell jp-CodeCell[^"]*"', page)
    assert code_cells and all("jp-mod-noInput" in c for c in code_cells)
    assert "In&nbsp;[" not in page and "Out[" not in page  # CSS comments are stripped too
    assert "load_engagement" not in page and "interim.read" not in page
    assert "<script" not in page.lower()
    # a title page, a table of contents and one section per notebook
    for i in range(1, len(NOTEBOOKS) + 1):
        assert f'href="#section-{i}"' in page and f'id="section-{i}"' in page


def test_html_is_self_contained(tiny_report: Path):
    page = tiny_report.read_text(encoding="utf-8")
    refs = re.findall(r"""(?:src|href)\s*=\s*["']?([^"'\s>]+)""", page, flags=re.I)
    assert refs, "expected images and anchors"
    external = [r for r in refs if re.match(r"(https?:)?//", r, flags=re.I)]
    assert external == []
    assert all(r.startswith(("#", "data:")) for r in refs)
    assert re.search(r"@import|url\(\s*['\"]?(https?:)?//", page) is None
    assert page.count('src="data:image/png;base64,') >= 4


def test_metrics_contract_and_values(tiny_report: Path):
    m = json.loads((tiny_report.parent / "metrics.json").read_text(encoding="utf-8"))
    for key in (
        "engagement",
        "company",
        "currency",
        "period",
        "input",
        "revenue_total",
        "customers",
        "concentration",
    ):
        assert key in m
    assert m["engagement"] == "tiny" and m["company"] == "Petit Négoce & Cie"
    assert m["currency"] == "EUR"
    assert m["period"] == {"start": "2024-01-01", "end": "2024-12-31"}
    assert m["input"] == {
        "rows_read": 9,
        "rows_used": 8,
        "rows_rejected": 1,
        "revenue_total": pytest.approx(13_900.0, abs=1e-9),
    }
    assert m["revenue_total"] == pytest.approx(9_900.0, abs=1e-9)
    # A..D have positive net revenue in 2024; E is at -100 (an anomaly, not a customer count)
    assert m["customers"] == 4
    assert m["customers_nonpositive"] == 1
    c = m["concentration"]
    keys = (
        "top1_share",
        "top1_customer",
        "top5_share",
        "top10_share",
        "hhi",
        "effective_customers",
        "gini",
        "customers_for_80pct",
        "major_customers_10pct",
        "economic_dependence",
    )
    assert set(keys) <= set(c)
    # independent computation on the hand-made shares (0.52, 0.29, 0.14, 0.05)
    ascending = np.sort(SHARES)
    lorenz = np.cumsum(ascending)
    gini = 1 - np.sum(lorenz + np.r_[0, lorenz[:-1]]) / len(SHARES)
    hhi = float(np.sum((100 * SHARES) ** 2))
    assert c["top1_share"] == pytest.approx(0.52, abs=1e-9)
    assert c["top1_customer"] == "A"
    assert c["top5_share"] == pytest.approx(1.0, abs=1e-9)
    assert c["top10_share"] == pytest.approx(1.0, abs=1e-9)
    assert c["hhi"] == pytest.approx(hhi, abs=1e-9) and hhi == pytest.approx(3766)
    assert c["effective_customers"] == pytest.approx(10_000 / hhi, abs=1e-9)
    assert c["gini"] == pytest.approx(gini, abs=1e-9) and gini == pytest.approx(0.39)
    assert c["customers_for_80pct"] == 2
    assert c["major_customers_10pct"] == ["A", "B", "C"]
    assert c["economic_dependence"] is True
    assert "margin_concentration" not in m  # no cost column


def test_report_is_deterministic(tiny_report: Path, tmp_path: Path):
    """Same input, same figures (metrics.json byte for byte); only the report date may vary."""
    engagement = write_tiny(tmp_path / "tiny")
    second = run_report(engagement, tmp_path / "out")
    first_metrics = (tiny_report.parent / "metrics.json").read_bytes()
    assert (second.parent / "metrics.json").read_bytes() == first_metrics
    strip = re.compile(r"\d{2}/\d{2}/\d{4}")
    assert strip.sub("", second.read_text("utf-8")) == strip.sub("", tiny_report.read_text("utf-8"))


def test_failure_midway_leaves_no_report(tmp_path: Path):
    engagement = write_tiny(tmp_path / "data" / "tiny")
    source = tmp_path / "notebooks"
    shutil.copytree(notebooks_dir(), source)
    broken = nbformat.read(source / "03_segment.ipynb", as_version=4)
    broken.cells.append(nbformat.v4.new_code_cell('raise RuntimeError("panne simulée")'))
    nbformat.write(broken, source / "03_segment.ipynb")
    out = tmp_path / "reports" / "tiny"
    out.mkdir(parents=True)
    (out / "diagnostic.html").write_text("old report", encoding="utf-8")
    with pytest.raises(ReportError) as info:
        run_report(engagement, out, source_dir=source)
    assert "03_segment" in str(info.value) and "panne simulée" in str(info.value)
    assert not (out / "diagnostic.html").exists()
    assert not (out / "metrics.json").exists()
    kept = out / "notebooks" / "03_segment.ipynb"
    assert kept.is_file() and "panne simulée" in kept.read_text(encoding="utf-8")
    assert not (out / "notebooks" / "04_classify.ipynb").exists()


def test_unusable_data_fails_with_the_loader_message(tmp_path: Path):
    engagement = write_tiny(tmp_path / "tiny")
    (engagement / "ventes.csv").write_text("client,nom,date,montant\n", encoding="utf-8")
    with pytest.raises(ReportError) as info:
        run_report(engagement, tmp_path / "out")
    assert "01_load" in str(info.value)
    assert not (tmp_path / "out" / "diagnostic.html").exists()


def test_every_chart_has_its_alternative_text(tiny_report: Path):
    """Each embedded chart's <img> says what it shows (not empty, not nbconvert's default)."""
    page = tiny_report.read_text(encoding="utf-8")
    images = re.findall(r"<img\b[^>]*>", page)
    assert len(images) >= 4
    alts = [re.search(r'\balt="([^"]*)"', img) for img in images]
    assert all(a and a.group(1).strip() for a in alts), images[:2]
    assert not any("No description" in a.group(1) for a in alts)
    assert "CA HT par mois" in [a.group(1) for a in alts]
