"""Gamma-Gamma model of spend per purchase (Fader, Hardie and Lee 2005, "RFM and CLV"; the
form used by the lifetimes library), fitted by maximum likelihood on scipy.

Computation only. Amounts in the engagement currency (net, excl. tax). The model is fitted on
customers with at least one repeat purchase and a positive mean spend per repeat purchase; it
assumes the spend per purchase is independent of the number of purchases, which
:func:`fit_gamma_gamma` measures (Pearson correlation of frequency and mean spend) so the report
can say when it does not hold.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import optimize
from scipy.special import digamma, gammaln

#: start of the search: p, q, v
START = (1.0, 2.0, 1.0)


@dataclass(frozen=True)
class GammaGammaFit:
    """A fitted Gamma-Gamma spend model.

    Attributes
    ----------
    p, q, v : shape of the spend per purchase, shape and scale (currency) of its heterogeneity.
    log_likelihood : total log-likelihood at the estimates.
    converged : finite estimates at a vanishing gradient, and q > 1 (a finite mean spend).
    customers : customers in the fit (repeat customers with a positive mean spend).
    correlation : Pearson correlation of frequency and mean spend among them (near 0 when the
        model's independence assumption holds; NaN with fewer than 3 customers).
    """

    p: float
    q: float
    v: float
    log_likelihood: float
    converged: bool
    customers: int
    correlation: float

    @property
    def mean_spend(self) -> float:
        """The population's expected spend per purchase (currency): p v / (q - 1)."""
        return self.p * self.v / (self.q - 1.0) if self.q > 1.0 else float("nan")


def _objective(log_params: np.ndarray, x: np.ndarray, m: np.ndarray) -> tuple[float, np.ndarray]:
    """Negative total log-likelihood and its gradient in the log-parameters."""
    p, q, v = np.exp(log_params)
    px = p * x
    ll = (
        gammaln(px + q)
        - gammaln(px)
        - gammaln(q)
        + q * np.log(v)
        + (px - 1.0) * np.log(m)
        + px * np.log(x)
        - (px + q) * np.log(x * m + v)
    )
    d_p = x * (digamma(px + q) - digamma(px) + np.log(m) + np.log(x) - np.log(x * m + v))
    d_q = digamma(px + q) - digamma(q) + np.log(v) - np.log(x * m + v)
    d_v = q / v - (px + q) / (x * m + v)
    grad = np.array([d_p.sum() * p, d_q.sum() * q, d_v.sum() * v])
    return -float(ll.sum()), -grad


def fit_gamma_gamma(frequency: pd.Series, monetary_value: pd.Series) -> GammaGammaFit:
    """Fit the Gamma-Gamma model on the customers with ``frequency`` > 0 and a positive
    ``monetary_value`` (mean spend per repeat purchase, currency); the others are left out."""
    x = np.asarray(frequency, float)
    m = np.asarray(monetary_value, float)
    keep = (x > 0) & np.isfinite(m) & (m > 0)
    x, m = x[keep], m[keep]
    scale = float(np.mean(m)) if len(m) else 1.0
    start = np.log([START[0], START[1], START[2] * scale])
    result = optimize.minimize(
        _objective,
        start,
        args=(x, m),
        jac=True,
        method="L-BFGS-B",
        options={"maxiter": 2000, "gtol": 1e-8, "ftol": 1e-14},
    )
    p, q, v = (float(c) for c in np.exp(result.x))
    ll = -float(result.fun)
    finite = bool(np.isfinite([p, q, v, ll]).all())
    flat = bool(np.all(np.abs(result.jac) <= 1e-5 * max(len(x), 1)))
    correlation = float(np.corrcoef(x, m)[0, 1]) if len(x) >= 3 and np.std(x) > 0 else float("nan")
    return GammaGammaFit(p, q, v, ll, finite and flat and q > 1.0, int(len(x)), correlation)


def expected_spend(fit: GammaGammaFit, frequency, monetary_value) -> np.ndarray:
    """Expected spend per future purchase of each customer (currency): its own mean spend
    weighted against the population's by its number of repeat purchases; the population's
    mean (:attr:`GammaGammaFit.mean_spend`) for customers without a repeat purchase or
    without a positive mean spend."""
    x = np.asarray(frequency, float)
    m = np.asarray(monetary_value, float)
    own = (x > 0) & np.isfinite(m) & (m > 0)
    px = fit.p * np.where(own, x, 0.0)
    weighted = fit.p * (fit.v + px / fit.p * np.where(own, m, 0.0)) / (px + fit.q - 1.0)
    return np.where(own, weighted, fit.mean_spend)
