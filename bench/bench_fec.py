"""Benchmark: read a 1,000,000-line FEC with :func:`clientmix.ingest.fec.read_fec`.

Generates a seeded FEC in a temporary folder with :func:`clientmix.ingest.fec.write_fec` (about a
third of a million invoices, three lines each: 411 / 706 / 44571), then times ``read_fec`` and
prints seconds, lines per second and peak memory (``resource.getrusage`` maxrss). Aim: under
5 s on a 2-core machine.

The file is generated in a child process, so the peak memory printed is that of this process:
the expected totals (the invoices table, "before reading") plus reading.

Usage: ``python bench/bench_fec.py [--lines 1000000] [--seed 42] [--repeat 1] [--sep tab|pipe]
[--encoding utf-8|cp1252]``
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from clientmix.ingest.fec import read_fec, write_fec


def make_invoices(n_invoices: int, seed: int = 42, n_customers: int = 5000) -> pd.DataFrame:
    """Seeded canonical invoices: lognormal amounts in euros, about 5 % credit notes, year 2024."""
    rng = np.random.default_rng(seed)
    ids = np.array([f"C{i:05d}" for i in range(n_customers)], dtype=object)
    pick = rng.zipf(1.6, n_invoices) % n_customers
    amount = np.round(rng.lognormal(6.5, 1.0, n_invoices), 2)
    amount = np.where(rng.random(n_invoices) < 0.05, -np.round(amount / 4, 2), amount)
    days = rng.integers(0, 366, n_invoices)
    return pd.DataFrame(
        {
            "customer_id": ids[pick],
            "customer_name": np.char.add("Client ", ids[pick].astype(str)),
            "date": pd.Timestamp("2024-01-01") + pd.to_timedelta(days, unit="D"),
            "amount": amount,
            "invoice_id": [f"F{i:07d}" for i in range(n_invoices)],
        }
    )


def peak_mib() -> float:
    """Peak resident memory of this process in MiB (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def generate(path: Path, n_invoices: int, seed: int, sep: str, encoding: str) -> None:
    """Write the benchmark FEC (run in a child process)."""
    write_fec(make_invoices(n_invoices, seed), path, sep=sep, encoding=encoding)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--sep", choices=["tab", "pipe"], default="tab")
    parser.add_argument("--encoding", default="utf-8")
    args = parser.parse_args()
    sep = "\t" if args.sep == "tab" else "|"

    n_invoices = max(1, (args.lines - 8) // 3)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "123456789FEC20241231.txt"
        t0 = time.perf_counter()
        child = multiprocessing.get_context("spawn").Process(
            target=generate, args=(path, n_invoices, args.seed, sep, args.encoding)
        )
        child.start()
        child.join()
        if child.exitcode != 0:
            raise SystemExit("generation failed")
        gen = time.perf_counter() - t0
        expected = round(float(make_invoices(n_invoices, args.seed)["amount"].sum()), 2)
        size_mb = path.stat().st_size / 1e6
        mem_before = peak_mib()
        best = float("inf")
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            result = read_fec(path)
            best = min(best, time.perf_counter() - t0)
        lines = result.controls["lines_read"]
        got = result.controls["revenue_attributed"]
        print(
            f"FEC: {lines:,} lines, {size_mb:.0f} MB, {args.sep}, {args.encoding}, "
            f"generated in {gen:.1f} s"
        )
        print(f"read_fec: {best:.2f} s  ({lines / best:,.0f} lines/s)")
        print(f"peak memory (maxrss): {peak_mib():.0f} MiB (before reading: {mem_before:.0f} MiB)")
        print(
            f"invoices: {len(result.invoices):,}, revenue attributed {got:,.2f} "
            f"(written {expected:,.2f}, gap {result.controls['revenue_gap']:.2f})"
        )
        if abs(got - expected) > 0.005:
            raise SystemExit("revenue read back differs from revenue written")
        status = "OK" if best < 5.0 else "SLOW"
        print(f"{status}: aim under 5 s")


if __name__ == "__main__":
    main()
