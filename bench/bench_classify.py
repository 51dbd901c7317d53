"""Benchmark of the classification (stage 04) on 50,000 customers (aim: under 1 s).

Run: ``python bench/bench_classify.py [--customers N]``. Prints the wall time (seconds) of the
classification (ABC on revenue and margin, portrait scores on the default grid, KAM classes,
flags, contribution and tiers, comparison with the revenue and seniority rankings), of the
metrics, and of the sensitivity table. The profile is generated with a fixed seed: Pareto
revenues, costs, effort hours, consultant potential, a few credit-note-only customers.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lib"))

from clientmix.classify.figures import (  # noqa: E402
    Settings,
    classify_figures,
    figures_sensitivity,
)


def profile(n: int, seed: int = 42) -> pd.DataFrame:
    """A synthetic profile of ``n`` invoiced customers."""
    rng = np.random.default_rng(seed)
    revenue = np.round((rng.pareto(1.2, n) + 1) * 1000, 2)
    revenue[rng.random(n) < 0.01] *= -0.05  # credit notes only
    cost = np.round(revenue * rng.uniform(0.5, 0.85, n), 2)
    return pd.DataFrame(
        {
            "customer_id": [f"C{i:06d}" for i in range(n)],
            "customer_name": [f"Client {i}" for i in range(n)],
            "revenue": revenue,
            "cost": cost,
            "gross_margin": revenue - cost,
            "gross_margin_rate": np.where(revenue > 0, (revenue - cost) / revenue, np.nan),
            "invoices": rng.integers(1, 60, n),
            "tenure_days": rng.integers(0, 3000, n).astype(float),
            "recency_days": rng.integers(0, 365, n).astype(float),
            "active_months": rng.integers(1, 13, n),
            "growth": rng.normal(0.05, 0.3, n),
            "headcount": rng.integers(1, 2000, n).astype(float),
            "effort_hours": np.round(rng.gamma(2.0, 10.0, n), 1),
            "potential": np.round(np.abs(revenue) * rng.uniform(1, 3, n), -2),
        }
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=50_000)
    args = parser.parse_args()
    table = profile(args.customers)
    settings = Settings.from_engagement({"tiers": {"hourly_cost": 45.0}})
    classify_figures(table.head(100), settings)  # warm-up (imports, first calls)
    start = time.perf_counter()
    figs = classify_figures(table, settings)
    classified = time.perf_counter() - start
    start = time.perf_counter()
    figs.to_metrics()
    metrics = time.perf_counter() - start
    start = time.perf_counter()
    figures_sensitivity(figs)
    sensitivity = time.perf_counter() - start
    print(f"customers: {args.customers:,}")
    print(f"classification: {classified:.3f} s (aim: under 1 s)")
    print(f"metrics.json keys: {metrics:.3f} s")
    print(
        f"sensitivity (+/-20 % on {len(figs.scores.used)} weights, 2 cut-offs, 2 tiers): {sensitivity:.3f} s"
    )


if __name__ == "__main__":
    main()
