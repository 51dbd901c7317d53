"""Argument checks and small conversions shared by every stage."""

from __future__ import annotations

from collections.abc import Sequence
from numbers import Real
from typing import Any

import numpy as np
import pandas as pd

from clientmix.errors import ClientmixError


class ConcentrationInputError(ClientmixError, ValueError):
    """Bad argument or input table for a computation function (concentration, trend...).

    It is both a :class:`ClientmixError` (the command line prints it without a traceback) and a
    :class:`ValueError` (what callers of a numeric function expect).
    """


# --------------------------------------------------------------------------------------------
# argument checks
# --------------------------------------------------------------------------------------------
def need_columns(df: Any, columns: Sequence[str], what: str) -> pd.DataFrame:
    if not isinstance(df, pd.DataFrame):
        raise ConcentrationInputError(
            f"Expected a pandas DataFrame for {what}, got {type(df).__name__}."
        )
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ConcentrationInputError(
            f"The {what} table lacks column(s) {', '.join(missing)}; "
            f"expected {', '.join(columns)}, got columns: {', '.join(map(str, df.columns))}."
        )
    return df


def as_timestamp(value: Any, name: str) -> pd.Timestamp:
    try:
        ts = pd.Timestamp(value)
    except (TypeError, ValueError) as exc:
        raise ConcentrationInputError(f"Expected a date for {name}, got {value!r}.") from exc
    if ts is pd.NaT:
        raise ConcentrationInputError(f"Expected a date for {name}, got {value!r}.")
    return ts.normalize()


def as_fraction(value: Any, name: str, low: float = 0.0, high: float = 1.0) -> float:
    if isinstance(value, bool) or not isinstance(value, Real) or not low <= value <= high:
        raise ConcentrationInputError(
            f"Expected {name} as a fraction between {low:g} and {high:g} (e.g. 0.05 for 5 %), "
            f"got {value!r}."
        )
    return float(value)


ONE_DAY = pd.Timedelta(days=1)


def id_codes(ids: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    codes, uniques = pd.factorize(ids.astype(str), sort=True)
    return codes.astype(np.int64), np.asarray(uniques, dtype=object)
