"""Concentration of a currency measure (revenue, gross margin) across customers.

All shares are fractions in [0, 1]; ``hhi`` is on the 0-10,000 scale (shares in percent, squared,
summed). Only customers whose value is strictly positive take part in the measures; customers at
zero or below are listed in ``excluded`` and customers with an unknown value (NaN) in ``missing``,
never dropped silently. Customers are ranked by descending value, ties broken by ascending
customer id, so every result is deterministic.

Definitions (the ``metrics.json`` contract, see ARCHITECTURE.md):

- ``hhi`` = sum over customers of (100 * share) ** 2; ``effective_customers`` = 10,000 / hhi;
- ``gini`` = 1 - sum_i (L_i + L_{i-1}) / n, where L_i is the Lorenz curve of the n customers
  sorted by ascending value (L_0 = 0, L_n = 1); no small-sample correction;
- ``customers_for_80pct`` = the fewest customers whose shares add up to at least ``pareto``;
- ``major_customers_10pct`` = ids whose share is at least ``major`` (IFRS 8 / ASC 280: 10 %);
- ``economic_dependence`` = top-1 share strictly above ``dependence`` (50 %).

Threshold comparisons allow a relative tolerance of 1e-12, so that a customer at exactly 10 %
counts as major even when floating point gives 0.09999999999999999.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from clientmix.core.checks import ConcentrationInputError, duplicated_ids, is_number
from clientmix.core.jsonable import plain

_TOL = 1e-12

MEASURES = ("revenue", "gross_margin")
"""The profile measures whose concentration is computed: net revenue or gross margin."""

__all__ = [
    "MEASURES",
    "THRESHOLD_NAMES",
    "Concentration",
    "ConcentrationInputError",
    "check_thresholds",
    "checked_thresholds",
    "concentration",
    "lorenz_curve",
    "pareto_curve",
]


@dataclass(frozen=True)
class Concentration:
    """Concentration of one measure over the customers with a positive value.

    Attributes
    ----------
    total : sum of the positive values (currency).
    customers : number of customers with a positive value.
    top1_share, top5_share, top10_share : share of the largest 1 / 5 / 10 customers, fractions in
        [0, 1] (1.0 when there are fewer customers than that); NaN when ``customers == 0``.
    top1_customer : id of the largest customer (None when ``customers == 0``).
    hhi : Herfindahl-Hirschman index, 0 to 10,000 (shares in %); NaN when empty.
    hhi_level : "unconcentrated" (< hhi_moderate), "moderate" (hhi_moderate to hhi_high
        inclusive) or "high" (> hhi_high); None when empty.
    effective_customers : 10,000 / hhi (number of equal customers giving the same HHI).
    gini : Gini coefficient in [0, 1) of the Lorenz curve (see module docstring).
    customers_for_80pct : fewest customers whose shares add up to at least ``pareto`` (0 when
        empty).
    share_customers_for_80pct : the same as a fraction of ``customers``.
    major_customers_10pct : ids at ``major`` or more, by descending value.
    economic_dependence : ``top1_share > dependence``.
    excluded : ids whose value is zero or negative (anomalies to report).
    missing : ids whose value is unknown (NaN).
    thresholds : the thresholds used (major, dependence, pareto, hhi_moderate, hhi_high).
    """

    total: float
    customers: int
    top1_share: float
    top1_customer: str | None
    top5_share: float
    top10_share: float
    hhi: float
    hhi_level: str | None
    effective_customers: float
    gini: float
    customers_for_80pct: int
    share_customers_for_80pct: float
    major_customers_10pct: list[str]
    economic_dependence: bool
    excluded: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    thresholds: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-serialisable dict: native Python types, NaN written as None.

        Holds the ``metrics.json`` contract keys (top1_share, top1_customer, top5_share,
        top10_share, hhi, effective_customers, gini, customers_for_80pct,
        major_customers_10pct, economic_dependence) plus every other field.
        """
        return plain(asdict(self))


def check_thresholds(
    *,
    major: float = 0.10,
    dependence: float = 0.50,
    pareto: float = 0.80,
    hhi_moderate: float = 1000,
    hhi_high: float = 1800,
) -> dict[str, float]:
    """Check the concentration thresholds and return them as a dict of floats.

    Raises
    ------
    ConcentrationInputError
        When a share threshold is not a fraction in (0, 1] or the HHI bounds are not
        0 <= hhi_moderate <= hhi_high <= 10,000. The message says what was given.
    """
    shares = {"major": major, "dependence": dependence, "pareto": pareto}
    for name, value in shares.items():
        if not is_number(value) or not 0 < value <= 1:
            raise ConcentrationInputError(
                f"Threshold {name!r} must be a fraction in (0, 1] (e.g. 0.10 for 10 %), "
                f"got {value!r}."
            )
    for name, value in {"hhi_moderate": hhi_moderate, "hhi_high": hhi_high}.items():
        if not is_number(value) or not 0 <= value <= 10_000:
            raise ConcentrationInputError(
                f"Threshold {name!r} must be a number between 0 and 10,000 (HHI scale), "
                f"got {value!r}."
            )
    if hhi_moderate > hhi_high:
        raise ConcentrationInputError(
            f"Threshold hhi_moderate must not exceed hhi_high, got hhi_moderate={hhi_moderate!r} "
            f"and hhi_high={hhi_high!r}."
        )
    return {
        "major": float(major),
        "dependence": float(dependence),
        "pareto": float(pareto),
        "hhi_moderate": float(hhi_moderate),
        "hhi_high": float(hhi_high),
    }


