"""Who leaves: churn by group, the groups that lose significantly more than the portfolio, and
lost customers against kept ones.

Over the *previous customers* (net revenue in the 12 months before the period > 0, as in
:mod:`clientmix.retention.rates`): a customer is *lost* when it has no line in the period (the
bridge's ``lost`` step), *kept* otherwise. Customer churn = lost / previous customers; revenue
churn = their previous revenue / the previous customers' previous revenue (fractions).

Significance: a group loses significantly more customers than the rest of the portfolio when
the one-sided Fisher exact test (hypergeometric tail: at least this many lost customers in a
group of this size drawn from the portfolio) gives p < :data:`ALPHA` **and** the group lost at
least :data:`MIN_LOST` customers, so that 1 lost customer out of 3 is never called a trend.

Computation only: groups come back as codes and numbers.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy.stats import hypergeom

from clientmix.core.pareto import pareto_classes
from clientmix.retention.bridge import Ledger, windows
from clientmix.segment.criteria import assign, bin_edges

ALPHA = 0.05
MIN_LOST = 3
TENURE_EDGES = np.array([1.0, 2.0, 5.0])
"""Tenure bands in years at the start of the period: < 1, 1-2, 2-5, 5 and more."""
ABC_LIMITS = (0.80, 0.95)
DAYS_PER_YEAR = 365.25


def previous_features(
    invoices: pd.DataFrame | Ledger, bridge: pd.DataFrame, start: pd.Timestamp
) -> pd.DataFrame:
    """The previous customers of ``bridge`` with what they looked like in the 12 months before
    the period.

    Returns
    -------
    DataFrame, one row per previous customer: customer_id, lost (bool), revenue_previous
    (currency), tenure_years (first line in the data to ``start``, years; counted from the
    start of the data for customers already there), purchase_days (days with a line in the
    previous 12 months), average_ticket (revenue_previous / purchase_days, currency),
    margin_rate (fraction of revenue_previous; NaN without costs), products (distinct
    products bought; NaN without a product column).
    """
    led = Ledger.of(invoices)
    start = pd.Timestamp(start)
    prev = led.between(windows(start, start)[0], start)
    base = bridge.loc[bridge["previous_cents"] > 0]
    out = pd.DataFrame(
        {
            "customer_id": base["customer_id"].to_numpy(),
            "lost": ~base["in_period"].to_numpy(),
            "revenue_previous": base["revenue_previous"].to_numpy(),
        }
    )
    at = pd.Index(led.ids).get_indexer(out["customer_id"])
    before = led.dates < np.datetime64(start)
    first = pd.Series(led.dates[before]).groupby(led.codes[before]).min()
    days = (np.datetime64(start) - first.reindex(at).to_numpy()) / np.timedelta64(1, "D")
    out["tenure_years"] = days / DAYS_PER_YEAR
    days = led.dates[prev].astype("datetime64[D]").astype("int64")
    out["purchase_days"] = _distinct(led.codes[prev], days, len(led.ids))[at]
    out["average_ticket"] = out["revenue_previous"] / out["purchase_days"].where(
        out["purchase_days"] > 0
    )
    out["margin_rate"] = np.nan
    cost = led.lines["cost"].to_numpy(dtype="float64") if "cost" in led.lines else None
    if cost is not None and not np.isnan(cost[prev]).all():
        known = prev & ~np.isnan(cost)
        total = np.where(led.counts(known) > 0, led.sums(known, np.nan_to_num(cost)), np.nan)
        out["margin_rate"] = 1 - total[at] / out["revenue_previous"]
    out["products"] = np.nan
    if "product" in led.lines and led.lines["product"].notna().any():
        products, _ = pd.factorize(led.lines["product"])
        bought = prev & (products >= 0)
        out["products"] = _distinct(led.codes[bought], products[bought], len(led.ids))[at]
    return out


def _distinct(codes: np.ndarray, values: np.ndarray, n: int) -> np.ndarray:
    """Per customer (``n`` customers) the number of distinct ``values`` (whole numbers) among
    its lines."""
    if not len(codes):
        return np.zeros(n, dtype="int64")
    values = np.asarray(values, dtype="int64")
    values = values - values.min()
    span = int(values.max()) + 1
    keys = np.sort(codes * span + values)
    first = np.ones(len(keys), dtype=bool)
    first[1:] = keys[1:] != keys[:-1]
    return np.bincount(keys[first] // span, minlength=n)


def size_classes(features: pd.DataFrame) -> pd.DataFrame:
    """Size class of each previous customer: quartiles of its previous revenue (the three
    quartile points rounded to two significant digits, as the segment criteria: under the
    first, between, the last and above): kind, group, low, high, order (see
    :func:`clientmix.segment.criteria.assign`)."""
    values = features["revenue_previous"]
    return assign(values, bin_edges(values, "quantiles")[1:])


def tenure_bands(features: pd.DataFrame) -> pd.Series:
    """Tenure band of each previous customer: 0 (< 1 year), 1 (1-2), 2 (2-5), 3 (5 and more)
    at the start of the period (years)."""
    return pd.Series(
        np.searchsorted(TENURE_EDGES, features["tenure_years"].to_numpy(), side="right"),
        index=features.index,
    )


def abc_classes(values: pd.Series, ids: pd.Series) -> pd.Series:
    """ABC class of each value by the Pareto rule (:func:`clientmix.core.pareto.pareto_classes`):
    sorted by descending value (ties by id), A = the fewest whose cumulative share of the
    positive total reaches 80 %, B the next fewest reaching 95 %, C the rest (values at zero
    or below included)."""
    by_id = pd.Series(values.to_numpy(), index=ids.to_numpy()).sort_index(kind="stable")
    classes = pareto_classes(by_id, *ABC_LIMITS)
    return pd.Series(classes.reindex(ids.to_numpy()).to_numpy(), index=values.index)


CHURN_COLUMNS = (
    "customers_previous",
    "customers_lost",
    "customer_churn",
    "revenue_previous",
    "revenue_lost",
    "revenue_churn",
    "p_value",
    "significant",
)


def churn_table(features: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Churn per group of ``keys`` (columns of ``features``; missing values are their own
    group), groups in order of first appearance: the ``keys`` then :data:`CHURN_COLUMNS`
    (counts, currency, fractions; p_value of the one-sided Fisher exact test against the
    portfolio, significant as in the module's rule)."""
    cents = (features["revenue_previous"] * 100).round().astype("int64")
    frame = features[keys].assign(
        customers_previous=1,
        customers_lost=features["lost"].astype("int64"),
        revenue_previous=cents,
        revenue_lost=cents.where(features["lost"], 0),
    )
    table = frame.groupby(keys, dropna=False, sort=False).sum().reset_index()
    for column in ("revenue_previous", "revenue_lost"):
        table[column] = table[column] / 100
    n, lost = table["customers_previous"], table["customers_lost"]
    table["customer_churn"] = lost / n
    table["revenue_churn"] = table["revenue_lost"] / table["revenue_previous"].where(
        table["revenue_previous"] > 0
    )
    total, total_lost = int(n.sum()), int(lost.sum())
    table["p_value"] = hypergeom.sf(lost - 1, total, total_lost, n)
    portfolio = total_lost / total if total else np.nan
    table["significant"] = (
        (table["p_value"] < ALPHA) & (lost >= MIN_LOST) & (table["customer_churn"] > portfolio)
    )
    return table[[*keys, *CHURN_COLUMNS]]


FEATURES = ("tenure_years", "purchase_days", "average_ticket", "margin_rate", "products")


def lost_vs_kept(features: pd.DataFrame) -> pd.DataFrame:
    """Median of each feature of :data:`FEATURES` for lost and kept previous customers.

    Returns
    -------
    DataFrame, one row per feature known for the data (margin_rate needs costs, products a
    product column): feature, lost, kept (medians in the feature's unit) and ratio (lost /
    kept, NaN when kept is 0 or missing).
    """
    rows = []
    for feature in FEATURES:
        values = features[feature]
        if values.isna().all():
            continue
        lost = values[features["lost"]].median()
        kept = values[~features["lost"]].median()
        ratio = lost / kept if pd.notna(kept) and kept != 0 else np.nan
        rows.append({"feature": feature, "lost": lost, "kept": kept, "ratio": ratio})
    return pd.DataFrame(rows, columns=["feature", "lost", "kept", "ratio"])
