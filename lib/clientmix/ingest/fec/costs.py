"""Direct costs of the sales: cost lines (60 by default) inside the sales entries, or a cost
rate; and costs tagged with a customer's auxiliary account outside the sales entries."""

from __future__ import annotations

import numpy as np
import pandas as pd

from clientmix.errors import message
from clientmix.ingest.fec.controls import EntryKinds
from clientmix.ingest.fec.entries import Entries, Lines
from clientmix.ingest.fec.sales import Sales
from clientmix.ingest.fec.values import money, take


def _entry_costs(
    lines: Lines, entries: Entries, sales: Sales, cost_lines: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Cost of each invoice row (cents, float) and whether its entry has cost lines.

    A cost line carrying the customer's auxiliary account goes to that customer; the other
    cost lines of the entry are pooled and split like the revenue (``sales.share``).
    """
    c_ent = entries.code[cost_lines]
    c_aux = take(lines.frame["CompAuxNum"], cost_lines)
    c_net = lines.debit[cost_lines] - lines.credit[cost_lines]  # cost: positive = debit
    keyed = pd.DataFrame({"entry": c_ent, "customer_id": c_aux, "cost": c_net})
    direct = keyed.merge(sales.keys, on=["entry", "customer_id"], how="inner")
    direct = direct.groupby(["entry", "customer_id"], as_index=False)["cost"].sum()
    pooled_mask = ~pd.MultiIndex.from_frame(keyed[["entry", "customer_id"]]).isin(
        pd.MultiIndex.from_frame(direct[["entry", "customer_id"]])
    )
    pooled = keyed.loc[pooled_mask].groupby("entry")["cost"].sum()
    ent = sales.entry
    key_idx = pd.MultiIndex.from_arrays([ent, sales.keys["customer_id"].to_numpy()])
    cost = (
        direct.set_index(["entry", "customer_id"])["cost"]
        .reindex(key_idx)
        .fillna(0)
        .to_numpy(dtype=np.float64)
    )
    pooled_per = pooled.reindex(ent).fillna(0).to_numpy(dtype=np.float64)
    cost = cost + np.round(pooled_per * sales.share)
    return cost, np.isin(ent, np.unique(c_ent))


def _read_costs_note(
    has_cost: np.ndarray, prefixes: tuple[str, ...], cost_rate: float | None, lang: str
) -> str:
    """How many sales have costs read in their entries, and what the others get."""
    read = message(
        "fec_costs_read",
        lang,
        accounts=", ".join(prefixes),
        with_cost=int(has_cost.sum()),
        sales=len(has_cost),
    )
    if cost_rate is None:
        return read + message("fec_costs_others_unknown", lang)
    return read + message("fec_costs_others_rate", lang, rate=f"{cost_rate:.0%}")


def add_costs(
    lines: Lines,
    entries: Entries,
    kinds: EntryKinds,
    sales: Sales,
    prefixes: tuple[str, ...],
    cost_rate: float | None,
    lang: str,
    notes: list[str],
) -> None:
    """Add the ``cost`` column (currency) to ``sales.invoices`` when the sales entries hold
    cost lines or a cost rate is given (rows without cost lines: revenue * cost_rate, else
    empty), and a note saying how."""
    cost_lines = np.flatnonzero(kinds.is_cost & kinds.candidate[entries.code])
    if len(cost_lines):
        cost, has_cost = _entry_costs(lines, entries, sales, cost_lines)
        cost_cents = np.where(has_cost, cost, np.nan)
        if cost_rate is not None:
            rated = np.round(sales.alloc * float(cost_rate))
            cost_cents = np.where(has_cost, cost_cents, rated)
        sales.invoices["cost"] = cost_cents / 100.0
        notes.append(_read_costs_note(has_cost, prefixes, cost_rate, lang))
    elif cost_rate is not None:
        sales.invoices["cost"] = np.round(sales.alloc * float(cost_rate)) / 100.0
        notes.append(message("fec_costs_by_rate", lang, rate=f"{cost_rate:.0%}"))


def tagged_outside_sales(
    lines: Lines,
    entries: Entries,
    kinds: EntryKinds,
    sales: Sales,
    prefixes: tuple[str, ...],
    lang: str,
    notes: list[str],
) -> int:
    """Costs (cents, debit - credit) carrying an invoiced customer's auxiliary account outside
    the sales entries and opening entries (analytical purchases): not attributed to sales, a
    note says how much."""
    known = pd.unique(sales.invoices["customer_id"].to_numpy())
    outside_cost_lines = kinds.is_cost & ~kinds.candidate[entries.code]
    outside_cost_lines &= ~kinds.opening[entries.code]
    if not (outside_cost_lines.any() and len(known)):
        return 0
    idx = np.flatnonzero(outside_cost_lines)
    hit = idx[lines.frame["CompAuxNum"].iloc[idx].isin(known).to_numpy(dtype=bool)]
    tagged = int((lines.debit[hit] - lines.credit[hit]).sum())
    if tagged:
        amount = money(tagged, lang)
        notes.append(
            message("fec_costs_outside_sales", lang, amount=amount, accounts=", ".join(prefixes))
        )
    return tagged
