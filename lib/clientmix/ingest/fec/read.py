"""Read a FEC file and return its sales as canonical invoices, with controls.

The steps, one module each: :mod:`.table` reads the file as strings, :mod:`.entries` parses the
amounts and groups the lines into entries, :mod:`.controls` checks the entries and tells what
each one is, :mod:`.sales` and :mod:`.costs` make the invoices, :mod:`.totals` lists what was
left out and the control totals.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from clientmix.errors import ClientmixError, message
from clientmix.ingest.fec.controls import Accounts, classify_entries
from clientmix.ingest.fec.costs import add_costs, tagged_outside_sales
from clientmix.ingest.fec.entries import group_entries, read_lines
from clientmix.ingest.fec.sales import check_customer_accounts, sales_per_customer
from clientmix.ingest.fec.totals import control_totals, rejected_table, skipped_table


@dataclass
class FecResult:
    """What :func:`read_fec` found in a FEC file.

    Attributes
    ----------
    invoices : canonical invoices, one row per (sales entry, customer): customer_id,
        customer_name, date, amount (currency, net excl. tax, negative for a credit note),
        invoice_id, source_row (file line of the entry's first line, header = 1) and cost
        (currency) when the books or ``cost_rate`` give it.
    rejected : source_row, reason, detail, amount (class-70 revenue of the entry, currency; NaN
        for an unreadable amount), file (file name): entries or lines that could not be used.
    skipped : one row per (reason, journal): entries, lines, revenue_class70 (currency), detail.
    controls : control totals (currency figures rounded to the cent), see :func:`read_fec`.
    notes : guesses made while reading (encoding, separator, decimal, dates, amount layout).
    """

    invoices: pd.DataFrame
    rejected: pd.DataFrame
    skipped: pd.DataFrame
    controls: dict
    notes: list[str] = field(default_factory=list)


def _read(
    path: Path,
    encoding: str | None,
    accounts: Accounts,
    sales_journals: Sequence[str] | None,
    cost_rate: float | None,
    lang: str,
) -> FecResult:
    """The steps of :func:`read_fec`, its arguments checked."""
    lines, notes = read_lines(path, encoding, lang)
    entries = group_entries(lines)
    kinds = classify_entries(path, lines, entries, accounts, sales_journals, lang)
    sales = sales_per_customer(lines, entries, kinds, lang, notes)
    check_customer_accounts(path, sales, lang)
    add_costs(lines, entries, kinds, sales, accounts.cost, cost_rate, lang, notes)
    tagged = tagged_outside_sales(lines, entries, kinds, sales, accounts.cost, lang, notes)
    rejected = rejected_table(path, lines, entries, kinds, sales, lang)
    skipped = skipped_table(lines, entries, kinds, lang)
    controls = control_totals(path, lines, entries, kinds, sales, tagged)
    if sales.bad_entry_dates:
        notes.append(message("fec_unreadable_entry_dates", lang, count=sales.bad_entry_dates))
    return FecResult(
        invoices=sales.invoices, rejected=rejected, skipped=skipped, controls=controls, notes=notes
    )


def read_fec(
    path: Path | str,
    *,
    encoding: str | None = None,
    sales_prefixes: Sequence[str] = ("70",),
    discount_prefixes: Sequence[str] = ("709",),
    customer_prefix: str | Sequence[str] = "411",
    sales_journals: Sequence[str] | None = None,
    cost_rate: float | None = None,
    cost_prefixes: Sequence[str] = ("60",),
    lang: str = "fr",
) -> FecResult:
    """Read a FEC file and return its sales as canonical invoices, with controls.

    Parameters
    ----------
    path : the FEC file (tab or pipe separated, UTF-8 with or without BOM, Windows-1252 or
        ISO-8859-1; dates YYYYMMDD, DD/MM/YYYY or YYYY-MM-DD; decimal comma or dot).
    encoding : force the encoding (detected otherwise: UTF-8 strict, else Windows-1252).
    sales_prefixes : account prefixes of revenue (class 70 by default).
    discount_prefixes : account prefixes of discounts granted (709), counted as reductions.
    customer_prefix : account prefix(es) of customers (411).
    sales_journals : journal codes whose entries are sales; None means every journal having at
        least one entry with both a customer line and a revenue line.
    cost_rate : fraction of revenue in [0, 1] used as direct cost when the entries carry no
        cost lines (None: no estimated cost).
    cost_prefixes : account prefixes of direct costs found inside sales entries (60).
    lang : "fr" or "en", language of messages and notes.

    Returns
    -------
    FecResult
        ``invoices`` (amounts in the currency of the books, net excl. tax), ``rejected``,
        ``skipped``, ``controls`` and ``notes``. ``controls`` holds lines_read, entries,
        entries_sales (entries with revenue lines in sales journals), entries_attributed,
        entries_unbalanced (always 0: an unbalanced entry raises), revenue_class70_file (credit
        minus debit over every revenue line of the file except opening entries),
        revenue_attributed (sum of invoices.amount), revenue_gap and its split
        revenue_gap_without_customer, revenue_gap_other (= outside_sales_journals + rejected +
        unexplained, the last being 0 up to rounding of multi-customer splits).

    Raises
    ------
    ClientmixError
        Missing or empty file, header only, missing required columns, lines without
        EcritureNum, malformed line, unbalanced entry, cost_rate outside [0, 1], every sale
        on one collective 411 account without auxiliary account (no per-customer account).
    """
    if lang not in ("fr", "en"):
        lang = "fr"
    if cost_rate is not None and not (0.0 <= float(cost_rate) <= 1.0):
        raise ClientmixError(message("fec_bad_cost_rate", lang, rate=cost_rate))
    accounts = Accounts.of(sales_prefixes, discount_prefixes, customer_prefix, cost_prefixes)
    return _read(Path(path), encoding, accounts, sales_journals, cost_rate, lang)
