"""metrics.json assembled from the report's sections."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from clientmix.core.jsonable import plain
from clientmix.dependency.figures import margin_concentration, revenue_concentration


def build_metrics(
    load_info: dict[str, Any],
    profile: pd.DataFrame,
    dependency: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The ``metrics.json`` dict: every key of the ARCHITECTURE.md contract.

    Parameters
    ----------
    load_info : the content of ``interim/load.json`` (see ``interim.write_load``); when read
        with ``interim.read_load`` it also names the report folder (``output_dir``).
    profile : the profile table of the analysis period.
    dependency : the keys of the "Dépendance" section (``DependencyFigures.to_metrics()``,
        or :func:`read_dependency` of what 05_recommend wrote); left out when None.

    Returns
    -------
    dict with engagement, company, currency, period.{start,end} (ISO dates),
    input.{rows_read, rows_used, rows_rejected, revenue_total}, revenue_total (period, net),
    customers (net revenue in the period > 0), concentration.{...}, and margin_concentration when
    costs or margins are known, then concentration_by_year, sector_concentration (None
    without a sector attribute), scenarios, monte_carlo and top_customers (see
    :meth:`DependencyFigures.to_metrics`). Shares are fractions in [0, 1].
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
        "concentration": plain(revenue.to_dict()),
    }
    margin = margin_concentration(profile, thresholds)
    if margin is not None:
        metrics["margin_concentration"] = plain(margin.to_dict())
    if dependency is not None:
        metrics.update(dependency)
    return metrics
