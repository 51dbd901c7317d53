"""Seeded Monte Carlo simulation of next year's revenue and margin under customer departures."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from clientmix.core.checks import ConcentrationInputError, as_fraction, as_whole_number, is_number
from clientmix.core.jsonable import plain
from clientmix.dependency.top import checked_profile
from clientmix.errors import message
from clientmix.ingest.config import DEFAULT_MONTE_CARLO
from clientmix.profile.status import STATUSES

DEFAULT_LOSS_PROBABILITY: dict[str, float] = dict(DEFAULT_MONTE_CARLO["loss_probability"])
"""Default yearly probability of losing a customer, by status (fractions)."""

_BLOCK = 256  # draws per random stream; results do not depend on how blocks are processed


@dataclass(frozen=True)
class MonteCarloResult:
    """Distribution of next-year revenue and gross margin when customers may leave.

    Amounts in currency; probabilities as fractions. ``margin_*`` are NaN (and
    ``margin_draws`` None) when gross margins are unknown.
    """

    revenue_draws: np.ndarray
    margin_draws: np.ndarray | None
    p10: float
    p50: float
    p90: float
    margin_p10: float
    margin_p50: float
    margin_p90: float
    prob_drop_10pct: float
    prob_drop_20pct: float
    margin_prob_drop_10pct: float
    margin_prob_drop_20pct: float
    mean_revenue: float
    mean_margin: float
    base_revenue: float
    base_margin: float
    draws: int
    seed: int
    customers: int
    loss_probability: dict[str, float] = field(default_factory=dict)
    horizon_growth: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-serialisable summary for metrics.json (no draws arrays; NaN as None)."""
        keys = [
            "p10",
            "p50",
            "p90",
            "prob_drop_10pct",
            "prob_drop_20pct",
            "mean_revenue",
            "base_revenue",
            "margin_p10",
            "margin_p50",
            "margin_p90",
            "margin_prob_drop_10pct",
            "margin_prob_drop_20pct",
            "mean_margin",
            "base_margin",
            "draws",
            "seed",
            "customers",
            "loss_probability",
            "horizon_growth",
        ]
        return plain({k: getattr(self, k) for k in keys})


def _positions(
    rng: np.random.Generator, size: int, cols: int, scale: float, cap: int, offset: np.ndarray
) -> np.ndarray:
    """Positions (float, 0-based, before ``offset``) of a Bernoulli process with rate r.

    Gaps between events are geometric on 1, 2, ...: floor(E * scale) + 1 with E ~ Exp(1) and
    ``scale = -1 / log(1 - r)``; gaps are capped at ``cap + 1`` (such a gap already leaves the
    bucket). Position j = offset + sum of the first j + 1 gaps - 1.
    """
    e = rng.standard_exponential((size, cols))
    e *= scale
    np.floor(e, out=e)
    np.minimum(e, cap, out=e)
    pos = np.cumsum(e, axis=1)
    pos += np.arange(cols, dtype=np.float64)
    pos += offset[:, None]
    return pos


def _simulate(p: np.ndarray, weights: np.ndarray, draws: int, seed: int) -> np.ndarray:
    """Sum of the weights of the kept customers, for each draw.

    Each customer i is lost independently with probability ``p[i]``. Instead of one uniform
    number per (draw, customer), the rarer outcome of each customer (loss when p <= 0.5, keep
    otherwise, probability q = min(p, 1 - p)) is sampled as a Bernoulli process: customers are
    put in buckets where q varies by at most a factor 2, candidate positions in a bucket are
    drawn with geometric gaps at the bucket's largest rate r, and each candidate is accepted
    with probability q_i / r (thinning). This is exact, costs about sum(q) random numbers per
    draw instead of n, and never builds a draws x customers matrix.

    Draws are made in blocks of ``_BLOCK`` with their own stream seeded by (seed, block), so a
    result depends on the seed and the data only (customers are sorted by id beforehand), and
    the first draws are the same whatever ``draws`` is (the last block is drawn in full, then
    truncated).
    """
    n, k = weights.shape
    flip = p > 0.5
    q = np.where(flip, 1.0 - p, p)
    base = weights[~flip].sum(axis=0)  # kept unless their (rare) loss event happens
    signed = np.where(flip[:, None], weights, -weights)
    active = np.flatnonzero(q > 0)
    bucket = np.ceil(-np.log2(q[active])).astype(np.int64)
    groups = []
    for b in np.unique(bucket):
        idx = active[bucket == b]
        qb = q[idx]
        rate = float(qb.max())
        w_pad = [np.append(signed[idx, j], 0.0) for j in range(k)]  # one 1-D array per measure
        q_pad = np.append(qb, 0.0)
        homogeneous = bool((qb == rate).all())
        groups.append((len(idx), rate, w_pad, q_pad, homogeneous))

    out = np.empty((draws, k))
    for block, first in enumerate(range(0, draws, _BLOCK)):
        size = _BLOCK  # always a full block, truncated below: a shorter run is a prefix
        rng = np.random.default_rng([seed, block])
        acc = np.tile(base, (size, 1))
        for n_b, rate, w_pad, q_pad, homogeneous in groups:
            mean = n_b * rate
            cols = int(mean + 4.0 * math.sqrt(mean) + 8)
            scale = -1.0 / math.log1p(-rate)
            pos = _positions(rng, size, cols, scale, n_b, np.zeros(size))
            while (pos[:, -1] < n_b).any():  # rare: a row needs more candidates
                extra = int(2.0 * math.sqrt(mean)) + 8
                pos = np.concatenate(
                    [pos, _positions(rng, size, extra, scale, n_b, pos[:, -1] + 1.0)], axis=1
                )
            np.minimum(pos, n_b, out=pos)  # n_b = padding slot, weight 0
            idx = pos.astype(np.intp)
            accept = None if homogeneous else rng.random(idx.shape) * rate < q_pad[idx]
            for j, w in enumerate(w_pad):
                picked = np.take(w, idx)
                if accept is not None:
                    picked *= accept
                acc[:, j] += picked.sum(axis=1)
        take = min(_BLOCK, draws - first)
        out[first : first + take] = acc[:take]
    return out


