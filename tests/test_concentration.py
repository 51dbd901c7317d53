"""Concentration measures: hand-worked cases and agreement with an independent package.

The independent reference is ``concentrationMetrics`` (Open Risk, dev dependency, imported only
here). Its conventions, read from its source: ``Index().hhi(x, normalized=False)`` is the sum of
squared shares as fractions (we use percent: x 10,000); ``normalized=True`` would rescale to
(H - 1/n) / (1 - 1/n), which we do not use; ``invsimpson`` is 1 / sum of squared shares (our
effective number of customers); ``cr(x, k)`` the top-k share; ``gini`` is
1 + (1 - 2 * sum(i * w_i)) / n over shares sorted by descending size, algebraically the same as
our Lorenz-curve formula with no small-sample correction.
"""

from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd
import pytest
from concentrationMetrics import Index

from clientmix.dependency.concentration import (
    Concentration,
    concentration,
    lorenz_curve,
    pareto_curve,
)

CONTRACT_KEYS = {
    "top1_share",
    "top1_customer",
    "top5_share",
    "top10_share",
    "hhi",
    "effective_customers",
    "gini",
    "customers_for_80pct",
    "major_customers_10pct",
    "economic_dependence",
}


def series(mapping: dict[str, float]) -> pd.Series:
    return pd.Series(mapping, dtype="float64")


# ------------------------------------------------------------------ hand-worked cases
def test_one_customer() -> None:
    c = concentration(series({"A": 1234.5}))
    assert c.customers == 1
    assert c.total == 1234.5
    assert c.top1_share == 1.0 and c.top1_customer == "A"
    assert c.top5_share == 1.0 and c.top10_share == 1.0
    assert c.hhi == 10_000.0 and c.hhi_level == "high"
    assert c.effective_customers == 1.0
    assert c.gini == 0.0
    assert c.customers_for_80pct == 1 and c.share_customers_for_80pct == 1.0
    assert c.major_customers_10pct == ["A"]
    assert c.economic_dependence is True


def test_two_equal_customers_ties_by_id() -> None:
    # given in reverse id order: the tie must be broken by ascending id
    c = concentration(series({"B": 500.0, "A": 500.0}))
    assert c.top1_share == 0.5 and c.top1_customer == "A"
    assert c.hhi == pytest.approx(5000.0, abs=1e-9)
    assert c.effective_customers == pytest.approx(2.0, abs=1e-12)
    assert c.gini == pytest.approx(0.0, abs=1e-12)
    # 50 % < 80 %: both customers are needed
    assert c.customers_for_80pct == 2
    assert c.major_customers_10pct == ["A", "B"]
    # 50 % is not *above* 50 %
    assert c.economic_dependence is False


def test_one_at_60_and_four_at_10() -> None:
    c = concentration(series({"E": 10, "B": 10, "A": 60, "D": 10, "C": 10}))
    assert c.top1_share == pytest.approx(0.6) and c.top1_customer == "A"
    assert c.top5_share == pytest.approx(1.0)
    # HHI = 60^2 + 4 * 10^2 = 3,600 + 400 = 4,000
    assert c.hhi == pytest.approx(4000.0, abs=1e-9)
    assert c.hhi_level == "high"
    assert c.effective_customers == pytest.approx(2.5)
    # ascending shares .1 .1 .1 .1 .6: L = .1 .2 .3 .4 1, L_prev = 0 .1 .2 .3 .4
    # sum(L + L_prev) = 2.0 + 1.0 = 3.0, Gini = 1 - 3/5 = 0.4
    assert c.gini == pytest.approx(0.4, abs=1e-12)
    # 60 + 10 + 10 = 80 % reached with 3 customers (exactly on the threshold)
    assert c.customers_for_80pct == 3
    assert c.share_customers_for_80pct == pytest.approx(0.6)
    # each 10 % customer is at the IFRS 8 threshold: included; order = value desc then id
    assert c.major_customers_10pct == ["A", "B", "C", "D", "E"]
    assert c.economic_dependence is True


