"""Per-customer purchase summary for the repeat-buying models: frequency, recency, age.

Computation only. Time is in weeks (days / 7). A *purchase* is a day on which the customer's
net amount (invoices minus credit notes, excl. tax) is zero or more: several invoices on one day
count as one purchase; a day whose net amount is negative (credit notes only) is not a purchase
and its amount enters no average.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

DAYS_PER_WEEK = 7.0


def purchase_days(invoices: pd.DataFrame, until: pd.Timestamp | None = None) -> pd.DataFrame:
    """One row per customer and purchase day, up to ``until`` (included; all when None).

    Parameters
    ----------
    invoices : canonical invoices (customer_id, date, amount in currency, net excl. tax).
    until : last day taken.

    Returns
    -------
    Columns customer_id (str), day (datetime, midnight), amount (the day's net amount, currency,
    >= 0), sorted by customer and day. Days with a negative net amount are excluded.
    """
    frame = invoices[["customer_id", "date", "amount"]]
    if until is not None:
        frame = frame[frame["date"] < pd.Timestamp(until).normalize() + pd.Timedelta(days=1)]
    days = (
        frame.assign(customer_id=frame["customer_id"].astype(str), day=frame["date"].dt.normalize())
        .groupby(["customer_id", "day"], sort=True)["amount"]
        .sum()
        .reset_index()
    )
    days = days[days["amount"] >= 0]
    return days.reset_index(drop=True)


def rfm_summary(invoices: pd.DataFrame, calibration_end: pd.Timestamp) -> pd.DataFrame:
    """Frequency, recency and age of every customer with a purchase up to ``calibration_end``.

    Returns
    -------
    Indexed by customer_id (str), columns:
    frequency : repeat purchases (purchase days after the first one), up to the end date;
    recency : weeks from the first to the last purchase day (0 without repeat purchase);
    T : weeks from the first purchase day to ``calibration_end`` (the end day counts as
        elapsed time 0 after it: a first purchase on the end date gives T = 0);
    monetary_value : mean net amount of the repeat purchase days (currency; NaN when
        frequency is 0; the first purchase is excluded, as in the Gamma-Gamma model);
    first_purchase, last_purchase : dates.
    """
    end = pd.Timestamp(calibration_end).normalize()
    days = purchase_days(invoices, end)
    grouped = days.groupby("customer_id", sort=True)
    first = grouped["day"].min()
    last = grouped["day"].max()
    count = grouped["day"].size()
    total = grouped["amount"].sum()
    first_amount = grouped["amount"].first()
    frequency = (count - 1).astype(int)
    repeat_total = total - first_amount
    monetary = (repeat_total / frequency.where(frequency > 0)).astype(float)
    summary = pd.DataFrame(
        {
            "frequency": frequency,
            "recency": (last - first).dt.days / DAYS_PER_WEEK,
            "T": (end - first).dt.days / DAYS_PER_WEEK,
            "monetary_value": monetary,
            "first_purchase": first,
            "last_purchase": last,
        }
    )
    summary.index.name = "customer_id"
    return summary


def purchases_between(invoices: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp) -> pd.Series:
    """Purchase days of each customer after ``start`` (excluded) up to ``end`` (included).

    Returns a Series of whole counts indexed by customer_id (customers without a purchase day
    in the window are absent).
    """
    days = purchase_days(invoices, end)
    days = days[days["day"] > pd.Timestamp(start).normalize()]
    return days.groupby("customer_id").size().astype(np.int64)
