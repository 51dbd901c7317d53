"""The dependency figures as metrics.json records: JSON-ready values, ISO dates, shares as
fractions, NaN as null."""

from __future__ import annotations

from typing import Any

import pandas as pd

from clientmix.core.jsonable import plain
from clientmix.dependency.verdicts import rescaled_hhi, sector_level


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


def sector_level_of(conc: Any) -> str | None:
    """The sector verdict of a concentration over sectors (:func:`verdicts.sector_level`)."""
    d = conc.to_dict()
    th = d.get("thresholds") or {}
    return sector_level(
        d["hhi"],
        int(d["customers"] or 0),
        d["top1_share"],
        th.get("hhi_moderate", 1000.0),
        th.get("hhi_high", 1800.0),
    )


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
            "hhi_level": d["hhi_level"],  # on the customer scale (kept for compatibility)
            "hhi_rescaled": rescaled_hhi(d["hhi"], int(d["customers"] or 0)),
            "level": sector_level_of(conc),  # the verdict (dependency.verdicts)
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
