"""Cohorts: customers grouped by the 12-month window of their first purchase, and what each
cohort still buys in the later windows.

Windows are 12 months aligned on the analysis period (the period itself is the last one,
:func:`~clientmix.retention.bridge.covered_windows`), so with a period from July to June a
"year" runs from July to June. A customer's cohort is the window of its first line in the data;
the first window's cohort holds every customer already there when the data starts (their real
first purchase may be older: the table flags it). A customer *buys* in a window when its net
revenue there is positive. Shown only when the data covers at least two windows.

Computation only.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from clientmix.retention.bridge import Ledger, covered_windows

MIN_WINDOWS = 2


@dataclass(frozen=True)
class Cohorts:
    """windows: (start, end) of each window, oldest first, the period last; table: one row per
    cohort and later window: cohort and window (indexes into ``windows``), cohort_customers
    (customers whose first line falls in the cohort's window), buying (those with a positive
    net revenue in the window), share (buying / cohort_customers, fraction), revenue (the
    cohort's net revenue in the window, currency). Cohort 0 is left-censored (customers already
    there at the start of the data)."""

    windows: list[tuple[pd.Timestamp, pd.Timestamp]]
    table: pd.DataFrame


def cohorts(
    invoices: pd.DataFrame | Ledger, start: pd.Timestamp, end: pd.Timestamp
) -> Cohorts | None:
    """The cohort table over the windows the data covers up to the period end; None when it
    covers fewer than :data:`MIN_WINDOWS` windows (or there are no invoices)."""
    led = Ledger.of(invoices)
    if not len(led.dates):
        return None
    spans = covered_windows(pd.Timestamp(led.dates.min()), start, end)
    if len(spans) < MIN_WINDOWS:
        return None
    w, n = len(spans), len(led.ids)
    edges = np.array([np.datetime64(s) for s, _ in spans], dtype="datetime64[ns]")
    upto = led.dates <= np.datetime64(pd.Timestamp(end))
    # window of each line: lines before the first window belong to it (left-censored)
    window = np.maximum(np.searchsorted(edges, led.dates[upto], side="right") - 1, 0)
    cell = led.codes[upto] * w + window
    lines = np.bincount(cell, minlength=n * w).reshape(n, w)
    cents = np.round(np.bincount(cell, led.amount[upto], n * w) * 100).reshape(n, w)
    seen = lines.sum(axis=1) > 0
    cohort = np.argmax(lines > 0, axis=1)[seen]
    cents, lines = cents[seen], lines[seen]
    size = np.bincount(cohort, minlength=w)
    rows = []
    for c in np.flatnonzero(size):
        members = cohort == c
        for k in range(c, w):
            rows.append(
                {
                    "cohort": int(c),
                    "window": k,
                    "cohort_customers": int(size[c]),
                    "buying": int((cents[members, k] > 0).sum()),
                    "revenue": round(float(cents[members, k].sum()) / 100, 2),
                }
            )
    table = pd.DataFrame(rows)
    table["share"] = table["buying"] / table["cohort_customers"]
    columns = ["cohort", "window", "cohort_customers", "buying", "share", "revenue"]
    return Cohorts(windows=spans, table=table[columns])