def test_lorenz_and_gini_on_1_2_3_4() -> None:
    values = series({"w": 3, "x": 1, "y": 4, "z": 2})
    lc = lorenz_curve(values)
    assert list(lc.columns) == ["cum_customers_share", "cum_value_share"]
    np.testing.assert_allclose(lc["cum_customers_share"], [0, 0.25, 0.5, 0.75, 1.0])
    np.testing.assert_allclose(lc["cum_value_share"], [0, 0.1, 0.3, 0.6, 1.0])
    c = concentration(values)
    # sum(L + L_prev) = (.1 + .3 + .6 + 1) + (0 + .1 + .3 + .6) = 3.0; Gini = 1 - 3/4
    assert c.gini == pytest.approx(0.25, abs=1e-12)
    # mean absolute difference: sum |xi - xj| = 20, / (2 n^2 mean) = 20 / 80
    assert c.gini == pytest.approx(20 / (2 * 16 * 2.5), abs=1e-12)
    assert c.hhi == pytest.approx(100 + 400 + 900 + 1600)
    assert c.top1_customer == "y"
    # 40 + 30 = 70 < 80, + 20 = 90: three customers
    assert c.customers_for_80pct == 3


def test_pareto_curve_descending_with_ties() -> None:
    pc = pareto_curve(series({"b": 2, "a": 2, "c": 6, "d": 0, "e": -1}))
    assert list(pc.columns) == [
        "rank",
        "customer_id",
        "value",
        "share",
        "cum_share",
        "cum_customers_share",
    ]
    assert pc["customer_id"].tolist() == ["c", "a", "b"]
    assert pc["rank"].tolist() == [1, 2, 3]
    np.testing.assert_allclose(pc["share"], [0.6, 0.2, 0.2])
    np.testing.assert_allclose(pc["cum_share"], [0.6, 0.8, 1.0])
    np.testing.assert_allclose(pc["cum_customers_share"], [1 / 3, 2 / 3, 1.0])


def test_zero_negative_and_nan_are_left_out_not_dropped_silently() -> None:
    c = concentration(series({"A": 50, "B": 0, "C": -10, "D": 50, "E": np.nan}))
    assert c.customers == 2
    assert c.total == 100
    assert c.hhi == pytest.approx(5000)
    assert c.excluded == ["B", "C"]
    assert c.missing == ["E"]
    assert len(lorenz_curve(series({"A": 50, "B": 0, "C": -10, "D": 50}))) == 3


def test_ids_keep_leading_zeros_and_are_strings() -> None:
    c = concentration(pd.Series([5.0, 1.0], index=pd.Index(["00123", "0042"])))
    assert c.top1_customer == "00123"
    c2 = concentration(pd.Series([5.0, 1.0], index=[123, 42]))
    assert c2.top1_customer == "123" and c2.major_customers_10pct == ["123", "42"]


@pytest.mark.parametrize(
    "values",
    [
        pd.Series([], dtype="float64"),
        series({"A": 0.0, "B": -5.0}),
        series({"A": np.nan}),
    ],
)
def test_empty_gives_nan_not_a_crash(values: pd.Series) -> None:
    c = concentration(values)
    assert c.customers == 0 and c.total == 0.0
    assert math.isnan(c.top1_share) and math.isnan(c.hhi) and math.isnan(c.gini)
    assert c.top1_customer is None and c.hhi_level is None
    assert c.major_customers_10pct == [] and c.economic_dependence is False
    d = c.to_dict()
    assert d["top1_share"] is None and d["hhi"] is None
    json.dumps(d, allow_nan=False)
    assert lorenz_curve(values).empty and pareto_curve(values).empty


def test_hhi_levels_and_thresholds() -> None:
    # 10 equal customers: HHI exactly 1,000 -> "moderate" (1,000 to 1,800 inclusive)
    ten = pd.Series(1.0, index=[f"c{i}" for i in range(10)])
    assert concentration(ten).hhi == pytest.approx(1000)
    assert concentration(ten).hhi_level == "moderate"
    eleven = pd.Series(1.0, index=[f"c{i:02d}" for i in range(11)])
    assert concentration(eleven).hhi_level == "unconcentrated"  # 909.1
    # configurable thresholds
    c = concentration(ten, hhi_moderate=500, hhi_high=900, major=0.2, pareto=0.5, dependence=0.05)
    assert c.hhi_level == "high"
    assert c.major_customers_10pct == []
    assert c.customers_for_80pct == 5
    assert c.economic_dependence is True
    assert c.thresholds["major"] == 0.2


@pytest.mark.parametrize(
    "kwargs, fragment",
    [
        ({"major": 10}, "got 10"),
        ({"dependence": 0}, "got 0"),
        ({"pareto": -0.8}, "got -0.8"),
        ({"hhi_high": 20_000}, "got 20000"),
        ({"hhi_moderate": 2000, "hhi_high": 1800}, "hhi_moderate=2000"),
    ],
)
def test_bad_thresholds_say_expected_and_given(kwargs: dict, fragment: str) -> None:
    with pytest.raises(ValueError, match="must") as info:
        concentration(series({"A": 1.0}), **kwargs)
    assert fragment in str(info.value)