THRESHOLD_NAMES = ("major", "dependence", "pareto", "hhi_moderate", "hhi_high")


def checked_thresholds(thresholds: Mapping[str, Any]) -> dict[str, float]:
    """Check thresholds given as keyword arguments (``**thresholds``) by name and value.

    Returns the five thresholds as floats, defaults filled in (see :func:`check_thresholds`).

    Raises
    ------
    ConcentrationInputError on an unknown name or a value out of range.
    """
    unknown = sorted(set(thresholds) - set(THRESHOLD_NAMES))
    if unknown:
        raise ConcentrationInputError(
            f"Unknown threshold(s) {', '.join(unknown)}; "
            f"expected some of {', '.join(sorted(THRESHOLD_NAMES))}."
        )
    return check_thresholds(**thresholds)


def _ranked(values: pd.Series) -> tuple[np.ndarray, np.ndarray, list[str], list[str]]:
    """Positive values by descending value (ties: ascending id) and the left-out ids.

    Returns ids (str array), values (float64 array), excluded ids (value <= 0, sorted) and
    missing ids (NaN, sorted).
    """
    if isinstance(values, pd.DataFrame) or not isinstance(values, pd.Series):
        raise ConcentrationInputError(
            "Expected a pandas Series of values indexed by customer_id, "
            f"got {type(values).__name__}."
        )
    if len(values) and not (
        pd.api.types.is_numeric_dtype(values.dtype) and not pd.api.types.is_bool_dtype(values)
    ):
        raise ConcentrationInputError(
            f"Expected numeric values (currency), got dtype {values.dtype} "
            f"for series {values.name!r}."
        )
    ids = values.index.astype(str).to_numpy(dtype=object)
    dup = duplicated_ids(ids)
    if dup:
        raise ConcentrationInputError(
            f"Expected one value per customer_id, got duplicated ids: {', '.join(dup[:10])}"
            + (" ..." if len(dup) > 10 else "")
            + "."
        )
    v = values.to_numpy(dtype="float64", na_value=np.nan)
    nan = np.isnan(v)
    pos = v > 0
    missing = sorted(ids[nan].tolist())
    excluded = sorted(ids[~nan & ~pos].tolist())
    ids, v = ids[pos], v[pos]
    by_id = np.argsort(ids, kind="stable")
    order = by_id[np.argsort(-v[by_id], kind="stable")]
    return ids[order].astype(str), v[order], excluded, missing


def concentration(
    values: pd.Series,
    *,
    major: float = 0.10,
    dependence: float = 0.50,
    pareto: float = 0.80,
    hhi_moderate: float = 1000,
    hhi_high: float = 1800,
) -> Concentration:
    """Concentration of a currency measure across customers.

    Parameters
    ----------
    values : pd.Series indexed by customer_id, currency units (e.g. net revenue or gross margin
        over the analysis period), one value per customer. Only values > 0 count; ids at zero
        or below go to ``excluded``, NaN to ``missing``.
    major : share (fraction) from which a customer is "major" (default 0.10, IFRS 8).
    dependence : top-1 share (fraction) above which the company is economically dependent
        (default 0.50).
    pareto : cumulative share (fraction) for ``customers_for_80pct`` (default 0.80).
    hhi_moderate, hhi_high : HHI bounds (0-10,000) of the "moderate" level (default 1,000 and
        1,800, US merger guidelines 2023).

    Returns
    -------
    Concentration
        Shares as fractions in [0, 1], ``hhi`` on 0-10,000. With no positive value, a
        Concentration with ``customers == 0`` and NaN shares; with one customer, top-1 share
        1.0, HHI 10,000 and Gini 0.

    Raises
    ------
    ConcentrationInputError (a ValueError) on a bad argument (not a Series, non-numeric,
    duplicated ids, threshold out of range).
    """
    th = check_thresholds(
        major=major,
        dependence=dependence,
        pareto=pareto,
        hhi_moderate=hhi_moderate,
        hhi_high=hhi_high,
    )
    ids, v, excluded, missing = _ranked(values)
    if len(v) == 0:
        return _no_customer(th, excluded, missing)
    return _measured(ids, v, th, excluded, missing)


