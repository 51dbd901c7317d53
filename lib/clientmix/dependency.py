"""Dependency and risk: concentration over time, customer trends, loss scenarios, Monte Carlo.

Units: amounts in the engagement currency (net of credit notes, excluding tax); shares, growth
and probabilities as fractions (0.25 = 25 %); HHI on the 0-10,000 scale. Concentration measures
are those of :mod:`clientmix.concentration` (customers with a positive value only).

Input tables (see .dev/TEAM.md):

- ``invoices``: customer_id (str), date (datetime64), amount (float, currency), optionally cost
  (float, currency, direct cost of the line);
- ``profile``: one row per customer with customer_id, revenue, and when known customer_name,
  gross_margin, revenue_prev, growth, status, loss_probability and attribute columns.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from numbers import Real
from typing import Any

import numpy as np
import pandas as pd

from clientmix.concentration import (
    Concentration,
    ConcentrationInputError,
    _jsonable,
    check_thresholds,
    concentration,
)
from clientmix.errors import msg

__all__ = [
    "DEFAULT_LOSS_PROBABILITY",
    "MonteCarloResult",
    "STATUSES",
    "concentration_by_year",
    "customer_trend",
    "group_concentration",
    "loss_scenarios",
    "monte_carlo",
    "top_customers",
]

STATUSES = ("new", "stable", "growing", "declining", "stopped")
DEFAULT_LOSS_PROBABILITY: dict[str, float] = {
    "new": 0.15,
    "stable": 0.05,
    "growing": 0.03,
    "declining": 0.25,
    "stopped": 0.90,
}
_UNKNOWN_GROUP = {"fr": "(non renseigné)", "en": "(unknown)"}
_ONE_DAY = pd.Timedelta(days=1)


# --------------------------------------------------------------------------------------------
# argument checks
# --------------------------------------------------------------------------------------------
def _need_columns(df: Any, columns: Sequence[str], what: str) -> pd.DataFrame:
    if not isinstance(df, pd.DataFrame):
        raise ConcentrationInputError(
            f"Expected a pandas DataFrame for {what}, got {type(df).__name__}."
        )
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ConcentrationInputError(
            f"The {what} table lacks column(s) {', '.join(missing)}; "
            f"expected {', '.join(columns)}, got columns: {', '.join(map(str, df.columns))}."
        )
    return df


def _thresholds(thresholds: Mapping[str, Any]) -> dict[str, float]:
    allowed = {"major", "dependence", "pareto", "hhi_moderate", "hhi_high"}
    unknown = sorted(set(thresholds) - allowed)
    if unknown:
        raise ConcentrationInputError(
            f"Unknown threshold(s) {', '.join(unknown)}; expected some of {', '.join(sorted(allowed))}."
        )
    return check_thresholds(**thresholds)


def _timestamp(value: Any, name: str) -> pd.Timestamp:
    try:
        ts = pd.Timestamp(value)
    except (TypeError, ValueError) as exc:
        raise ConcentrationInputError(f"Expected a date for {name}, got {value!r}.") from exc
    if ts is pd.NaT:
        raise ConcentrationInputError(f"Expected a date for {name}, got {value!r}.")
    return ts.normalize()


def _fraction(value: Any, name: str, low: float = 0.0, high: float = 1.0) -> float:
    if isinstance(value, bool) or not isinstance(value, Real) or not low <= value <= high:
        raise ConcentrationInputError(
            f"Expected {name} as a fraction between {low:g} and {high:g} (e.g. 0.05 for 5 %), "
            f"got {value!r}."
        )
    return float(value)


def _codes(ids: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    codes, uniques = pd.factorize(ids.astype(str), sort=True)
    return codes.astype(np.int64), np.asarray(uniques, dtype=object)


# --------------------------------------------------------------------------------------------
# 1. concentration per 12-month window
# --------------------------------------------------------------------------------------------
def _window_label(start: pd.Timestamp, end: pd.Timestamp) -> str:
    if start.month == 1 and start.day == 1 and end.month == 12 and end.day == 31:
        if start.year == end.year:
            return str(end.year)
    return f"{start:%Y-%m}→{end:%Y-%m}"


def concentration_by_year(
    invoices: pd.DataFrame,
    *,
    value: str = "revenue",
    start: Any = None,
    end: Any = None,
    **thresholds: float,
) -> pd.DataFrame:
    """Concentration measures for each 12-month window, to show whether dependence rises or falls.

    Window i (i = 0, 1, ...) covers ``[end - 12*(i+1) months + 1 day, end - 12*i months]``, so
    window 0 is the 12 months ending on the analysis period end and the others go back in
    time. Only complete windows covered by the data are kept: a window is kept when it starts on
    or after ``start``.

    Parameters
    ----------
    invoices : canonical invoice lines (customer_id, date, amount; cost for gross margin).
    value : "revenue" (sum of amounts) or "gross_margin" (sum of amount - cost). A customer with
        a line of unknown cost (NaN) in a window has an unknown margin in that window and is
        left out of the margin measures (it is listed as missing, not as zero).
    start : earliest date a window may start (default: first day of the month of the first
        invoice). Pass the first date of the usable history, not the analysis period start, or
        only one window will come out.
    end : end of the most recent window, normally the analysis period end (default: last day
        of the month of the last invoice).
    **thresholds : major, dependence, pareto, hhi_moderate, hhi_high (see
        :func:`clientmix.concentration.concentration`).

    Returns
    -------
    DataFrame, oldest window first, with columns window_start, window_end (Timestamp), label
    ("2024" for a calendar year, else "2023-07→2024-06"), revenue (net, all customers,
    currency), gross_margin (only for value="gross_margin": net margin of customers with a known
    margin), customers (customers with a positive value), top1_share, top1_customer, top5_share,
    top10_share, hhi, hhi_level, effective_customers, gini, customers_for_80pct,
    share_customers_for_80pct, major_customers (count at ``major`` or more),
    economic_dependence. Empty (same columns) when the data covers no complete window.
    """
    th = _thresholds(thresholds)
    if value not in ("revenue", "gross_margin"):
        raise ConcentrationInputError(
            f"Expected value='revenue' or value='gross_margin', got value={value!r}."
        )
    cols = ["customer_id", "date", "amount"] + (["cost"] if value == "gross_margin" else [])
    df = _need_columns(invoices, cols, "invoices")
    columns = [
        "window_start",
        "window_end",
        "label",
        "revenue",
        *(["gross_margin"] if value == "gross_margin" else []),
        "customers",
        "top1_share",
        "top1_customer",
        "top5_share",
        "top10_share",
        "hhi",
        "hhi_level",
        "effective_customers",
        "gini",
        "customers_for_80pct",
        "share_customers_for_80pct",
        "major_customers",
        "economic_dependence",
    ]
    dates = pd.to_datetime(df["date"])
    if dates.notna().sum() == 0:
        return pd.DataFrame(columns=columns)
    if end is None:
        end_ts = dates.max().normalize() + pd.offsets.MonthEnd(0)
    else:
        end_ts = _timestamp(end, "end")
    if start is None:
        start_ts = dates.min().normalize().replace(day=1)
    else:
        start_ts = _timestamp(start, "start")

    bounds: list[tuple[pd.Timestamp, pd.Timestamp]] = []  # newest first
    i = 0
    while True:
        w_end = end_ts - pd.DateOffset(months=12 * i)
        w_start = end_ts - pd.DateOffset(months=12 * (i + 1)) + _ONE_DAY
        if w_start < start_ts:
            break
        bounds.append((w_start, w_end))
        i += 1
    if not bounds:
        return pd.DataFrame(columns=columns)
    bounds.reverse()  # oldest first
    k = len(bounds)
    edges = np.array(
        [b[0].to_datetime64() for b in bounds] + [(bounds[-1][1] + _ONE_DAY).to_datetime64()],
        dtype="datetime64[ns]",
    )
    d = dates.to_numpy(dtype="datetime64[ns]")
    widx = np.searchsorted(edges, d, side="right") - 1
    inside = (widx >= 0) & (widx < k) & ~np.isnat(d)
    codes, uniques = _codes(df["customer_id"])
    m = len(uniques)
    key = widx[inside] * m + codes[inside]
    amount = df["amount"].to_numpy(dtype="float64", na_value=np.nan)[inside]
    count = np.bincount(key, minlength=k * m).reshape(k, m)
    revenue = np.bincount(key, weights=np.nan_to_num(amount), minlength=k * m).reshape(k, m)
    if value == "gross_margin":
        cost = df["cost"].to_numpy(dtype="float64", na_value=np.nan)[inside]
        unknown = np.bincount(key, weights=np.isnan(cost), minlength=k * m).reshape(k, m)
        margin = np.bincount(
            key, weights=np.nan_to_num(amount) - np.nan_to_num(cost), minlength=k * m
        ).reshape(k, m)
        measure = np.where(unknown > 0, np.nan, margin)
    else:
        measure = revenue

    rows = []
    for w, (w_start, w_end) in enumerate(bounds):
        present = count[w] > 0
        conc = concentration(pd.Series(measure[w][present], index=uniques[present]), **th)
        row = {
            "window_start": w_start,
            "window_end": w_end,
            "label": _window_label(w_start, w_end),
            "revenue": float(revenue[w].sum()),
        }
        if value == "gross_margin":
            row["gross_margin"] = float(np.nansum(measure[w][present]))
        row.update(
            customers=conc.customers,
            top1_share=conc.top1_share,
            top1_customer=conc.top1_customer,
            top5_share=conc.top5_share,
            top10_share=conc.top10_share,
            hhi=conc.hhi,
            hhi_level=conc.hhi_level,
            effective_customers=conc.effective_customers,
            gini=conc.gini,
            customers_for_80pct=conc.customers_for_80pct,
            share_customers_for_80pct=conc.share_customers_for_80pct,
            major_customers=len(conc.major_customers_10pct),
            economic_dependence=conc.economic_dependence,
        )
        rows.append(row)
    out = pd.DataFrame(rows, columns=columns)
    for col in ("window_start", "window_end"):
        out[col] = out[col].astype("datetime64[ns]")
    return out


# --------------------------------------------------------------------------------------------
# 2. customer trend
# --------------------------------------------------------------------------------------------
def customer_trend(
    invoices: pd.DataFrame,
    start: Any,
    end: Any,
    *,
    silence_months: int = 6,
    min_active_months: int = 2,
    decline: float = -0.15,
    grow: float = 0.15,
) -> pd.DataFrame:
    """Revenue of each customer over the period and the 12 months before, and its status.

    Parameters
    ----------
    invoices : canonical invoice lines (customer_id, date, amount).
    start, end : analysis period, both days included.
    silence_months : length of the final stretch of the period without sale that marks a
        customer as stopped (default 6).
    min_active_months : a silent customer counts as stopped only if it bought in at least this
        many distinct calendar months in the 12 months before the silence (default 2): it used
        to buy more than once a year and missed a cycle. This keeps customers invoiced once a
        year (annual contract billed in the spring) from being called "stopped" in December;
        1 gives the plain rule "no sale in the last 6 months while selling before".
    decline, grow : growth thresholds (fractions) of "declining" (< -0.15) and "growing"
        (> +0.15).

    Returns
    -------
    DataFrame, one row per customer with a line between ``start - 12 months`` and ``end``,
    by descending revenue (ties: ascending id), columns:

    - customer_id;
    - revenue: net amount in [start, end] (currency);
    - revenue_prev: net amount in the 12 months before ``start`` (currency);
    - growth: revenue / revenue_prev - 1 (fraction), NaN when revenue_prev <= 0;
    - last_sale: date of the last line with a positive amount in [start - 12 months, end];
    - status, the first rule that applies:

      1. "stopped": revenue <= 0 (nothing net in the period; when revenue_prev > 0 this is a
         lost customer, otherwise a customer with only credit notes or zeros);
      2. "stopped": no positive sale in the last ``silence_months`` of the period, while it
         bought in at least ``min_active_months`` distinct calendar months in the 12 months
         before that stretch;
      3. "new": revenue > 0 and revenue_prev <= 0 (no net revenue in the previous 12 months);
      4. "declining": growth < ``decline``;
      5. "growing": growth > ``grow``;
      6. "stable": otherwise.
    """
    df = _need_columns(invoices, ["customer_id", "date", "amount"], "invoices")
    start_ts, end_ts = _timestamp(start, "start"), _timestamp(end, "end")
    if end_ts < start_ts:
        raise ConcentrationInputError(
            f"Expected start <= end, got start={start_ts:%Y-%m-%d} and end={end_ts:%Y-%m-%d}."
        )
    if (
        isinstance(silence_months, bool)
        or not isinstance(silence_months, int)
        or silence_months < 1
    ):
        raise ConcentrationInputError(
            f"Expected silence_months as a whole number of months >= 1, got {silence_months!r}."
        )
    if (
        isinstance(min_active_months, bool)
        or not isinstance(min_active_months, int)
        or min_active_months < 1
    ):
        raise ConcentrationInputError(
            f"Expected min_active_months as a whole number >= 1, got {min_active_months!r}."
        )
    if not decline < 0 < grow:
        raise ConcentrationInputError(
            f"Expected decline < 0 < grow (fractions, e.g. -0.15 and 0.15), got "
            f"decline={decline!r}, grow={grow!r}."
        )
    prev_start = start_ts - pd.DateOffset(months=12)
    silence_start = end_ts - pd.DateOffset(months=silence_months) + _ONE_DAY
    recent_start = silence_start - pd.DateOffset(months=12)
    stop = end_ts + _ONE_DAY

    d = pd.to_datetime(df["date"]).to_numpy(dtype="datetime64[ns]")
    lower = min(prev_start, recent_start).to_datetime64()
    keep = (d >= lower) & (d < stop.to_datetime64())
    d = d[keep]
    amount = np.nan_to_num(df["amount"].to_numpy(dtype="float64", na_value=np.nan)[keep])
    codes, uniques = _codes(df["customer_id"][keep])
    m = len(uniques)
    in_period = d >= start_ts.to_datetime64()
    in_prev = ~in_period & (d >= prev_start.to_datetime64())
    revenue = np.bincount(codes[in_period], weights=amount[in_period], minlength=m)
    revenue_prev = np.bincount(codes[in_prev], weights=amount[in_prev], minlength=m)
    sale = amount > 0
    last_ns = np.full(m, np.iinfo(np.int64).min, dtype=np.int64)
    np.maximum.at(last_ns, codes[sale], d[sale].astype(np.int64))
    last_sale = last_ns.view("datetime64[ns]")  # int64 min is NaT: no positive sale
    silent = ~(last_sale >= silence_start.to_datetime64())  # NaT compares False -> silent
    before = sale & (d >= recent_start.to_datetime64()) & (d < silence_start.to_datetime64())
    month = d.astype("datetime64[M]").astype(np.int64)
    month -= month.min() if len(month) else 0
    span = int(month.max()) + 1 if len(month) else 1
    pairs = np.unique(codes[before] * span + month[before])  # distinct (customer, month)
    active_before = np.bincount(pairs // span, minlength=m)
    seen = np.bincount(codes[in_period | in_prev], minlength=m) > 0

    with np.errstate(divide="ignore", invalid="ignore"):
        growth = np.where(revenue_prev > 0, revenue / revenue_prev - 1.0, np.nan)
    status = np.select(
        [
            revenue <= 0,
            silent & (active_before >= min_active_months),
            revenue_prev <= 0,
            growth < decline - 1e-12,  # tolerance: exactly -15 % (85 / 100 - 1) is stable
            growth > grow + 1e-12,
        ],
        ["stopped", "stopped", "new", "declining", "growing"],
        default="stable",
    )
    out = pd.DataFrame(
        {
            "customer_id": pd.array(uniques, dtype=object),
            "revenue": revenue,
            "revenue_prev": revenue_prev,
            "growth": growth,
            "last_sale": last_sale,
            "status": pd.array(status, dtype=object),
        }
    )
    order = np.lexsort((np.arange(m), -revenue))  # uniques are sorted: ties by ascending id
    order = order[seen[order]]  # lines read for the silence rule only: not a row
    return out.iloc[order].reset_index(drop=True)


# --------------------------------------------------------------------------------------------
# 3. top customers and groups
# --------------------------------------------------------------------------------------------
def _profile(profile: pd.DataFrame, extra: Sequence[str] = ()) -> pd.DataFrame:
    df = _need_columns(profile, ["customer_id", "revenue", *extra], "profile")
    ids = df["customer_id"].astype(str)
    if ids.duplicated().any():
        dup = sorted(set(ids[ids.duplicated()]))
        raise ConcentrationInputError(
            f"Expected one profile row per customer_id, got duplicated ids: {', '.join(dup[:10])}."
        )
    out = df.copy()
    out["customer_id"] = ids.to_numpy(dtype=object)
    return out


def _has_margin(df: pd.DataFrame) -> bool:
    return "gross_margin" in df.columns and bool(df["gross_margin"].notna().any())


def _by_revenue(df: pd.DataFrame) -> pd.DataFrame:
    """Rows by descending revenue, ties by ascending customer_id."""
    return df.sort_values(
        ["revenue", "customer_id"], ascending=[False, True], kind="mergesort"
    ).reset_index(drop=True)


def top_customers(profile: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The ``n`` largest customers by revenue over the analysis period.

    Parameters
    ----------
    profile : one row per customer (customer_id, revenue; optional customer_name,
        revenue_prev, growth, status, gross_margin).
    n : number of customers (>= 1); fewer rows when fewer customers have a positive revenue.

    Returns
    -------
    DataFrame with columns rank, customer_id, [customer_name], revenue (currency), share and
    cum_share (fractions of the positive customers' revenue, the base of the concentration
    measures), then those present among revenue_prev, growth, status, and gross_margin with
    margin_share (fraction of the positive customers' gross margin) when margins are known.
    """
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ConcentrationInputError(f"Expected n as a whole number >= 1, got {n!r}.")
    df = _profile(profile)
    pos = df[df["revenue"] > 0]
    top = _by_revenue(pos).head(n)
    total = pos["revenue"].sum()
    out = pd.DataFrame({"rank": np.arange(1, len(top) + 1, dtype="int64")})
    out["customer_id"] = top["customer_id"].to_numpy()
    if "customer_name" in top.columns:
        out["customer_name"] = top["customer_name"].to_numpy()
    out["revenue"] = top["revenue"].to_numpy(dtype="float64")
    out["share"] = out["revenue"] / total if total > 0 else np.nan
    out["cum_share"] = out["share"].cumsum()
    for col in ("revenue_prev", "growth", "status"):
        if col in top.columns:
            out[col] = top[col].to_numpy()
    if _has_margin(df):
        margin_total = df.loc[df["gross_margin"] > 0, "gross_margin"].sum()
        out["gross_margin"] = top["gross_margin"].to_numpy(dtype="float64")
        out["margin_share"] = out["gross_margin"] / margin_total if margin_total > 0 else np.nan
    return out


