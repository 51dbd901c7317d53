"""Benchmark of the report pipeline (not a timed test): ``python bench/bench_report.py``.

For each sample engagement: wall time of ``run_report`` (one process, one shared kernel,
in-process HTML export), of ``run_report`` with one kernel per notebook, and of the naive way
(``papermill`` command line once per notebook, then ``jupyter nbconvert --to html`` per
notebook); then batch throughput with 1 and 2 workers. Prints the figures.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from clientmix.batch import find_engagements, run_batch_outcomes
from clientmix.report.execute import notebooks_dir
from clientmix.report.run import run_report
from clientmix.report.sections import NOTEBOOKS

BIN = Path(sys.executable).parent


def naive(engagement: Path, out: Path) -> float:
    """papermill CLI per notebook + jupyter nbconvert per notebook; wall seconds."""
    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    for name in NOTEBOOKS:
        executed = out / f"{name}.ipynb"
        subprocess.run(
            [
                str(BIN / "papermill"),
                str(notebooks_dir() / f"{name}.ipynb"),
                str(executed),
                "-p",
                "engagement_dir",
                str(engagement.resolve()),
                "-p",
                "output_dir",
                str(out.resolve()),
                "-p",
                "language",
                "fr",
                "-k",
                "python3",
                "--no-progress-bar",
                "--cwd",
                str(notebooks_dir()),
            ],
            check=True,
            capture_output=True,
        )
    for name in NOTEBOOKS:
        subprocess.run(
            [
                str(BIN / "jupyter"),
                "nbconvert",
                "--to",
                "html",
                "--no-input",
                str(out / f"{name}.ipynb"),
            ],
            check=True,
            capture_output=True,
        )
    return time.perf_counter() - start


def timed(fn, *args, **kwargs) -> float:
    start = time.perf_counter()
    fn(*args, **kwargs)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", default=None, help="default: fresh samples")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="cm-bench-"))
    try:
        if args.data_dir:
            data = Path(args.data_dir)
        else:
            from clientmix.samples import write_samples

            data = work / "samples"
            write_samples(data)
        engagements = find_engagements(data)
        print(f"{len(engagements)} engagements under {data}\n")
        print(f"{'engagement':<22}{'report':>9}{'1 kernel/nb':>13}{'naive':>9}{'speed-up':>10}")
        for eng in engagements:
            fast = min(timed(run_report, eng, work / "fast" / eng.name) for _ in range(args.repeat))
            per_nb = timed(run_report, eng, work / "pernb" / eng.name, shared_kernel=False)
            slow = naive(eng, work / "naive" / eng.name)
            print(f"{eng.name:<22}{fast:>8.1f}s{per_nb:>12.1f}s{slow:>8.1f}s{slow / fast:>9.1f}x")
        print()
        rates = {}
        for workers in (1, 2):
            out = work / f"batch{workers}"
            start = time.perf_counter()
            outcomes = run_batch_outcomes(data, out, workers=workers, progress=False)
            seconds = time.perf_counter() - start
            ok = sum(o.status == "ok" for o in outcomes)
            rates[workers] = len(outcomes) / seconds * 60
            print(
                f"batch, {workers} worker(s): {len(outcomes)} engagements ({ok} ok) in "
                f"{seconds:.1f}s = {rates[workers]:.1f} engagements/min"
            )
        print(f"batch speed-up with 2 workers: {rates[2] / rates[1]:.2f}x")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
