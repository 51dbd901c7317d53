"""Issue 16, items 1-2 (functional, no timing): the notebooks of a report run on ONE kernel
through ONE client (papermill still injects the parameters and writes its executed-notebook
format), the namespace is reset between notebooks and the warm heap frozen, clients.xlsx is
written while the last notebook runs, the Pareto chart draws a fixed number of shapes whatever
the number of customers, metrics.json lists the first excluded ids only."""

from __future__ import annotations

import json
import os
from pathlib import Path

import nbformat
import numpy as np
import pandas as pd
import pytest
from jupyter_core.utils import run_sync

from clientmix.core import interim
from clientmix.report.execute import ReportError, execute_notebooks, warm_imports
from clientmix.report.kernel import SharedKernel
from clientmix.report.sections import NOTEBOOKS


def _notebook(path: Path, *code: str) -> None:
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell(
        'engagement_dir = "x"\noutput_dir = "y"\nlanguage = "fr"', metadata={"tags": ["parameters"]}
    )
    nb.cells = [params, *(nbformat.v4.new_code_cell(c) for c in code)]
    nb.metadata["kernelspec"] = {"name": "clientmix", "language": "python", "display_name": "P"}
    nbformat.write(nb, path)


def _reply(kernel: SharedKernel, code: str) -> dict:
    return run_sync(kernel.kc.execute_interactive)(code, timeout=60, output_hook=lambda m: None)


def test_five_notebooks_one_kernel_reset_between_them(tmp_path: Path) -> None:
    """Each notebook sees its injected parameters and none of the previous notebook's names;
    all run in the same kernel process; on_executed follows the order."""
    src = tmp_path / "nb"
    src.mkdir()
    for i, name in enumerate(NOTEBOOKS):
        _notebook(
            src / f"{name}.ipynb",
            "import os, gc",
            f"seen = 'mine' in dir()\nmine = {i}",
            "print(os.getpid(), seen, output_dir.endswith('out'), gc.get_freeze_count() > 0)",
        )
    done: list[str] = []
    executed = execute_notebooks(
        tmp_path, tmp_path / "out", "fr", source_dir=src, on_executed=done.append
    )
    assert done == list(NOTEBOOKS)
    printed = [nb.cells[-1].outputs[0]["text"].split() for nb in executed]
    assert len({pid for pid, *_ in printed}) == 1  # one kernel process for the five
    assert [rest for _, *rest in printed] == [["False", "True", "True"]] * len(NOTEBOOKS)
    kept = nbformat.read(tmp_path / "out" / "notebooks" / f"{NOTEBOOKS[1]}.ipynb", as_version=4)
    tags = [c.metadata.get("tags", []) for c in kept.cells]
    assert ["injected-parameters"] in tags  # papermill's format: injected cell, its metadata
    assert kept.metadata["papermill"]["parameters"]["language"] == "fr"


def test_a_failing_notebook_stops_the_run_and_is_kept(tmp_path: Path) -> None:
    src = tmp_path / "nb"
    src.mkdir()
    for i, name in enumerate(NOTEBOOKS):
        code = "raise ValueError('bad figure')" if i == 2 else "x = 1"
        _notebook(src / f"{name}.ipynb", code)
    done: list[str] = []
    with pytest.raises(ReportError) as err:
        execute_notebooks(tmp_path, tmp_path / "out", "en", source_dir=src, on_executed=done.append)
    assert done == list(NOTEBOOKS[:2])
    assert "bad figure" in str(err.value)
    assert err.value.notebook == tmp_path / "out" / "notebooks" / f"{NOTEBOOKS[2]}.ipynb"
    assert err.value.notebook.exists()


def test_reset_clears_names_and_freezes_what_survives(tmp_path: Path) -> None:
    with SharedKernel(tmp_path, warm=["import json", "from nowhere import nothing"]) as kernel:
        # the warm imports ran in a throw-away namespace: nothing left in the user's
        reply = _reply(kernel, "assert 'json' not in dir() and '_cm_warm' not in dir()")
        assert reply["content"]["status"] == "ok"
        assert (
            _reply(kernel, "import gc; assert gc.get_freeze_count() > 0")["content"]["status"]
            == "ok"
        )
        _reply(kernel, "big = list(range(1000))")
        kernel.reset()
        reply = _reply(kernel, "assert 'big' not in dir()")
        assert reply["content"]["status"] == "ok"


def test_warm_imports_are_the_notebooks_clientmix_imports(tmp_path: Path) -> None:
    _notebook(
        tmp_path / "01_load.ipynb",
        "from clientmix.core import interim\nimport pandas as pd\nx = 1",
        "from clientmix.ingest import load, section  # a comment\nimport clientmix.core",
    )
    _notebook(tmp_path / "02_profile.ipynb", "from clientmix.core import interim")
    assert warm_imports(tmp_path) == [
        "from clientmix.core import interim",
        "from clientmix.ingest import load, section",
        "import clientmix.core",
    ]


