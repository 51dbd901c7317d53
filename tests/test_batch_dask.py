"""The batch on a real Dask LocalCluster (2 worker processes): the same outcomes, summary and exit
code as the process pool, a broken engagement stops nothing, a dead kernel is run again, and a
plain message when Dask is missing or the scheduler cannot be reached."""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

import nbformat
import pytest
from test_report import write_tiny

from clientmix.batch import run_batch, run_batch_outcomes
from clientmix.errors import ClientmixError
from clientmix.report.execute import notebooks_dir

pytest.importorskip("distributed")


def _data(root: Path) -> Path:
    data = root / "data"
    write_tiny(data / "a-good", name="good")
    write_tiny(data / "b-english", name="english", language="en")
    broken = write_tiny(data / "c-broken", name="broken")
    (broken / "ventes.csv").unlink()  # the file engagement.yaml points to is missing
    return data


def _normalised(summary: str, root: Path, run: str) -> str:
    """The summary without its times, column padding and the run's own reports folder."""
    summary = summary.replace(str(root / run), "<reports>")
    summary = re.sub(r"\d+\.\d s", "<time>", summary)
    summary = re.sub(r"-{3,}", "<rule>", summary)  # the rule is as wide as the columns
    return "\n".join(re.sub(r" +", " ", line) for line in summary.splitlines())


def test_local_cluster_gives_the_pool_s_summary_and_exit_code(tmp_path: Path, capsys) -> None:
    data = _data(tmp_path)
    pool_code = run_batch(data, tmp_path / "pool", workers=2, progress=False)
    pool = capsys.readouterr().out
    dask_code = run_batch(data, tmp_path / "dask", workers=2, progress=False, scheduler="local")
    dask = capsys.readouterr().out
    assert pool_code == dask_code == 1
    assert _normalised(dask, tmp_path, "dask") == _normalised(pool, tmp_path, "pool")
    lines = {line.split()[0]: line for line in dask.splitlines() if line.strip()}
    assert " ok " in lines["good"] and " ok " in lines["english"]
    assert "ÉCHEC" in lines["broken"] and "ventes.csv" in lines["broken"]
    assert "2/3 rapports produits." in dask
    for name in ("good", "english"):
        metrics = json.loads((tmp_path / "dask" / name / "metrics.json").read_text("utf-8"))
        assert metrics == json.loads((tmp_path / "pool" / name / "metrics.json").read_text("utf-8"))


def _killing_notebooks(target: Path, marker: Path) -> Path:
    """A copy of the report's notebooks whose first cell kills its kernel once (while
    ``marker`` does not exist), as a kernel killed by the machine would die."""
    shutil.copytree(notebooks_dir(), target)
    path = target / "01_load.ipynb"
    nb = nbformat.read(path, as_version=4)
    kill = (
        "import os, pathlib\n"
        f"_marker = pathlib.Path({str(marker)!r})\n"
        "if not _marker.exists():\n"
        "    _marker.write_text('killed')\n"
        "    os._exit(1)\n"
    )
    nb.cells.insert(0, nbformat.v4.new_code_cell(kill))
    nbformat.write(nb, path)
    return target


def test_a_dead_kernel_is_run_again(tmp_path: Path, monkeypatch) -> None:
    data = tmp_path / "data"
    write_tiny(data / "good", name="good")
    marker = tmp_path / "killed-once"
    folder = _killing_notebooks(tmp_path / "notebooks", marker)
    monkeypatch.setenv("CLIENTMIX_NOTEBOOKS", str(folder))
    (outcome,) = run_batch_outcomes(
        data, tmp_path / "reports", workers=1, progress=False, scheduler="local"
    )
    assert marker.read_text() == "killed"  # the first run's kernel did die
    assert outcome.status == "ok", outcome.error
    assert (tmp_path / "reports" / "good" / "diagnostic.html").is_file()


def test_without_dask_a_plain_message(tmp_path: Path, monkeypatch) -> None:
    data = tmp_path / "data"
    write_tiny(data / "good", name="good")
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    with pytest.raises(ClientmixError, match=r"clientmix\[cluster\]"):
        run_batch_outcomes(data, tmp_path / "reports", progress=False, scheduler="local")


def test_unreachable_scheduler_a_plain_message(tmp_path: Path) -> None:
    data = tmp_path / "data"
    write_tiny(data / "good", name="good")
    with pytest.raises(ClientmixError, match="tcp://127.0.0.1:9"):
        run_batch_outcomes(
            data, tmp_path / "reports", progress=False, scheduler="tcp://127.0.0.1:9"
        )
