"""The revenue bridge: from the 12 months before the period to the period, customer by customer.

Definitions (ARCHITECTURE.md, metrics.json ``retention``), amounts net of credit notes, excl.
tax, in the engagement currency, summed in whole cents so the steps add up exactly:

- a customer is *invoiced* in a window when it has at least one line dated in it (credit notes
  included), whatever its net amount;
- ``lost`` = minus the previous revenue of the customers invoiced in the 12 months before the
  period and not in the period;
- ``new`` = the revenue of the customers invoiced in the period and not in the 12 months before
  (among them, *returning* customers: invoiced before those 12 months, then silent);
- ``declining`` / ``growing`` = the change (revenue - previous revenue) of the customers
  invoiced in both windows, by its sign (a credit note in the period can turn a growing
  customer into a declining one); customers with no change are ``flat``;
- ``revenue_previous + lost + declining + growing + new = revenue``, to the cent.

Computation only: codes and numbers, no wording.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

STEPS = ("lost", "declining", "growing", "new")
"""The bridge's steps, in the order of the waterfall."""
FLAT = "flat"
COVERAGE_SLACK = pd.Timedelta(days=31)
"""A window counts as covered by the data when the first invoice is at most this long after
the window's start (monthly invoicing dated at month end still covers the first month)."""