def _measured(
    ids: np.ndarray,
    v: np.ndarray,
    thresholds: dict[str, float],
    excluded: list[str],
    missing: list[str],
) -> Concentration:
    """The Concentration of the positive values ``v`` (currency, by descending value, at
    least one) of the customers ``ids``."""
    n = len(v)
    total = float(v.sum())
    shares = v / total
    cum_desc = np.cumsum(v)
    hhi = 10_000.0 if n == 1 else float(10_000.0 * np.square(shares).sum())  # exact for one
    pareto = thresholds["pareto"] * total * (1 - _TOL)
    k80 = min(int(np.searchsorted(cum_desc, pareto, side="left")) + 1, n)
    top1 = float(shares[0])
    return Concentration(
        total=total,
        customers=n,
        top1_share=top1,
        top1_customer=str(ids[0]),
        top5_share=float(cum_desc[min(5, n) - 1] / total),
        top10_share=float(cum_desc[min(10, n) - 1] / total),
        hhi=hhi,
        hhi_level=_hhi_level(hhi, thresholds),
        effective_customers=10_000.0 / hhi,
        gini=_gini(v, total),
        customers_for_80pct=k80,
        share_customers_for_80pct=k80 / n,
        major_customers_10pct=ids[shares >= thresholds["major"] * (1 - _TOL)].tolist(),
        economic_dependence=bool(top1 > thresholds["dependence"]),
        excluded=excluded,
        missing=missing,
        thresholds=thresholds,
    )


def _no_customer(
    thresholds: dict[str, float], excluded: list[str], missing: list[str]
) -> Concentration:
    """The Concentration of a measure with no positive value: no customer, NaN shares."""
    nan = float("nan")
    return Concentration(
        total=0.0,
        customers=0,
        top1_share=nan,
        top1_customer=None,
        top5_share=nan,
        top10_share=nan,
        hhi=nan,
        hhi_level=None,
        effective_customers=nan,
        gini=nan,
        customers_for_80pct=0,
        share_customers_for_80pct=nan,
        major_customers_10pct=[],
        economic_dependence=False,
        excluded=excluded,
        missing=missing,
        thresholds=thresholds,
    )


def _gini(v: np.ndarray, total: float) -> float:
    """Gini coefficient of the positive values ``v`` sorted by descending value (0 for one).

    1 - sum_i (L_i + L_{i-1}) / n over the Lorenz curve L of the values by ascending value.
    """
    n = len(v)
    if n == 1:
        return 0.0
    lorenz = np.cumsum(v[::-1]) / total  # cumulative share of the i smallest customers
    lorenz_prev = np.concatenate(([0.0], lorenz[:-1]))
    return float(1.0 - (lorenz.sum() + lorenz_prev.sum()) / n)


def _hhi_level(hhi: float, thresholds: dict[str, float]) -> str:
    """ "unconcentrated", "moderate" or "high" for an HHI (0-10,000), bounds included in
    "moderate"."""
    if hhi < thresholds["hhi_moderate"] * (1 - _TOL):
        return "unconcentrated"
    if hhi <= thresholds["hhi_high"] * (1 + _TOL):
        return "moderate"
    return "high"


def lorenz_curve(values: pd.Series) -> pd.DataFrame:
    """Lorenz curve of the positive values, customers sorted by ascending value.

    Parameters
    ----------
    values : pd.Series indexed by customer_id (currency); values <= 0 or NaN are left out.

    Returns
    -------
    DataFrame with columns cum_customers_share and cum_value_share (fractions in [0, 1]):
    n + 1 rows starting at (0, 0) and ending at (1, 1); empty when no value is positive.
    """
    _, v, _, _ = _ranked(values)
    n = len(v)
    if n == 0:
        return pd.DataFrame({"cum_customers_share": [], "cum_value_share": []}, dtype="float64")
    cum = np.concatenate(([0.0], np.cumsum(v[::-1]) / v.sum()))
    cum[-1] = 1.0
    return pd.DataFrame(
        {"cum_customers_share": np.arange(n + 1) / n, "cum_value_share": cum},
    )


def pareto_curve(values: pd.Series) -> pd.DataFrame:
    """Pareto table of the positive values, customers by descending value (ties: ascending id).

    Parameters
    ----------
    values : pd.Series indexed by customer_id (currency); values <= 0 or NaN are left out.

    Returns
    -------
    DataFrame with columns rank (1 = largest), customer_id, value (currency), share,
    cum_share and cum_customers_share (fractions in [0, 1]).
    """
    ids, v, _, _ = _ranked(values)
    n = len(v)
    total = v.sum() if n else 1.0
    return pd.DataFrame(
        {
            "rank": np.arange(1, n + 1, dtype="int64"),
            "customer_id": pd.array(ids, dtype=object),
            "value": v,
            "share": v / total,
            "cum_share": np.cumsum(v) / total,
            "cum_customers_share": np.arange(1, n + 1) / max(n, 1),
        }
    )
