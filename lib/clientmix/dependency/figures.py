"""The figures of the 'Dependency' section, computed once, and their metrics.json keys."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from clientmix.core.jsonable import plain
from clientmix.dependency.concentration import concentration
from clientmix.dependency.groups import group_concentration
from clientmix.dependency.montecarlo import monte_carlo
from clientmix.dependency.scenarios import loss_scenarios
from clientmix.dependency.top import top_customers
from clientmix.dependency.windows import concentration_by_year

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


def revenue_concentration(profile: pd.DataFrame, thresholds: dict[str, float] | None = None):
    """Concentration of net revenue across customers (``clientmix.dependency.concentration``)."""

    values = profile.set_index("customer_id")["revenue"]
    return concentration(values, **_threshold_kwargs(thresholds))


def margin_concentration(profile: pd.DataFrame, thresholds: dict[str, float] | None = None):
    """Concentration of gross margin, or None when costs are unknown for every customer."""
    if "gross_margin" not in profile or profile["gross_margin"].notna().sum() == 0:
        return None

    values = profile.set_index("customer_id")["gross_margin"].dropna()
    return concentration(values, **_threshold_kwargs(thresholds))


def _threshold_kwargs(thresholds: dict[str, float] | None) -> dict[str, float]:
    return dict(thresholds or {})


DEPENDENCY_JSON = "dependency.json"


TOP_N = 10


SCENARIO_TOP = 5


SCENARIO_TOGETHER = 3


@dataclass(frozen=True)
class DependencyFigures:
    """Everything the "Dépendance" section shows, computed once by :func:`dependency_figures`.

    Attributes
    ----------
    revenue, margin : concentration of net revenue / gross margin over the analysis period
        (``margin`` None when costs are unknown).
    by_year : concentration per 12-month window ending on the period end, oldest first (see
        :func:`clientmix.dependency.concentration_by_year`).
    top : :func:`key_customers`: the largest customers and the big customers of the previous
        12 months that stopped or declined.
    margin_top : :func:`margin_leaders` (None without costs).
    sectors, sector : table and concentration of revenue by sector (None without a sector).
    scenarios : loss scenarios (:func:`clientmix.dependency.loss_scenarios`), ``scenario`` is a
        stable id ("top1" ... "top5", "top3_together"); ``attrs`` carry the fixed costs used.
    monte_carlo : seeded simulation of next-year revenue and margin.
    thresholds, finance : the engagement settings used.
    """

    revenue: Any
    margin: Any
    by_year: pd.DataFrame
    top: pd.DataFrame
    margin_top: pd.DataFrame | None
    sectors: pd.DataFrame | None
    sector: Any
    scenarios: pd.DataFrame
    monte_carlo: Any
    thresholds: dict[str, float]
    finance: dict[str, Any]
    fingerprint: dict[str, Any] = field(default_factory=dict)

    def to_metrics(self) -> dict[str, Any]:
        """The metrics.json keys of the section (JSON-ready; shares as fractions, NaN -> None):
        concentration_by_year, sector_concentration, scenarios, monte_carlo, top_customers."""
        return {
            "concentration_by_year": by_year_records(self.by_year),
            "sector_concentration": sector_record(self.sectors, self.sector),
            "scenarios": scenario_records(self.scenarios),
            "monte_carlo": plain(self.monte_carlo.to_dict()),
            "top_customers": top_records(self.top),
        }


def _positive_ranked(profile: pd.DataFrame, column: str) -> pd.DataFrame:
    """Rows with ``column`` > 0, largest first, ties by ascending customer_id."""
    rows = profile[profile[column] > 0]
    return rows.sort_values(
        [column, "customer_id"], ascending=[False, True], kind="mergesort"
    ).reset_index(drop=True)


def key_customers(profile: pd.DataFrame, n: int = TOP_N) -> pd.DataFrame:
    """The ``n`` largest customers of the period and the big customers of the year before
    that left or declined.

    Parameters
    ----------
    profile : one row per customer (customer_id, revenue, optional customer_name,
        revenue_prev, growth, status, gross_margin).
    n : number of customers of the period (by net revenue).

    Returns
    -------
    DataFrame with the columns of :func:`clientmix.dependency.top_customers` (rank, revenue,
    share of the positive revenue, cum_share, revenue_prev, growth, status...) plus
    ``prev_rank`` (rank by revenue in the 12 months before the period, NaN when nothing was
    bought then) and ``previous_top`` (True for the rows appended at the end: customers in the
    previous top ``n`` that are no longer in it and are "stopped" or "declining"; their
    ``rank`` is NaN and their share of the period may be 0).
    """
    top = top_customers(profile, n)
    ids = profile["customer_id"].astype(str)
    if "revenue_prev" not in profile:
        return top.assign(prev_rank=np.nan, previous_top=False)
    prev = _positive_ranked(profile.assign(customer_id=ids), "revenue_prev")
    prev_rank = pd.Series(np.arange(1, len(prev) + 1, dtype="float64"), index=prev["customer_id"])
    top["prev_rank"] = top["customer_id"].map(prev_rank).to_numpy(dtype="float64")
    top["previous_top"] = False
    status = profile["status"] if "status" in profile else pd.Series("", index=profile.index)
    fallen_ids = prev["customer_id"].head(n)
    fallen_ids = fallen_ids[~fallen_ids.isin(top["customer_id"])]
    rows = profile.assign(customer_id=ids)[
        ids.isin(fallen_ids) & status.isin(["stopped", "declining"])
    ]
    if rows.empty:
        return top
    total = profile.loc[profile["revenue"] > 0, "revenue"].sum()
    extra = pd.DataFrame(
        {
            "rank": np.nan,
            "customer_id": rows["customer_id"].to_numpy(),
            "revenue": rows["revenue"].to_numpy(dtype="float64"),
        }
    )
    for column in top.columns:
        if column in ("rank", "customer_id", "revenue", "previous_top"):
            continue
        if column == "share":
            extra[column] = np.maximum(extra["revenue"], 0.0) / total if total > 0 else np.nan
        elif column == "prev_rank":
            extra[column] = extra["customer_id"].map(prev_rank).to_numpy(dtype="float64")
        elif column == "margin_share" and "gross_margin" in rows:
            m_total = profile.loc[profile["gross_margin"] > 0, "gross_margin"].sum()
            extra[column] = (
                np.maximum(rows["gross_margin"].to_numpy(dtype="float64"), 0.0) / m_total
                if m_total > 0
                else np.nan
            )
        elif column in rows:
            extra[column] = rows[column].to_numpy()
        else:
            extra[column] = np.nan
    extra["previous_top"] = True
    extra = extra.sort_values(["prev_rank", "customer_id"], kind="mergesort")
    out = pd.concat([top, extra[top.columns]], ignore_index=True)
    out["rank"] = out["rank"].astype("float64")
    return out


def margin_leaders(profile: pd.DataFrame, n: int = TOP_N) -> pd.DataFrame | None:
    """The ``n`` customers with the largest gross margin, next to their weight in revenue.

    Returns
    -------
    DataFrame with margin_rank, customer_id, [customer_name], revenue, share (fraction of the
    positive revenue), revenue_rank, gross_margin (currency), margin_share (fraction of the
    positive gross margin) and gross_margin_rate (margin / revenue); None when costs are unknown.
    """
    if "gross_margin" not in profile or profile["gross_margin"].notna().sum() == 0:
        return None
    df = profile.assign(customer_id=profile["customer_id"].astype(str))
    by_revenue = _positive_ranked(df, "revenue")
    revenue_rank = pd.Series(
        np.arange(1, len(by_revenue) + 1, dtype="float64"), index=by_revenue["customer_id"]
    )
    rev_total = by_revenue["revenue"].sum()
    leaders = _positive_ranked(df.dropna(subset=["gross_margin"]), "gross_margin")
    m_total = leaders["gross_margin"].sum()
    leaders = leaders.head(n)
    out = pd.DataFrame({"margin_rank": np.arange(1, len(leaders) + 1, dtype="int64")})
    out["customer_id"] = leaders["customer_id"].to_numpy()
    if "customer_name" in leaders:
        out["customer_name"] = leaders["customer_name"].to_numpy()
    out["revenue"] = leaders["revenue"].to_numpy(dtype="float64")
    out["share"] = out["revenue"] / rev_total if rev_total > 0 else np.nan
    out["revenue_rank"] = out["customer_id"].map(revenue_rank).to_numpy(dtype="float64")
    out["gross_margin"] = leaders["gross_margin"].to_numpy(dtype="float64")
    out["margin_share"] = out["gross_margin"] / m_total if m_total > 0 else np.nan
    out["gross_margin_rate"] = out["gross_margin"] / out["revenue"].where(out["revenue"] > 0)
    return out


def default_scenarios(profile: pd.DataFrame) -> dict[str, list[str]]:
    """Stable scenario ids -> customer ids: "top1" ... "top5" (each of the five largest
    customers alone) and "top3_together" (the three largest), when there are enough customers
    with a positive revenue."""
    ranked = _positive_ranked(
        profile.assign(customer_id=profile["customer_id"].astype(str)), "revenue"
    )
    ids = ranked["customer_id"].head(SCENARIO_TOP).tolist()
    plan = {f"top{i}": [cid] for i, cid in enumerate(ids, start=1)}
    if len(ranked) >= SCENARIO_TOGETHER:
        plan[f"top{SCENARIO_TOGETHER}_together"] = ids[:SCENARIO_TOGETHER]
    return plan


def sector_column(profile: pd.DataFrame) -> str | None:
    """ "sector" when the profile has a sector attribute with at least one value, else None."""
    if "sector" not in profile:
        return None
    values = profile["sector"].astype("string").str.strip()
    return "sector" if values.fillna("").ne("").any() else None


def dependency_figures(
    profile: pd.DataFrame,
    invoices: pd.DataFrame,
    load_info: dict[str, Any],
    lang: str = "fr",
) -> DependencyFigures:
    """Compute the figures of the "Dépendance" section with the engagement's settings.

    Parameters
    ----------
    profile : the profile of the analysis period (02_profile).
    invoices : canonical invoices, all periods (for the 12-month windows).
    load_info : ``interim/load.json``: engagement.{period_end, thresholds, finance,
        monte_carlo}.
    lang : language of the labels computed here (unknown sector).

    Returns
    -------
    DependencyFigures (see its attributes); amounts in currency, shares as fractions.
    """
    eng = load_info["engagement"]
    thresholds = dict(eng.get("thresholds") or {})
    finance = dict(eng.get("finance") or {})
    mc = dict(eng.get("monte_carlo") or {})
    by_year = concentration_by_year(invoices, end=eng["period_end"], **thresholds)
    by = sector_column(profile)
    sectors = sector = None
    if by is not None:
        sectors, sector = group_concentration(profile, by, lang=lang, **thresholds)
    scenarios = loss_scenarios(
        profile,
        fixed_costs=finance.get("fixed_costs"),
        net_margin_rate=finance.get("net_margin_rate"),
        scenarios=default_scenarios(profile),
        lang=lang,
    )
    simulation = monte_carlo(
        profile,
        draws=int(mc.get("draws", 10_000)),
        seed=int(mc.get("seed", 42)),
        loss_probability=mc.get("loss_probability"),
        lang=lang,
    )
    return DependencyFigures(
        revenue=revenue_concentration(profile, thresholds),
        margin=margin_concentration(profile, thresholds),
        by_year=by_year,
        top=key_customers(profile),
        margin_top=margin_leaders(profile),
        sectors=sectors,
        sector=sector,
        scenarios=scenarios,
        monte_carlo=simulation,
        thresholds=thresholds,
        finance=finance,
        fingerprint=_fingerprint(load_info, profile),
    )


def _fingerprint(load_info: dict[str, Any], profile: pd.DataFrame) -> dict[str, Any]:
    """What ties dependency.json to one load and one profile (checked by build_metrics)."""
    eng = load_info["engagement"]
    return {
        "period": [eng.get("period_start"), eng.get("period_end")],
        "revenue_total": round(float(profile["revenue"].sum()), 2),
        "profile_rows": int(len(profile)),
    }


def _iso(value: Any) -> str | None:
    return None if pd.isna(value) else pd.Timestamp(value).date().isoformat()


def by_year_records(by_year: pd.DataFrame) -> list[dict[str, Any]]:
    """``concentration_by_year`` for metrics.json: one dict per window, oldest first."""
    keys = (
        "label",
        "window_start",
        "window_end",
        "revenue",
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
        "major_customers",
        "economic_dependence",
    )
    records = []
    for row in by_year.to_dict(orient="records"):
        record = {k: row.get(k) for k in keys}
        record["window_start"] = _iso(row["window_start"])
        record["window_end"] = _iso(row["window_end"])
        records.append(plain(record))
    return records


def sector_record(sectors: pd.DataFrame | None, conc: Any) -> dict[str, Any] | None:
    """``sector_concentration`` for metrics.json (None without a sector attribute)."""
    if sectors is None or conc is None:
        return None
    by = sectors.columns[0]
    columns = ["revenue", "share", "customers"] + [
        c for c in ("gross_margin", "margin_share") if c in sectors
    ]
    groups = [
        {"group": str(row[by]), **{c: row[c] for c in columns}}
        for row in sectors.to_dict(orient="records")
    ]
    d = conc.to_dict()
    return plain(
        {
            "by": by,
            "groups": groups,
            "hhi": d["hhi"],
            "hhi_level": d["hhi_level"],
            "effective_groups": d["effective_customers"],
            "top1_share": d["top1_share"],
            "top1_group": d["top1_customer"],
            "top5_share": d["top5_share"],
            "groups_for_80pct": d["customers_for_80pct"],
            "major_groups_10pct": d["major_customers_10pct"],
        }
    )


def scenario_records(scenarios: pd.DataFrame) -> list[dict[str, Any]]:
    """``scenarios`` for metrics.json: one dict per scenario, amounts in currency."""
    keys = (
        "scenario",
        "customers",
        "lost_revenue",
        "lost_revenue_share",
        "lost_margin",
        "lost_margin_share",
        "months_of_fixed_costs",
        "customers_to_replace",
    )
    return [
        plain({k: (list(map(str, row[k])) if k == "customers" else row[k]) for k in keys})
        for row in scenarios.to_dict(orient="records")
    ]


def top_records(top: pd.DataFrame) -> list[dict[str, Any]]:
    """``top_customers`` for metrics.json: ids, revenue, shares and trend (no names)."""
    keys = [
        k
        for k in (
            "rank",
            "customer_id",
            "revenue",
            "share",
            "revenue_prev",
            "prev_rank",
            "growth",
            "status",
            "gross_margin",
            "margin_share",
            "previous_top",
        )
        if k in top
    ]
    records = []
    for row in top[keys].to_dict(orient="records"):
        for k in ("rank", "prev_rank"):
            if k in row and not pd.isna(row[k]):
                row[k] = int(row[k])
        records.append(plain(row))
    return records


def write_dependency(output_dir: str | Path, figures: DependencyFigures) -> None:
    """Write the section's metrics to ``interim/dependency.json`` (atomically) for
    :func:`build_metrics`. Returns None (nothing shown in a notebook)."""
    from clientmix.core.interim import interim_dir, write_json_atomic

    data = {"fingerprint": figures.fingerprint, "metrics": figures.to_metrics()}
    write_json_atomic(interim_dir(output_dir) / DEPENDENCY_JSON, data)


def read_dependency(
    output_dir: str | Path | None, load_info: dict[str, Any], profile: pd.DataFrame
) -> dict[str, Any] | None:
    """The section's metrics written by 05_recommend, or None when absent or stale (written
    for another period or profile)."""
    if output_dir is None:
        return None
    from clientmix.core.interim import interim_dir

    path = interim_dir(output_dir) / DEPENDENCY_JSON
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("fingerprint") != _fingerprint(load_info, profile):
        return None
    return data.get("metrics")
