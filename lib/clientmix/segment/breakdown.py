"""Customers and revenue by value of a customer attribute."""

from __future__ import annotations

import numpy as np
import pandas as pd

from clientmix.core.columns import PROFILE_COLUMNS
from clientmix.core.formats import fmt_num

MAX_BREAKDOWN_VALUES = 8


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


def _groups(values: pd.Series, not_given: str, lang: str = "fr") -> tuple[pd.Series, bool]:
    """Group labels for one attribute, and whether they are ordered bins.

    Numeric columns with more than 8 values are cut in up to 4 quantile bins labelled
    ``"10 – 25"`` (bounds as in the data, both shown).
    """
    if pd.api.types.is_numeric_dtype(values) and values.nunique(dropna=True) > MAX_BREAKDOWN_VALUES:
        codes, edges = pd.qcut(values, q=4, labels=False, retbins=True, duplicates="drop")
        names = np.array(
            [
                f"{fmt_num(lo, lang, _decimals(lo))} – {fmt_num(hi, lang, _decimals(hi))}"
                for lo, hi in zip(edges[:-1], edges[1:], strict=True)
            ]
            + [not_given]
        )
        index = np.where(codes.isna(), len(edges) - 1, codes.fillna(0)).astype(int)
        return pd.Series(names[index], index=values.index), True
    labels = values.astype("string").str.strip()
    return labels.fillna(not_given).replace("", not_given).astype(str), False


def _decimals(value: float) -> int:
    return 0 if float(value).is_integer() or abs(value) >= 100 else 1


def breakdown(
    profile: pd.DataFrame,
    attribute: str,
    not_given: str = "non renseigné",
    other: str = "autres",
    lang: str = "fr",
) -> pd.DataFrame:
    """Customers and revenue by value of ``attribute``, largest revenue first.

    Parameters
    ----------
    profile : one row per customer with ``revenue`` (currency) and the ``attribute`` column.
    attribute : a customer-file column; numeric columns with many values are cut in quartiles
        (then kept in increasing order instead of by revenue).
    not_given, other : labels for missing values and for the values beyond the 8 largest.

    Returns
    -------
    DataFrame with columns ``group`` (str), ``customers`` (int), ``revenue`` (currency) and
    ``share`` (fraction of the total revenue of the period, in [0, 1]).
    """
    groups, ordered = _groups(profile[attribute], not_given, lang)
    table = (
        profile.assign(group=groups)
        .groupby("group", sort=False)
        .agg(customers=("customer_id", "size"), revenue=("revenue", "sum"))
    )
    if ordered:
        order = _bin_order(groups, not_given)
        table = table.reindex([o for o in order if o in table.index]).reset_index()
    else:
        table = table.sort_values(
            ["revenue", "customers"], ascending=False, kind="stable"
        ).reset_index()
    if len(table) > MAX_BREAKDOWN_VALUES:
        head = table.iloc[: MAX_BREAKDOWN_VALUES - 1]
        tail = table.iloc[MAX_BREAKDOWN_VALUES - 1 :]
        rest = pd.DataFrame(
            {
                "group": [other],
                "customers": [tail["customers"].sum()],
                "revenue": [tail["revenue"].sum()],
            }
        )
        table = pd.concat([head, rest], ignore_index=True)
    total = profile["revenue"].sum()
    table["share"] = table["revenue"] / total if total else np.nan
    return table


def _bin_order(groups: pd.Series, not_given: str) -> list[str]:
    """Bin labels in increasing order (by their lower bound), "not given" last."""
    names = [g for g in pd.unique(groups) if g != not_given]

    def lower(name: str) -> float:
        head = name.split(" – ")[0].replace("\u00a0", "").replace(" ", "").replace(",", ".")
        try:
            return float(head)
        except ValueError:
            return float("inf")

    return sorted(names, key=lower) + ([not_given] if not_given in set(groups) else [])
