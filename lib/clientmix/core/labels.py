"""Wording lookup (:func:`label`, tables in :mod:`clientmix.core.wording`) and the number
formats of the report.

French is the default everywhere; English when ``lang == "en"``. The formats themselves are in
:mod:`clientmix.core.formats` (re-exported here for the notebooks).

Every function here is pure and cheap: it is imported by the notebooks' kernel and by the
report driver.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from clientmix.core import wording
from clientmix.core.formats import (  # noqa: F401  (re-exported: labels.fmt_money...)
    CURRENCY_SIGNS,
    NBSP,
    NNBSP,
    escape,
    fmt_date,
    fmt_int,
    fmt_money,
    fmt_money_short,
    fmt_num,
    fmt_pct,
    fmt_signed_pct,
    is_missing,
)


def label(key: str, lang: str = "fr", **fields: Any) -> str:
    """The wording of ``key`` in ``lang`` ("fr" unless "en"), with ``{fields}`` filled in.

    Unknown keys come back as the key itself, so a missing label shows rather than crashes
    (a test checks that both languages define the same keys).
    """
    return wording.text(key, lang, **fields)


def has_label(key: str) -> bool:
    """Whether ``key`` is a wording key (of both languages)."""
    return key in wording.TABLES["fr"]


def attribute_label(column: str, lang: str = "fr") -> str:
    """Readable name of a customer-file attribute column (the column name when unknown)."""
    names = wording.ATTRIBUTES[wording.language(lang)]
    return names.get(column) or column.replace("_", " ")


def fmt_bool(value: bool, lang: str = "fr") -> str:
    """``oui``/``non`` (fr) or ``yes``/``no`` (en)."""
    return label("yes" if value else "no", lang)


def format_frame(
    frame: pd.DataFrame, kinds: Mapping[str, str], lang: str = "fr", currency: str = "EUR"
) -> pd.DataFrame:
    """A copy of ``frame`` with formatted text cells and translated headers, for display.

    Parameters
    ----------
    frame : the columns to show, in order (only those in ``kinds`` are kept).
    kinds : column -> "money" | "pct" (fraction in [0, 1]) | "signed_pct" (a change, shown
        with its sign: +12,3 %) | "int" | "hhi" | "date" | "status" | "text" | "num".
    lang, currency : output language and currency code of money columns.

    Returns
    -------
    DataFrame of strings; headers are the labels of the column names (attribute names for
    customer-file columns). Text is left as is: ``DataFrame.to_html`` escapes it.
    """
    out = pd.DataFrame(index=frame.index)
    for column, kind in kinds.items():
        values = frame[column]
        if kind == "money":
            cells = values.map(lambda v: fmt_money(v, lang, currency))
        elif kind == "pct":
            cells = values.map(lambda v: fmt_pct(v, lang))
        elif kind == "signed_pct":
            cells = values.map(lambda v: fmt_signed_pct(v, lang))
        elif kind == "hhi":
            cells = values.map(lambda v: fmt_int(v, lang))
        elif kind == "int":
            cells = values.map(lambda v: fmt_int(v, lang))
        elif kind == "num":
            cells = values.map(lambda v: fmt_num(v, lang, 1))
        elif kind == "date":
            cells = values.map(lambda v: fmt_date(v, lang))
        elif kind == "status":
            cells = values.map(lambda v: "–" if is_missing(v) else label(f"status_{v}", lang))
        else:
            cells = values.map(lambda v: "–" if is_missing(v) else str(v))
        header = label(column, lang) if has_label(column) else attribute_label(column, lang)
        out[header] = cells.astype(str)
    return out
