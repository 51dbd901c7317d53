"""The main job end to end: `clientmix demo` writes the samples and reports on every one.

Checks each report's metrics.json against the figures the sample generator wrote down from
the rows it generated (expected.json), and, for issue 5, that the FEC sample and its ledger
twin give the same figures.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys

import pytest

from clientmix.samples import FEC_TWINS, SAMPLES

ALL = SAMPLES + tuple(FEC_TWINS)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    root = tmp_path_factory.mktemp("demo")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "clientmix",
            "demo",
            "--data-dir",
            str(root / "data"),
            "--out",
            str(root / "reports"),
            "--workers",
            "2",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    return root, proc


def _metrics(root, name):
    return json.loads((root / "reports" / name / "metrics.json").read_text(encoding="utf-8"))


def _expected(root, name):
    return json.loads((root / "data" / name / "expected.json").read_text(encoding="utf-8"))


def test_demo_succeeds_on_every_sample(demo):
    root, proc = demo
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    for name in ALL:
        assert (root / "reports" / name / "diagnostic.html").is_file(), name
        assert name in proc.stdout


@pytest.mark.parametrize("name", ALL)
def test_metrics_match_the_generator(demo, name):
    root, _ = demo
    got, want = _metrics(root, name), _expected(root, name)
    assert got["engagement"] == want["engagement"]
    assert got["period"] == want["period"]
    for key in ("rows_read", "rows_used", "rows_rejected"):
        assert got["input"][key] == want["input"][key], key
    assert round(got["input"]["revenue_total"] * 100) == round(want["input"]["revenue_total"] * 100)
    assert round(got["revenue_total"] * 100) == round(want["revenue_total"] * 100)
    assert got["customers"] == want["customers"]
    for key in ("top1_share", "top5_share", "top10_share", "hhi", "effective_customers", "gini"):
        assert math.isclose(got["concentration"][key], want["concentration"][key], abs_tol=1e-9)
    for key in ("top1_customer", "customers_for_80pct", "major_customers_10pct"):
        assert got["concentration"][key] == want["concentration"][key], key
    if "margin_concentration" in want:
        for key in ("top1_share", "hhi", "gini"):
            assert math.isclose(
                got["margin_concentration"][key], want["margin_concentration"][key], abs_tol=1e-9
            )


def _same(a, b, path=""):
    if isinstance(a, dict):
        assert set(a) == set(b), path
        for k in a:
            _same(a[k], b[k], f"{path}.{k}")
    elif isinstance(a, list):
        assert len(a) == len(b), path
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            _same(x, y, f"{path}[{i}]")
    elif isinstance(a, float) and isinstance(b, float):
        assert math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-9), (path, a, b)
    else:
        assert a == b, (path, a, b)


@pytest.mark.parametrize("twin", sorted(FEC_TWINS))
def test_books_and_ledger_give_the_same_metrics(demo, twin):
    root, _ = demo
    books, ledger = _metrics(root, twin), _metrics(root, FEC_TWINS[twin])
    keys = ("revenue_total", "customers", "concentration", "margin_concentration", "period")
    for key in keys + ("scenarios", "monte_carlo", "concentration_by_year"):
        _same(books[key], ledger[key], key)
    # the books hold no rejected row; the ledger's used rows are the books' sales entries
    assert books["input"]["rows_rejected"] == 0
    assert books["input"]["rows_used"] == ledger["input"]["rows_used"]
