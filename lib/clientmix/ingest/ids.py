"""Customer ids as read: missing-value markers and ids that Excel turned into scientific
notation.

A missing-value marker (``NA``, ``#N/A``, ``NULL``, ``-``, ``(vide)``...; see
:mod:`clientmix.ingest.missing`) is no customer: the row has no customer id. An id written
``5,52101E+13`` has lost its last digits when Excel showed a long number: several customers
merge into one, so the file must be exported again with the column as text.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from clientmix.errors import message
from clientmix.ingest.missing import missing_mask
from clientmix.ingest.problems import Problem

# "5,52101E+13", "5.52101e+13", "1E+13": a mantissa with decimals, or a signed exponent
_SCIENTIFIC = r"^[+-]?\d+(?:[.,]\d+[eE][+-]?\d+|[eE][+-]\d+)$"


def id_markers(ids: pd.Series, extra: Iterable[str] | None = None) -> pd.Series:
    """True where an id cell (as read, or as text) is a missing-value marker ("NA", "#N/A",
    "NULL", "-", "(vide)"...) rather than a customer; empty cells excluded."""
    filled = ids.notna() & ids.astype(str).str.strip().ne("")
    return missing_mask(ids, extra) & filled


def blank_markers(ids: pd.Series, extra: Iterable[str] | None = None) -> pd.Series:
    """``ids`` with every missing-value marker turned into "" (no customer)."""
    return ids.mask(id_markers(ids, extra), "")


def scientific_ids(ids: pd.Series) -> pd.Series:
    """True where an id is written in scientific notation ("5,52101E+13")."""
    return ids.str.match(_SCIENTIFIC, na=False)


def scientific_id_problem(
    ids: pd.Series, source_row: pd.Series, path: object, column: str, lang: str
) -> list[Problem]:
    """An error when ids of ``column`` are in scientific notation: the count, an example and
    its row, and what to do (export the column again as text)."""
    bad = scientific_ids(ids)
    if not bad.any():
        return []
    first = bad.idxmax()
    text = message(
        "ingest_scientific_ids",
        lang,
        count=int(bad.sum()),
        path=path,
        column=column,
        value=ids[first],
        row=int(source_row[first]),
    )
    return [Problem("error", text)]
