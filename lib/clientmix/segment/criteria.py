"""Criteria segmentation: each customer's segment by a criterion, and per segment the
customers, revenue, margin and growth of the period (metrics.json ``segments``).

Computation only: segments come back as codes and numbers (the value as written in the data,
bin bounds, or a kind code); the stage's texts word them.

Binning rule: bins are left-closed, ``[low, high)``: a value on an edge belongs to the bin that
starts there. Values below the first edge or at or above the last one get their own open bin,
so every customer falls in exactly one segment; missing values are their own segment.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from clientmix.errors import ClientmixError, message

VALUE = "value"  # a value as written in the data
BIN = "bin"  # a numeric bin [low, high) (low -inf or high +inf for the open bins)
NOT_GIVEN = "not_given"  # no value

QUARTILES = 4
MAX_VALUES_AS_CATEGORIES = 8


@dataclass(frozen=True)
class Criterion:
    """One criterion: ``name`` (as in engagement.yaml and metrics.json), the profile
    ``column`` it reads, and its ``bins``: a tuple of increasing edges, "quantiles" (quartiles
    of the invoiced customers' values) or None (values used as they are)."""

    name: str
    column: str
    bins: tuple[float, ...] | str | None = None


def parse_criteria(spec: list | None, profile: pd.DataFrame, lang: str = "fr") -> list[Criterion]:
    """The criteria of engagement.yaml ``segmentation`` (names or ``{column, bins}``),
    checked against the columns of ``profile``.

    Raises
    ------
    ClientmixError
        When a criterion names a column the profile lacks (the message lists the columns).
    """
    out = []
    for item in spec or []:
        column = item["column"] if isinstance(item, dict) else str(item)
        bins = item.get("bins") if isinstance(item, dict) else None
        if column not in profile.columns:
            columns = ", ".join(c for c in profile.columns if c != "customer_id")
            raise ClientmixError(
                message("segment_criterion_missing", lang, column=column, columns=columns)
            )
        if isinstance(bins, list):
            bins = tuple(float(b) for b in bins)
        elif bins is None and _numeric_many(profile[column]):
            bins = "quantiles"
        out.append(Criterion(name=column, column=column, bins=bins))
    return out


def _numeric_many(values: pd.Series) -> bool:
    """A numeric column with more than 8 distinct values (cut in bins by default)."""
    numeric = pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values)
    return numeric and values.nunique(dropna=True) > MAX_VALUES_AS_CATEGORIES


def bin_edges(values: pd.Series, bins: tuple[float, ...] | str) -> np.ndarray:
    """The increasing edges of a criterion: ``bins`` as given, or for "quantiles" the lower
    quartile points of ``values`` (missing left out) rounded to two significant digits, the
    last bin open above."""
    if bins != "quantiles":
        return np.asarray(bins, dtype="float64")
    given = values.dropna().astype("float64")
    if given.empty:
        return np.array([], dtype="float64")
    points = np.quantile(given, np.arange(QUARTILES) / QUARTILES)
    return np.unique(np.array([_two_digits(p) for p in points]))


def _two_digits(x: float) -> float:
    """``x`` rounded to two significant digits (0 stays 0)."""
    if x == 0 or not np.isfinite(x):
        return float(x)
    return float(np.round(x, 1 - int(np.floor(np.log10(abs(x))))))


def assign(values: pd.Series, edges: np.ndarray | None) -> pd.DataFrame:
    """Each value's segment: columns kind, group (the value as written, stripped), low, high
    (bin bounds, -inf / +inf for the open bins) and order (the bin's rank).

    With ``edges`` None the values are used as they are (blank counts as missing).
    """
    n = len(values)
    out = pd.DataFrame(index=values.index)
    if edges is None:
        text = values.astype("string").str.strip()
        text = text.mask(text == "")
        out["kind"] = np.where(text.isna(), NOT_GIVEN, VALUE)
        out["group"] = text
        out["low"] = np.nan
        out["high"] = np.nan
        out["order"] = 0
        return out
    numbers = pd.to_numeric(values, errors="coerce").astype("float64")
    full = np.concatenate([[-np.inf], edges, [np.inf]])
    position = np.searchsorted(edges, numbers.to_numpy(), side="right")  # 0 .. len(edges)
    missing = numbers.isna().to_numpy()
    out["kind"] = np.where(missing, NOT_GIVEN, BIN)
    out["group"] = pd.Series(pd.NA, index=values.index, dtype="string")
    out["low"] = np.where(missing, np.nan, full[position])
    out["high"] = np.where(missing, np.nan, full[np.minimum(position + 1, len(full) - 1)])
    out["order"] = np.where(missing, n + 1, position)
    return out
