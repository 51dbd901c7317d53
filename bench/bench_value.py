"""Benchmark of the future-value fits (issue 12): BG/NBD and Gamma-Gamma on CDNOW (2,357
customers, tests/data/cdnow_sample.csv.gz) and on 50,000 simulated customers, side by side with
the ``lifetimes`` library when it can run.

Run: ``python bench/bench_value.py [--customers N] [--lifetimes PYTHON]``.

``lifetimes`` is not a dependency of clientmix (unmaintained since 2020): the comparison runs in
a throwaway virtual environment, by default ``/tmp/lt`` (created with
``python -m venv /tmp/lt && /tmp/lt/bin/pip install lifetimes`` when absent and pip can reach
PyPI). When it does not install or import, the benchmark says so and prints clientmix alone.
Times are wall-clock seconds of the fit only (best of 7), on the same per-customer summaries.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "lib"))

from clientmix.value import fit_bgnbd, fit_gamma_gamma, rfm_summary  # noqa: E402
from clientmix.value.bgnbd import log_likelihood  # noqa: E402

CDNOW = ROOT / "tests" / "data" / "cdnow_sample.csv.gz"
LIFETIMES_VENV = Path("/tmp/lt")
LIFETIMES_SCRIPT = """
import json, sys, time
import pandas as pd
from lifetimes import BetaGeoFitter, GammaGammaFitter
d = pd.read_csv(sys.argv[1])
best = {}
for _ in range(7):
    t = time.perf_counter()
    bg = BetaGeoFitter(penalizer_coef=0.0).fit(d["frequency"], d["recency"], d["T"])
    best["bgnbd"] = min(best.get("bgnbd", 1e9), time.perf_counter() - t)
rep = d[(d["frequency"] > 0) & (d["monetary_value"] > 0)]
for _ in range(7):
    t = time.perf_counter()
    gg = GammaGammaFitter(penalizer_coef=0.0).fit(rep["frequency"], rep["monetary_value"])
    best["gamma_gamma"] = min(best.get("gamma_gamma", 1e9), time.perf_counter() - t)
