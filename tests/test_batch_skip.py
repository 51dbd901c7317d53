"""Skip unchanged: a second batch run skips the engagements whose inputs, settings and code
are unchanged since their last complete report; a changed input redoes just that one; --force
redoes all; a failed report records no fingerprint."""

from __future__ import annotations

import json
from pathlib import Path

from test_report import write_tiny

from clientmix.batch import run_batch, run_batch_outcomes
from clientmix.report import fingerprint


def _statuses(outcomes) -> dict[str, str]:
    return {o.engagement: o.status for o in outcomes}


def _mtime(reports: Path, name: str) -> int:
    return (reports / name / "diagnostic.html").stat().st_mtime_ns


def test_unchanged_engagements_are_skipped(tmp_path: Path, capsys) -> None:
    data, reports = tmp_path / "data", tmp_path / "reports"
    one = write_tiny(data / "one", name="one")
    write_tiny(data / "two", name="two", language="en")
    broken = write_tiny(data / "three", name="three")
    (broken / "ventes.csv").unlink()

    first = run_batch_outcomes(data, reports, workers=2, progress=False)
    assert _statuses(first) == {"one": "ok", "two": "ok", "three": "failed"}
    assert (reports / "one" / fingerprint.FILE_NAME).is_file()
    assert not (reports / "three" / fingerprint.FILE_NAME).exists()  # failed: nothing recorded
    before = {name: _mtime(reports, name) for name in ("one", "two")}

    # nothing changed: both reports kept as they are; the broken one is tried again
    code = run_batch(data, reports, workers=2, progress=False)
    out = capsys.readouterr().out
    assert code == 1
    assert "2 rapports inchangés" in out and "2/3 rapports produits." in out
    assert {name: _mtime(reports, name) for name in ("one", "two")} == before

    # the same bytes written again (a new modification time) is no change
    sales = one / "ventes.csv"
    sales.write_bytes(sales.read_bytes())
    assert _statuses(run_batch_outcomes(data, reports, workers=2, progress=False)) == {
        "one": "skipped",
        "two": "skipped",
        "three": "failed",
    }

    # one more sale in one's file: one is made again, two is not
    with sales.open("a", encoding="utf-8") as handle:
        handle.write('"D","Durand","2024-12-01","100.00"\n')
    again = run_batch_outcomes(data, reports, workers=2, progress=False)
    assert _statuses(again) == {"one": "ok", "two": "skipped", "three": "failed"}
    assert _mtime(reports, "two") == before["two"]
    metrics = json.loads((reports / "one" / "metrics.json").read_text("utf-8"))
    assert metrics["revenue_total"] == 10_000 - 100 + 100  # A..D 10,000, E -100, D +100

    # --force: every report made again
    forced = run_batch_outcomes(data, reports, workers=2, progress=False, force=True)
    assert _statuses(forced) == {"one": "ok", "two": "ok", "three": "failed"}
    assert _mtime(reports, "two") > before["two"]


def test_settings_code_and_missing_outputs_count(tmp_path: Path) -> None:
    """The fingerprint itself: a different setting, other code or a missing report output
    makes an engagement changed."""
    folder = write_tiny(tmp_path / "data" / "one", name="one")
    report = tmp_path / "reports" / "one"
    report.mkdir(parents=True)
    for name in fingerprint.REQUIRED_OUTPUTS:
        (report / name).write_text("x", encoding="utf-8")
    current = fingerprint.fingerprint(folder, {"pdf": False})
    assert set(current["inputs"]) == {"engagement.yaml", "ventes.csv", "clients.csv"}
    fingerprint.record(report, current)
    assert fingerprint.unchanged(report, fingerprint.fingerprint(folder, {"pdf": False}))
    assert not fingerprint.unchanged(report, fingerprint.fingerprint(folder, {"pdf": True}))
    other_code = {**current, "code": {**current["code"], "notebooks": "0" * 64}}
    assert not fingerprint.unchanged(report, other_code)
    (report / "metrics.json").unlink()
    assert not fingerprint.unchanged(report, current)
