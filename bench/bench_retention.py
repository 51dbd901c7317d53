"""Benchmark of the retention stage on 1,000,000 invoice lines / 50,000 customers.

Run: ``python bench/bench_retention.py [--lines N] [--customers N]``.
Prints the wall time (seconds) of numbering the customers once, the revenue bridge, its totals, the retention rates per year,
the churn features and tables, the cohorts, and the whole ``retention_figures`` (bridge by
segment and churn by segment of one criterion included). Data as in bench_dependency.py (fixed
seed: 3 years of invoices, Pareto customer sizes, credit notes, costs). Aim: under 1 s.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lib"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_dependency import make_invoices, timed  # noqa: E402

from clientmix.profile import customer_profile  # noqa: E402
from clientmix.retention import bridge_totals, customer_bridge, yearly_rates  # noqa: E402
from clientmix.retention.bridge import Ledger  # noqa: E402
from clientmix.retention.churn import churn_table, previous_features  # noqa: E402
from clientmix.retention.cohorts import cohorts  # noqa: E402
from clientmix.retention.figures import retention_figures  # noqa: E402
from clientmix.segment.criteria import parse_criteria  # noqa: E402
from clientmix.segment.growth import segment_base  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--customers", type=int, default=50_000)
    args = parser.parse_args()

    t0 = time.perf_counter()
    invoices, customers = make_invoices(args.lines, args.customers)
    start, end = pd.Timestamp("2024-01-01"), pd.Timestamp("2024-12-31")
    profile = customer_profile(invoices, customers, start, end)
    base = segment_base(profile, invoices, customers, start)
    criteria = parse_criteria(["sector"], profile, "en")
    print(
        f"data: {len(invoices):,} lines, {invoices['customer_id'].nunique():,} customers, "
        f"generated and profiled in {time.perf_counter() - t0:.2f} s"
    )

    res: list[tuple[str, float]] = []
    led = timed("  Ledger (customers numbered once)", lambda: Ledger.of(invoices), res)
    bridge = timed("  customer_bridge", lambda: customer_bridge(led, start, end), res)
    totals = timed("  bridge_totals", lambda: bridge_totals(bridge), res)
    timed("  yearly_rates", lambda: yearly_rates(led, start, end), res)
    features = timed("  previous_features", lambda: previous_features(led, bridge, start), res)
    timed("  churn_table (lost / kept)", lambda: churn_table(features, ["lost"]), res)
    timed("  cohorts", lambda: cohorts(led, start, end), res)
    cpu = time.process_time()
    figs = timed(
        "retention_figures (all of it)",
        lambda: retention_figures(invoices, profile, start, end, base, criteria),
        res,
    )
    cpu = time.process_time() - cpu

    width = max(len(label) for label, _ in res)
    for label, seconds in res:
        print(f"  {label:<{width}}  {seconds:7.3f} s")
    print(f"  {'retention computation':<{width}}  {res[-1][1]:7.3f} s  (aim < 1 s)")
    print(f"  {'  of which CPU time':<{width}}  {cpu:7.3f} s  (the wall time on a busy machine)")
    steps = totals.revenue_previous + sum(totals.steps().values())
    revenue_total = round(float(profile["revenue"].sum()), 2)
    print(
        f"check: previous {totals.revenue_previous:,.2f} + steps = {steps:,.2f}, revenue "
        f"{totals.revenue:,.2f} (profile {revenue_total:,.2f}); "
        f"customer retention {figs.rates.customer_retention:.3f}, "
        f"{len(figs.yearly)} years of rates, "
        f"{0 if figs.cohorts is None else len(figs.cohorts.windows)} cohort windows"
    )


if __name__ == "__main__":
    main()