out = {k: float(v) for k, v in bg.params_.items()}
out.update({k: float(v) for k, v in gg.params_.items()})
out.update(best)
print(json.dumps(out))
"""


def cdnow_summary() -> pd.DataFrame:
    raw = pd.read_csv(CDNOW, dtype={"customer_id": str, "date": str})
    invoices = pd.DataFrame(
        {
            "customer_id": raw["customer_id"],
            "date": pd.to_datetime(raw["date"], format="%Y%m%d"),
            "amount": raw["amount"],
        }
    )
    return rfm_summary(invoices, pd.Timestamp("1997-09-30"))


def simulated_summary(customers: int, seed: int = 12) -> pd.DataFrame:
    """Per-customer summaries drawn from BG/NBD (CDNOW's parameters, ages of 13 to 78 weeks,
    times rounded to whole days) with Gamma-Gamma spend (p 6.25, q 3.74, v 15.44)."""
    rng = np.random.default_rng(seed)
    rate = rng.gamma(0.243, 1 / 4.414, customers)
    drop = rng.beta(0.793, 2.426, customers)
    age = rng.integers(91, 547, customers) / 7.0
    gaps = rng.exponential(1.0, (customers, 60)) / np.maximum(rate, 1e-9)[:, None]
    times = np.round(np.cumsum(gaps, axis=1) * 7.0) / 7.0
    before_drop = rng.geometric(drop) - 1  # repeat purchases before dropping out
    bought = (times <= age[:, None]) & (np.arange(60)[None, :] < before_drop[:, None])
    frequency = bought.sum(axis=1)
    recency = np.where(frequency > 0, times[np.arange(customers), np.maximum(frequency - 1, 0)], 0)
    scale = rng.gamma(3.74, 1 / 15.44, customers)
    spend = rng.gamma(6.25 * np.maximum(frequency, 1), 1 / (scale * np.maximum(frequency, 1)))
    return pd.DataFrame(
        {
            "frequency": frequency,
            "recency": recency,
            "T": age,
            "monetary_value": np.where(frequency > 0, spend, np.nan),
        }
    )


def best_of(fn, repeat: int = 7) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def ours(summary: pd.DataFrame) -> dict[str, float]:
    s = summary
    seconds, fit = best_of(lambda: fit_bgnbd(s["frequency"], s["recency"], s["T"]))
    gg_seconds, gg = best_of(lambda: fit_gamma_gamma(s["frequency"], s["monetary_value"]))
    out = dict(fit.params, ll=fit.log_likelihood, bgnbd=seconds, gamma_gamma=gg_seconds)
    out.update(p=gg.p, q=gg.q, v=gg.v, converged=float(fit.converged))
    return out


def lifetimes_python(given: str | None) -> tuple[Path | None, str]:
    """The Python of an environment where ``import lifetimes`` works, or None and why."""
    python = Path(given) if given else LIFETIMES_VENV / "bin" / "python"
    if not python.exists() and not given:
        try:
            subprocess.run([sys.executable, "-m", "venv", str(LIFETIMES_VENV)], check=True)
            subprocess.run(
                [str(python), "-m", "pip", "install", "-q", "lifetimes"],
                check=True,
                timeout=600,
                capture_output=True,
            )
        except (subprocess.SubprocessError, OSError) as exc:
            return None, f"lifetimes did not install ({exc.__class__.__name__})"
    check = subprocess.run(
        [str(python), "-c", "import lifetimes"], capture_output=True, text=True, timeout=120
    )
    if check.returncode != 0:
        reason = (check.stderr.strip().splitlines() or ["?"])[-1]
        return None, f"lifetimes does not import: {reason}"
    return python, ""


def theirs(python: Path, summary: pd.DataFrame) -> dict[str, float] | str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "summary.csv"
        summary[["frequency", "recency", "T", "monetary_value"]].to_csv(path, index=False)
        run = subprocess.run(
            [str(python), "-c", LIFETIMES_SCRIPT, str(path)],
            capture_output=True,
            text=True,
            timeout=1800,
        )
    if run.returncode != 0:
        return "lifetimes failed: " + (run.stderr.strip().splitlines() or ["?"])[-1]
    out = json.loads(run.stdout.strip().splitlines()[-1])
    # the log-likelihood at lifetimes' estimates, under the same (BG/NBD) likelihood
    params = (out["r"], out["alpha"], out["a"], out["b"])
    out["ll"] = float(
        log_likelihood(
            params, *(summary[c].to_numpy(float) for c in ("frequency", "recency", "T"))
        ).sum()
    )
    return out


def report(name: str, summary: pd.DataFrame, python: Path | None, why: str) -> None:
    mine = ours(summary)
    other = theirs(python, summary) if python else why
    print(
        f"-- {name}: {len(summary):,} customers, {int((summary['frequency'] > 0).sum()):,} repeat"
    )
    keys = ("r", "alpha", "a", "b", "ll", "p", "q", "v", "bgnbd", "gamma_gamma")
    print(f"   {'':12}{'clientmix':>14}{'lifetimes':>14}")
    for key in keys:
        label = f"{key} (s)" if key in ("bgnbd", "gamma_gamma") else key
        theirs_value = f"{other[key]:14.4f}" if isinstance(other, dict) else f"{'-':>14}"
        print(f"   {label:12}{mine[key]:14.4f}{theirs_value}")
    if isinstance(other, dict):
        print(f"   BG/NBD speed-up: {other['bgnbd'] / mine['bgnbd']:.1f}x")
    else:
        print(f"   ({other})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=50_000)
    parser.add_argument("--lifetimes", help="Python of an environment with lifetimes")
    args = parser.parse_args()
    python, why = lifetimes_python(args.lifetimes)
    report("CDNOW (39-week calibration)", cdnow_summary(), python, why)
    report("simulated", simulated_summary(args.customers), python, why)


if __name__ == "__main__":
    main()
