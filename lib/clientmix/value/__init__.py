"""Stage "value": tomorrow's value of each customer (BG/NBD repeat buying and Gamma-Gamma
spend), with a backtest; shown in notebook 04_classify."""

from clientmix.value.backtest import Backtest, backtest
from clientmix.value.bgnbd import BGNBDFit, expected_purchases, fit_bgnbd, p_alive
from clientmix.value.figures import (
    MIN_REPEAT_CUSTOMERS,
    ValueFigures,
    ValueSettings,
    forecast,
    value_figures,
)
from clientmix.value.gammagamma import GammaGammaFit, expected_spend, fit_gamma_gamma
from clientmix.value.summary import purchase_days, purchases_between, rfm_summary

__all__ = [
    "MIN_REPEAT_CUSTOMERS",
    "BGNBDFit",
    "Backtest",
    "GammaGammaFit",
    "ValueFigures",
    "ValueSettings",
    "backtest",
    "expected_purchases",
    "expected_spend",
    "fit_bgnbd",
    "fit_gamma_gamma",
    "forecast",
    "p_alive",
    "purchase_days",
    "purchases_between",
    "rfm_summary",
    "value_figures",
]
