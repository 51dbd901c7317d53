"""Benchmark: load and validate a generated ledger of 1,000,000 lines and 50,000 customers.

Writes a French-convention CSV (``;``, decimal comma, cp1252, dd/mm/yyyy) into a temporary
engagement, then times ``load_engagement`` and prints wall time and peak memory.
Run: ``python bench/bench_load.py [--lines N] [--customers N]``.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from clientmix.ingest.load import load_engagement


def make_engagement(folder: Path, lines: int, customers: int, seed: int = 7) -> None:
    rng = np.random.default_rng(seed)
    cust = rng.zipf(1.3, size=lines) % customers
    days = rng.integers(0, 3 * 365, size=lines)
    dates = pd.Timestamp("2022-01-01") + pd.to_timedelta(days, unit="D")
    amounts = np.round(rng.lognormal(6, 1.2, size=lines), 2)
    amounts[rng.random(lines) < 0.03] *= -1
    frame = pd.DataFrame(
        {
            "N° facture": np.char.add("F", np.arange(lines).astype(str)),
            "Date facture": dates.strftime("%d/%m/%Y"),
            "Code client": np.char.add("C", np.char.zfill(cust.astype(str), 6)),
            "Raison sociale": np.char.add("Société ", cust.astype(str)),
            "Montant HT": pd.Series(amounts).map("{:.2f}".format).str.replace(".", ",").to_numpy(),
            "Coût direct": pd.Series(np.round(amounts * 0.6, 2))
            .map("{:.2f}".format)
            .str.replace(".", ",")
            .to_numpy(),
        }
    )
    frame.to_csv(folder / "ventes.csv", sep=";", index=False, encoding="cp1252")
    (folder / "engagement.yaml").write_text(
        "name: bench\ncompany: Bench SAS\ninvoices:\n  path: ventes.csv\n  dayfirst: true\n",
        encoding="utf-8",
    )


def _timed_load(folder: str) -> None:
    """Child process: load once, print seconds and peak RSS of this process alone."""
    t0 = time.perf_counter()
    result = load_engagement(folder)
    elapsed = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**10
    c = result.controls
    print(
        f"load + validate: {elapsed:.2f} s, peak RSS {peak:.0f} MiB (whole process)\n"
        f"rows read {c['rows_read']:,}, used {c['rows_used']:,}, rejected {c['rows_rejected']:,}, "
        f"customers in period {c['customers_period']:,}"
    )


def _excel_readers(folder: Path, rows: int = 100_000) -> None:
    """Why python-calamine: the same sheet read by calamine and by openpyxl."""
    frame = pd.read_csv(folder / "ventes.csv", sep=";", encoding="cp1252", nrows=rows, dtype=str)
    path = folder / "ventes.xlsx"
    frame.to_excel(path, index=False)
    for engine in ("calamine", "openpyxl"):
        t0 = time.perf_counter()
        pd.read_excel(path, engine=engine, dtype=object)
        print(f"read {rows:,} Excel rows with {engine}: {time.perf_counter() - t0:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--customers", type=int, default=50_000)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _timed_load(args.child)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        make_engagement(folder, args.lines, args.customers)
        size = (folder / "ventes.csv").stat().st_size / 2**20
        print(
            f"generated {args.lines:,} lines / {args.customers:,} customers ({size:.0f} MiB) "
            f"in {time.perf_counter() - t0:.1f} s"
        )
        subprocess.run([sys.executable, __file__, "--child", str(folder)], check=True)
        _excel_readers(folder)


if __name__ == "__main__":
    main()
