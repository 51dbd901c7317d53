"""Benchmark of one report against the floor (not a timed test): ``python bench/bench_report.py``.

Printed side by side, in one run on this machine:

- **floor**: a bare kernel started on this interpreter plus ``import pandas, matplotlib,
  seaborn`` in it (what no report can avoid);
- **holdout**: one report of a holdout-sized engagement (300 customers, two years of invoices);
- **naive**: the same engagement the naive way (``papermill`` command line per notebook, then
  ``jupyter nbconvert --to html`` per notebook);
- **1M**: 1,000,000 invoice lines / 50,000 customers, full report (PDF off);
- **5M** (``--big``, long): 5,000,000 lines / 250,000 customers.

Each report also gives the kernel's peak memory (max RSS of the kernel process, MiB). The
engagements are generated with a fixed seed (Pareto customer sizes, credit notes, direct
costs, a customers file with sectors) as French CSV exports and kept under ``--cache``.
The machine may be shared: compare the ratios of one run, and repeat (``--repeat``).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

BIN = Path(sys.executable).parent
SECTORS = np.array(["industrie", "santé", "public", "commerce", "services", ""], dtype=object)

FLOOR = """
import resource, subprocess, sys, time
t0 = time.perf_counter()
from jupyter_client.manager import start_new_kernel
km, kc = start_new_kernel(kernel_name="python3")
kc.execute_interactive("import pandas, matplotlib, seaborn", timeout=120)
print(time.perf_counter() - t0)
km.shutdown_kernel(now=True)
"""


def make_engagement(
    folder: Path, lines: int, customers: int, years: int = 2, seed: int = 7
) -> Path:
    """A seeded engagement under ``folder``: ``ventes.csv`` (``;``, decimal comma, dd/mm/yyyy,
    ``lines`` lines over ``years`` years ending 2024-12-31, every one of the ``customers``
    customers invoiced at least once, 2 % credit notes, direct costs), ``clients.csv``
    (names, sectors) and ``engagement.yaml`` (analysis period: calendar 2024)."""
    if (folder / "engagement.yaml").exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    weight = rng.pareto(1.2, customers) + 0.05
    cust = rng.choice(customers, size=lines, p=weight / weight.sum())
    cust[:customers] = np.arange(customers)
    ids = np.char.add("C", np.char.zfill(np.arange(customers).astype(str), 6))
    first = np.datetime64(f"{2025 - years}-01-01")
    span = (np.datetime64("2025-01-01") - first).astype(int)
    days = rng.integers(0, span, size=lines)
    amount = np.round(rng.lognormal(6.5, 1.0, size=lines), 2)
    amount[rng.random(lines) < 0.02] *= -0.5
    cost = np.round(amount * rng.uniform(0.4, 0.8, size=lines), 2)
    invoices = pd.DataFrame(
        {
            "N° facture": np.char.add("F", np.arange(lines).astype(str)),
            "Date facture": pd.DatetimeIndex(first + days.astype("timedelta64[D]")).strftime(
                "%d/%m/%Y"
            ),
            "Code client": ids[cust],
            "Montant HT": amount,
            "Coût direct": cost,
        }
    )
    invoices.to_csv(folder / "ventes.csv", sep=";", decimal=",", index=False, encoding="cp1252")
    clients = pd.DataFrame(
        {
            "Code": ids,
            "Raison sociale": np.char.add("Société ", np.arange(customers).astype(str)),
            "Secteur": SECTORS[rng.integers(0, len(SECTORS), customers)],
        }
    )
    clients.to_csv(folder / "clients.csv", sep=";", index=False, encoding="cp1252")
    (folder / "engagement.yaml").write_text(
        f"name: bench-{customers}\ncompany: Bench SAS\n"
        "period: {start: 2024-01-01, end: 2024-12-31}\n"
        "invoices:\n  path: ventes.csv\n  dayfirst: true\n  sep: ';'\n  decimal: ','\n"
        "  columns: {customer_id: Code client, date: Date facture, amount: Montant HT,"
        " invoice_id: N° facture, cost: Coût direct}\n"
        "customers:\n  path: clients.csv\n  sep: ';'\n"
        "  columns: {customer_id: Code, customer_name: Raison sociale, sector: Secteur}\n"
        "segmentation: [sector]\n",
        encoding="utf-8",
    )
    return folder


def _children_cpu() -> float:
    """CPU seconds (user + system) of the finished child processes and their children."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def floor() -> tuple[float, float]:
    """A bare kernel start plus the warm imports (in a fresh process): (wall seconds, CPU
    seconds of the process and its kernel)."""
    cpu = _children_cpu()
    done = subprocess.run([sys.executable, "-c", FLOOR], check=True, capture_output=True, text=True)
    return float(done.stdout.split()[-1]), _children_cpu() - cpu


