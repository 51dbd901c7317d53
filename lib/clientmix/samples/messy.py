"""Credit notes, rejected rows, invoice numbers and the duplicate line, shared by all samples.

The invoice lines are one DataFrame with ``date``, ``customer_id``, ``customer_name``,
``product``, ``amount`` (integer cents, negative for a credit), ``inv`` (an invoice key),
``credit`` and, depending on the sample, ``cost`` (cents) or ``qty`` and ``price`` (cents).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from clientmix.samples.common import HOLIDAYS, PERIOD_START, to_cents


def credit_notes(
    rng: np.random.Generator,
    lines: pd.DataFrame,
    rate: float,
    eligible: np.ndarray,
    full_share: float = 0.3,
    qty: bool = False,
) -> pd.DataFrame:
    """Credit notes on a random ``rate`` of eligible lines, dated within the same year.

    A credit cancels the line fully (share ``full_share``, cost reversed too) or partly
    (commercial gesture, no cost). With ``qty`` the credit is a return of part of the quantity.
    """
    pick = np.flatnonzero(eligible & (rng.random(len(lines)) < rate))
    src = lines.iloc[pick].copy()
    full = rng.random(len(src)) < full_share
    if qty:
        q = src["qty"].to_numpy()
        ret = np.where(full, q, np.ceil(q * rng.uniform(0.1, 1.0, len(src))).astype(np.int64))
        src["qty"] = -np.maximum(ret, 1)
        src["amount"] = src["qty"] * src["price"]
    else:
        part = to_cents(src["amount"].to_numpy() / 100 * rng.uniform(0.1, 0.5, len(src)))
        src["amount"] = -np.where(full, src["amount"].to_numpy(), np.maximum(part, 100))
        src["product"] = np.where(
            full, "Avoir : " + src["product"], "Avoir geste commercial : " + src["product"]
        )
    if "cost" in src:
        src["cost"] = np.where(full, -src["cost"].to_numpy(), 0)
    dates = src["date"].to_numpy().astype("datetime64[D]")
    year_end = (dates.astype("datetime64[Y]") + 1).astype("datetime64[D]") - np.timedelta64(1, "D")
    later = dates + rng.integers(2, 26, len(src)).astype("timedelta64[D]")
    later = np.busday_offset(np.minimum(later, year_end), 0, roll="backward", holidays=HOLIDAYS)
    src["date"] = pd.to_datetime(later)
    src["credit"] = True
    src["inv"] = lines["inv"].max() + 1 + np.arange(len(src))
    return src


def with_credit_notes(
    rng: np.random.Generator, lines: pd.DataFrame, rate: float, eligible: np.ndarray, **kw
) -> pd.DataFrame:
    """``lines`` followed by the :func:`credit_notes` drawn on them (same keywords)."""
    return pd.concat([lines, credit_notes(rng, lines, rate, eligible, **kw)], ignore_index=True)


def messy_rows(
    rng: np.random.Generator,
    lines: pd.DataFrame,
    ordinary: np.ndarray,
    bad_date: str,
    bad_amount: str,
    no_id_name: str,
) -> pd.DataFrame:
    """Three rejected rows copied from ordinary 2024 lines: no id, bad date, bad amount."""
    pool = np.flatnonzero(
        ordinary & (lines["date"] >= PERIOD_START).to_numpy() & (lines["amount"] > 0).to_numpy()
    )
    src = lines.iloc[rng.choice(pool, 3, replace=False)].copy()
    src["status"] = ["missing_customer_id", "bad_date", "bad_amount"]
    src["customer_id"] = ["", *src["customer_id"].iloc[1:]]
    src["customer_name"] = [no_id_name, *src["customer_name"].iloc[1:]]
    src["date_text"] = [None, bad_date, None]
    src["amount_text"] = [None, None, bad_amount]
    src["inv"] = lines["inv"].max() + 1 + np.arange(3)
    return src


def assemble(
    rng: np.random.Generator,
    parts: list[pd.DataFrame],
    ordinary_ids: np.ndarray,
    prefixes: tuple[str, str],
    width: int,
) -> pd.DataFrame:
    """Sort lines by date, number invoices per year, insert one exact duplicate line."""
    lines = pd.concat(parts, ignore_index=True)
    for col, default in (("status", "used"), ("date_text", None), ("amount_text", None)):
        if col not in lines:
            lines[col] = default
        lines[col] = lines[col].astype(object).where(lines[col].notna(), default)
    lines["credit"] = lines["credit"].fillna(False).astype(bool)
    lines = lines.sort_values(["date", "inv"], kind="stable").reset_index(drop=True)
    invoices = lines.drop_duplicates("inv")[["inv", "date", "credit"]]
    year = invoices["date"].dt.year
    counter = invoices.groupby([year, invoices["credit"]]).cumcount() + 1
    prefix = np.where(invoices["credit"], prefixes[1], prefixes[0])
    number = pd.Series(prefix, index=invoices.index) + year.astype(str) + "-"
    number = number + counter.astype(str).str.zfill(width)
    lines["invoice_id"] = lines["inv"].map(pd.Series(number.to_numpy(), index=invoices["inv"]))
    # one exact duplicate of an ordinary 2024 line, right after the original
    ok = (
        (lines["status"] == "used")
        & ~lines["credit"]
        & (lines["date"] >= PERIOD_START)
        & lines["customer_id"].isin(ordinary_ids)
    ).to_numpy()
    i = int(rng.choice(np.flatnonzero(ok)))
    lines = pd.concat([lines.iloc[: i + 1], lines.iloc[[i]], lines.iloc[i + 1 :]])
    return lines.reset_index(drop=True)


def with_messy_rows(
    rng: np.random.Generator,
    lines: pd.DataFrame,
    ordinary_ids: np.ndarray,
    rejected: tuple[str, str, str],
    numbering: tuple[str, str, int],
) -> pd.DataFrame:
    """The export's lines: ``lines`` plus three rejected rows, numbered, with one duplicate.

    ``ordinary_ids`` are the customers the messy rows and the duplicate may copy;
    ``rejected`` is (unparseable date text, non-numeric amount text, name on the row without
    customer id); ``numbering`` is (invoice prefix, credit-note prefix, counter width).
    """
    ordinary = lines["customer_id"].isin(ordinary_ids).to_numpy()
    messy = messy_rows(rng, lines, ordinary, *rejected)
    return assemble(rng, [lines, messy], ordinary_ids, numbering[:2], numbering[2])


def as_written(lines: pd.DataFrame, text_column: str, clean: pd.Series) -> pd.Series:
    """``clean`` values, except on the messy rows whose ``text_column`` holds the bad text."""
    return lines[text_column].where(lines[text_column].notna(), clean)
