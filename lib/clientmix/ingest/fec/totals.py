"""What the reader left out and its control totals: the rejected entries and lines, the
summary of skipped entries per journal, and the control totals of :func:`read_fec`."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from clientmix.errors import message
from clientmix.ingest.fec.controls import EntryKinds
from clientmix.ingest.fec.entries import Entries, Lines
from clientmix.ingest.fec.sales import Sales
from clientmix.ingest.fec.values import euros, money, take

_REJECTED_COLUMNS = {
    "source_row": np.int64,
    "reason": "str",
    "detail": "str",
    "amount": np.float64,
    "file": "str",
}
_REJECT_KEYS = {
    "no_customer": "fec_reject_no_customer",
    "bad_date": "fec_reject_bad_date",
    "ambiguous_customer": "fec_reject_ambiguous_customer",
}
_SKIPPED_KEYS = {
    "opening": "fec_skipped_opening",
    "no_sales_lines": "fec_skipped_no_sales_lines",
    "outside_sales_journals": "fec_skipped_outside_sales_journals",
}
_SKIPPED_COLUMNS = ["reason", "journal", "entries", "lines", "revenue_class70", "detail"]


def _entry_rejections(
    mask: np.ndarray, reason: str, entries: Entries, kinds: EntryKinds, path: Path, lang: str
) -> pd.DataFrame | None:
    """One rejected row per entry of `mask`, with its reason code and detail."""
    idx = np.flatnonzero(mask)
    if not len(idx):
        return None
    labels = entries.labels(idx)
    amounts = [money(c, lang) for c in kinds.revenue[idx]]
    key = _REJECT_KEYS[reason]
    return pd.DataFrame(
        {
            "source_row": entries.first_line[idx].astype(np.int64),
            "reason": reason,
            "detail": [
                message(key, lang, entry=lb, revenue=m)
                for lb, m in zip(labels, amounts, strict=True)
            ],
            "amount": kinds.revenue[idx] / 100.0,
            "file": path.name,
        }
    )


def _bad_amount_rows(lines: Lines, entries: Entries, path: Path, lang: str) -> pd.DataFrame | None:
    """One rejected row per line with an unreadable amount (every journal: the entry cannot
    be checked, so the whole entry is left out)."""
    bad_idx = np.flatnonzero(lines.bad_amount)
    if not len(bad_idx):
        return None
    frame = lines.frame
    cols = ("Debit", "Credit") if "Debit" in frame.columns else ("Montant", "Sens")
    firsts, seconds = (take(frame[c], bad_idx) for c in cols)
    labels = entries.labels(entries.code[bad_idx])
    details = [
        message(
            "fec_reject_bad_amount",
            lang,
            entry=lb,
            first_column=cols[0],
            first=a,
            second_column=cols[1],
            second=b,
        )
        for lb, a, b in zip(labels, firsts, seconds, strict=True)
    ]
    return pd.DataFrame(
        {
            "source_row": lines.line_no[bad_idx].astype(np.int64),
            "reason": "bad_amount",
            "detail": details,
            "amount": np.nan,
            "file": path.name,
        }
    )


def rejected_table(
    path: Path, lines: Lines, entries: Entries, kinds: EntryKinds, sales: Sales, lang: str
) -> pd.DataFrame:
    """source_row, reason, detail, amount (class-70 revenue, currency; NaN for an unreadable
    amount), file: sales entries without customer, without a readable date or with ambiguous
    customers, and lines with an unreadable amount; sorted by file line."""
    ambiguous = np.zeros(entries.count, dtype=bool)
    ambiguous[sales.ambiguous] = True
    parts = [
        _entry_rejections(kinds.no_customer, "no_customer", entries, kinds, path, lang),
        _entry_rejections(sales.bad_date, "bad_date", entries, kinds, path, lang),
        _entry_rejections(ambiguous, "ambiguous_customer", entries, kinds, path, lang),
        _bad_amount_rows(lines, entries, path, lang),
    ]
    parts = [p for p in parts if p is not None]
    if not parts:
        empty = {c: pd.Series(dtype=t) for c, t in _REJECTED_COLUMNS.items()}
        return pd.DataFrame(empty).reset_index(drop=True)
    table = pd.concat(parts, ignore_index=True).sort_values("source_row", kind="stable")
    return table.reset_index(drop=True)


def _skipped_per_journal(
    category: np.ndarray, entries: Entries, kinds: EntryKinds, lang: str
) -> pd.DataFrame:
    """Entries of each non-empty `category`, summed per (reason, journal), sorted."""
    mask = category != ""
    if not mask.any():
        return pd.DataFrame(
            {
                c: pd.Series(dtype="str" if c in ("reason", "journal", "detail") else "float64")
                for c in _SKIPPED_COLUMNS
            }
        )
    lines_per_entry = np.bincount(entries.code, minlength=entries.count)
    table = (
        pd.DataFrame(
            {
                "reason": category[mask].astype(str),
                "journal": entries.journal_names[entries.journal[mask]].astype(str),
                "entries": 1,
                "lines": lines_per_entry[mask],
                "revenue_class70": kinds.revenue[mask],
            }
        )
        .groupby(["reason", "journal"], as_index=False, sort=True)
        .sum()
    )
    table["revenue_class70"] = table["revenue_class70"].astype(np.float64) / 100.0
    texts = {reason: message(key, lang) for reason, key in _SKIPPED_KEYS.items()}
    table["detail"] = table["reason"].map(texts)
    return table[_SKIPPED_COLUMNS]


def skipped_table(lines: Lines, entries: Entries, kinds: EntryKinds, lang: str) -> pd.DataFrame:
    """One row per (reason, journal): entries, lines, revenue_class70 (currency), detail, for
    opening entries, entries without class-70 lines and class-70 entries outside the sales
    journals; plus one row for the blank lines left out."""
    category = np.full(entries.count, "", dtype=object)
    category[~kinds.has_revenue & ~kinds.opening] = "no_sales_lines"
    category[kinds.opening] = "opening"
    category[kinds.outside] = "outside_sales_journals"
    skipped = _skipped_per_journal(category, entries, kinds, lang)
    if not lines.blank:
        return skipped
    blank = {
        "reason": ["blank_lines"],
        "journal": [""],
        "entries": [0],
        "lines": [lines.blank],
        "revenue_class70": [0.0],
        "detail": [message("fec_skipped_blank_lines", lang)],
    }
    return pd.concat([skipped, pd.DataFrame(blank)], ignore_index=True)


def control_totals(
    path: Path, lines: Lines, entries: Entries, kinds: EntryKinds, sales: Sales, tagged: int
) -> dict:
    """The control totals of :func:`read_fec` (counts; currency figures rounded to the cent).

    The revenue gap (class-70 revenue of the file, opening entries excluded, minus the revenue
    attributed) splits into revenue without customer and other: outside the sales journals,
    rejected, and unexplained (0 up to rounding of multi-customer splits).
    """
    revenue = kinds.revenue
    rev_file = int(revenue[~kinds.opening].sum())  # unreadable amounts count as 0
    attributed = int(sales.alloc.sum())
    without_customer = int(revenue[kinds.no_customer].sum())
    outside_rev = int(revenue[kinds.outside].sum())
    rejected_rev = int(revenue[kinds.bad_sales | sales.bad_date].sum())
    rejected_rev += int(revenue[sales.ambiguous].sum())
    gap_total = rev_file - attributed
    other = gap_total - without_customer
    invoices = sales.invoices
    rejected_entries = (kinds.no_customer | sales.bad_date | kinds.bad_sales).sum()
    return {
        "file": str(path),
        "lines_read": int(len(lines.frame)),
        "blank_lines": int(lines.blank),
        "entries": int(entries.count),
        "entries_sales": int(kinds.sales.sum()),
        "entries_attributed": int(len(np.unique(sales.entry))),
        "entries_opening": int(kinds.opening.sum()),
        "entries_no_sales_lines": int((~kinds.has_revenue & ~kinds.opening).sum()),
        "entries_outside_sales_journals": int(kinds.outside.sum()),
        "entries_rejected": int(rejected_entries + len(sales.ambiguous)),
        "entries_bad_amount": int(kinds.bad.sum()),
        "entries_unbalanced": 0,
        "sales_journals": [str(j) for j in entries.journal_names[kinds.sales_journal]],
        "revenue_class70_file": euros(rev_file),
        "revenue_class70_opening": euros(int(revenue[kinds.opening].sum())),
        "revenue_attributed": euros(attributed),
        "revenue_gap": euros(gap_total),
        "revenue_gap_without_customer": euros(without_customer),
        "revenue_gap_other": euros(other),
        "revenue_gap_outside_sales_journals": euros(outside_rev),
        "revenue_gap_rejected": euros(rejected_rev),
        "revenue_gap_unexplained": euros(other - outside_rev - rejected_rev),
        "cost_attributed": euros(np.nansum(invoices["cost"].to_numpy()) * 100)
        if "cost" in invoices
        else None,
        "cost_tagged_outside_sales": euros(tagged),
        "customers": int(invoices["customer_id"].nunique()),
    }
