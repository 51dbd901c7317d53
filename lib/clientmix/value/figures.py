"""The figures of the 'Future value' section, computed once, and their metrics.json keys.

Computation only: time in weeks, amounts in the engagement currency (net, excl. tax),
probabilities as fractions; reasons as codes (the wording comes from the texts).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from clientmix.value.backtest import Backtest, backtest
from clientmix.value.bgnbd import BGNBDFit, expected_purchases, fit_bgnbd, p_alive
from clientmix.value.gammagamma import GammaGammaFit, expected_spend, fit_gamma_gamma
from clientmix.value.summary import rfm_summary

#: the model is shown only with at least this many repeat customers in the calibration
MIN_REPEAT_CUSTOMERS = 50
#: 12 months, in weeks (the ``_12m`` figures)
WEEKS_12M = 52
#: the interim table's columns, in order
TABLE_COLUMNS = ("customer_id", "p_alive", "expected_purchases_12m", "expected_revenue_12m")


@dataclass(frozen=True)
class ValueSettings:
    """``future_value`` of engagement.yaml, resolved.

    calibration_end : the model is fitted on the purchases up to this day (included).
    forecast_date : customers are read as of this day (the analysis period end).
    horizon_weeks : the horizon of the customer value ``clv`` (weeks; 52 = 12 months).
    discount_rate : yearly discount rate of ``clv`` (fraction, 0 = none).
    """

    calibration_end: pd.Timestamp
    forecast_date: pd.Timestamp
    horizon_weeks: int = WEEKS_12M
    discount_rate: float = 0.0


@dataclass(frozen=True)
class ValueFigures:
    """Everything the section shows, computed once by :func:`value_figures`.

    Attributes
    ----------
    settings : the settings used.
    reason : None when the model is shown, else why not: "no_purchases", "too_few_repeat"
        (fewer than :data:`MIN_REPEAT_CUSTOMERS` repeat customers) or "not_converged".
    repeat_customers : customers with a repeat purchase in the calibration.
    fit, spend : the BG/NBD and Gamma-Gamma fits (None when not fitted; ``spend`` None or not
        converged leaves the revenue figures out).
    customers : one row per customer with a purchase up to the forecast date (index
        customer_id): frequency, recency, T (weeks), monetary_value, p_alive,
        expected_purchases_12m, expected_spend, expected_revenue_12m (currency), clv
        (expected revenue over ``horizon_weeks``, discounted); empty when not shown.
    backtest : when there are purchases after the calibration end, else None.
    """

    settings: ValueSettings
    reason: str | None
    repeat_customers: int
    fit: BGNBDFit | None
    spend: GammaGammaFit | None
    customers: pd.DataFrame
    backtest: Backtest | None

    @property
    def shown(self) -> bool:
        """Whether the model is fit to be shown (enough repeat customers, converged)."""
        return self.reason is None

    @property
    def revenue_known(self) -> bool:
        """Whether the spend model converged, so the revenue figures exist."""
        return self.shown and self.spend is not None and self.spend.converged

    def table(self, customer_ids: pd.Series) -> pd.DataFrame:
        """The interim table ``future_value``: one row per id of ``customer_ids`` (the
        customer base), columns :data:`TABLE_COLUMNS`; NaN where the model is left out or the
        customer has no purchase (credit notes only)."""
        ids = pd.Index(customer_ids.astype(str), name="customer_id")
        frame = self.customers.reindex(ids)
        out = pd.DataFrame({"customer_id": ids})
        for column in TABLE_COLUMNS[1:]:
            values = frame[column] if column in frame else pd.Series(np.nan, index=ids)
            out[column] = values.to_numpy(dtype=float)
        return out

    def to_metrics(self, customer_ids: pd.Series) -> dict[str, Any]:
        """The section's metrics.json keys: ``future_value`` (ARCHITECTURE.md), the expected
        figures summed over ``customer_ids`` (the customer base), plus ``reason``."""
        return {"future_value": future_value_metrics(self, self.table(customer_ids))}


def value_figures(invoices: pd.DataFrame, settings: ValueSettings) -> ValueFigures:
    """Fit BG/NBD and Gamma-Gamma on the purchases up to ``settings.calibration_end`` and
    forecast every customer as of ``settings.forecast_date``.

    The model is left out (``reason`` set, no forecast) without any purchase, with fewer than
    :data:`MIN_REPEAT_CUSTOMERS` repeat customers, or when the BG/NBD fit did not converge.
    The backtest runs whenever the invoices go beyond the calibration end.
    """
    calibration = rfm_summary(invoices, settings.calibration_end)
    repeat = int((calibration["frequency"] > 0).sum())
    fit = spend = None
    if calibration.empty:
        reason = "no_purchases"
    elif repeat < MIN_REPEAT_CUSTOMERS:
        reason = "too_few_repeat"
    else:
        fit = fit_bgnbd(calibration["frequency"], calibration["recency"], calibration["T"])
        reason = None if fit.converged else "not_converged"
    if reason is not None:
        return ValueFigures(settings, reason, repeat, fit, None, pd.DataFrame(), None)
    spend = fit_gamma_gamma(calibration["frequency"], calibration["monetary_value"])
    current = rfm_summary(invoices, settings.forecast_date)
    customers = forecast(current, fit, spend if spend.converged else None, settings)
    test = None
    last = invoices["date"].max()
    if pd.notna(last) and last.normalize() > settings.calibration_end.normalize():
        test = backtest(invoices, fit, settings.calibration_end, last)
    return ValueFigures(settings, None, repeat, fit, spend, customers, test)


def forecast(
    summary: pd.DataFrame,
    fit: BGNBDFit,
    spend: GammaGammaFit | None,
    settings: ValueSettings,
) -> pd.DataFrame:
    """Per customer of ``summary`` (:func:`rfm_summary`): p_alive, expected_purchases_12m,
    expected_spend, expected_revenue_12m and clv (NaN revenue columns without ``spend``).

    ``clv`` is the expected revenue over ``settings.horizon_weeks``, each 4-week step
    discounted at ``settings.discount_rate`` per year (52 weeks) from its end.
    """
    x, t_x, age = summary["frequency"], summary["recency"], summary["T"]
    out = summary.copy()
    out["p_alive"] = p_alive(fit, x, t_x, age)
    out["expected_purchases_12m"] = expected_purchases(fit, WEEKS_12M, x, t_x, age)
    if spend is None:
        for column in ("expected_spend", "expected_revenue_12m", "clv"):
            out[column] = np.nan
        return out
    out["expected_spend"] = expected_spend(spend, x, summary["monetary_value"])
    out["expected_revenue_12m"] = out["expected_purchases_12m"] * out["expected_spend"]
    steps = np.unique(np.r_[np.arange(4, settings.horizon_weeks, 4), settings.horizon_weeks])
    cumulative = expected_purchases(
        fit, steps[None, :], *(np.asarray(v, float)[:, None] for v in (x, t_x, age))
    )
    increments = np.diff(np.c_[np.zeros(len(out)), cumulative], axis=1)
    discount = (1.0 + settings.discount_rate) ** (-steps / WEEKS_12M)
    out["clv"] = (increments @ discount) * out["expected_spend"].to_numpy()
    return out


def future_value_metrics(figs: ValueFigures, table: pd.DataFrame) -> dict[str, Any]:
    """The ``future_value`` key of metrics.json; the expected figures are sums over the rows
    of ``table`` (:meth:`ValueFigures.table`), null when the model or the spend model is left
    out; ``reason`` is null when the model is shown."""
    fit, spend, test = figs.fit, figs.spend, figs.backtest
    shown = figs.shown
    params = fit.params if fit is not None else dict.fromkeys(("r", "alpha", "a", "b"))
    revenue = table["expected_revenue_12m"].sum() if figs.revenue_known else None
    return {
        "model": "bg_nbd" if shown else None,
        "params": params,
        "time_unit": "week",
        "log_likelihood": fit.log_likelihood if fit is not None else None,
        "customers_modelled": fit.customers if fit is not None else 0,
        "converged": bool(fit is not None and fit.converged),
        "expected_purchases_12m": table["expected_purchases_12m"].sum() if shown else None,
        "expected_revenue_12m": revenue,
        "gamma_gamma": {
            "p": spend.p if spend is not None else None,
            "q": spend.q if spend is not None else None,
            "v": spend.v if spend is not None else None,
        },
        "backtest": None
        if test is None
        else {
            "start": test.start.date().isoformat(),
            "end": test.end.date().isoformat(),
            "predicted": test.predicted,
            "actual": test.actual,
        },
        "reason": figs.reason,
    }
