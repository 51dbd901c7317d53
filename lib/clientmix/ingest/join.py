"""The join between the invoices and the customers file, on customer_id.

When the ids are written differently in the two files (Excel turned ``00003`` into ``3``,
spaces, upper and lower case), the join fails and the customers file's attributes are lost
without a word. When fewer than half of the invoiced customers join, the usual causes are
tried (``strip_leading_zeros``, ``spaces``, ``case``) and the fewest that make the join
succeed are applied (the customers file's ids are rewritten as the invoices write them), and
said. ``id_normalise:`` in engagement.yaml forces them (a list) or forbids them (``none``).
A join that matches less than half of the revenue is a "serious" problem.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations

import pandas as pd

STEPS = ("strip_leading_zeros", "spaces", "case")


@dataclass
class JoinOutcome:
    """The customers table after the join check, with the figures of the join (fractions)."""

    table: pd.DataFrame
    steps: tuple[str, ...] = ()
    """The normalisations applied."""
    customers_before: float = 1.0
    customers_after: float = 1.0
    """Share of the invoiced customers found in the customers file, before and after."""
    revenue_after: float = 1.0
    """Share of the revenue (all used rows, customers at zero or below counted as zero) of
    the customers found in the customers file."""
    helpful: tuple[str, ...] = field(default_factory=tuple)
    """Normalisations that would join more customers but were not applied (forbidden, or
    not enough to make the join succeed)."""


def id_key(ids: pd.Series, steps: tuple[str, ...]) -> pd.Series:
    """The ids as compared after ``steps``: all-digit ids without leading zeros, no white
    space, upper case."""
    key = ids.astype(str)
    if "spaces" in steps:
        key = key.str.replace(r"\s+", "", regex=True)
    if "case" in steps:
        key = key.str.upper()
    if "strip_leading_zeros" in steps:
        digits = key.str.fullmatch(r"\d+")
        key = key.where(~digits, key.str.lstrip("0").replace("", "0"))
    return key


def _rewrite(table_ids: pd.Series, invoiced: pd.Index, steps: tuple[str, ...]) -> pd.Series:
    """The customers file's ids rewritten as the invoices write them, where one invoiced id
    has the same key and the file has no row with that id already."""
    inv = pd.Series(invoiced.astype(str), dtype=object)
    keys = id_key(inv, steps)
    unique = ~keys.duplicated(keep=False)
    by_key = pd.Series(inv[unique].to_numpy(), index=keys[unique].to_numpy())
    unmatched = ~table_ids.isin(invoiced)
    new = id_key(table_ids, steps).map(by_key).where(unmatched)
    new = new.where(~new.isin(table_ids) & ~new.duplicated(keep=False))
    return table_ids.where(new.isna(), new)


def _shares(ids: pd.Series, revenue: pd.Series) -> tuple[float, float]:
    """(share of customers, share of revenue) of ``revenue``'s customers found in ``ids``."""
    found = revenue.index.isin(pd.Index(ids))
    total = float(revenue.sum())
    by_revenue = float(revenue[found].sum()) / total if total > 0 else float(found.mean())
    return float(found.mean()) if len(found) else 1.0, by_revenue


def check_join(table: pd.DataFrame, invoices: pd.DataFrame, setting: object) -> JoinOutcome:
    """Check (and repair when allowed) the join of the customers ``table`` on the invoices.

    ``setting``: "auto" (normalise when fewer than half of the invoiced customers join and
    a normalisation makes at least half join), "none", or a list of :data:`STEPS` to apply.
    """
    revenue = invoices.groupby("customer_id")["amount"].sum().clip(lower=0)
    invoiced = revenue.index
    ids = table["customer_id"].astype(str)
    before, by_revenue = _shares(ids, revenue)
    outcome = JoinOutcome(table, (), before, before, by_revenue)
    if isinstance(setting, list | tuple):
        chosen: tuple[str, ...] = tuple(s for s in STEPS if s in setting)
    else:
        chosen = ()
        if before < 0.5:
            tried = [c for size in (1, 2, 3) for c in combinations(STEPS, size)]
            scores = [_shares(_rewrite(ids, invoiced, c), revenue)[0] for c in tried]
            best = max(scores)
            steps = tried[scores.index(best)]  # the fewest steps reaching the best
            if best > before and setting == "auto" and best >= 0.5:
                chosen = steps
            elif best > before:
                outcome.helpful = steps
    if chosen:
        new_ids = _rewrite(ids, invoiced, chosen)
        outcome.table = table.assign(customer_id=new_ids.to_numpy())
        outcome.steps = chosen
        outcome.customers_after, outcome.revenue_after = _shares(new_ids, revenue)
    return outcome
