"""Backtest of the BG/NBD model: purchases predicted after the calibration date against the
purchases that actually happened (Fader, Hardie and Lee 2005, figure 4 and table 2).

Computation only. Purchases are purchase days (:mod:`clientmix.value.summary`); time in weeks.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from clientmix.value.bgnbd import BGNBDFit, expected_purchases
from clientmix.value.summary import DAYS_PER_WEEK, purchases_between, rfm_summary

#: calibration frequencies shown one by one; the higher ones are grouped ("7+")
TOP_GROUP = 7


@dataclass(frozen=True)
class Backtest:
    """Predicted and actual purchases after the calibration date.

    Attributes
    ----------
    start : the calibration end (excluded from the holdout window).
    end : the last day of the holdout window (included).
    weeks : length of the window in weeks.
    predicted : expected purchases in the window, summed over the calibrated customers.
    actual : purchase days in the window of the same customers (new customers excluded).
    customers : customers with a purchase up to ``start``.
    by_frequency : one row per calibration frequency 0 .. 6 and "7+": frequency_group (str),
        customers, predicted and actual (mean purchases per customer in the window).
    """

    start: pd.Timestamp
    end: pd.Timestamp
    weeks: float
    predicted: float
    actual: int
    customers: int
    by_frequency: pd.DataFrame


def backtest(
    invoices: pd.DataFrame, fit: BGNBDFit, start: pd.Timestamp, end: pd.Timestamp
) -> Backtest:
    """Compare ``fit`` (calibrated up to ``start``) with the purchases after ``start`` up to
    ``end`` of the customers who had bought by ``start``."""
    start, end = pd.Timestamp(start).normalize(), pd.Timestamp(end).normalize()
    calibration = rfm_summary(invoices, start)
    weeks = (end - start).days / DAYS_PER_WEEK
    predicted = expected_purchases(
        fit, weeks, calibration["frequency"], calibration["recency"], calibration["T"]
    )
    actual = purchases_between(invoices, start, end).reindex(calibration.index, fill_value=0)
    group = np.minimum(calibration["frequency"].to_numpy(), TOP_GROUP)
    frame = pd.DataFrame({"group": group, "predicted": predicted, "actual": actual.to_numpy()})
    table = (
        frame.groupby("group", sort=True)
        .agg(
            customers=("predicted", "size"),
            predicted=("predicted", "mean"),
            actual=("actual", "mean"),
        )
        .reset_index()
    )
    names = table["group"].astype(int).astype(str)
    table.insert(0, "frequency_group", names.where(table["group"] < TOP_GROUP, f"{TOP_GROUP}+"))
    return Backtest(
        start=start,
        end=end,
        weeks=weeks,
        predicted=float(np.sum(predicted)),
        actual=int(actual.sum()),
        customers=len(calibration),
        by_frequency=table.drop(columns="group"),
    )
