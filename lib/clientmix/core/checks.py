"""Argument checks and small conversions shared by the computation functions of every stage.

The checks raise :class:`ConcentrationInputError` with a plain English message for the
developer calling the function: what was expected and what was given.
"""

from __future__ import annotations

from collections.abc import Sequence
from numbers import Real
from typing import Any

import numpy as np
import pandas as pd

from clientmix.errors import ClientmixError

ONE_DAY = pd.Timedelta(days=1)
"""One calendar day: turns an inclusive end date into an exclusive bound, and back."""


class ConcentrationInputError(ClientmixError, ValueError):
    """Bad argument or input table for a computation function (concentration, trend...).

    It is both a :class:`ClientmixError` (the command line prints it without a traceback) and a
    :class:`ValueError` (what callers of a numeric function expect).
    """


# --------------------------------------------------------------------------------------------
# argument checks
# --------------------------------------------------------------------------------------------
def is_number(value: Any) -> bool:
    """Whether ``value`` is a real number (int, float, numpy number), booleans excluded."""
    return not isinstance(value, bool) and isinstance(value, Real)


def need_columns(df: Any, columns: Sequence[str], what: str) -> pd.DataFrame:
    """``df`` itself when it is a DataFrame holding every one of ``columns``.

    ``what`` names the table in the message ("invoices", "profile").

    Raises
    ------
    ConcentrationInputError when ``df`` is not a DataFrame or lacks a column.
    """
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
    """``value`` (a date, a datetime or a string such as "2024-12-31") as a Timestamp at
    midnight (the time of day is dropped).

    Raises
    ------
    ConcentrationInputError when ``value`` is not a date (NaT and None included).
    """
    try:
        ts = pd.Timestamp(value)
    except (TypeError, ValueError) as exc:
        raise ConcentrationInputError(f"Expected a date for {name}, got {value!r}.") from exc
    if ts is pd.NaT:
        raise ConcentrationInputError(f"Expected a date for {name}, got {value!r}.")
    return ts.normalize()


def as_fraction(value: Any, name: str, low: float = 0.0, high: float = 1.0) -> float:
    """``value`` as a float when it is a number between ``low`` and ``high`` (both included).

    Raises
    ------
    ConcentrationInputError otherwise (booleans, strings, NaN, out of range).
    """
    if not is_number(value) or not low <= value <= high:
        raise ConcentrationInputError(
            f"Expected {name} as a fraction between {low:g} and {high:g} (e.g. 0.05 for 5 %), "
            f"got {value!r}."
        )
    return float(value)


def as_whole_number(value: Any, name: str, low: int = 1, unit: str = "") -> int:
    """``value`` as an int when it is a whole number (int or numpy integer) >= ``low``.

    ``unit`` is written after "whole number" in the message (e.g. " of months").

    Raises
    ------
    ConcentrationInputError otherwise (booleans and floats included).
    """
    if isinstance(value, bool) or not isinstance(value, int | np.integer) or value < low:
        raise ConcentrationInputError(
            f"Expected {name} as a whole number{unit} >= {low}, got {value!r}."
        )
    return int(value)


def as_choice(value: Any, name: str, choices: Sequence[str]) -> str:
    """``value`` when it is one of ``choices``.

    Raises
    ------
    ConcentrationInputError naming the choices, e.g. "Expected value='revenue' or
    value='gross_margin', got value='sales'."
    """
    if value not in choices:
        expected = " or ".join(f"{name}={choice!r}" for choice in choices)
        raise ConcentrationInputError(f"Expected {expected}, got {name}={value!r}.")
    return value


def duplicated_ids(ids: Any) -> list[str]:
    """The ids that appear more than once in ``ids`` (a Series, Index or array), sorted, each
    listed once; empty when every id is unique."""
    index = pd.Index(ids)
    return sorted(set(index[index.duplicated()]))


# --------------------------------------------------------------------------------------------
# conversions
# --------------------------------------------------------------------------------------------
def id_codes(ids: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Customer ids as integer codes: (codes, uniques) with ``uniques[codes] == ids`` (as str).

    ``uniques`` is sorted (ascending id), so positions in it are a deterministic order.
    """
    codes, uniques = pd.factorize(ids.astype(str), sort=True)
    return codes.astype(np.int64), np.asarray(uniques, dtype=object)
