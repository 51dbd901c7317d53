"""Customers and revenue by value of a customer attribute.

Computation only: groups are returned as codes and numbers (the value as written in the data,
or bin bounds, or a kind code); the stage's texts and charts word them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from clientmix.core.columns import PROFILE_COLUMNS

MAX_BREAKDOWN_VALUES = 8
QUANTILE_BINS = 4

# kinds of group in a breakdown table
VALUE = "value"  # a value of the attribute, as written in the data (``group``)
BIN = "bin"  # a quantile bin of a numeric attribute (``low`` to ``high``)
NOT_GIVEN = "not_given"  # customers with no value for the attribute
OTHER = "other"  # the values beyond the largest ones, folded together

_COLUMNS = ["kind", "group", "low", "high", "customers", "revenue"]


def attribute_columns(profile: pd.DataFrame) -> list[str]:
    """The customer-file attribute columns of ``profile`` that can split customers in groups.

    Excludes measures and ids, and columns with a single value or with one value per
    customer (a free-text column such as an address).
    """
    out = []
    for column in profile.columns:
        if column in PROFILE_COLUMNS:
            continue
        values = profile[column]
        distinct = values.nunique(dropna=True)
        numeric = pd.api.types.is_numeric_dtype(values)
        if distinct < 2 or (not numeric and distinct > max(20, len(profile) // 2)):
            continue
        out.append(column)
    return out


def breakdown(profile: pd.DataFrame, attribute: str) -> pd.DataFrame:
    """Customers and revenue by value of ``attribute``, largest revenue first.

    Parameters
    ----------
    profile : one row per customer with ``revenue`` (currency) and the ``attribute`` column.
    attribute : a customer-file column; numeric columns with more than 8 values are cut in
        up to 4 quantile bins (then kept in increasing order instead of by revenue).

    Returns
    -------
    DataFrame, one row per group, with columns

    - ``kind``: :data:`VALUE`, :data:`BIN`, :data:`NOT_GIVEN` (customers with a missing or
      blank value: counted, never dropped; after the bins) or :data:`OTHER` (when there are
      more than 8 groups, the groups beyond the first 7 folded in one last row);
    - ``group``: the value as written in the data, stripped (missing unless kind is VALUE);
    - ``low``, ``high``: the bin's bounds, in the attribute's unit (NaN unless kind is BIN);
    - ``customers`` (int), ``revenue`` (currency, net of credit notes) and ``share``
      (fraction of the total revenue of ``profile``, NaN when that total is 0).
    """
    values = profile[attribute]
    binned = (
        pd.api.types.is_numeric_dtype(values) and values.nunique(dropna=True) > MAX_BREAKDOWN_VALUES
    )
    table = _by_bin(profile, values) if binned else _by_value(profile, values)
    table = _fold_tail(table)
    total = profile["revenue"].sum()
    table["share"] = table["revenue"] / total if total else np.nan
    return table


def _by_value(profile: pd.DataFrame, values: pd.Series) -> pd.DataFrame:
    """One row per stripped value (missing and blank values together), by revenue then
    customers, descending; ties in order of first appearance."""
    text = values.astype("string").str.strip()
    text = text.mask(text == "")
    table = (
        profile.assign(group=text)
        .groupby("group", sort=False, dropna=False)
        .agg(customers=("customer_id", "size"), revenue=("revenue", "sum"))
        .sort_values(["revenue", "customers"], ascending=False, kind="stable")
        .reset_index()
    )
    table.insert(0, "kind", np.where(table["group"].isna(), NOT_GIVEN, VALUE))
    table["low"] = np.nan
    table["high"] = np.nan
    return table[_COLUMNS]


def _by_bin(profile: pd.DataFrame, values: pd.Series) -> pd.DataFrame:
    """One row per quantile bin in increasing order (empty bins left out), then the
    customers with no value."""
    codes, edges = pd.qcut(values, q=QUANTILE_BINS, labels=False, retbins=True, duplicates="drop")
    table = (
        profile.assign(bin=codes)
        .groupby("bin", sort=True, dropna=False)
        .agg(customers=("customer_id", "size"), revenue=("revenue", "sum"))
        .reset_index()
    )
    given = table["bin"].notna()
    index = table["bin"].fillna(0).astype(int).to_numpy()
    table.insert(0, "kind", np.where(given, BIN, NOT_GIVEN))
    table.insert(1, "group", pd.Series(pd.NA, index=table.index, dtype="string"))
    table["low"] = np.where(given, edges[index], np.nan)
    table["high"] = np.where(given, edges[index + 1], np.nan)
    return table[_COLUMNS]


def _fold_tail(table: pd.DataFrame) -> pd.DataFrame:
    """The first 7 rows and one :data:`OTHER` row summing the rest, when there are more
    than 8 rows; ``table`` unchanged otherwise."""
    if len(table) <= MAX_BREAKDOWN_VALUES:
        return table
    head = table.iloc[: MAX_BREAKDOWN_VALUES - 1]
    tail = table.iloc[MAX_BREAKDOWN_VALUES - 1 :]
    rest = pd.DataFrame(
        {
            "kind": [OTHER],
            "group": pd.Series([pd.NA], dtype="string"),
            "low": [np.nan],
            "high": [np.nan],
            "customers": [tail["customers"].sum()],
            "revenue": [tail["revenue"].sum()],
        }
    )
    return pd.concat([head, rest], ignore_index=True)
