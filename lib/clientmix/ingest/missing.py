"""Missing-value markers: the texts that export software writes for an empty cell.

R writes ``NA``, Excel ``#N/A``, databases ``NULL``, French pivot tables ``(vide)``, many
users ``-``. Such a cell is missing (an empty id, date or amount), never a value: a customer
called "NA" would otherwise collect every row without a customer.

The comparison is made on the trimmed text, case-insensitively. engagement.yaml can add
markers per source (``na_values:`` under ``invoices:`` or ``customers:``).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from clientmix.errors import ClientmixError, message

MISSING_MARKERS: frozenset[str] = frozenset(
    {
        "",
        "na",
        "n/a",
        "#n/a",
        "#na",
        "n.a.",
        "null",
        "none",
        "nan",
        "nat",
        "<na>",
        "-",
        "--",
        "(vide)",
        "(blank)",
        "(blanks)",
    }
)
"""The markers read as missing, lower case (compare with ``text.strip().lower()``)."""


def markers(extra: Iterable[str] | None = None) -> frozenset[str]:
    """:data:`MISSING_MARKERS` plus the ``extra`` markers of engagement.yaml (lower-cased,
    trimmed)."""
    if not extra:
        return MISSING_MARKERS
    return MISSING_MARKERS | {str(v).strip().lower() for v in extra}


def is_missing_marker(value: object, extra: Iterable[str] | None = None) -> bool:
    """True when one cell is missing: None, NaN/NaT, or a text marker (``NA``, ``#N/A``,
    ``NULL``, ``-``, ``(vide)``, empty or blanks..., plus ``extra``)."""
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip().lower() in markers(extra)
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def missing_mask(values: pd.Series, extra: Iterable[str] | None = None) -> pd.Series:
    """Boolean Series: True where the cell is missing (see :func:`is_missing_marker`).

    Vectorised; text is compared once per distinct value (exports repeat their cells), so a
    million-row column costs about as much as its distinct values.
    """
    if values.empty:
        return pd.Series(False, index=values.index, dtype=bool)
    if pd.api.types.is_numeric_dtype(values.dtype) or pd.api.types.is_datetime64_any_dtype(
        values.dtype
    ):
        return values.isna()
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    known = markers(extra)
    flags = np.fromiter(
        (isinstance(u, str) and u.strip().lower() in known for u in uniques),
        dtype=bool,
        count=len(uniques),
    )
    out = np.ones(len(values), dtype=bool)  # code -1: None / NaN
    seen = codes >= 0
    out[seen] = flags[codes[seen]]
    return pd.Series(out, index=values.index, dtype=bool)


def blank_missing(values: pd.Series, extra: Iterable[str] | None = None) -> pd.Series:
    """``values`` with every missing cell set to None (NaN for numbers, NaT for dates)."""
    mask = missing_mask(values, extra)
    if not mask.any():
        return values
    return values.mask(mask)


def read_na_values(given: Any, key: str, config: Path, lang: str) -> tuple[str, ...]:
    """The ``na_values:`` of a source of engagement.yaml: one text or a list of texts (a
    number is taken as written); () when not given.

    Raises
    ------
    ClientmixError
        Anything else (a mapping, a list holding a mapping...).
    """
    if given is None:
        return ()
    items = given if isinstance(given, list) else [given]
    if not all(isinstance(v, str | int | float) and not isinstance(v, bool) for v in items):
        raise ClientmixError(
            message("ingest_bad_na_values", lang, setting=key, config=config, value=repr(given)),
            path=config,
        )
    return tuple(str(v).strip() for v in items)
