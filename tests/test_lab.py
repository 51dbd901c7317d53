"""Interactive use: the project's kernel and a real JupyterLab server, as `make lab` starts them.

The "clientmix" kernelspec (registered by `make setup`) must run this environment, where
`clientmix` imports; JupyterLab must serve the notebooks and start that kernel over IPC.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
from jupyter_client.manager import KernelManager

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def kernelspec():
    # idempotent: the same command `make setup` runs
    subprocess.run(
        [
            sys.executable,
            "-m",
            "ipykernel",
            "install",
            "--sys-prefix",
            "--name",
            "clientmix",
            "--display-name",
            "Python (clientmix)",
        ],
        check=True,
        capture_output=True,
    )
    return "clientmix"


def test_project_kernel_runs_this_environment_over_ipc(kernelspec, tmp_path):
    km = KernelManager(kernel_name=kernelspec, transport="ipc", ip=str(tmp_path / "k"))
    km.start_kernel()
    try:
        kc = km.client()
        kc.start_channels()
        kc.wait_for_ready(timeout=60)
        reply = kc.execute_interactive(
            "import sys, clientmix; print(sys.prefix); print(clientmix.__file__)", timeout=60
        )
        assert reply["content"]["status"] == "ok"
        assert km.transport == "ipc"
        kc.stop_channels()
    finally:
        km.shutdown_kernel(now=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, token: str, data: bytes | None = None) -> dict:
    req = urllib.request.Request(url, data=data, headers={"Authorization": f"token {token}"})
    with urllib.request.urlopen(req, timeout=10) as resp:  # noqa: S310 - loopback only
        return json.loads(resp.read())


def test_jupyterlab_serves_the_notebooks_and_starts_the_kernel_over_ipc(kernelspec):
    port, token = _free_port(), "clientmix-test"
    # IPC sockets live in the runtime folder: keep its path short (unix sockets: 107 bytes)
    runtime = Path(tempfile.mkdtemp(prefix="cm-lab-"))
    env = dict(os.environ, JUPYTER_RUNTIME_DIR=str(runtime))
    lab = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jupyterlab",
            "--no-browser",
            "--allow-root",
            f"--port={port}",
            "--ip=127.0.0.1",
            f"--IdentityProvider.token={token}",
            f"--notebook-dir={ROOT}",  # as `make lab`: the project root
            "--KernelManager.transport=ipc",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                _get(f"{base}/api/status", token)
                break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("JupyterLab did not start within 60 s")
        listing = _get(f"{base}/api/contents", token)
        names = {item["name"] for item in listing["content"]}
        assert {"data", "notebooks", "lib"} <= names  # data/ and reports/ no longer hidden
        listing = _get(f"{base}/api/contents/notebooks", token)
        names = {item["name"] for item in listing["content"]}
        assert {f"{n}.ipynb" for n in ("00_start", "01_load", "02_profile", "03_segment")} <= names
        nb = _get(f"{base}/api/contents/notebooks/01_load.ipynb", token)["content"]
        assert nb["metadata"]["kernelspec"]["name"] == "clientmix"
        kernel = _get(f"{base}/api/kernels", token, data=json.dumps({"name": kernelspec}).encode())
        for _ in range(60):
            files = list(runtime.glob(f"kernel-{kernel['id']}*.json"))
            if files:
                break
            time.sleep(0.5)
        assert files, "no connection file for the started kernel"
        connection = json.loads(files[0].read_text())
        assert connection["transport"] == "ipc"
    finally:
        lab.terminate()
        try:
            lab.wait(timeout=20)
        except subprocess.TimeoutExpired:
            lab.kill()
        shutil.rmtree(runtime, ignore_errors=True)


# --------------------------------------------------------------------------- the workbench


def test_make_lab_opens_the_project_root_on_00_start():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\nlab: setup\n", 1)[1].split("\n\n", 1)[0]
    assert "--notebook-dir=. " in recipe
    assert "default_url=/lab/tree/notebooks/00_start.ipynb" in recipe


def _project(tmp_path: Path) -> Path:
    """A project folder with notebooks/ and two engagements under data/."""
    (tmp_path / "notebooks").mkdir()
    for name, extra in (("acme", ""), ("harbor", "language: en\ncurrency: USD\n")):
        folder = tmp_path / "data" / name
        folder.mkdir(parents=True)
        (folder / "engagement.yaml").write_text(f"name: {name}-x\n{extra}", encoding="utf-8")
    return tmp_path


@pytest.fixture
def no_selection_env(monkeypatch):
    from clientmix.core import formats, workbench

    monkeypatch.delenv(workbench.ENV, raising=False)
    monkeypatch.setattr(workbench, "_INHERITED_LOCALE", False)
    yield
    formats.use_locale(None)


def test_one_place_chooses_the_engagement_of_every_notebook(tmp_path, no_selection_env):
    from clientmix.core import formats, workbench

    root = _project(tmp_path)
    here = root / "notebooks"  # where a notebook runs
    assert workbench.engagements(here) == [Path("data/acme"), Path("data/harbor")]
    # nothing chosen yet: the default sample (which need not exist), French
    assert workbench.engagement_dir(here) == str(root / "data/samples/services-agro")
    assert workbench.language(here) == "fr"
    workbench.choose("data/harbor", here)
    assert json.loads((root / "reports/.workbench.json").read_text()) == {
        "engagement_dir": "data/harbor"
    }
    assert workbench.engagement_dir(here) == str(root / "data/harbor")
    assert workbench.output_dir(here) == str(root / "reports/harbor-x")  # engagement.yaml name
    assert workbench.language(here) == "en"
    assert formats.current_locale() == "en_US"  # English with USD
    assert formats.fmt_date("2024-12-31", "en") == "12/31/2024"


def test_the_environment_variable_wins_over_the_selection(tmp_path, no_selection_env, monkeypatch):
    from clientmix.core import workbench

    root = _project(tmp_path)
    workbench.choose(root / "data/harbor", root)
    monkeypatch.setenv(workbench.ENV, str(root / "data/acme"))
    assert workbench.engagement_dir(root) == str(root / "data/acme")
    assert workbench.language(root) == "fr"


def test_parameters_cell_reads_the_selection_and_papermill_still_overrides(tmp_path):
    """The real parameters cell of 03_segment, run in a kernel from notebooks/: the selection
    gives the folder and the language; papermill's injected cell wins."""
    import nbformat
    import papermill

    root = _project(tmp_path)
    (root / "reports").mkdir()
    (root / "reports/.workbench.json").write_text('{"engagement_dir": "data/harbor"}')
    source = nbformat.read(ROOT / "notebooks/03_segment.ipynb", as_version=4)
    params = next(c for c in source.cells if "parameters" in c.metadata.get("tags", []))
    probe = nbformat.v4.new_code_cell(
        "from clientmix.core.formats import fmt_date\n"
        "print(engagement_dir, output_dir, language, fmt_date('2024-12-31', language), sep='|')"
    )
    nb = nbformat.v4.new_notebook(cells=[params, probe], metadata=source.metadata)
    path = root / "notebooks/probe.ipynb"
    nbformat.write(nb, path)
    env = {
        k: v for k, v in os.environ.items() if k not in ("CLIENTMIX_ENGAGEMENT", "CLIENTMIX_LOCALE")
    }

    def run(parameters: dict) -> list[str]:
        out = root / "notebooks/out.ipynb"
        old = dict(os.environ)
        os.environ.clear()
        os.environ.update(env)
        try:
            papermill.execute_notebook(
                str(path),
                str(out),
                parameters=parameters,
                cwd=str(root / "notebooks"),
                kernel_name="clientmix",
                progress_bar=False,
            )
        finally:
            os.environ.clear()
            os.environ.update(old)
        done = nbformat.read(out, as_version=4)
        return done.cells[-1].outputs[0]["text"].strip().split("|")

    assert run({}) == [
        str(root / "data/harbor"),
        str(root / "reports/harbor-x"),
        "en",
        "12/31/2024",
    ]
    forced = run({"engagement_dir": "/x/acme", "output_dir": "/y", "language": "fr"})
    assert forced[:3] == ["/x/acme", "/y", "fr"] and forced[3] == "31/12/2024"


