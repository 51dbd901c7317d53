"""Installable: a built wheel carries the notebooks and templates, and an installed (not
editable) clientmix produces a report outside the source tree.

The wheel is built offline from a copy of the project's sources (``pip wheel --no-deps
--no-build-isolation`` with this venv's setuptools), installed with ``--no-deps`` into a fresh
venv whose only extra path is this venv's site-packages (for the dependencies: a ``.pth`` line
adds it to ``sys.path`` without running its editable-install hooks, so ``clientmix`` can only
come from the wheel; ``JUPYTER_PATH`` points at this venv's share/jupyter, where nbconvert's
own templates were installed), and ``clientmix report`` runs there on a sample, from a folder outside
the checkout.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from clientmix.report.sections import NOTEBOOKS
from clientmix.samples import write_samples

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "lib", "notebooks")
TEMPLATES = ("conf.json", "index.html.j2", "report.css")


def _copy_sources(target: Path) -> Path:
    """The files a build reads, without caches, egg-info or a stale build/ folder."""
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", ".ipynb_checkpoints", "build")
    target.mkdir(parents=True)
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=ignore)
        else:
            shutil.copy2(source, target / name)
    return target


def _run(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    env["JUPYTER_PATH"] = os.pathsep.join(
        filter(None, [str(Path(sys.prefix) / "share" / "jupyter"), env.get("JUPYTER_PATH")])
    )
    env.pop("CLIENTMIX_NOTEBOOKS", None)
    env.pop("PYTHONPATH", None)
    proc = subprocess.run(
        args, capture_output=True, text=True, encoding="utf-8", env=env, timeout=180, **kwargs
    )
    assert proc.returncode == 0, f"{args}\nstdout: {proc.stdout[-2000:]}\nstderr: {proc.stderr}"
    return proc


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("wheel")
    src = _copy_sources(tmp / "src")
    dist = tmp / "dist"
    pip = [sys.executable, "-m", "pip"]
    _run([*pip, "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-w", dist, src])
    (found,) = dist.glob("clientmix-*.whl")
    return found


def _sources(wheel: Path) -> Path:
    return wheel.parent.parent / "src"


def test_wheel_carries_the_notebooks_and_templates(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for notebook in NOTEBOOKS:
        assert f"clientmix/notebooks/{notebook}.ipynb" in names
    for template in TEMPLATES:
        assert f"clientmix/report/templates/{template}" in names
    # the one copy in git is the top-level notebooks/: the wheel carries every one of them,
    # byte for byte (as they were when the wheel was built)
    copied = sorted(_sources(wheel).joinpath("notebooks").glob("*.ipynb"))
    shipped = sorted(n for n in names if n.startswith("clientmix/notebooks/"))
    assert shipped == [f"clientmix/notebooks/{p.name}" for p in copied]
    with zipfile.ZipFile(wheel) as archive:
        for path in copied:
            assert archive.read(f"clientmix/notebooks/{path.name}") == path.read_bytes()
    assert not (ROOT / "lib" / "clientmix" / "notebooks").exists()


def test_installed_wheel_runs_a_report_outside_the_checkout(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv])
    python = venv / "bin" / "python"
    site = Path(
        _run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]
        ).stdout.strip()
    )
    (site / "_clientmix_dependencies.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8"
    )
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            python,
            "install",
            "--no-deps",
            "--no-index",
            wheel,
        ]
    )
    where = _run(
        [
            python,
            "-c",
            "import clientmix.report.execute as e; print(e.__file__); print(e.notebooks_dir())",
        ],
        cwd=tmp_path,
    ).stdout.split()
    assert where[0].startswith(str(site)) and where[1] == str(site / "clientmix" / "notebooks")

    work = tmp_path / "elsewhere"
    (sample,) = [f for f in write_samples(work / "data") if f.name == "negoce-atlantique"]
    _run([venv / "bin" / "clientmix", "report", sample, "--out", work / "report"], cwd=work)
    metrics = json.loads((work / "report" / "metrics.json").read_text("utf-8"))
    assert metrics["engagement"] == "negoce-atlantique"
    assert (work / "report" / "diagnostic.html").stat().st_size > 10_000
