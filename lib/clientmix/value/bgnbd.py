"""BG/NBD model of repeat buying (Fader, Hardie and Lee 2005, "Counting your customers the
easy way"), fitted by maximum likelihood on scipy.

Computation only. Time in weeks (see :mod:`clientmix.value.summary`). Parameters are fitted on
their logarithms with the closed-form log-likelihood and its exact gradient, written with
``gammaln`` / ``digamma`` / ``logaddexp`` so that nothing overflows.

A mild penalty keeps the fit finite on business ledgers where many customers buy every month:
there the unpenalised likelihood keeps rising as r and alpha grow together (purchase rates
look identical) or as a shrinks (nobody seems to leave), and the estimates run off to 10^7 and
beyond, where the predictions become NaN. The penalty is zero while every parameter stays
within a factor :data:`BOUND` of 1 (r, a, b between 1/1000 and 1000, alpha in weeks likewise)
and grows as the square of the log-distance beyond, weighted by the number of customers
(:data:`PENALTY` per customer). CDNOW's estimates lie well inside, so they are unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import optimize
from scipy.special import digamma, expit, gammaln, hyp2f1

#: the penalty starts when a parameter leaves [1 / BOUND, BOUND]
BOUND = 1000.0
#: weight of the penalty per customer and squared log-distance beyond the bound
PENALTY = 1.0
#: largest gradient per customer (log-parameters) at which the fit counts as converged
GRADIENT_TOLERANCE = 1e-5
#: start of the search: r, alpha, a, b
START = (0.5, 5.0, 1.0, 1.0)


@dataclass(frozen=True)
class BGNBDFit:
    """A fitted BG/NBD model.

    Attributes
    ----------
    r, alpha : gamma heterogeneity of the purchase rate (alpha in weeks).
    a, b : beta heterogeneity of the drop-out probability after each purchase.
    log_likelihood : total log-likelihood at the estimates (without the penalty).
    converged : whether the fit stopped at an optimum (vanishing gradient) with finite estimates.
    customers : customers in the fit.
    """

    r: float
    alpha: float
    a: float
    b: float
    log_likelihood: float
    converged: bool
    customers: int

    @property
    def params(self) -> dict[str, float]:
        """The four parameters by name (r, alpha, a, b)."""
        return {"r": self.r, "alpha": self.alpha, "a": self.a, "b": self.b}


def _terms(params: np.ndarray, x: np.ndarray, t_x: np.ndarray, T: np.ndarray):
    """The pieces of the log-likelihood per row: A1 + A2 + logaddexp(A3, A4)."""
    r, alpha, a, b = params
    repeat = x > 0
    a1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    a2 = gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x)
    a3 = -(r + x) * np.log(alpha + T)
    bx1 = np.where(repeat, b + x - 1.0, 1.0)
    a4 = np.where(repeat, np.log(a) - np.log(bx1) - (r + x) * np.log(alpha + t_x), -np.inf)
    return a1, a2, a3, a4, bx1, repeat


def log_likelihood(
    params: np.ndarray | tuple, x: np.ndarray, t_x: np.ndarray, T: np.ndarray
) -> np.ndarray:
    """Log-likelihood of each customer (frequency ``x``, recency ``t_x`` and age ``T`` in
    weeks) under ``params`` = (r, alpha, a, b)."""
    a1, a2, a3, a4, _, _ = _terms(np.asarray(params, dtype=float), x, t_x, T)
    return a1 + a2 + np.logaddexp(a3, a4)


def _objective(
    log_params: np.ndarray, x: np.ndarray, t_x: np.ndarray, T: np.ndarray, w: np.ndarray
) -> tuple[float, np.ndarray]:
    """Penalised total negative log-likelihood and its gradient in the log-parameters."""
    params = np.exp(log_params)
    r, alpha, a, b = params
    a1, a2, a3, a4, bx1, repeat = _terms(params, x, t_x, T)
    mix = np.logaddexp(a3, a4)
    ll = a1 + a2 + mix
    w4 = np.exp(a4 - mix)  # share of the "dropped out after the last purchase" term
    w3 = 1.0 - w4
    d_r = digamma(r + x) - digamma(r) + np.log(alpha)
    d_r += -w3 * np.log(alpha + T) - w4 * np.log(alpha + t_x)
    d_alpha = r / alpha - w3 * (r + x) / (alpha + T) - w4 * (r + x) / (alpha + t_x)
    d_a = digamma(a + b) - digamma(a + b + x) + w4 / a
    d_b = digamma(a + b) + digamma(b + x) - digamma(b) - digamma(a + b + x)
    d_b = d_b - np.where(repeat, w4 / bx1, 0.0)
    # weighted sums without BLAS (its threads only add overhead on vectors this size)
    grad = np.array([np.sum(w * d) for d in (d_r, d_alpha, d_a, d_b)]) * params
    beyond = np.sign(log_params) * np.maximum(np.abs(log_params) - np.log(BOUND), 0.0)
    weight = PENALTY * float(w.sum())
    value = -np.sum(w * ll) + weight * float(beyond @ beyond)
    return float(value), -grad + 2.0 * weight * beyond


def fit_bgnbd(frequency: pd.Series, recency: pd.Series, T: pd.Series) -> BGNBDFit:
    """Fit BG/NBD by penalised maximum likelihood (L-BFGS-B on the log-parameters).

    Parameters
    ----------
    frequency : repeat purchases per customer (whole numbers >= 0).
    recency, T : weeks from the first purchase to the last one / to the end of calibration.

    Returns
    -------
    :class:`BGNBDFit`; ``converged`` is False when the optimiser stopped away from an optimum
    (gradient above :data:`GRADIENT_TOLERANCE` per customer) or an estimate or the
    log-likelihood is not finite. Identical (frequency, recency, T) rows are fitted once,
    weighted by their count, so the result does not depend on the customers' order.
    """
    data = pd.DataFrame(
        {
            "x": np.asarray(frequency, float),
            "t": np.asarray(recency, float),
            "T": np.asarray(T, float),
        }
    )
    groups = data.groupby(["x", "t", "T"], sort=True).size().reset_index(name="w")
    x, t_x, age, w = (groups[c].to_numpy(float) for c in ("x", "t", "T", "w"))
    result = optimize.minimize(
        _objective,
        np.log(START),
        args=(x, t_x, age, w),
        jac=True,
        method="L-BFGS-B",
        options={"maxiter": 2000, "gtol": 1e-8, "ftol": 1e-14},
    )
    params = np.exp(result.x)
    ll = float(np.sum(w * log_likelihood(params, x, t_x, age)))
    finite = bool(np.all(np.isfinite(params)) and np.isfinite(ll))
    # at an optimum the gradient vanishes; L-BFGS-B may stop on a line-search precision
    # warning there, so convergence is judged on the gradient per customer
    flat = bool(np.all(np.abs(result.jac) <= GRADIENT_TOLERANCE * max(len(data), 1)))
    return BGNBDFit(*(float(p) for p in params), ll, finite and flat, len(data))


def p_alive(fit: BGNBDFit, frequency, recency, T) -> np.ndarray:
    """Probability that each customer is still active at the end of its observation (a
    fraction in [0, 1]); 1 for customers without a repeat purchase (the model assumes no
    drop-out before the first repeat purchase)."""
    x, t_x, age = (np.asarray(v, float) for v in (frequency, recency, T))
    return expit(-_log_odds_gone(fit, x, t_x, age))


def _log_odds_gone(fit: BGNBDFit, x: np.ndarray, t_x: np.ndarray, age: np.ndarray) -> np.ndarray:
    """log( a/(b+x-1) * ((alpha+T)/(alpha+t_x))^(r+x) ), -inf when x = 0."""
    repeat = x > 0
    bx1 = np.where(repeat, fit.b + x - 1.0, 1.0)
    ratio = np.log(fit.alpha + age) - np.log(fit.alpha + t_x)
    odds = np.log(fit.a) - np.log(bx1) + (fit.r + x) * ratio
    return np.where(repeat, odds, -np.inf)


def expected_purchases(fit: BGNBDFit, weeks: float, frequency, recency, T) -> np.ndarray:
    """Expected purchases of each customer over the next ``weeks`` weeks, given its history
    (Fader, Hardie and Lee 2005, equation 10). Returns a float array (purchases, >= 0)."""
    x, t_x, age = (np.asarray(v, float) for v in (frequency, recency, T))
    r, alpha, a, b = fit.r, fit.alpha, fit.a, fit.b
    z = weeks / (alpha + age + weeks)
    power = np.exp((r + x) * (np.log(alpha + age) - np.log(alpha + age + weeks)))
    hyper = hyp2f1(r + x, b + x, a + b + x - 1.0, z)
    numerator = (a + b + x - 1.0) / (a - 1.0) * (1.0 - power * hyper)
    return numerator * p_alive(fit, x, t_x, age)