def test_start_notebook_is_clean():
    import nbformat

    nb = nbformat.read(ROOT / "notebooks/00_start.ipynb", as_version=4)
    nbformat.validate(nb)
    assert nb.metadata["kernelspec"]["name"] == "clientmix"
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(c.outputs == [] and c.execution_count is None for c in code)
    assert "workbench.picker()" in code[0].source


def test_customer_picker_is_searchable_and_keeps_the_choice():
    import pandas as pd

    from clientmix.dependency import explore

    profile = pd.DataFrame(
        {
            "customer_id": ["A", "B", "C"],
            "customer_name": ["Crèmerie Dupont", "Bernard SA", "Cazals"],
            "revenue": [600.0, 300.0, 100.0],
        }
    )
    options = [("Crèmerie Dupont (A)", "A"), ("Bernard SA (B)", "B"), ("Cazals (C)", "C")]
    assert explore.filter_options(options, "cremerie") == options[:1]  # accents and case ignored
    assert explore.filter_options(options, "") == options
    assert explore.filter_options(options, "sa b", chosen=["C"]) == options[1:]
    search, select, chosen, result = explore.loss_explorer(profile, "en", "USD").children
    assert search.description == "Search a customer (name or id)"
    select.value = ("A",)
    search.value = "bern"
    assert [cid for _, cid in select.options] == ["A", "B"] and select.value == ("A",)
    assert "1 customer chosen: Crèmerie Dupont (A)" in chosen.value
    assert "$600" in result.value
    sliders = explore.threshold_explorer(profile, "en").children
    assert sliders[0].description == "Major-customer threshold (% of revenue)"


def test_charts_carry_their_alt_text():
    from clientmix.core import style

    fig, ax = style.new_figure()
    ax.set_title("Revenue by month")
    ax.set_ylabel("USD")
    png, meta = style.to_png_with_alt(fig)
    assert png.startswith(b"\x89PNG") and meta == {"alt": "Revenue by month (USD)"}
    style.describe(fig, "Monthly revenue, 2024: steady, one dip in August")
    assert style.to_png_with_alt(fig)[1]["alt"].startswith("Monthly revenue, 2024")