def monte_carlo(
    profile: pd.DataFrame,
    *,
    draws: int = 10_000,
    seed: int = 42,
    loss_probability: Mapping[str, float] | None = None,
    horizon_growth: float | None = None,
    lang: str = "fr",
) -> MonteCarloResult:
    """Seeded Monte Carlo of next-year revenue and gross margin when customers may leave.

    Each customer with a positive revenue is lost, independently, with probability:

    - its own ``loss_probability`` column value when present and not NaN (a fraction in
      [0, 1], e.g. from the customers file; a value above 1 looks like a percentage and is an
      error);
    - otherwise the probability of its ``status`` (defaults: new 0.15, stable 0.05,
      growing 0.03, declining 0.25, inactive 0.50, stopped 0.90), overridable with ``loss_probability``.

    Next-year revenue of a draw = sum of the revenue of the kept customers, times
    (1 + horizon_growth) when given; the same for gross margin. Customers whose revenue is zero
    or negative contribute nothing. The base (current) figures are the sums over customers with
    a positive revenue.

    Parameters
    ----------
    profile : one row per customer (customer_id, revenue; status and/or loss_probability;
        optional gross_margin).
    draws : number of simulated years (>= 1).
    seed : non-negative integer; the same seed and data give the same draws.
    loss_probability : {status: probability} overriding some defaults.
    horizon_growth : growth (fraction, > -1) applied to the kept customers, or None (0).
    lang : "fr" or "en" for error messages about the profile's values.

    Returns
    -------
    MonteCarloResult with revenue_draws / margin_draws (arrays of ``draws`` amounts), the P10,
    median and P90 of revenue and margin (linear interpolation), prob_drop_10pct and
    prob_drop_20pct (fraction of draws where next-year revenue < 0.9 / 0.8 x base revenue;
    same for margin), means and base amounts.
    """
    draws, seed = _check_settings(draws, seed, horizon_growth)
    probs = _status_probabilities(loss_probability)
    df = checked_profile(profile)
    df = df[df["revenue"] > 0].sort_values("customer_id", kind="mergesort")  # by id: seeded
    weights = _weights(df)
    sims = _simulate(_loss_probabilities(df, probs, lang), weights, draws, seed)
    sims *= 1.0 + (float(horizon_growth) if horizon_growth is not None else 0.0)
    rev = _Outcome.of(sims[:, 0], float(weights[:, 0].sum()))
    margin = _Outcome.of(sims[:, 1], float(weights[:, 1].sum())) if weights.shape[1] > 1 else None
    return MonteCarloResult(
        **_outcome_fields(rev, "", "revenue"),
        **_outcome_fields(margin, "margin_", "margin"),
        draws=draws,
        seed=seed,
        customers=len(df),
        loss_probability=probs,
        horizon_growth=None if horizon_growth is None else float(horizon_growth),
    )


def _check_settings(draws: Any, seed: Any, horizon_growth: Any) -> tuple[int, int]:
    """``draws`` and ``seed`` as ints, checked (whole numbers >= 1 and >= 0), and
    horizon_growth checked (None or a fraction > -1); ConcentrationInputError otherwise."""
    draws = as_whole_number(draws, "draws")
    seed = as_whole_number(seed, "seed", low=0)
    if horizon_growth is not None and (not is_number(horizon_growth) or not horizon_growth > -1):
        raise ConcentrationInputError(
            f"Expected horizon_growth as a fraction > -1 (e.g. 0.03 for +3 %) or None, "
            f"got {horizon_growth!r}."
        )
    return draws, seed