def windows(start: pd.Timestamp, end: pd.Timestamp) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The previous window's bounds: ``[start - 12 months, start)``; the period is
    ``[start, end]`` (both days included)."""
    start = pd.Timestamp(start)
    return start - pd.DateOffset(months=12), start


@dataclass(frozen=True)
class Ledger:
    """Invoice lines as arrays, customers numbered once (every computation of the stage works
    on these, so 1,000,000 lines are grouped by customer once): ids (customer ids as text, in
    order of first appearance), codes (each line's customer number into ``ids``), dates
    (datetime64[ns]), amount (float, currency) and lines (the lines as given, for the optional
    cost and product columns)."""

    ids: np.ndarray
    codes: np.ndarray
    dates: np.ndarray
    amount: np.ndarray
    lines: pd.DataFrame

    @classmethod
    def of(cls, invoices: pd.DataFrame | Ledger) -> Ledger:
        """The ledger of canonical invoice lines (customer_id, date, amount); a ledger is
        returned as it is."""
        if isinstance(invoices, Ledger):
            return invoices
        codes, ids = pd.factorize(invoices["customer_id"])
        return cls(
            ids=np.asarray(ids.astype(str), dtype=object),
            codes=codes.astype("int64"),
            dates=invoices["date"].to_numpy(dtype="datetime64[ns]"),
            amount=invoices["amount"].to_numpy(dtype="float64"),
            lines=invoices,
        )

    def between(self, low: pd.Timestamp, high: pd.Timestamp, closed: bool = False) -> np.ndarray:
        """Lines dated from ``low`` to before ``high`` (``closed``: ``high`` included)."""
        low64, high64 = np.datetime64(pd.Timestamp(low)), np.datetime64(pd.Timestamp(high))
        upper = self.dates <= high64 if closed else self.dates < high64
        return (self.dates >= low64) & upper

    def sums(self, mask: np.ndarray, values: np.ndarray | None = None) -> np.ndarray:
        """Per customer (aligned on ``ids``) the sum of ``values`` (default the amounts) over
        the lines of ``mask``: pandas' grouped sum, as the profile adds a customer's lines,
        so that rounding each customer's sum to the cent gives the profile's figures."""
        weights = (self.amount if values is None else values)[mask]
        grouped = pd.Series(weights).groupby(self.codes[mask]).sum()
        out = np.zeros(len(self.ids), dtype="float64")
        out[grouped.index.to_numpy()] = grouped.to_numpy()
        return out

    def counts(self, mask: np.ndarray) -> np.ndarray:
        """Per customer the number of lines of ``mask``."""
        return np.bincount(self.codes[mask], minlength=len(self.ids))


def customer_bridge(
    invoices: pd.DataFrame | Ledger, start: pd.Timestamp, end: pd.Timestamp
) -> pd.DataFrame:
    """Each customer's step in the bridge between ``[start - 12 months, start)`` and
    ``[start, end]``.

    Parameters
    ----------
    invoices : canonical invoice lines (customer_id, date, amount; all periods), or their
        :class:`Ledger`.
    start, end : the analysis period (both days included).

    Returns
    -------
    DataFrame, one row per customer invoiced in either window (sorted by id): customer_id,
    previous_cents / revenue_cents / change_cents (int64: each customer's net sum over the
    window rounded to the cent), revenue_previous, revenue, change (currency), in_previous /
    in_period (bool: at least one line in the window), step (one of :data:`STEPS` or
    :data:`FLAT`) and returning (bool: a new customer invoiced before the previous window).
    """
    led = Ledger.of(invoices)
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    prev_start, _ = windows(start, end)
    cur, prev = led.between(start, end, closed=True), led.between(prev_start, start)
    in_period, in_previous = led.counts(cur) > 0, led.counts(prev) > 0
    keep = np.flatnonzero(in_period | in_previous)
    keep = keep[np.argsort(led.ids[keep], kind="stable")]
    out = pd.DataFrame({"customer_id": led.ids[keep].astype(str)})
    out["previous_cents"] = np.round(led.sums(prev)[keep] * 100).astype("int64")
    out["revenue_cents"] = np.round(led.sums(cur)[keep] * 100).astype("int64")
    out["change_cents"] = out["revenue_cents"] - out["previous_cents"]
    out["revenue_previous"] = out["previous_cents"] / 100
    out["revenue"] = out["revenue_cents"] / 100
    out["change"] = out["change_cents"] / 100
    out["in_previous"] = in_previous[keep]
    out["in_period"] = in_period[keep]
    both, change = out["in_previous"] & out["in_period"], out["change_cents"]
    out["step"] = np.select(
        [~out["in_period"], ~out["in_previous"], both & (change < 0), both & (change > 0)],
        ["lost", "new", "declining", "growing"],
        FLAT,
    )
    earlier = led.counts(led.dates < np.datetime64(prev_start))[keep] > 0
    out["returning"] = (out["step"] == "new") & earlier
    return out


@dataclass(frozen=True)
class Bridge:
    """The bridge's totals (currency, rounded to the cent; lost and declining <= 0 as a rule)
    and the customers behind each step."""

    revenue_previous: float
    lost: float
    declining: float
    growing: float
    new: float
    revenue: float
    customers: dict[str, int]
    returning: int

    def steps(self) -> dict[str, float]:
        """The four steps in waterfall order."""
        return {s: getattr(self, s) for s in STEPS}


def bridge_totals(bridge: pd.DataFrame) -> Bridge:
    """The totals of a :func:`customer_bridge` table, added in cents (exact)."""
    sums = bridge.groupby("step")["change_cents"].sum()
    counts = bridge["step"].value_counts()
    return Bridge(
        revenue_previous=int(bridge["previous_cents"].sum()) / 100,
        **{s: int(sums.get(s, 0)) / 100 for s in STEPS},
        revenue=int(bridge["revenue_cents"].sum()) / 100,
        customers={s: int(counts.get(s, 0)) for s in (*STEPS, FLAT)},
        returning=int(bridge["returning"].sum()),
    )


BY_COLUMNS = (
    "customers_previous",
    "customers_period",
    "revenue_previous",
    "lost",
    "declining",
    "growing",
    "new",
    "revenue",
)


def bridge_by(bridge: pd.DataFrame, groups: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """The bridge per group: one row per combination of ``keys`` (missing values are their
    own group), in order of first appearance in ``groups``.

    Parameters
    ----------
    bridge : a :func:`customer_bridge` table.
    groups : customer_id and the ``keys`` columns; customers of ``bridge`` it lacks get
        missing keys.

    Returns
    -------
    DataFrame: the ``keys`` then :data:`BY_COLUMNS`: customers invoiced in each window and the
    bridge's amounts (currency, exact to the cent); each row adds up, and the rows add up to
    the whole bridge.
    """
    frame = bridge.merge(groups[["customer_id", *keys]], on="customer_id", how="left")
    cents = pd.DataFrame(
        {
            "customers_previous": frame["in_previous"].astype("int64"),
            "customers_period": frame["in_period"].astype("int64"),
            "revenue_previous": frame["previous_cents"],
            **{s: frame["change_cents"].where(frame["step"] == s, 0) for s in STEPS},
            "revenue": frame["revenue_cents"],
        }
    )
    table = frame[keys].join(cents).groupby(keys, dropna=False, sort=False).sum().reset_index()
    for column in BY_COLUMNS[2:]:
        table[column] = table[column] / 100
    return table


def main_names(bridge: pd.DataFrame, step: str, n: int = 3) -> pd.DataFrame:
    """The ``n`` customers weighing most in ``step`` (largest absolute change first, ties by
    id): customer_id, change (currency), returning."""
    rows = bridge[bridge["step"] == step].assign(_size=lambda f: f["change_cents"].abs())
    rows = rows.sort_values(["_size", "customer_id"], ascending=[False, True], kind="stable")
    return rows.head(n)[["customer_id", "change", "returning"]].reset_index(drop=True)


def covered_windows(
    first_date: pd.Timestamp, start: pd.Timestamp, end: pd.Timestamp
) -> list[tuple[pd.Timestamp, pd.Timestamp]]:
    """The 12-month windows aligned on the period that the data covers, oldest first, the
    period last: ``[start - 12k months, end - 12k months]`` for k = K..0, a window counting
    when ``first_date`` (the first invoice) is at most :data:`COVERAGE_SLACK` after its start.
    """
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    out = [(start, end)]
    k = 1
    while True:
        w_start = start - pd.DateOffset(months=12 * k)
        if pd.isna(first_date) or first_date > w_start + COVERAGE_SLACK:
            break
        out.append((w_start, end - pd.DateOffset(months=12 * k)))
        k += 1
    return out[::-1]
