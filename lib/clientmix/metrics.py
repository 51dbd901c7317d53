"""Figures the report shows and ``metrics.json`` (contract in ARCHITECTURE.md).

Pure functions over the profile table (one row per customer; money in the engagement's
currency, net of credit notes, excl. tax, over the analysis period). Shares are fractions in
[0, 1].
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from .labels import fmt_num

# Columns of the profile that are measures, not customer-file attributes.
PROFILE_COLUMNS = frozenset(
    {
        "customer_id",
        "customer_name",
        "revenue",
        "cost",
        "gross_margin",
        "gross_margin_rate",
        "credit_notes",
        "invoices",
        "first_date",
        "last_date",
        "tenure_days",
        "recency_days",
        "active_months",
        "revenue_prev",
        "growth",
        "status",
        "loss_probability",
    }
)
CONCENTRATION_KEYS = (
    "top1_share",
    "top1_customer",
    "top5_share",
    "top10_share",
    "hhi",
    "effective_customers",
    "gini",
    "customers_for_80pct",
    "major_customers_10pct",
    "economic_dependence",
)
MAX_BREAKDOWN_VALUES = 8


def monthly_revenue(invoices: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp) -> pd.Series:
    """Net revenue per calendar month between ``start`` and ``end`` (inclusive), currency.

    Months without any sale appear with 0 so the chart shows gaps honestly.
    """
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    inside = invoices[(invoices["date"] >= start) & (invoices["date"] <= end)]
    months = inside["date"].dt.to_period("M")
    totals = inside["amount"].groupby(months).sum()
    full = pd.period_range(start.to_period("M"), end.to_period("M"), freq="M")
    return totals.reindex(full, fill_value=0.0).rename("revenue")


def attribute_columns(profile: pd.DataFrame) -> list[str]:
    """The customer-file attribute columns of ``profile`` that can split customers in groups.

    Excludes measures and ids, and columns with a single value or with one value per
    customer (a free-text column such as an address).
    """
    out = []
    for column in profile.columns:
        if column in PROFILE_COLUMNS:
            continue
        values = profile[column]
        distinct = values.nunique(dropna=True)
        numeric = pd.api.types.is_numeric_dtype(values)
        if distinct < 2 or (not numeric and distinct > max(20, len(profile) // 2)):
            continue
        out.append(column)
    return out


def _groups(values: pd.Series, not_given: str, lang: str = "fr") -> tuple[pd.Series, bool]:
    """Group labels for one attribute, and whether they are ordered bins.

    Numeric columns with more than 8 values are cut in up to 4 quantile bins labelled
    ``"10 – 25"`` (bounds as in the data, both shown).
    """
    if pd.api.types.is_numeric_dtype(values) and values.nunique(dropna=True) > MAX_BREAKDOWN_VALUES:
        codes, edges = pd.qcut(values, q=4, labels=False, retbins=True, duplicates="drop")
        names = np.array(
            [
                f"{fmt_num(lo, lang, _decimals(lo))} – {fmt_num(hi, lang, _decimals(hi))}"
                for lo, hi in zip(edges[:-1], edges[1:], strict=True)
            ]
            + [not_given]
        )
        index = np.where(codes.isna(), len(edges) - 1, codes.fillna(0)).astype(int)
        return pd.Series(names[index], index=values.index), True
    labels = values.astype("string").str.strip()
    return labels.fillna(not_given).replace("", not_given).astype(str), False


def _decimals(value: float) -> int:
    return 0 if float(value).is_integer() or abs(value) >= 100 else 1


def breakdown(
    profile: pd.DataFrame,
    attribute: str,
    not_given: str = "non renseigné",
    other: str = "autres",
    lang: str = "fr",
) -> pd.DataFrame:
    """Customers and revenue by value of ``attribute``, largest revenue first.

    Parameters
    ----------
    profile : one row per customer with ``revenue`` (currency) and the ``attribute`` column.
    attribute : a customer-file column; numeric columns with many values are cut in quartiles
        (then kept in increasing order instead of by revenue).
    not_given, other : labels for missing values and for the values beyond the 8 largest.

    Returns
    -------
    DataFrame with columns ``group`` (str), ``customers`` (int), ``revenue`` (currency) and
    ``share`` (fraction of the total revenue of the period, in [0, 1]).
    """
    groups, ordered = _groups(profile[attribute], not_given, lang)
    table = (
        profile.assign(group=groups)
        .groupby("group", sort=False)
        .agg(customers=("customer_id", "size"), revenue=("revenue", "sum"))
    )
    if ordered:
        order = _bin_order(groups, not_given)
        table = table.reindex([o for o in order if o in table.index]).reset_index()
    else:
        table = table.sort_values(
            ["revenue", "customers"], ascending=False, kind="stable"
        ).reset_index()
    if len(table) > MAX_BREAKDOWN_VALUES:
        head = table.iloc[: MAX_BREAKDOWN_VALUES - 1]
        tail = table.iloc[MAX_BREAKDOWN_VALUES - 1 :]
        rest = pd.DataFrame(
            {
                "group": [other],
                "customers": [tail["customers"].sum()],
                "revenue": [tail["revenue"].sum()],
            }
        )
        table = pd.concat([head, rest], ignore_index=True)
    total = profile["revenue"].sum()
    table["share"] = table["revenue"] / total if total else np.nan
    return table


def _bin_order(groups: pd.Series, not_given: str) -> list[str]:
    """Bin labels in increasing order (by their lower bound), "not given" last."""
    names = [g for g in pd.unique(groups) if g != not_given]

    def lower(name: str) -> float:
        head = name.split(" – ")[0].replace("\u00a0", "").replace(" ", "").replace(",", ".")
        try:
            return float(head)
        except ValueError:
            return float("inf")

    return sorted(names, key=lower) + ([not_given] if not_given in set(groups) else [])


def abc_classes(revenue: pd.Series, a: float = 0.80, b: float = 0.95) -> pd.Series:
    """ABC class of each customer from its net revenue (Pareto rule).

    Customers are sorted by decreasing revenue; class A holds the customers needed to reach
    ``a`` of the positive revenue (the customer that crosses the line included), B those up
    to ``b``, C the rest. Customers with revenue <= 0 are C. Returns a Series of "A"/"B"/"C"
    aligned on ``revenue``'s index.
    """
    positive = revenue.where(revenue > 0, 0.0).astype(float)
    order = positive.sort_values(ascending=False, kind="stable")
    total = order.sum()
    if total <= 0:
        return pd.Series("C", index=revenue.index)
    before = (order.cumsum() - order) / total  # share reached before this customer
    classes = np.where(before < a, "A", np.where(before < b, "B", "C"))
    classes = np.where(order.to_numpy() > 0, classes, "C")
    return pd.Series(classes, index=order.index).reindex(revenue.index)


def abc_summary(profile: pd.DataFrame, a: float = 0.80, b: float = 0.95) -> pd.DataFrame:
    """Customers and revenue per ABC class: columns abc_class, customers, customer_share,
    revenue (currency), share (fraction of revenue)."""
    classes = abc_classes(profile["revenue"], a, b)
    table = (
        profile.assign(abc_class=classes.to_numpy())
        .groupby("abc_class")
        .agg(customers=("customer_id", "size"), revenue=("revenue", "sum"))
        .reindex(["A", "B", "C"], fill_value=0)
        .reset_index()
    )
    table["customer_share"] = table["customers"] / max(len(profile), 1)
    total = profile["revenue"].sum()
    table["share"] = table["revenue"] / total if total else np.nan
    return table


def revenue_concentration(profile: pd.DataFrame, thresholds: dict[str, float] | None = None):
    """Concentration of net revenue across customers (``clientmix.concentration``)."""
    from .concentration import concentration

    values = profile.set_index("customer_id")["revenue"]
    return concentration(values, **_threshold_kwargs(thresholds))


def margin_concentration(profile: pd.DataFrame, thresholds: dict[str, float] | None = None):
    """Concentration of gross margin, or None when costs are unknown for every customer."""
    if "gross_margin" not in profile or profile["gross_margin"].notna().sum() == 0:
        return None
    from .concentration import concentration

    values = profile.set_index("customer_id")["gross_margin"].dropna()
    return concentration(values, **_threshold_kwargs(thresholds))


def _threshold_kwargs(thresholds: dict[str, float] | None) -> dict[str, float]:
    return dict(thresholds or {})


def _plain(value: Any) -> Any:
    """numpy scalars and containers -> JSON-ready Python values (NaN -> None)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | np.ndarray | pd.Index):
        return [_plain(v) for v in value]
    if isinstance(value, np.bool_ | bool):
        return bool(value)
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating | float):
        return None if np.isnan(value) else float(value)
    return value


