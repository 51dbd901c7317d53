"""Totals lines of an export: "Total", "Total général", "Sous-total", "Grand total",
"CL001 Total" (Excel's subtotals)... and unlabelled lines whose amount is the sum of the rows
above them.

Such a line is no sale: counted as used it doubles the revenue, counted as rejected it shows
the owner a rejected revenue equal to the whole revenue. It is skipped: in neither the revenue
read nor the revenue rejected, and counted apart (``rows_read = rows_used + rows_rejected +
rows_totals_skipped``).

A customer may be called "Total" (the oil company), a product "Total protection": a
labelled line (a label in the id column, or in any text column of a row without a customer
id) is a totals line only when its date is missing or its amount is the sum of other rows;
an unlabelled line only when it has no customer id and its amount is such a sum.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from clientmix.ingest.headers import normalise_header

# labels after normalise_header (lower case, no accents, punctuation as spaces)
_LABEL = (
    r"^(?:sous total|sub total|subtotal|grand total|totaux|total|somme|sum)(?: .*)?$"
    r"|^.+ total$"
)


def _labels(text: pd.Series) -> pd.Series:
    """True for the cells that read as a totals label, compared normalised. Only the cells
    holding "tot", "somm" or "sum" are normalised (a million ids cost a vectorised search)."""
    out = pd.Series(False, index=text.index)
    if pd.api.types.is_numeric_dtype(text.dtype):
        return out
    maybe = text.astype("string").str.contains("(?i)tot|somm|sum", regex=True).fillna(False)
    if maybe.any():
        norm = text[maybe.astype(bool)].astype(str).map(normalise_header)
        out[norm.index] = norm.str.match(_LABEL).to_numpy(dtype=bool)
    return out


def _sum_lines(cents: np.ndarray, candidate: np.ndarray) -> np.ndarray:
    """True for the candidate rows whose amount (integer cents) is the sum of the detail rows
    (non-candidates) since the previous candidate (at least two of them), or of all the
    detail rows; never for a zero amount."""
    detail = ~candidate & ~np.isnan(cents)
    values = np.where(detail, np.nan_to_num(cents), 0).astype("int64")
    cum, count = np.cumsum(values), np.cumsum(detail)
    pos = np.flatnonzero(candidate)
    if not len(pos):
        return np.zeros(len(cents), dtype=bool)
    before = np.concatenate(([0], cum[pos][:-1]))
    before_n = np.concatenate(([0], count[pos][:-1]))
    own = cents[pos]
    block = (cum[pos] - before == own) & (count[pos] - before_n >= 2)
    whole = (own == cum[-1]) & (count[-1] >= 2)
    out = np.zeros(len(cents), dtype=bool)
    out[pos] = (block | whole) & (own != 0) & ~np.isnan(own)
    return out


def totals_lines(
    frame: pd.DataFrame,
    ids: pd.Series,
    names: pd.Series | None,
    dates: pd.Series,
    amounts: pd.Series,
) -> pd.Series:
    """True for the totals lines of a raw table, on its index.

    Parameters
    ----------
    frame : the raw cells (every text column is searched for a label on rows without an id).
    ids : customer ids as read ("" when missing).
    names : customer names as read, or None.
    dates : the dates read (NaT when missing or unreadable).
    amounts : the amounts read (currency units; NaN when unreadable).
    """
    cents = np.round(amounts.to_numpy(dtype="float64") * 100)
    no_id = ids.eq("")
    id_label = _labels(ids)
    row_label = pd.Series(False, index=ids.index)
    if no_id.any():
        texts = frame.loc[no_id].select_dtypes(exclude="number")
        for column in texts.columns:
            row_label[no_id] |= _labels(texts[column])
    if names is not None:
        row_label |= _labels(names)
    # a dated row with an id is a sale unless proved otherwise: it stays among the details
    candidate = (no_id | (id_label & dates.isna())).to_numpy()
    is_sum = pd.Series(_sum_lines(cents, candidate), index=ids.index)
    labelled = id_label | (no_id & row_label)
    return (labelled & (dates.isna() | is_sum)) | (no_id & is_sum)