def group_concentration(
    profile: pd.DataFrame,
    by: str = "sector",
    *,
    value: str = "revenue",
    lang: str = "fr",
    **thresholds: float,
) -> tuple[pd.DataFrame, Concentration]:
    """Dependence on a group of customers as a whole (a sector, a region, a customer type...).

    Parameters
    ----------
    profile : one row per customer (customer_id, revenue, the attribute ``by``; optional
        customer_name, gross_margin).
    by : attribute column. Customers with no value (NaN or blank) form the group
        "(non renseigné)" (``lang="fr"``) or "(unknown)" (``lang="en"``).
    value : "revenue" or "gross_margin": the measure whose concentration over groups is
        computed and by which the table is sorted.
    lang : "fr" or "en", language of the unknown-group label.
    **thresholds : as :func:`clientmix.concentration.concentration`.

    Returns
    -------
    (table, Concentration)
        table: one row per group by descending ``value`` (ties by group name), columns
        ``by`` (group label, str), revenue (net, currency), share (fraction of the positive
        groups' revenue), customers (customers with a positive revenue), top_customer (id of
        its largest customer), [top_customer_name], top_customer_share (fraction of the group's
        revenue), and gross_margin, margin_share when margins are known.
        Concentration: the measures computed over groups (HHI of sectors...), groups with a
        non-positive ``value`` excluded.
    """
    th = _thresholds(thresholds)
    if value not in ("revenue", "gross_margin"):
        raise ConcentrationInputError(
            f"Expected value='revenue' or value='gross_margin', got value={value!r}."
        )
    if not isinstance(by, str):
        raise ConcentrationInputError(f"Expected by as a column name (str), got {by!r}.")
    df = _profile(profile, [by])
    has_margin = _has_margin(df)
    if value == "gross_margin" and not has_margin:
        raise ConcentrationInputError(
            "value='gross_margin' needs a gross_margin column with known values in the profile."
        )
    raw = df[by]
    blank = raw.isna() | raw.astype(str).str.strip().eq("")
    label = raw.astype(object).where(~blank, _UNKNOWN_GROUP.get(lang, _UNKNOWN_GROUP["fr"]))
    df = df.assign(_group=label.astype(str).str.strip().to_numpy(dtype=object))
    df["_pos"] = df["revenue"] > 0
    agg = df.groupby("_group", sort=True).agg(revenue=("revenue", "sum"), customers=("_pos", "sum"))
    leaders = _by_revenue(df).drop_duplicates("_group").set_index("_group")
    agg["top_customer"] = leaders["customer_id"]
    if "customer_name" in df.columns:
        agg["top_customer_name"] = leaders["customer_name"]
    agg["top_customer_share"] = leaders["revenue"] / agg["revenue"].where(agg["revenue"] > 0)
    pos_total = agg.loc[agg["revenue"] > 0, "revenue"].sum()
    agg.insert(1, "share", agg["revenue"] / pos_total if pos_total > 0 else np.nan)
    if has_margin:
        agg["gross_margin"] = df.groupby("_group", sort=True)["gross_margin"].sum(min_count=1)
        m_total = agg.loc[agg["gross_margin"] > 0, "gross_margin"].sum()
        agg["margin_share"] = agg["gross_margin"] / m_total if m_total > 0 else np.nan
    agg["customers"] = agg["customers"].astype("int64")
    agg.index.name = by
    table = agg.reset_index()
    table = table.sort_values(
        [value, by], ascending=[False, True], kind="mergesort", na_position="last"
    ).reset_index(drop=True)
    conc = concentration(pd.Series(agg[value].to_numpy(), index=agg.index.astype(str)), **th)
    return table, conc


