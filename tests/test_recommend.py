"""Effort, sleeping revenue, targets, the plan file and the consultant's commentary, on small
hand-worked cases."""

from __future__ import annotations

import nbformat
import pandas as pd
import pytest
from openpyxl import load_workbook

from clientmix.core import interim
from clientmix.recommend import commentary
from clientmix.recommend.effort import effort_against_value
from clientmix.recommend.sleeping import sleeping_revenue
from clientmix.recommend.targets import diversification_targets
from clientmix.recommend.texts.workbook import write_plan
from clientmix.report.assemble import FrontPage, add_commentary, summary_html


def test_effort_shares_add_up_per_grouping_and_hours_that_move() -> None:
    customers = pd.DataFrame(
        {
            "customer_id": list("abcd"),
            "revenue": [600.0, 300.0, 60.0, 40.0],
            "effort_hours": [50.0, 20.0, 20.0, 10.0],
            "abc_revenue": ["A", "A", "B", "C"],
            "kam_class": ["loyal", "high_potential", "small", "small"],
        }
    )
    e = effort_against_value(customers)
    for by in ("class", "abc"):
        rows = e.groups[e.groups["by"] == by]
        assert rows["effort_share"].sum() == pytest.approx(1.0)
        assert rows["revenue_share"].sum() == pytest.approx(1.0)
    # small: 30 of 100 hours for 10 % of revenue -> 30 - 10 = 20 hours could move
    assert e.movable_hours == pytest.approx(20.0)
    assert not effort_against_value(customers.drop(columns="effort_hours")).available


def test_sleeping_revenue_hand_worked() -> None:
    customers = pd.DataFrame(
        {
            "customer_id": ["p1", "p2", "p3", "x1", "x2", "x3", "x4"],
            "revenue": [100.0, 50.0, 10.0, 400.0, 300.0, 200.0, 100.0],
            "kam_class": ["high_potential"] * 3 + ["loyal"] * 4,
            "potential": [250.0, None, None, None, None, None, None],
            "segment": ["s", "s", "t", "s", "s", "s", "s"],
        }
    )
    s = sleeping_revenue(customers, "segment", revenue_total=1160.0)
    by_id = s.customers.set_index("customer_id")
    # p1: consultant 250 - 100 = 150; p2: segment s has 6 customers (100, 50, 400, 300, 200,
    # 100): 75th percentile = 275 -> 225; p3: segment t has 1 customer -> whole base's 75th
    # percentile of (10, 50, 100, 100, 200, 300, 400) = 250 -> 240
    assert by_id.loc["p1", "sleeping"] == pytest.approx(150.0)
    assert by_id.loc["p1", "source"] == "consultant"
    assert by_id.loc["p2", "sleeping"] == pytest.approx(225.0)
    assert by_id.loc["p3", "sleeping"] == pytest.approx(240.0)
    assert s.total == pytest.approx(615.0)
    assert s.share == pytest.approx(615.0 / 1160.0)
    assert list(s.customers["customer_id"]) == ["p3", "p2", "p1"]  # ranked


def test_targets_are_reached_when_the_new_revenue_is_added() -> None:
    revenue = pd.Series([400.0, 200.0, 200.0, 100.0, 100.0])
    ids = pd.Series(list("abcde"))
    segments = [
        {"segment": "big", "customers": 3, "revenue": 800.0, "revenue_share": 0.8, "growth": 0.1},
        {"segment": "mid", "customers": 1, "revenue": 100.0, "revenue_share": 0.1, "growth": 0.2},
        {"segment": "low", "customers": 1, "revenue": 100.0, "revenue_share": 0.1, "growth": 0.1},
    ]
    t = diversification_targets(revenue, ids, segments, major=0.10)
    h = t.horizons.set_index("horizon")
    assert t.top1_share == pytest.approx(0.4)
    assert h.loc["3y", "top1_share"] == pytest.approx(0.10)
    assert h.loc["1y", "top1_share"] == pytest.approx(0.25)
    for horizon in ("1y", "3y"):
        total = 1000.0 + h.loc[horizon, "new_revenue"]
        assert 400.0 / total <= h.loc[horizon, "top1_share"] + 1e-9
        seg = t.segments[t.segments["horizon"] == horizon]
        assert seg["new_revenue"].sum() == pytest.approx(h.loc[horizon, "new_revenue"])
        assert set(seg["segment"]) == {"mid", "low"}  # the dominant segment is left out
    assert t.too_large == ["a", "b", "c", "d", "e"]  # all at 10 % or more


def test_plan_file_rereads(tmp_path) -> None:
    frame = pd.DataFrame(
        {
            "plan_step": [1, 2],
            "plan_what": ["Rencontrer A & <B>", "Revoir"],
            "plan_customers": ["A", ""],
            "plan_who": ["Dirigeant", "Direction"],
            "plan_indicator": ["CA", "Revues"],
            "plan_current": ["1 000 €", "–"],
            "plan_target": ["1 200 €", "100 %"],
            "plan_start": pd.to_datetime(["2025-01-01", "2025-04-01"]),
            "plan_due": pd.to_datetime(["2025-01-31", "2026-03-31"]),
        }
    )
    interim.write(tmp_path, "plan_actions", frame)
    path = write_plan(tmp_path, "fr", "EUR")
    wb = load_workbook(path)
    ws = wb["Plan d'action"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:2] == ("Étape", "Action")
    assert rows[1][1] == "Rencontrer A & <B>"
    assert rows[2][7].date().isoformat() == "2025-04-01"
    assert ws.cell(row=2, column=8).number_format != "General"
    assert write_plan(tmp_path / "nothing") is None


