"""The section registry: each notebook hands its figures to the report through one file, and a
missing, stale or incomplete hand-over stops the report with a plain message (never a
metrics.json with keys silently missing)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import nbformat
import pytest
from test_report import write_tiny

from clientmix.core import sections
from clientmix.core.interim import LOAD_JSON, interim_dir
from clientmix.errors import ClientmixError
from clientmix.report.assemble import assemble
from clientmix.report.execute import notebooks_dir
from clientmix.report.run import run_report
from clientmix.report.sections import NOTEBOOKS, SECTIONS

FIRST = sections.Section("first", "01_first", keys=("a", "b"), optional_keys=("c",))
SECOND = sections.Section("second", "02_second", keys=("d",))
QUIET = sections.Section("quiet", "03_quiet")


def _load(folder: Path, language: str = "fr", rows: int = 10) -> None:
    """A minimal load.json (what 01_load writes), enough for the hand-over files."""
    path = interim_dir(folder) / LOAD_JSON
    path.parent.mkdir(parents=True, exist_ok=True)
    info = {"engagement": {"language": language}, "controls": {"rows_used": rows}}
    path.write_text(json.dumps(info), encoding="utf-8")


def test_published_figures_come_back_in_registry_order(tmp_path: Path) -> None:
    _load(tmp_path)
    sections.publish(tmp_path, SECOND, {"d": 4}, ["second line"])
    sections.publish(tmp_path, FIRST, {"a": 1, "b": [2, 3]}, ["first line"])
    metrics, findings = assemble(tmp_path, (FIRST, QUIET, SECOND))
    assert list(metrics) == ["a", "b", "d"]
    assert metrics == {"a": 1, "b": [2, 3], "d": 4}
    assert findings == ["first line", "second line"]


def test_a_section_that_did_not_publish_stops_the_report(tmp_path: Path) -> None:
    _load(tmp_path, language="en")
    sections.publish(tmp_path, FIRST, {"a": 1, "b": 2})
    with pytest.raises(ClientmixError) as err:
        assemble(tmp_path, (FIRST, SECOND))
    assert "Notebook 02_second did not hand its figures" in str(err.value)


def test_figures_of_another_load_are_stale(tmp_path: Path) -> None:
    _load(tmp_path, rows=10)
    sections.publish(tmp_path, FIRST, {"a": 1, "b": 2})
    _load(tmp_path, rows=11)  # 01_load ran again on other data
    with pytest.raises(ClientmixError) as err:
        assemble(tmp_path, (FIRST,))
    assert "01_first" in str(err.value) and "autre chargement" in str(err.value)


def test_incomplete_figures_are_refused(tmp_path: Path) -> None:
    _load(tmp_path)
    path = sections.sections_dir(tmp_path) / "first.json"
    sections.publish(tmp_path, FIRST, {"a": 1, "b": 2})
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["metrics"]["b"]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ClientmixError, match="clés manquantes b"):
        assemble(tmp_path, (FIRST,))


def test_a_section_publishes_exactly_its_declared_keys(tmp_path: Path) -> None:
    _load(tmp_path)
    with pytest.raises(ValueError, match="missing \\['b'\\]"):
        sections.publish(tmp_path, FIRST, {"a": 1})
    with pytest.raises(ValueError, match="undeclared \\['z'\\]"):
        sections.publish(tmp_path, FIRST, {"a": 1, "b": 2, "z": 0})
    sections.publish(tmp_path, FIRST, {"a": 1, "b": 2, "c": 3})  # optional key: fine


def test_the_registry_runs_every_notebook_once_in_order() -> None:
    assert NOTEBOOKS == tuple(dict.fromkeys(s.notebook for s in SECTIONS))
    assert len({s.name for s in SECTIONS}) == len(SECTIONS)
    # every notebook but 00_start (the workbench: it only chooses the engagement) is a section
    assert {p.stem for p in notebooks_dir().glob("*.ipynb")} - {"00_start"} == set(NOTEBOOKS)
    keys = [k for s in SECTIONS for k in (*s.keys, *s.optional_keys)]
    assert len(keys) == len(set(keys)), "two sections claim the same metrics.json key"


def test_a_notebook_that_does_not_publish_fails_the_report(tmp_path: Path) -> None:
    """05_recommend without its publish call: the report stops, names the notebook, and
    leaves neither diagnostic.html nor metrics.json (not a metrics.json without the keys)."""
    source = tmp_path / "notebooks"
    shutil.copytree(notebooks_dir(), source)
    path = source / "05_recommend.ipynb"
    nb = nbformat.read(path, as_version=4)
    cells = [c for c in nb.cells if "section.publish(" in c.source]
    assert len(cells) == 1
    cells[0].source = cells[0].source.replace("section.publish(", "print(")
    nbformat.write(nb, path)
    engagement = write_tiny(tmp_path / "data" / "tiny")
    out = tmp_path / "out"
    with pytest.raises(ClientmixError, match="05_recommend"):
        run_report(engagement, out, source_dir=source)
    assert not (out / "diagnostic.html").exists()
    assert not (out / "metrics.json").exists()