def test_pareto_chart_draws_the_same_shapes_whatever_the_customers() -> None:
    """One shape per ABC class: as many artists for 20 customers as for 20,000, and the
    coloured area is the sum of the customers' bars (width 1/n, height the cumulative share)."""
    from clientmix.classify.charts import pareto

    counts = []
    for n in (20, 20_000):
        rng = np.random.default_rng(3)
        revenue = rng.pareto(1.3, n) * 100 + 1
        revenue[0] = -5.0  # a credit-note customer, in class C at the end
        profile = pd.DataFrame({"customer_id": [f"C{i}" for i in range(n)], "revenue": revenue})
        ax = pareto(profile, "en").axes[0]
        counts.append(len(ax.patches) + len(ax.collections))
        ranked = np.sort(np.clip(revenue, 0, None))[::-1]
        bars = np.cumsum(ranked) / ranked.sum() / n  # area of each customer's bar
        area = 0.0
        for collection in ax.collections:
            for path in collection.get_paths():
                x, y = path.vertices[:, 0], path.vertices[:, 1]
                area += 0.5 * abs(np.dot(x, np.roll(y, 1)) - np.dot(y, np.roll(x, 1)))
        assert area == pytest.approx(bars.sum(), rel=1e-9)
    assert counts[0] == counts[1] <= 3


def test_metrics_list_the_first_excluded_ids_and_interim_all(tmp_path: Path) -> None:
    from clientmix.dependency.section import EXCLUDED_TABLE, LISTED_IDS, _list_first_ids

    ids = [f"C{i:03d}" for i in range(50)]
    metrics = {
        "concentration": {"hhi": 10.0, "excluded": ids, "missing": ["Z"]},
        "margin_concentration": {"excluded": ids[:3], "missing": []},
    }
    _list_first_ids(tmp_path, metrics)
    c = metrics["concentration"]
    assert c["excluded"] == ids[:LISTED_IDS] and c["excluded_count"] == 50
    assert c["missing"] == ["Z"] and c["missing_count"] == 1 and c["hhi"] == 10.0
    assert metrics["margin_concentration"]["excluded"] == ids[:3]
    assert metrics["margin_concentration"]["excluded_count"] == 3
    table = interim.read(tmp_path, EXCLUDED_TABLE)
    assert len(table) == 50 + 1 + 3
    assert (
        table.loc[
            table["key"].eq("concentration") & table["reason"].eq("excluded"), "customer_id"
        ].tolist()
        == ids
    )
    assert len(json.dumps(metrics)) < 1000


def test_clients_files_written_while_the_last_notebook_runs(tmp_path: Path) -> None:
    """clients.xlsx starts after 04_classify; a table rewritten after that start is caught
    and the files are written again; a failed run leaves none."""
    from clientmix.report import run

    out = tmp_path / "out"
    profile = pd.DataFrame({"customer_id": ["A", "B"], "revenue": [10.0, 5.0]})
    interim.write(out, "profile", profile)
    writer = run._ClientsWriter(out, "en", "EUR")
    writer.on_executed(NOTEBOOKS[0])
    assert writer.thread is None
    writer.on_executed(run.CUSTOMER_TABLES_AFTER)
    writer.thread.join()
    first = pd.read_csv(out / "clients.csv", sep=";")
    assert list(first.iloc[:, 0]) == ["A", "B"]
    classes = pd.DataFrame({"customer_id": ["A", "B"], "tier": ["gold", "standard"]})
    interim.write(out, "customer_classes", classes)  # after the thread started: stale files
    writer.finish()
    again = pd.read_csv(out / "clients.csv", sep=";")
    assert again.shape[1] == first.shape[1] + 1
    failed = run._ClientsWriter(out, "en", "EUR")
    failed.on_executed(run.CUSTOMER_TABLES_AFTER)
    failed.abandon()
    assert not (out / "clients.xlsx").exists() and not (out / "clients.csv").exists()


def test_workbook_keeps_text_as_text_and_leaves_missing_cells_empty(tmp_path: Path) -> None:
    import openpyxl

    from clientmix.classify.texts.workbook import write_workbook

    frame = pd.DataFrame(
        {
            "customer_id": ["=1+1", "007"],
            "customer_name": ['=HYPERLINK("http://x")', None],
            "revenue": [np.inf, np.nan],
            "growth": [0.5, -np.inf],
        }
    )
    path = write_workbook(tmp_path / "c.xlsx", {"clients": frame}, "en", "EUR")
    ws = openpyxl.load_workbook(path).worksheets[1]  # after the read-me sheet
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    assert rows == [["=1+1", '=HYPERLINK("http://x")', None, 0.5], ["007", None, None, None]]
    assert ws["A2"].data_type == "s" and ws["B2"].data_type == "s"
    assert not list(tmp_path.glob(".*tmp*"))  # no temporary file left
    assert os.path.getsize(path) > 0


def test_clients_files_land_in_a_relative_out_while_the_cwd_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """papermill changes the working directory while a notebook runs: the thread still writes
    into the report folder given relative to where the report started."""
    from clientmix.report import run

    monkeypatch.chdir(tmp_path)
    interim.write(Path("rel"), "profile", pd.DataFrame({"customer_id": ["A"], "revenue": [1.0]}))
    writer = run._ClientsWriter(Path("rel"), "fr", "EUR")
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    writer.on_executed(run.CUSTOMER_TABLES_AFTER)
    writer.finish()
    assert (tmp_path / "rel" / "clients.xlsx").exists()
    assert not (tmp_path / "elsewhere" / "rel").exists()
