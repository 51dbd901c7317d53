"""Benchmark of the segment stage on 1,000,000 invoice lines / 50,000 customers.

Run: ``python bench/bench_segment.py [--lines N] [--customers N]``.
Prints the wall time (seconds) of the customer profile, the criteria segmentation with the
cross of two criteria and RFM (``segment_figures`` without clusters), of which RFM alone (ties
shared, the default; and ties split, for information), and the k-means clusters. Data as in
bench_dependency.py (fixed seed), plus a numeric criterion (workstations) cut in quartiles.
Aim: under 3 s without clusters, under 5 s with them.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lib"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_dependency import make_invoices, timed  # noqa: E402

from clientmix.profile import customer_profile  # noqa: E402
from clientmix.segment.clusters import customer_clusters  # noqa: E402
from clientmix.segment.figures import segment_figures  # noqa: E402
from clientmix.segment.rfm import SPLIT, RfmSettings, rfm_scores, rfm_segments  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--customers", type=int, default=50_000)
    args = parser.parse_args()

    t0 = time.perf_counter()
    invoices, customers = make_invoices(args.lines, args.customers)
    rng = np.random.default_rng(11)
    customers["workstations"] = rng.integers(1, 500, len(customers)).astype(float)
    print(
        f"data: {len(invoices):,} lines, {invoices['customer_id'].nunique():,} customers, "
        f"generated in {time.perf_counter() - t0:.2f} s"
    )
    start, end = pd.Timestamp("2024-01-01"), pd.Timestamp("2024-12-31")
    spec = ["sector", {"column": "workstations", "bins": "quantiles"}]

    res: list[tuple[str, float]] = []
    profile = timed(
        "customer_profile", lambda: customer_profile(invoices, customers, start, end), res
    )
    figs = timed(
        "segment_figures (criteria + cross + RFM)",
        lambda: segment_figures(profile, invoices, customers, start, end, spec, "en", False),
        res,
    )
    shared, split = RfmSettings(), RfmSettings(ties=SPLIT)
    timed("  of which RFM", lambda: rfm_segments(rfm_scores(profile, end, shared)[0]), res)
    timed("  RFM, ties split", lambda: rfm_segments(rfm_scores(profile, end, split)[0]), res)
    clusters = timed("clusters", lambda: customer_clusters(figs.base, figs.criteria), res)

    width = max(len(label) for label, _ in res)
    for label, seconds in res:
        print(f"  {label:<{width}}  {seconds:7.3f} s")
    main_steps = [s for label, s in res if not label.startswith("  ") and label != "clusters"]
    print(f"  {'total without clusters':<{width}}  {sum(main_steps):7.3f} s  (aim < 3 s)")
    total = sum(main_steps) + res[-1][1]
    print(f"  {'total with clusters':<{width}}  {total:7.3f} s  (aim < 5 s)")
    print(
        f"check: {clusters.customers:,} customers clustered, k {clusters.k}, silhouette "
        f"{clusters.silhouette:.3f}, sizes {clusters.summary['customers'].tolist()}, "
        f"segments by sector {len(figs.tables['sector'])}"
    )


if __name__ == "__main__":
    main()
