"""Benchmark of the dependency measures on 1,000,000 invoice lines / 50,000 customers.

Run: ``python bench/bench_dependency.py [--lines N] [--customers N] [--draws N]``.
Prints the wall time of each step (seconds) and the peak memory traced by tracemalloc (numpy
and pandas buffers included) plus the process peak RSS. Data are generated with a fixed seed:
3 years of invoices, customer sizes from a Pareto law, a few credit notes and costs.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lib"))

from clientmix.dependency import (  # noqa: E402
    concentration_by_year,
    group_concentration,
    loss_scenarios,
    monte_carlo,
    top_customers,
)
from clientmix.dependency.concentration import concentration  # noqa: E402
from clientmix.profile import customer_trend  # noqa: E402


def make_invoices(lines: int, customers: int, seed: int = 7) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Seeded invoices (customer_id, date, amount, cost) and customers (customer_id, sector)."""
    rng = np.random.default_rng(seed)
    weight = rng.pareto(1.2, customers) + 0.05
    weight /= weight.sum()
    cust = rng.choice(customers, size=lines, p=weight)
    cust[:customers] = np.arange(customers)  # every customer has at least one line
    ids = np.array([f"C{i:06d}" for i in range(customers)], dtype=object)
    days = rng.integers(0, 3 * 365 + 1, size=lines)
    date = np.datetime64("2022-01-01") + days.astype("timedelta64[D]")
    amount = np.round(rng.lognormal(6.5, 1.0, size=lines), 2)
    amount[rng.random(lines) < 0.02] *= -0.5  # credit notes
    cost = np.round(amount * rng.uniform(0.4, 0.8, size=lines), 2)
    invoices = pd.DataFrame(
        {
            "customer_id": pd.array(ids[cust], dtype="str"),
            "date": date.astype("datetime64[ns]"),
            "amount": amount,
            "cost": cost,
        }
    )
    sectors = np.array(["industrie", "santé", "public", "commerce", "services", None], dtype=object)
    customers_df = pd.DataFrame(
        {"customer_id": ids, "sector": sectors[rng.integers(0, len(sectors), customers)]}
    )
    return invoices, customers_df


def timed(label: str, fn: Callable[[], Any], results: list[tuple[str, float]]) -> Any:
    t0 = time.perf_counter()
    out = fn()
    results.append((label, time.perf_counter() - t0))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--customers", type=int, default=50_000)
    parser.add_argument("--draws", type=int, default=10_000)
    parser.add_argument(
        "--trace",
        action="store_true",
        help="also trace Python allocations with tracemalloc (slows every step down)",
    )
    args = parser.parse_args()

    t0 = time.perf_counter()
    invoices, customers = make_invoices(args.lines, args.customers)
    print(
        f"data: {len(invoices):,} lines, {invoices['customer_id'].nunique():,} customers, "
        f"generated in {time.perf_counter() - t0:.2f} s"
    )
    start, end = pd.Timestamp("2024-01-01"), pd.Timestamp("2024-12-31")

    if args.trace:
        tracemalloc.start()
    res: list[tuple[str, float]] = []
    trend = timed("customer_trend", lambda: customer_trend(invoices, start, end), res)
    period = invoices[(invoices["date"] >= start) & (invoices["date"] <= end)]
    margin = (period["amount"] - period["cost"]).groupby(period["customer_id"]).sum()
    profile = trend.merge(customers, on="customer_id", how="left")
    profile["gross_margin"] = profile["customer_id"].map(margin).fillna(0.0)
    conc = timed(
        "concentration (revenue)",
        lambda: concentration(profile.set_index("customer_id")["revenue"]),
        res,
    )
    timed(
        "concentration (margin)",
        lambda: concentration(profile.set_index("customer_id")["gross_margin"]),
        res,
    )
    by_year = timed("concentration_by_year", lambda: concentration_by_year(invoices, end=end), res)
    timed(
        "concentration_by_year (margin)",
        lambda: concentration_by_year(invoices, value="gross_margin", end=end),
        res,
    )
    timed("top_customers", lambda: top_customers(profile, 10), res)
    timed("group_concentration", lambda: group_concentration(profile, "sector"), res)
    timed("loss_scenarios", lambda: loss_scenarios(profile, fixed_costs=5e7), res)
    mc = timed("monte_carlo", lambda: monte_carlo(profile, draws=args.draws, seed=42), res)
    peak = tracemalloc.get_traced_memory()[1] if args.trace else None
    tracemalloc.stop()

    width = max(len(label) for label, _ in res)
    for label, seconds in res:
        print(f"  {label:<{width}}  {seconds:7.3f} s")
    print(f"  {'total':<{width}}  {sum(s for _, s in res):7.3f} s")
    if peak is not None:
        print(f"peak traced memory (tracemalloc): {peak / 2**20:,.0f} MiB")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rss_mib = rss / 2**20 if sys.platform == "darwin" else rss / 2**10
    print(f"peak RSS of the process: {rss_mib:,.0f} MiB")
    print(
        f"check: top1 {conc.top1_share:.4f}, hhi {conc.hhi:.1f}, gini {conc.gini:.4f}, "
        f"windows {list(by_year['label'])}, MC p10/p50/p90 "
        f"{mc.p10:,.0f} / {mc.p50:,.0f} / {mc.p90:,.0f}, P(drop>10%) {mc.prob_drop_10pct:.3f}"
    )


if __name__ == "__main__":
    main()