# --------------------------------------------------------------------------------------------
# 4. loss scenarios
# --------------------------------------------------------------------------------------------
def loss_scenarios(
    profile: pd.DataFrame,
    *,
    fixed_costs: float | None = None,
    net_margin_rate: float | None = None,
    scenarios: Mapping[str, Sequence[str] | str] | None = None,
    lang: str = "fr",
) -> pd.DataFrame:
    """What losing a customer (or several) would cost over a year like the analysis period.

    Parameters
    ----------
    profile : one row per customer (customer_id, revenue; optional customer_name,
        gross_margin).
    fixed_costs : yearly fixed costs (currency, >= 0), or None when unknown.
    net_margin_rate : operating result / revenue (fraction), or None. When ``fixed_costs`` is
        None and margins are known, fixed costs are estimated as total gross margin -
        net_margin_rate * total revenue (used only when that is positive).
    scenarios : {label: [customer ids]}; default: each of the top 5 customers alone
        ("Perte de <name>") then the top 3 together (when there are at least 3 customers).
    lang : "fr" or "en" for the default labels and error messages.

    Returns
    -------
    DataFrame, one row per scenario, columns:

    - scenario (label), customers (list of ids);
    - lost_revenue (currency, their net revenue), lost_revenue_share (fraction of the positive
      customers' revenue, so the top-1 scenario matches ``top1_share``);
    - lost_margin (currency), lost_margin_share (fraction of the positive customers' gross
      margin); NaN when a lost customer's margin is unknown;
    - months_of_fixed_costs: lost_margin / (fixed_costs / 12), NaN without fixed costs;
    - customers_to_replace: lost_revenue / average revenue of the remaining customers with a
      positive revenue;
    - result_before, result_after: operating result = total gross margin (all customers) -
      fixed costs, before and after the loss; NaN without fixed costs or margins.

    ``attrs["fixed_costs"]`` holds the fixed costs used and ``attrs["fixed_costs_source"]``
    "given", "estimated" or None.

    Raises
    ------
    ConcentrationInputError (a ValueError) naming the ids of a scenario absent from the profile,
    or a bad fixed_costs / net_margin_rate.
    """
    df = _profile(profile)
    if fixed_costs is not None and (
        isinstance(fixed_costs, bool) or not isinstance(fixed_costs, Real) or fixed_costs < 0
    ):
        raise ConcentrationInputError(
            f"Expected fixed_costs as a yearly amount >= 0 (currency) or None, got {fixed_costs!r}."
        )
    if net_margin_rate is not None:
        _fraction(net_margin_rate, "net_margin_rate", -1.0, 1.0)
    has_margin = _has_margin(df)
    rev = df.set_index("customer_id")["revenue"].astype("float64")
    margin = (
        df.set_index("customer_id")["gross_margin"].astype("float64")
        if has_margin
        else pd.Series(np.nan, index=rev.index)
    )
    pos = rev > 0
    rev_pos_total = float(rev[pos].sum())
    n_pos = int(pos.sum())
    margin_pos_total = float(margin[margin > 0].sum()) if has_margin else math.nan
    total_margin = (
        float(margin.sum(min_count=1)) if has_margin and margin.notna().all() else math.nan
    )
    total_revenue = float(rev.sum())

    source: str | None = None
    fixed = math.nan
    if fixed_costs is not None:
        fixed, source = float(fixed_costs), "given"
    elif net_margin_rate is not None and not math.isnan(total_margin):
        estimate = total_margin - float(net_margin_rate) * total_revenue
        if estimate > 0:
            fixed, source = estimate, "estimated"

    if scenarios is None:
        ranked = _by_revenue(df[df["revenue"] > 0])
        names = (
            ranked["customer_name"].where(ranked["customer_name"].notna(), ranked["customer_id"])
            if "customer_name" in ranked.columns
            else ranked["customer_id"]
        ).astype(str)
        plan: dict[str, list[str]] = {}
        for cid, name in zip(ranked["customer_id"].head(5), names.head(5), strict=True):
            label = msg(lang, f"Perte de {name}", f"Loss of {name}")
            plan[f"{label} ({cid})" if label in plan else label] = [cid]  # homonyms
        if len(ranked) >= 3:
            label = msg(lang, "Perte des 3 premiers clients", "Loss of the top 3 customers")
            plan[label] = ranked["customer_id"].head(3).tolist()
    else:
        if not isinstance(scenarios, Mapping):
            raise ConcentrationInputError(
                f"Expected scenarios as a dict {{label: [customer ids]}}, got {type(scenarios).__name__}."
            )
        plan = {}
        known = set(rev.index)
        for label, ids in scenarios.items():
            id_list = [ids] if isinstance(ids, str) else [str(i) for i in ids]
            id_list = list(dict.fromkeys(id_list))
            unknown = [i for i in id_list if i not in known]
            if unknown:
                raise ConcentrationInputError(
                    msg(
                        lang,
                        f"Scénario {label!r} : client(s) absent(s) du profil : "
                        f"{', '.join(unknown)}. Vérifiez les codes clients.",
                        f"Scenario {label!r}: customer id(s) not in the profile: "
                        f"{', '.join(unknown)}. Check the customer ids.",
                    )
                )
            plan[str(label)] = id_list

    rows = []
    for label, ids in plan.items():
        lost_rev = float(rev.loc[ids].sum())
        lost_pos = rev.loc[ids][rev.loc[ids] > 0]
        lost_margin = float(margin.loc[ids].sum(min_count=len(ids))) if ids else 0.0
        remaining = n_pos - len(lost_pos)
        avg_remaining = (
            (rev_pos_total - float(lost_pos.sum())) / remaining if remaining else math.nan
        )
        result_before = total_margin - fixed
        rows.append(
            {
                "scenario": label,
                "customers": list(ids),
                "lost_revenue": lost_rev,
                "lost_revenue_share": lost_rev / rev_pos_total if rev_pos_total > 0 else math.nan,
                "lost_margin": lost_margin,
                "lost_margin_share": (
                    lost_margin / margin_pos_total if margin_pos_total > 0 else math.nan
                ),
                "months_of_fixed_costs": lost_margin / (fixed / 12) if fixed > 0 else math.nan,
                "customers_to_replace": (
                    lost_rev / avg_remaining if avg_remaining > 0 else math.nan
                ),
                "result_before": result_before,
                "result_after": result_before - lost_margin,
            }
        )
    out = pd.DataFrame(
        rows,
        columns=[
            "scenario",
            "customers",
            "lost_revenue",
            "lost_revenue_share",
            "lost_margin",
            "lost_margin_share",
            "months_of_fixed_costs",
            "customers_to_replace",
            "result_before",
            "result_after",
        ],
    )
    out.attrs["fixed_costs"] = None if math.isnan(fixed) else fixed
    out.attrs["fixed_costs_source"] = source
    return out


