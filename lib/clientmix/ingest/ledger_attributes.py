"""Attributes written on the sales lines (country, region, salesperson, product family,
channel...) carried to the customer, so that they reach the profile and can be segmentation
criteria like the customers file's columns.

Each customer takes the value found on most of its used lines (missing cells ignored); on a
tie, the value of its latest line, then the first in alphabetical order.
"""

from __future__ import annotations

import pandas as pd


def customer_attributes(invoices: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """One row per customer of ``invoices`` (customer_id, date and the ``columns``): the most
    frequent value of each column, ties broken by the latest date then alphabetically; a
    customer without any value has NaN."""
    ids = pd.Index(invoices["customer_id"].unique(), name="customer_id")
    out = pd.DataFrame(index=ids)
    for column in columns:
        lines = invoices[["customer_id", "date", column]].dropna(subset=[column])
        lines = lines[lines[column].astype(str).str.strip().ne("")]
        stats = lines.groupby(["customer_id", column], sort=False).agg(
            lines=("date", "size"), last=("date", "max")
        )
        stats = stats.reset_index().sort_values(
            ["customer_id", "lines", "last", column],
            ascending=[True, False, False, True],
            kind="stable",
        )
        best = stats.drop_duplicates("customer_id").set_index("customer_id")[column]
        out[column] = best.reindex(ids)
    return out.reset_index()


def merge_attributes(table: pd.DataFrame, attributes: pd.DataFrame) -> pd.DataFrame:
    """The customers ``table`` with the ledger ``attributes`` joined on customer_id; where the
    customers file has the same column, its value wins and the ledger's fills its gaps."""
    merged = table.merge(attributes, on="customer_id", how="left", suffixes=("", "__ledger"))
    for column in attributes.columns:
        extra = f"{column}__ledger"
        if extra in merged:
            merged[column] = merged[column].fillna(merged.pop(extra))
    return merged