def test_bad_inputs() -> None:
    with pytest.raises(ValueError, match="Series"):
        concentration([1, 2, 3])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="numeric"):
        concentration(pd.Series(["a", "b"], index=["x", "y"]))
    with pytest.raises(ValueError, match="duplicated ids: A"):
        concentration(pd.Series([1.0, 2.0], index=["A", "A"]))


def test_to_dict_has_contract_keys_and_is_json() -> None:
    c = concentration(series({"A": 60, "B": 10, "C": 10, "D": 10, "E": 10}))
    d = c.to_dict()
    assert CONTRACT_KEYS <= set(d)
    assert {"hhi_level", "customers", "total"} <= set(d)
    text = json.dumps(d, allow_nan=False)
    assert json.loads(text)["major_customers_10pct"] == ["A", "B", "C", "D", "E"]
    assert isinstance(d["customers_for_80pct"], int)
    assert isinstance(d["economic_dependence"], bool)
    assert isinstance(c, Concentration)


# ------------------------------------------------------------------ independent package
def _reference(values: np.ndarray) -> dict[str, float]:
    """Measures from concentrationMetrics plus independent formulas for the rest."""
    x = values[values > 0]
    idx = Index()
    n = len(x)
    desc = np.sort(x)[::-1]
    # fewest customers reaching 80 %: plain loop over the sorted values
    running, k80 = 0.0, 0
    for v in desc:
        running += v
        k80 += 1
        if running >= 0.8 * x.sum() * (1 - 1e-12):
            break
    # Gini from the mean absolute difference, an independent formula
    mad_gini = np.abs(x[:, None] - x[None, :]).sum() / (2 * n * n * x.mean())
    return {
        "top1_share": idx.cr(x, 1),
        "top5_share": idx.cr(x, min(5, n)),
        "top10_share": idx.cr(x, min(10, n)),
        "hhi": idx.hhi(x, normalized=False) * 10_000,
        "effective_customers": idx.invsimpson(x),
        "gini": idx.gini(x),
        "mad_gini": mad_gini,
        "customers_for_80pct": k80,
    }


@pytest.mark.parametrize("seed", range(12))
def test_agrees_with_concentrationmetrics(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 400))
    values = rng.lognormal(8, 2.0, n) * rng.choice([1, 1, 1, -1, 0], n)
    s = pd.Series(values, index=[f"K{i:04d}" for i in range(n)])
    c = concentration(s)
    ref = _reference(values)
    if c.customers == 0:
        assert (values <= 0).all()
        return
    assert c.customers == int((values > 0).sum())
    for key in ("top1_share", "top5_share", "top10_share", "gini"):
        assert getattr(c, key) == pytest.approx(ref[key], abs=1e-9), key
    assert c.gini == pytest.approx(ref["mad_gini"], abs=1e-9)
    assert c.hhi == pytest.approx(ref["hhi"], rel=1e-9, abs=1e-9)
    assert c.effective_customers == pytest.approx(ref["effective_customers"], rel=1e-9)
    assert c.customers_for_80pct == ref["customers_for_80pct"]
    # the Lorenz curve's area agrees with the Gini: G = 1 - 2 * area (trapezoids)
    lc = lorenz_curve(s)
    area = np.trapezoid(lc["cum_value_share"], lc["cum_customers_share"])
    assert c.gini == pytest.approx(1 - 2 * area, abs=1e-9)
    # largest customer and majors from the Pareto table
    pc = pareto_curve(s)
    assert pc["customer_id"].iloc[0] == c.top1_customer
    assert c.major_customers_10pct == pc.loc[pc["share"] >= 0.1 - 1e-12, "customer_id"].tolist()


def test_order_of_input_does_not_matter() -> None:
    rng = np.random.default_rng(3)
    s = pd.Series(rng.integers(1, 5, 200).astype(float), index=[f"c{i:03d}" for i in range(200)])
    a = concentration(s).to_dict()
    b = concentration(s.sample(frac=1.0, random_state=1)).to_dict()
    assert a == b
    assert (
        pareto_curve(s)["customer_id"].tolist()
        == pareto_curve(s.iloc[::-1])["customer_id"].tolist()
    )