def _weights(df: pd.DataFrame) -> np.ndarray:
    """(customers x measures) amounts simulated: revenue, and gross margin as a second column
    when every customer's margin is known (currency)."""
    columns = [df["revenue"].to_numpy(dtype="float64")]
    if "gross_margin" in df.columns and len(df) > 0 and df["gross_margin"].notna().all():
        columns.append(df["gross_margin"].to_numpy(dtype="float64"))
    return np.column_stack(columns) if len(df) else np.zeros((0, len(columns)))


def _status_probabilities(loss_probability: Mapping[str, float] | None) -> dict[str, float]:
    """The loss probability of each status: the defaults, overridden by ``loss_probability``
    (checked: known statuses, fractions in [0, 1])."""
    probs = dict(DEFAULT_LOSS_PROBABILITY)
    if loss_probability is None:
        return probs
    unknown = sorted(set(map(str, loss_probability)) - set(STATUSES))
    if unknown:
        raise ConcentrationInputError(
            f"Unknown status(es) in loss_probability: {', '.join(unknown)}; "
            f"expected some of {', '.join(STATUSES)}."
        )
    for status, value in loss_probability.items():
        probs[str(status)] = as_fraction(value, f"loss_probability[{status!r}]")
    return probs


def _loss_probabilities(df: pd.DataFrame, probs: dict[str, float], lang: str) -> np.ndarray:
    """Each customer's probability of loss: its own ``loss_probability`` when known, else
    the probability of its status in ``probs`` (one fraction per row of ``df``).

    Raises
    ------
    ConcentrationInputError on an own probability outside [0, 1] (in ``lang``: the user
    typed it in the customers file), a missing status column or an unknown status.
    """
    p = np.full(len(df), np.nan)
    if "loss_probability" in df.columns:
        own = pd.to_numeric(df["loss_probability"], errors="coerce").to_numpy(dtype="float64")
        bad = (own < 0) | (own > 1)
        if bad.any():
            ids = df["customer_id"].to_numpy()[bad][:10]
            listing = ", ".join(f"{i} ({v:g})" for i, v in zip(ids, own[bad][:10], strict=True))
            raise ConcentrationInputError(
                message("checks_loss_probability_range", lang, listing=listing)
            )
        p = own.copy()  # pandas may hand out a read-only view
    need = np.isnan(p)
    if not need.any():
        return p
    if "status" not in df.columns:
        raise ConcentrationInputError(
            "The profile needs a status column (new, stable, growing, declining, inactive, stopped) "
            "or a loss_probability for every customer with a positive revenue."
        )
    status = df["status"].astype(object).to_numpy()[need]
    mapped = pd.Series(status).map(probs).to_numpy(dtype="float64")
    if np.isnan(mapped).any():
        odd = sorted({str(s) for s in status[np.isnan(mapped)]})
        raise ConcentrationInputError(
            f"Unknown status value(s) {', '.join(odd)} in the profile; expected one of "
            f"{', '.join(STATUSES)} (or a loss_probability for those customers)."
        )
    p[need] = mapped
    return p


@dataclass(frozen=True)
class _Outcome:
    """Summary of the simulated next-year amounts of one measure (currency, fractions)."""

    draws: np.ndarray
    base: float
    p10: float
    p50: float
    p90: float
    prob_drop_10pct: float
    prob_drop_20pct: float
    mean: float

    @classmethod
    def of(cls, draws: np.ndarray, base: float) -> _Outcome:
        """P10, median, P90 (linear interpolation), the fraction of draws below 0.9 and 0.8
        times ``base`` (the current amount), and the mean of ``draws``."""
        p10, p50, p90 = (float(x) for x in np.percentile(draws, [10, 50, 90]))
        return cls(
            draws=draws,
            base=base,
            p10=p10,
            p50=p50,
            p90=p90,
            prob_drop_10pct=float(np.mean(draws < 0.9 * base)),
            prob_drop_20pct=float(np.mean(draws < 0.8 * base)),
            mean=float(draws.mean()),
        )


def _outcome_fields(outcome: _Outcome | None, prefix: str, measure: str) -> dict[str, Any]:
    """The MonteCarloResult fields of one measure: ``measure``_draws, ``prefix`` + p10, p50,
    p90, prob_drop_10pct, prob_drop_20pct, then mean_``measure`` and base_``measure``; draws
    None and the figures NaN when ``outcome`` is None (margins unknown)."""
    names = ("p10", "p50", "p90", "prob_drop_10pct", "prob_drop_20pct", "mean", "base")
    keys = [prefix + name for name in names[:5]] + [f"mean_{measure}", f"base_{measure}"]
    if outcome is None:
        return {f"{measure}_draws": None} | dict.fromkeys(keys, math.nan)
    values = (getattr(outcome, name) for name in names)
    return {f"{measure}_draws": outcome.draws} | dict(zip(keys, values, strict=True))