def test_commentary_inserted_in_its_places_and_escaped(tmp_path) -> None:
    (tmp_path / "commentaire.md").write_text(
        "## Après : synthèse\n\nLe point **clé** <script>alert(1)</script>\n\n"
        "## Dépendance\n\nVoir [ici](javascript:alert(2)).\n\n## Nulle part\n\nTexte perdu ?\n",
        encoding="utf-8",
    )
    merged = nbformat.v4.new_notebook()
    for i in (1, 2, 3, 4, 5):
        merged.cells.append(
            nbformat.v4.new_markdown_cell(f'<h2 class="cm-section" id="section-{i}">{i}</h2>')
        )
    front = FrontPage(["ligne"])
    front.summary = [("Premier client & <b>", "red")]
    warnings = add_commentary(merged, front, tmp_path, "fr")
    page = summary_html(front, "fr")
    assert "<strong>clé</strong>" in page and "<script>" not in page
    assert "&lt;script&gt;" in page and "&lt;b&gt;" in page
    assert "Texte perdu" in page and len(warnings) == 1
    inserted = [c for c in merged.cells if c.cell_type == "code"]
    assert len(inserted) == 1
    html = inserted[0].outputs[0]["data"]["text/html"]
    assert "javascript:" not in html and "Voir" in html
    index = merged.cells.index(inserted[0])
    assert index == len(merged.cells) - 1  # end of the last section (05_recommend)


def test_commentary_file_outside_the_folder_is_refused(tmp_path) -> None:
    outside = tmp_path / "elsewhere.md"
    outside.write_text("## summary\n\nx\n", encoding="utf-8")
    folder = tmp_path / "eng"
    folder.mkdir()
    (folder / "commentary.md").symlink_to(outside)
    with pytest.raises(Exception, match="hors du dossier"):
        commentary.find(folder, "fr")


def test_recommend_settings_checked_with_a_clear_message(tmp_path) -> None:
    from clientmix.errors import ClientmixError
    from clientmix.ingest.config_recommend import DEFAULT_RECOMMEND, recommend_options

    config = tmp_path / "engagement.yaml"
    assert recommend_options(None, config, "fr") == DEFAULT_RECOMMEND
    given = {"targets": {"top1_share_1y": 0.2}, "team": {"sales_people": 3}}
    options = recommend_options(given, config, "fr")
    assert options["targets"] == {"top1_share_1y": 0.2, "top1_share_3y": None}
    assert options["team"]["sales_people"] == 3
    with pytest.raises(ClientmixError, match="recommend.targets.top1_share_1y"):
        recommend_options({"targets": {"top1_share_1y": 1.5}}, config, "fr")
    with pytest.raises(ClientmixError, match="top1_share_3y"):
        recommend_options({"targets": {"top1_share_3y": 0.3, "top1_share_1y": 0.2}}, config, "en")
    with pytest.raises(ClientmixError, match="sales_people"):
        recommend_options({"team": {"salespeople": 3}}, config, "en")
    with pytest.raises(ClientmixError, match="recommend.plan.start"):
        recommend_options({"plan": {"start": "not a date"}}, config, "fr")


def test_front_page_is_the_summary_when_recommend_published(tmp_path) -> None:
    import json

    from clientmix.core import sections
    from clientmix.core.interim import LOAD_JSON, interim_dir
    from clientmix.recommend.section import SECTION
    from clientmix.report.assemble import assemble

    path = interim_dir(tmp_path) / LOAD_JSON
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"engagement": {"language": "fr"}}), encoding="utf-8")
    other = sections.Section("other", "01_x", keys=("a",))
    sections.publish(tmp_path, other, {"a": 1}, ["ligne en bref"])
    metrics = {
        "summary": [
            {"code": "dependence", "value": 0.3, "light": "red"},
            {"code": "growth_spread", "value": 1.0, "light": "green"},
        ],
        "effort": {},
        "sleeping_revenue": {"total": 0, "share": 0},
        "targets": None,
        "actions": [],
    }
    lines = ["Premier client <X>", "Croissance répartie", "Action un", "Action deux"]
    sections.publish(tmp_path, SECTION, metrics, lines)
    _, front = assemble(tmp_path, (other, SECTION))
    assert front == ["ligne en bref"]  # the other sections' lines stay available
    assert front.summary == [("Premier client <X>", "red"), ("Croissance répartie", "green")]
    assert front.actions == ["Action un", "Action deux"]
    page = summary_html(front, "fr")
    assert "Synthèse" in page and "En bref" not in page
    assert "light-red" in page and "light-green" in page and "&lt;X&gt;" in page
    assert page.index("Premier client") < page.index("Action un")
