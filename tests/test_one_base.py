"""Issue 9 item 12, the one customer base (ARCHITECTURE.md): on every sample's real report, the
customers counted, listed and classified are the same in every section: those invoiced in
the analysis period (``customers_invoiced``); the customers file's prospects are listed apart
and appear in no count, class, tier or segment.

The four samples are written and reported once (real notebooks, real kernel) for the module.
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from clientmix.core import interim
from clientmix.report.run import run_report
from clientmix.samples import write_samples

SAMPLES = ("infogerance-pdl", "negoce-atlantique", "services-agro", "services-agro-fec")


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("one_base")
    folders = {p.name: p for p in write_samples(root / "data")}
    assert set(SAMPLES) <= set(folders)
    out = {}
    for name in SAMPLES:
        out[name] = root / "reports" / name
        run_report(folders[name], out[name])
    return out


def _sheets(report: Path) -> dict[str, pd.DataFrame]:
    """The data sheets of clients.xlsx (after "Lisez-moi"), ids as text, by sheet order."""
    wb = openpyxl.load_workbook(report / "clients.xlsx", read_only=True)
    sheets = {}
    for ws in wb.worksheets[1:]:
        rows = list(ws.values)
        sheets[ws.title] = pd.DataFrame(rows[1:], columns=rows[0])
    return sheets


@pytest.mark.parametrize("name", SAMPLES)
def test_every_section_counts_the_customers_invoiced_in_the_period(reports, name):
    report = reports[name]
    m = json.loads((report / "metrics.json").read_text(encoding="utf-8"))
    invoiced = m["customers_invoiced"]
    assert invoiced == m["customers"] + m["customers_nonpositive"]
    profile = interim.read(report, "profile")
    assert len(profile) == invoiced
    assert (profile["invoices"] > 0).all()
    assert round(profile["revenue"].sum(), 2) == pytest.approx(m["revenue_total"], abs=0.005)

    sheets = _sheets(report)
    first = next(iter(sheets.values()))
    assert len(first) == invoiced  # the first sheet of clients.xlsx: one row per customer

    assert sum(v["customers"] for v in m["abc"]["revenue"].values()) == invoiced
    if m.get("abc", {}).get("margin"):
        assert sum(v["customers"] for v in m["abc"]["margin"].values()) == invoiced
    assert sum(v["customers"] for v in m["classes"].values()) == invoiced
    assert sum(v["customers"] for v in m["tiers"].values()) == invoiced
    assert m["segments"], "no segmentation criterion"
    for criterion, rows in m["segments"].items():
        assert sum(r["customers"] for r in rows) == invoiced, criterion
    assert sum(v["customers"] for v in m["rfm"].values()) == invoiced


@pytest.mark.parametrize("name", SAMPLES)
def test_no_prospect_is_counted_listed_or_classified(reports, name):
    report = reports[name]
    m = json.loads((report / "metrics.json").read_text(encoding="utf-8"))
    profile_ids = set(interim.read(report, "profile")["customer_id"].astype(str))
    prospects = interim.read(report, "prospects")
    prospect_ids = set(prospects["customer_id"].astype(str))
    customers = interim.read(report, "customers")
    # the prospects: exactly the customers file's customers not invoiced in the period
    assert prospect_ids == set(customers["customer_id"].astype(str)) - profile_ids
    assert not prospect_ids & profile_ids

    sheets = _sheets(report)
    titles = list(sheets)
    first_ids = set(sheets[titles[0]].iloc[:, 0].astype(str))
    assert first_ids == profile_ids
    if prospect_ids:
        assert titles[1] == "Prospects"
        assert set(sheets["Prospects"].iloc[:, 0].astype(str)) == prospect_ids
    else:
        assert "Prospects" not in titles
    for table in ("customer_classes", "customer_segments", "future_value"):
        if interim.exists(report, table):
            ids = set(interim.read(report, table)["customer_id"].astype(str))
            assert ids <= profile_ids, table
    for key in ("strategic", "too_large", "money_losing"):
        assert not set(map(str, m.get(key) or [])) & prospect_ids, key
    current = [t for t in m["top_customers"] if not t.get("previous_top")]
    assert {str(t["customer_id"]) for t in current} <= profile_ids


@pytest.mark.parametrize("name", SAMPLES)
def test_prospects_are_said_apart_in_the_profile_section(reports, name):
    report = reports[name]
    n = len(interim.read(report, "prospects"))
    html = (report / "diagnostic.html").read_text(encoding="utf-8")
    said = "du fichier clients, jamais factur" in html
    assert said == (n > 0)
    if n > 1:
        assert f"{n} prospects du fichier clients, jamais facturés sur la période" in html


def test_former_big_customer_is_named_among_the_fallen(reports):
    # services-agro lost its main customer (Coopérative Laitière de l'Ouest) before the period:
    # not in the profile, yet shown with its name among last year's big customers that left
    report = reports["services-agro"]
    former = interim.read(report, "former")
    profile_ids = set(interim.read(report, "profile")["customer_id"].astype(str))
    assert not set(former["customer_id"].astype(str)) & profile_ids
    lost = former.iloc[0]
    assert lost["status"] == "stopped" and lost["revenue_prev"] > 0
    m = json.loads((report / "metrics.json").read_text(encoding="utf-8"))
    fallen = [t for t in m["top_customers"] if t.get("previous_top")]
    assert str(lost["customer_id"]) in {str(t["customer_id"]) for t in fallen}
    html = (report / "diagnostic.html").read_text(encoding="utf-8")
    assert (
        str(lost["customer_name"]).replace("'", "&#x27;") in html or lost["customer_name"] in html
    )
