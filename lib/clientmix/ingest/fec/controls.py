"""The entry controls: balance, account kinds, opening entries, sales journals, and what each
entry becomes (sale, opening, outside the sales journals, rejected...).

All masks are boolean arrays over lines or over entries; revenue is in integer cents.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from clientmix.errors import ClientmixError, message
from clientmix.ingest.fec.columns import OPENING_JOURNALS, OPENING_LABEL
from clientmix.ingest.fec.entries import Entries, Lines
from clientmix.ingest.fec.values import line_list, money, starts_with


@dataclass(frozen=True)
class Accounts:
    """Account prefixes: revenue (class 70 and discounts 709), customers (411), direct costs."""

    revenue: tuple[str, ...]
    customer: tuple[str, ...]
    cost: tuple[str, ...]

    @classmethod
    def of(
        cls,
        sales: Sequence[str],
        discount: Sequence[str],
        customer: str | Sequence[str],
        cost: Sequence[str],
    ) -> Accounts:
        """The prefixes as :func:`read_fec` takes them (a customer prefix may be one string)."""
        customers = (customer,) if isinstance(customer, str) else tuple(customer)
        revenue = tuple(dict.fromkeys([*map(str, sales), *map(str, discount)]))
        return cls(revenue=revenue, customer=customers, cost=tuple(cost))


@dataclass
class EntryKinds:
    """What each line's account is (masks over lines) and what each entry is (over entries).

    ``revenue`` is the class-70 credit minus debit of each entry (int64 cents); ``sales_journal``
    is a mask over journals. ``candidate`` (sales entries with a customer and readable amounts)
    is narrowed later by the sales step (unreadable dates, ambiguous customers).
    """

    is_rev: np.ndarray
    is_cust: np.ndarray
    is_cost: np.ndarray
    revenue: np.ndarray
    has_revenue: np.ndarray
    bad: np.ndarray
    opening: np.ndarray
    sales_journal: np.ndarray
    sales: np.ndarray
    candidate: np.ndarray
    no_customer: np.ndarray
    bad_sales: np.ndarray
    outside: np.ndarray


def _raise_unbalanced(
    path: Path, lines: Lines, entries: Entries, unbalanced: np.ndarray, gap: np.ndarray, lang: str
) -> None:
    bad = np.flatnonzero(unbalanced)
    first = int(bad[0])
    others = len(bad) - 1
    more = message("fec_unbalanced_more", lang, count=others) if others else ""
    text = message(
        "fec_unbalanced",
        lang,
        path=path,
        journal=entries.journal_names[entries.journal[first]],
        number=entries.number[first],
        lines=line_list(lines.line_no[entries.code == first], lang),
        gap=money(gap[first], lang),
        more=more,
    )
    raise ClientmixError(text, path=path)


def check_balance(path: Path, lines: Lines, entries: Entries, lang: str) -> np.ndarray:
    """Raise on the first entry whose debits and credits differ (to the cent); return the mask
    of entries with an unreadable amount (they cannot be checked)."""
    entry_bad = entries.total(lines.bad_amount.astype(np.float64)) > 0
    debits = entries.total(lines.debit.astype(np.float64))
    gap = np.round(debits - entries.total(lines.credit.astype(np.float64)))
    unbalanced = (gap != 0) & ~entry_bad
    if unbalanced.any():
        _raise_unbalanced(path, lines, entries, unbalanced, gap, lang)
    return entry_bad


def _opening_entries(frame: pd.DataFrame, entries: Entries, rev_lines: np.ndarray) -> np.ndarray:
    """Opening entries: journal code or journal label, or a line label "A nouveau" in an entry
    with revenue lines (labels of other entries do not matter for revenue)."""
    entry = entries.code
    jl_codes, jl_uniques = pd.factorize(frame["JournalLib"], use_na_sentinel=False)
    jl_open = np.array([bool(OPENING_LABEL.search(str(u))) for u in jl_uniques], dtype=bool)
    codes = np.char.upper(entries.journal_names.astype(str))
    opening = np.isin(codes, list(OPENING_JOURNALS))[entries.journal]
    if jl_open.any():
        opening[np.unique(entry[jl_open[jl_codes]])] = True
    cand = np.flatnonzero(rev_lines[entry] & ~opening[entry])
    if len(cand):
        sub = frame["EcritureLib"].iloc[cand]
        hit = np.flatnonzero(sub.str.contains("nouveau", case=False, regex=False).to_numpy(bool))
        if len(hit):
            ok = np.array([bool(OPENING_LABEL.search(str(t))) for t in sub.iloc[hit]], dtype=bool)
            opening[np.unique(entry[cand[hit[ok]]])] = True
    return opening


def _sales_journals(
    entries: Entries, sales_entries: np.ndarray, sales_journals: Sequence[str] | None
) -> np.ndarray:
    """Mask over journals: those named (case ignored), or when None every journal holding one
    of `sales_entries` (a customer line and a revenue line, not opening, readable)."""
    names = entries.journal_names
    if sales_journals is None:
        found = np.zeros(len(names), dtype=bool)
        found[np.unique(entries.journal[sales_entries])] = True
        return found
    wanted = {str(j).strip().upper() for j in sales_journals}
    return np.array([str(j).upper() in wanted for j in names], dtype=bool)


def classify_entries(
    path: Path,
    lines: Lines,
    entries: Entries,
    accounts: Accounts,
    sales_journals: Sequence[str] | None,
    lang: str,
) -> EntryKinds:
    """Check the balance of every entry, then tell what each entry is (see :class:`EntryKinds`)."""
    entry_bad = check_balance(path, lines, entries, lang)
    account = lines.frame["CompteNum"]
    is_rev = starts_with(account, accounts.revenue)
    is_cust = starts_with(account, accounts.customer)
    is_cost = starts_with(account, accounts.cost) & ~is_rev
    rev_lines = entries.total(is_rev.astype(np.float64)) > 0
    cust_lines = entries.total(is_cust.astype(np.float64)) > 0
    net = lines.credit - lines.debit  # positive = credit
    revenue = np.round(entries.total(np.where(is_rev, net, 0).astype(np.float64)))
    opening = _opening_entries(lines.frame, entries, rev_lines)
    sales_jc = _sales_journals(
        entries, rev_lines & cust_lines & ~opening & ~entry_bad, sales_journals
    )
    in_sales_journal = sales_jc[entries.journal]
    sales = rev_lines & ~opening & in_sales_journal
    return EntryKinds(
        is_rev=is_rev,
        is_cust=is_cust,
        is_cost=is_cost,
        revenue=revenue.astype(np.int64),
        has_revenue=rev_lines,
        bad=entry_bad,
        opening=opening,
        sales_journal=sales_jc,
        sales=sales,
        candidate=sales & cust_lines & ~entry_bad,
        no_customer=sales & ~cust_lines & ~entry_bad,
        bad_sales=rev_lines & ~opening & entry_bad,
        outside=rev_lines & ~opening & ~in_sales_journal & ~entry_bad,
    )
