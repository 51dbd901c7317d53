"""Benchmark of the batch (not a timed test): ``python bench/bench_batch.py``.

Printed side by side, in one run on this machine, for the sample engagements (written by
``clientmix.samples`` into a temporary folder, or ``--data``), every report made (``force``):

- **pool x1**: the process pool with one worker (reports one after another, in this process);
- **pool x2**: the process pool with two workers;
- **dask x2**: a Dask LocalCluster of two single-threaded workers started for the run
  (``--scheduler local``), each report in a fresh process; cluster start included.

For each: wall time, reports per minute, and the speed-up against pool x1; dask x2 also
against pool x2 (the target: within 10 %). ``--repeat N`` keeps the median of N runs. The
machine may be shared: compare the ratios of one run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from clientmix.batch import run_batch_outcomes
from clientmix.samples import write_samples

RUNS = (("pool x1", 1, None), ("pool x2", 2, None), ("dask x2", 2, "local"))


def timed(data: Path, out: Path, workers: int, scheduler: str | None) -> tuple[float, int]:
    """Wall time (s) of one batch over ``data`` and the number of reports made."""
    start = time.perf_counter()
    outcomes = run_batch_outcomes(
        data, out, workers, progress=False, scheduler=scheduler, force=True
    )
    seconds = time.perf_counter() - start
    failed = [o for o in outcomes if o.status != "ok"]
    if failed:
        sys.exit(f"{failed[0].engagement}: {failed[0].error}")
    return seconds, len(outcomes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None, help="engagements (default: samples)")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        data = args.data or Path(tmp) / "data"
        if args.data is None:
            write_samples(data)
        times: dict[str, list[float]] = {name: [] for name, _, _ in RUNS}
        count = 0
        for i in range(args.repeat):
            for name, workers, scheduler in RUNS:
                out = Path(tmp) / f"reports-{i}-{name.replace(' ', '')}"
                seconds, count = timed(data, out, workers, scheduler)
                times[name].append(seconds)
    median = {name: statistics.median(values) for name, values in times.items()}
    base = median["pool x1"]
    print(f"batch of {count} engagements, median of {args.repeat} run(s)")
    print(f"{'run':<10}{'wall s':>9}{'reports/min':>13}{'vs pool x1':>12}{'vs pool x2':>12}")
    for name, _, _ in RUNS:
        seconds = median[name]
        versus_two = f"{median['pool x2'] / seconds:>11.2f}x" if name == "dask x2" else ""
        print(
            f"{name:<10}{seconds:>9.1f}{60 * count / seconds:>13.1f}"
            f"{base / seconds:>11.2f}x{versus_two:>12}"
        )


if __name__ == "__main__":
    main()
