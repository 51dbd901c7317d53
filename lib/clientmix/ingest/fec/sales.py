"""Sales entries to canonical invoices: one row per (sales entry, customer).

The revenue of an entry (class-70 credit minus debit, integer cents) goes to its customer; an
entry with several customers is split in proportion to their lines (incl. tax), the rounding
residual going to the biggest line. Entries whose customers' amounts have opposite signs are
left out as ambiguous; entries without a readable date are left out too.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from clientmix.errors import ClientmixError, message
from clientmix.ingest.fec.controls import EntryKinds
from clientmix.ingest.fec.entries import Entries, Lines
from clientmix.ingest.fec.values import parse_dates, take


@dataclass
class Sales:
    """The invoices and how they were made.

    Attributes
    ----------
    invoices : customer_id, customer_name, date, amount (currency, net excl. tax), invoice_id,
        source_row (file line of the entry's first line).
    keys : entry and customer_id of each invoice row.
    share : each row's share of its entry's revenue (1 for a single customer).
    alloc : each row's revenue in int64 cents (``invoices.amount`` * 100).
    bad_date : mask over entries: sales entries without a readable date.
    ambiguous : entries whose customers' amounts have opposite signs (entry numbers).
    bad_entry_dates : lines with a non-empty but unreadable EcritureDate.
    without_aux : mask over invoice rows: the customer is a 411 account, no auxiliary account.
    """

    invoices: pd.DataFrame
    keys: pd.DataFrame
    share: np.ndarray
    alloc: np.ndarray
    bad_date: np.ndarray
    ambiguous: np.ndarray
    bad_entry_dates: int
    without_aux: np.ndarray

    @property
    def entry(self) -> np.ndarray:
        """The entry of each invoice row."""
        return self.keys["entry"].to_numpy()


def _entry_dates(
    lines: Lines, entries: Entries, candidate: np.ndarray, lang: str, notes: list[str]
) -> tuple[np.ndarray, int]:
    """Date of each entry: first readable EcritureDate of its lines, else PieceDate (NaT for
    entries not in `candidate`); and the number of lines with an unreadable EcritureDate."""
    date_e, bad_e, fmt_e = parse_dates(lines.frame["EcritureDate"])
    date_p, _, fmt_p = parse_dates(lines.frame["PieceDate"])
    fmts = list(dict.fromkeys(fmt_e + fmt_p))
    if fmts:
        notes.append(message("fec_date_format", lang, formats=", ".join(fmts)))
    sel = candidate[entries.code]
    ent_sel = entries.code[sel]
    de = pd.Series(date_e[sel]).groupby(ent_sel).first()
    dp = pd.Series(date_p[sel]).groupby(ent_sel).first()
    entry_date = np.full(entries.count, np.datetime64("NaT"), dtype="datetime64[ns]")
    entry_date[de.index.to_numpy()] = de.to_numpy(dtype="datetime64[ns]")
    fill = np.isnat(entry_date)
    fill_idx = dp.index.to_numpy()[fill[dp.index.to_numpy()]]
    entry_date[fill_idx] = dp.loc[fill_idx].to_numpy(dtype="datetime64[ns]")
    return entry_date, int(bad_e.sum()) if len(bad_e) else 0


def _customer_lines(lines: Lines, entries: Entries, kinds: EntryKinds) -> pd.DataFrame:
    """One row per (candidate entry, customer): customer_name, piece, net (customer side,
    positive = debit, cents), has_aux. The customer is the auxiliary account (CompAuxNum),
    else the 411 account; its name CompAuxLib (else the auxiliary number) or, without
    auxiliary, CompteLib (else the account)."""
    frame = lines.frame
    cl = np.flatnonzero(kinds.is_cust & kinds.candidate[entries.code])
    aux = take(frame["CompAuxNum"], cl)
    acc = take(frame["CompteNum"], cl)
    has_aux = aux != ""
    aux_lib = take(frame["CompAuxLib"], cl, strip=True)
    acc_lib = take(frame["CompteLib"], cl, strip=True)
    cust = pd.DataFrame(
        {
            "entry": entries.code[cl],
            "customer_id": np.where(has_aux, aux, acc),
            "customer_name": np.where(
                has_aux,
                np.where(aux_lib != "", aux_lib, aux),
                np.where(acc_lib != "", acc_lib, acc),
            ),
            "piece": take(frame["PieceRef"], cl, strip=True),
            "net": (lines.debit[cl] - lines.credit[cl]),
            "has_aux": has_aux,
        }
    )
    grouped = cust.groupby(["entry", "customer_id"], sort=False)
    return grouped.agg(
        customer_name=("customer_name", "first"),
        piece=("piece", "first"),
        net=("net", "sum"),
        has_aux=("has_aux", "first"),
    ).reset_index()


def _allocate(
    per: pd.DataFrame, kinds: EntryKinds, lang: str, notes: list[str]
) -> tuple[pd.DataFrame, np.ndarray, np.ndarray, np.ndarray]:
    """Split each entry's revenue between its customers; return (rows kept, share, cents,
    ambiguous entries). Ambiguous entries are taken out of ``kinds.candidate``."""
    n_cust = per.groupby("entry")["customer_id"].transform("size").to_numpy()
    tot = per.groupby("entry")["net"].transform("sum").to_numpy()
    netv = per["net"].to_numpy()
    multi = n_cust > 1
    ambiguous_row = multi & ((tot == 0) | (np.sign(netv) * np.sign(tot) < 0))
    ambiguous = np.unique(per["entry"].to_numpy()[ambiguous_row])
    if len(ambiguous):
        keep = ~np.isin(per["entry"].to_numpy(), ambiguous)
        per = per.loc[keep].reset_index(drop=True)
        tot, netv, multi = tot[keep], netv[keep], multi[keep]
        kinds.candidate[ambiguous] = False
    ent = per["entry"].to_numpy()
    share = np.where(multi, netv / np.where(tot == 0, 1, tot), 1.0)
    rev = kinds.revenue[ent]
    alloc = np.round(rev * share).astype(np.int64)
    if multi.any():
        residual = rev - pd.Series(alloc).groupby(ent).transform("sum").to_numpy()
        biggest = pd.Series(np.abs(netv)).groupby(ent).transform("max").to_numpy() == np.abs(netv)
        first_big = biggest & ~pd.Series(biggest).groupby(ent).cumsum().gt(1).to_numpy()
        alloc = alloc + np.where(first_big, residual, 0)
        count = len(np.unique(ent[multi]))
        notes.append(message("fec_multi_customer", lang, count=count))
    return per, share, alloc, ambiguous


def _invoice_table(
    per: pd.DataFrame, entries: Entries, entry_date: np.ndarray, alloc: np.ndarray
) -> pd.DataFrame:
    """Canonical invoice rows; invoice_id is PieceRef, else JournalCode-EcritureNum."""
    ent = per["entry"].to_numpy()
    piece = per["piece"].to_numpy(dtype=object)
    invoice_id = np.where(piece != "", piece, entries.labels(ent, sep="-"))
    return pd.DataFrame(
        {
            "customer_id": pd.array(per["customer_id"].to_numpy(dtype=object), dtype="str"),
            "customer_name": pd.array(per["customer_name"].to_numpy(dtype=object), dtype="str"),
            "date": pd.to_datetime(entry_date[ent]).astype("datetime64[ns]"),
            "amount": alloc.astype(np.float64) / 100.0,
            "invoice_id": pd.array(invoice_id.astype(str), dtype="str"),
            "source_row": entries.first_line[ent].astype(np.int64),
        }
    )


def _no_auxiliary_note(per: pd.DataFrame, lang: str) -> str | None:
    """Note on sales whose customer is a 411 account (no auxiliary): a generic 411 account
    merges several customers into one."""
    no_aux = ~per["has_aux"].to_numpy(dtype=bool)
    if not no_aux.any():
        return None
    ids = pd.unique(per["customer_id"].to_numpy()[no_aux])
    shown = ", ".join(map(str, ids[:5])) + ("..." if len(ids) > 5 else "")
    return message("fec_no_auxiliary", lang, count=int(no_aux.sum()), ids=shown)


def sales_per_customer(
    lines: Lines, entries: Entries, kinds: EntryKinds, lang: str, notes: list[str]
) -> Sales:
    """Canonical invoices from the candidate sales entries (see :class:`Sales`); entries
    without a readable date or with ambiguous customers are taken out of ``kinds.candidate``.
    Notes on the date formats, multi-customer entries and sales without auxiliary are added."""
    entry_date, bad_entry_dates = _entry_dates(lines, entries, kinds.candidate, lang, notes)
    bad_date = kinds.candidate & np.isnat(entry_date)
    kinds.candidate &= ~bad_date
    per = _customer_lines(lines, entries, kinds)
    per, share, alloc, ambiguous = _allocate(per, kinds, lang, notes)
    invoices = _invoice_table(per, entries, entry_date, alloc)
    note = _no_auxiliary_note(per, lang)
    if note:
        notes.append(note)
    return Sales(
        invoices=invoices,
        keys=per[["entry", "customer_id"]],
        share=share,
        alloc=alloc,
        bad_date=bad_date,
        ambiguous=ambiguous,
        bad_entry_dates=bad_entry_dates,
        without_aux=~per["has_aux"].to_numpy(dtype=bool),
    )


def check_customer_accounts(path: Path, sales: Sales, lang: str) -> None:
    """Stop when every sale is debited to one and the same 411 account without auxiliary
    account: the FEC then carries no per-customer account (a collective "Clients" account), and
    a diagnostic of "1 customer" holding all the revenue would be wrong.

    Several 411 accounts without auxiliary are taken as one account per customer (the note
    ``fec_no_auxiliary`` says so); a collective account beside auxiliary accounts is noted too.

    Raises
    ------
    ClientmixError
        Naming the account, the number of sales entries and what to give instead.
    """
    invoices = sales.invoices
    if not len(invoices) or not sales.without_aux.all():
        return
    accounts = invoices["customer_id"].unique()
    if len(accounts) != 1:
        return
    raise ClientmixError(
        message(
            "fec_no_customer_accounts",
            lang,
            path=path,
            entries=len(np.unique(sales.entry)),
            account=accounts[0],
            label=invoices["customer_name"].iloc[0],
        ),
        path=path,
    )