def report(engagement: Path, out: Path) -> tuple[float, float, float]:
    """``clientmix report`` in a fresh process: (wall seconds, CPU seconds of the driver and
    its kernel, kernel peak RSS in MiB)."""
    env = {**os.environ, "CLIENTMIX_KERNEL_PEAK": str(out / "kernel_peak")}
    cpu = _children_cpu()
    start = time.perf_counter()
    subprocess.run(
        [str(BIN / "clientmix"), "report", str(engagement), "--out", str(out)],
        check=True,
        capture_output=True,
        env=env,
    )
    seconds = time.perf_counter() - start
    peak = out / "kernel_peak"
    mib = float(peak.read_text()) if peak.exists() else float("nan")
    return seconds, _children_cpu() - cpu, mib


def naive(engagement: Path, out: Path) -> float:
    """papermill CLI per notebook + jupyter nbconvert per notebook; wall seconds."""
    from clientmix.report.execute import notebooks_dir
    from clientmix.report.sections import NOTEBOOKS

    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    params = ["-p", "engagement_dir", str(engagement.resolve())]
    params += ["-p", "output_dir", str(out.resolve()), "-p", "language", "fr"]
    for name in NOTEBOOKS:
        source, target = notebooks_dir() / f"{name}.ipynb", out / f"{name}.ipynb"
        subprocess.run(
            [str(BIN / "papermill"), str(source), str(target), *params, "-k", "python3"]
            + ["--no-progress-bar", "--cwd", str(notebooks_dir())],
            check=True,
            capture_output=True,
        )
    for name in NOTEBOOKS:
        target = out / f"{name}.ipynb"
        subprocess.run(
            [str(BIN / "jupyter"), "nbconvert", "--to", "html", "--no-input", str(target)],
            check=True,
            capture_output=True,
        )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of floor/holdout (median)")
    parser.add_argument("--big", action="store_true", help="also 5,000,000 / 250,000 (long)")
    parser.add_argument("--no-large", action="store_true", help="floor and holdout only")
    parser.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "cm-bench-data"))
    args = parser.parse_args()
    cache = Path(args.cache)
    work = Path(tempfile.mkdtemp(prefix="cm-bench-"))
    holdout = make_engagement(cache / "holdout", 12_000, 300)
    floors, holdouts = [], []
    for i in range(args.repeat):
        floors.append(floor())
        holdouts.append(report(holdout, work / f"holdout{i}"))
    f, fc = (float(np.median(v)) for v in zip(*floors, strict=True))
    h, hc, peak = (float(np.median(v)) for v in zip(*holdouts, strict=True))
    print(f"{'case':<36}{'wall s':>8}{'x floor':>9}{'CPU s':>8}{'x floor':>9}{'kernel MiB':>12}")
    print(f"{'floor (kernel + pandas/mpl/sns)':<36}{f:>8.2f}{1:>9.2f}{fc:>8.2f}{1:>9.2f}")
    print(
        f"{'holdout 300 cust., 2 years':<36}{h:>8.2f}{h / f:>9.2f}{hc:>8.2f}{hc / fc:>9.2f}{peak:>12.0f}"
    )
    cpu = _children_cpu()
    slow = naive(holdout, work / "naive")
    slow_cpu = _children_cpu() - cpu
    print(
        f"{'holdout, naive papermill+nbconvert':<36}{slow:>8.2f}{slow / f:>9.2f}"
        f"{slow_cpu:>8.2f}{slow_cpu / fc:>9.2f}"
    )
    sizes = [] if args.no_large else [(1_000_000, 50_000)] + [(5_000_000, 250_000)] * args.big
    for lines, customers in sizes:
        eng = make_engagement(cache / f"lines{lines}", lines, customers)
        seconds, cpu_s, peak = report(eng, work / f"lines{lines}")
        name = f"{lines:,} lines / {customers:,} cust."
        print(
            f"{name:<36}{seconds:>8.2f}{seconds / f:>9.2f}{cpu_s:>8.2f}{cpu_s / fc:>9.2f}"
            f"{peak:>12.0f}"
        )
    print(f"\n(floor and holdout: median of {args.repeat}; outputs under {work})")


if __name__ == "__main__":
    main()
