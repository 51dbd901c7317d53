"""Batch: every engagement under a folder, in worker processes; one failure stops nothing."""

from __future__ import annotations

import json
from pathlib import Path

from test_report import write_tiny

from clientmix.batch import find_engagements, run_batch


def test_batch_with_one_broken_engagement(tmp_path: Path, capsys):
    data = tmp_path / "data"
    write_tiny(data / "a-good", name="good")
    broken = write_tiny(data / "nested" / "b-broken", name="broken")
    (broken / "ventes.csv").unlink()  # the file engagement.yaml points to is missing
    assert find_engagements(data) == [data / "a-good", data / "nested" / "b-broken"]

    code = run_batch(data, tmp_path / "reports", workers=2, progress=False)

    assert code == 1
    out = capsys.readouterr().out
    good = tmp_path / "reports" / "good"
    assert (good / "diagnostic.html").is_file()
    assert json.loads((good / "metrics.json").read_text("utf-8"))["engagement"] == "good"
    assert not (tmp_path / "reports" / "broken" / "diagnostic.html").exists()
    lines = {line.split()[0]: line for line in out.splitlines() if line.strip()}
    assert "ÉCHEC" in lines["broken"] and "ventes.csv" in lines["broken"]
    assert " ok " in lines["good"] and str(good / "diagnostic.html") in lines["good"]
    assert "1/2 rapports produits." in out


def test_batch_duplicate_names_fail_without_overwriting(tmp_path: Path, capsys):
    data = tmp_path / "data"
    write_tiny(data / "one", name="same")
    write_tiny(data / "two", name="same")
    code = run_batch(data, tmp_path / "reports", workers=1, progress=False)
    out = capsys.readouterr().out
    assert code == 1
    assert (tmp_path / "reports" / "same" / "diagnostic.html").is_file()
    assert "déjà utilisé" in out