# --------------------------------------------------------------------------------------------
# 5. Monte Carlo of next-year revenue and margin
# --------------------------------------------------------------------------------------------
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
        return _jsonable({k: getattr(self, k) for k in keys})


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
      growing 0.03, declining 0.25, stopped 0.90), overridable with ``loss_probability``.

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
    if isinstance(draws, bool) or not isinstance(draws, int | np.integer) or draws < 1:
        raise ConcentrationInputError(f"Expected draws as a whole number >= 1, got {draws!r}.")
    if isinstance(seed, bool) or not isinstance(seed, int | np.integer) or seed < 0:
        raise ConcentrationInputError(f"Expected seed as a whole number >= 0, got {seed!r}.")
    if horizon_growth is not None and (
        isinstance(horizon_growth, bool)
        or not isinstance(horizon_growth, Real)
        or not horizon_growth > -1
    ):
        raise ConcentrationInputError(
            f"Expected horizon_growth as a fraction > -1 (e.g. 0.03 for +3 %) or None, "
            f"got {horizon_growth!r}."
        )
    probs = dict(DEFAULT_LOSS_PROBABILITY)
    if loss_probability is not None:
        unknown = sorted(set(map(str, loss_probability)) - set(STATUSES))
        if unknown:
            raise ConcentrationInputError(
                f"Unknown status(es) in loss_probability: {', '.join(unknown)}; "
                f"expected some of {', '.join(STATUSES)}."
            )
        for status, value in loss_probability.items():
            probs[str(status)] = _fraction(value, f"loss_probability[{status!r}]")

    df = _profile(profile)
    df = df[df["revenue"] > 0].sort_values("customer_id", kind="mergesort")
    n = len(df)
    p = np.full(n, np.nan)
    if "loss_probability" in df.columns:
        own = pd.to_numeric(df["loss_probability"], errors="coerce").to_numpy(dtype="float64")
        bad = (own < 0) | (own > 1)
        if bad.any():
            ids = df["customer_id"].to_numpy()[bad][:10]
            vals = own[bad][:10]
            listing = ", ".join(f"{i} ({v:g})" for i, v in zip(ids, vals, strict=True))
            raise ConcentrationInputError(
                msg(
                    lang,
                    "La colonne loss_probability doit contenir une probabilité entre 0 et 1 "
                    f"(0,25 pour 25 %) ; valeurs hors limites pour : {listing}. Si vous avez "
                    "saisi des pourcentages, divisez-les par 100.",
                    "Column loss_probability must hold a probability between 0 and 1 (0.25 for "
                    f"25 %); out-of-range values for: {listing}. If you entered percentages, "
                    "divide them by 100.",
                )
            )
        p = own.copy()  # pandas may hand out a read-only view
    need = np.isnan(p)
    if need.any():
        if "status" not in df.columns:
            raise ConcentrationInputError(
                "The profile needs a status column (new, stable, growing, declining, stopped) "
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

    revenue = df["revenue"].to_numpy(dtype="float64")
    margin_known = "gross_margin" in df.columns and n > 0 and df["gross_margin"].notna().all()
    columns = [revenue]
    if margin_known:
        columns.append(df["gross_margin"].to_numpy(dtype="float64"))
    weights = np.column_stack(columns) if n else np.zeros((0, len(columns)))
    sims = _simulate(p, weights, int(draws), int(seed))
    factor = 1.0 + (float(horizon_growth) if horizon_growth is not None else 0.0)
    sims *= factor

    base_revenue = float(revenue.sum())
    rev_draws = sims[:, 0]
    p10, p50, p90 = (float(x) for x in np.percentile(rev_draws, [10, 50, 90]))
    nan = math.nan
    if margin_known:
        margin_draws = sims[:, 1]
        base_margin = float(weights[:, 1].sum())
        m10, m50, m90 = (float(x) for x in np.percentile(margin_draws, [10, 50, 90]))
        m_drop10 = float(np.mean(margin_draws < 0.9 * base_margin))
        m_drop20 = float(np.mean(margin_draws < 0.8 * base_margin))
        mean_margin = float(margin_draws.mean())
    else:
        margin_draws = None
        base_margin = m10 = m50 = m90 = m_drop10 = m_drop20 = mean_margin = nan
    return MonteCarloResult(
        revenue_draws=rev_draws,
        margin_draws=margin_draws,
        p10=p10,
        p50=p50,
        p90=p90,
        margin_p10=m10,
        margin_p50=m50,
        margin_p90=m90,
        prob_drop_10pct=float(np.mean(rev_draws < 0.9 * base_revenue)),
        prob_drop_20pct=float(np.mean(rev_draws < 0.8 * base_revenue)),
        margin_prob_drop_10pct=m_drop10,
        margin_prob_drop_20pct=m_drop20,
        mean_revenue=float(rev_draws.mean()),
        mean_margin=mean_margin,
        base_revenue=base_revenue,
        base_margin=base_margin,
        draws=int(draws),
        seed=int(seed),
        customers=n,
        loss_probability=probs,
        horizon_growth=None if horizon_growth is None else float(horizon_growth),
    )
