"""Issue 5: the FEC sample and its ledger twin give the same figures in metrics.json.

Both are full report runs (papermill + nbconvert) of two engagements describing the same
sales: one from the invoicing export (Excel), one from the accounting export (FEC).
"""

from __future__ import annotations

import json
import math

import pytest

from clientmix.report import run_report
from clientmix.samples import FEC_TWINS, write_samples

SAME_KEYS = ("revenue_total", "customers", "concentration", "margin_concentration")


@pytest.fixture(scope="module")
def twin_metrics(tmp_path_factory):
    root = tmp_path_factory.mktemp("twins")
    write_samples(root / "data")
    out = {}
    for twin, ledger in FEC_TWINS.items():
        for name in (twin, ledger):
            run_report(root / "data" / name, reports_root=root / "reports")
            out[name] = json.loads((root / "reports" / name / "metrics.json").read_text())
    return out


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
def test_books_and_ledger_give_the_same_metrics(twin_metrics, twin):
    books, ledger = twin_metrics[twin], twin_metrics[FEC_TWINS[twin]]
    for key in SAME_KEYS:
        _same(books[key], ledger[key], key)
    assert books["period"] == ledger["period"]
    # the books hold no rejected row; the ledger's used rows are the books' sales entries
    assert books["input"]["rows_rejected"] == 0
    assert books["input"]["rows_used"] == ledger["input"]["rows_used"]
    assert math.isclose(
        books["input"]["revenue_total"], ledger["input"]["revenue_total"], abs_tol=0.005
    )
    for key in ("scenarios", "monte_carlo", "concentration_by_year"):
        _same(books[key], ledger[key], key)