def build_metrics(load_info: dict[str, Any], profile: pd.DataFrame) -> dict[str, Any]:
    """The ``metrics.json`` dict: every key of the ARCHITECTURE.md contract.

    Parameters
    ----------
    load_info : the content of ``interim/load.json`` (see ``interim.write_load``).
    profile : the profile table of the analysis period.

    Returns
    -------
    dict with engagement, company, currency, period.{start,end} (ISO dates),
    input.{rows_read, rows_used, rows_rejected, revenue_total}, revenue_total (period, net),
    customers (net revenue in the period > 0), concentration.{...}, and margin_concentration when
    costs or margins are known. Shares are fractions in [0, 1].
    """
    eng = load_info["engagement"]
    controls = load_info["controls"]
    thresholds = eng.get("thresholds") or {}
    revenue = revenue_concentration(profile, thresholds)
    rows_used = int(controls["rows_used"])
    rows_rejected = int(controls["rows_rejected"])
    metrics: dict[str, Any] = {
        "engagement": eng["name"],
        "company": eng["company"],
        "currency": eng["currency"],
        "period": {"start": eng["period_start"], "end": eng["period_end"]},
        "input": {
            "rows_read": int(controls.get("rows_read", rows_used + rows_rejected)),
            "rows_used": rows_used,
            "rows_rejected": rows_rejected,
            "revenue_total": float(controls.get("revenue_used", np.nan)),
        },
        "revenue_total": round(float(profile["revenue"].sum()), 2),
        # customers whose net revenue in the period is positive: those the concentration
        # measures count; the others are in customers_nonpositive
        "customers": int((profile["revenue"] > 0).sum()),
        "customers_nonpositive": int(
            ((profile["revenue"] <= 0) & (profile.get("invoices", 1) > 0)).sum()
        ),
        "concentration": _plain(revenue.to_dict()),
    }
    margin = margin_concentration(profile, thresholds)
    if margin is not None:
        metrics["margin_concentration"] = _plain(margin.to_dict())
    return metrics
