"""Retention rates: how many of last year's customers, and how much of their revenue, stayed.

Definitions (DOMAIN.md, "Retention"), over the *previous customers*: those whose net revenue
in the 12 months before the period is positive (customers with only credit notes then are
left out of the rates; they stay in the bridge):

- customer retention = the share of previous customers still invoiced in the period;
- gross revenue retention = sum over previous customers of min(revenue, previous revenue),
  over their previous revenue: revenue kept, each customer capped at its last-year revenue
  (at most 1);
- net revenue retention = their revenue in the period (growth included) over their previous
  revenue (may exceed 1).

All rates are fractions; None when there is no previous customer. Computation only.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from clientmix.retention.bridge import Ledger, bridge_totals, covered_windows, customer_bridge


@dataclass(frozen=True)
class Rates:
    """Retention of the previous customers (fractions, None without previous customers):
    customers_previous and customers_kept (counts), revenue_previous (their previous revenue,
    currency), customer_retention, gross_revenue_retention, net_revenue_retention."""

    customers_previous: int
    customers_kept: int
    revenue_previous: float
    customer_retention: float | None
    gross_revenue_retention: float | None
    net_revenue_retention: float | None


def retention_rates(bridge: pd.DataFrame) -> Rates:
    """The rates of a :func:`~clientmix.retention.bridge.customer_bridge` table (sums in
    cents, exact)."""
    prev = bridge[bridge["previous_cents"] > 0]
    n = len(prev)
    kept = int(prev["in_period"].sum())
    base = int(prev["previous_cents"].sum())
    capped = int(np.minimum(prev["revenue_cents"], prev["previous_cents"]).sum())
    net = int(prev["revenue_cents"].sum())
    return Rates(
        customers_previous=n,
        customers_kept=kept,
        revenue_previous=base / 100,
        customer_retention=kept / n if n else None,
        gross_revenue_retention=capped / base if base else None,
        net_revenue_retention=net / base if base else None,
    )


YEARLY_COLUMNS = (
    "start",
    "end",
    "revenue_previous",
    "lost",
    "declining",
    "growing",
    "new",
    "revenue",
    "customers_previous",
    "customers_kept",
    "customer_retention",
    "gross_revenue_retention",
    "net_revenue_retention",
)


def yearly_rates(
    invoices: pd.DataFrame | Ledger,
    start: pd.Timestamp,
    end: pd.Timestamp,
    period: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The bridge and the rates of each 12-month window aligned on the period whose previous
    12 months the data covers (see :func:`~clientmix.retention.bridge.covered_windows`), oldest
    first, the period last; columns :data:`YEARLY_COLUMNS` (amounts in currency, rates as
    fractions). Empty when the data does not cover the 12 months before the period.
    ``period``: the period's :func:`~clientmix.retention.bridge.customer_bridge` when already
    computed."""
    led = Ledger.of(invoices)
    first = pd.Timestamp(led.dates.min()) if len(led.dates) else pd.NaT
    rows = []
    for w_start, w_end in covered_windows(first, start, end)[1:]:
        same = period is not None and (w_start, w_end) == (pd.Timestamp(start), pd.Timestamp(end))
        bridge = period if same else customer_bridge(led, w_start, w_end)
        totals, rates = bridge_totals(bridge), retention_rates(bridge)
        rows.append(
            {
                "start": w_start,
                "end": w_end,
                "revenue_previous": totals.revenue_previous,
                **totals.steps(),
                "revenue": totals.revenue,
                "customers_previous": rates.customers_previous,
                "customers_kept": rates.customers_kept,
                "customer_retention": rates.customer_retention,
                "gross_revenue_retention": rates.gross_revenue_retention,
                "net_revenue_retention": rates.net_revenue_retention,
            }
        )
    return pd.DataFrame(rows, columns=list(YEARLY_COLUMNS))
