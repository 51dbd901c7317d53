"""The loader on every generated sample agrees with the figures the generator wrote down.

The generator computes expected.json from the rows it generated (integer cents, plain numpy),
independently of the loader, the profile and the concentration code checked here.
"""

from __future__ import annotations

import json
import math

import pytest

from clientmix.dependency.concentration import concentration
from clientmix.ingest.load import load_engagement
from clientmix.profile import customer_profile
from clientmix.samples import FEC_TWINS, SAMPLES, write_samples


@pytest.fixture(scope="module")
def samples_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("samples")
    write_samples(folder)
    return folder


@pytest.fixture(scope="module", params=SAMPLES + tuple(FEC_TWINS))
def loaded(request, samples_dir):
    folder = samples_dir / request.param
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    return load_engagement(folder), expected


def test_reconciliation_identity(loaded):
    result, expected = loaded
    c = result.controls
    assert c["rows_read"] == c["rows_used"] + c["rows_rejected"]
    assert round(c["revenue_read"] * 100) == round(c["revenue_used"] * 100) + round(
        c["revenue_rejected"] * 100
    )
    assert len(result.invoices) + len(result.rejected) == c["rows_read"]
    # every source row appears exactly once, used or rejected
    rows = list(result.invoices["source_row"]) + list(result.rejected["source_row"])
    assert len(set(rows)) == len(rows)


def test_control_totals_match_generator(loaded):
    result, expected = loaded
    c = result.controls
    for key in ("rows_read", "rows_used", "rows_rejected", "rows_outside_period"):
        assert c[key] == expected["input"][key], key
    assert round(c["revenue_used"] * 100) == round(expected["input"]["revenue_total"] * 100)
    assert round(c["revenue_period"] * 100) == round(expected["revenue_total"] * 100)
    assert c["rejected_reasons"] == {k: v for k, v in expected["rejected_reasons"].items() if v}
    assert c["duplicates"] == expected["duplicates"]
    assert c["customers_period"] == expected["customers"]


def test_period_and_customer_lists(loaded):
    result, expected = loaded
    assert result.period_start.date().isoformat() == expected["period"]["start"]
    assert result.period_end.date().isoformat() == expected["period"]["end"]
    assert result.missing_customers == sorted(expected["missing_from_customers_file"])
    assert result.orphan_customers == sorted(expected["without_invoices"])
    assert sorted(result.anomalies["customer_id"]) == sorted(expected["customers_nonpositive"])


def test_concentration_matches_generator(loaded):
    result, expected = loaded
    profile = customer_profile(
        result.invoices, result.customers, result.period_start, result.period_end
    )
    got = concentration(profile.set_index("customer_id")["revenue"]).to_dict()
    want = expected["concentration"]
    for key in ("top1_share", "top5_share", "top10_share", "hhi", "effective_customers", "gini"):
        assert math.isclose(got[key], want[key], rel_tol=0, abs_tol=1e-9), key
    assert got["top1_customer"] == want["top1_customer"]
    assert got["customers_for_80pct"] == want["customers_for_80pct"]
    assert got["major_customers_10pct"] == want["major_customers_10pct"]
    assert got["economic_dependence"] == want["economic_dependence"]
    if "gross_margin_total" in expected:
        assert math.isclose(
            profile["gross_margin"].sum(), expected["gross_margin_total"], abs_tol=0.005
        )
        m = concentration(profile.set_index("customer_id")["gross_margin"]).to_dict()
        for key in ("top1_share", "hhi", "gini"):
            assert math.isclose(m[key], expected["margin_concentration"][key], abs_tol=1e-9), key


def test_no_warning_about_ambiguous_dates(loaded):
    result, _ = loaded
    assert not any("ambigu" in p.text.lower() for p in result.problems)


@pytest.mark.parametrize("twin", sorted(FEC_TWINS))
def test_fec_twin_gives_the_ledger_figures(samples_dir, twin):
    """Same sales read from the books and from the ledger: same per-customer revenue and margin."""
    books = load_engagement(samples_dir / twin)
    ledger = load_engagement(samples_dir / FEC_TWINS[twin])
    a = customer_profile(books.invoices, books.customers, books.period_start, books.period_end)
    b = customer_profile(ledger.invoices, ledger.customers, ledger.period_start, ledger.period_end)
    a = a.set_index("customer_id").sort_index()
    b = b.set_index("customer_id").sort_index()
    assert list(a.index) == list(b.index)
    assert (a["revenue"] * 100).round().astype(int).equals((b["revenue"] * 100).round().astype(int))
    diff = (a["gross_margin"] - b["gross_margin"]).abs().max()
    assert diff < 0.005
