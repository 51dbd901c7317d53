"""The "Profile" section of the report (notebook 02_profile): revenue and customers of the
period for metrics.json, and its line for the front page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from clientmix.core import sections
from clientmix.core.formats import fmt_int, fmt_money
from clientmix.core.labels import label

SECTION = sections.Section(
    name="profile",
    notebook="02_profile",
    keys=("revenue_total", "customers", "customers_nonpositive", "customers_invoiced"),
)


def to_metrics(profile: pd.DataFrame) -> dict[str, Any]:
    """revenue_total (net revenue of the period, currency, rounded to the cent), customers
    (customers with a positive net revenue: those the concentration measures count),
    customers_nonpositive (invoiced customers at zero or below: credit notes) and
    customers_invoiced (their sum: the customers invoiced in the period)."""
    invoiced = profile["invoices"] > 0 if "invoices" in profile else True
    metrics = {
        "revenue_total": round(float(profile["revenue"].sum()), 2),
        "customers": int((profile["revenue"] > 0).sum()),
        "customers_nonpositive": int(((profile["revenue"] <= 0) & invoiced).sum()),
    }
    # the one customer base (ARCHITECTURE.md): every customer invoiced in the period
    metrics["customers_invoiced"] = metrics["customers"] + metrics["customers_nonpositive"]
    return metrics


def findings(metrics: dict[str, Any], currency: str, lang: str = "fr") -> list[str]:
    """The front-page line: revenue of the period and the customers who made it."""
    return [
        label(
            "brief_revenue",
            lang,
            revenue=fmt_money(metrics["revenue_total"], lang, currency),
            customers=fmt_int(metrics["customers"], lang),
        )
    ]


def publish(output_dir: str | Path, profile: pd.DataFrame, currency: str, lang: str) -> None:
    """Hand the section's metrics.json keys and front-page line to the report."""
    metrics = to_metrics(profile)
    sections.publish(output_dir, SECTION, metrics, findings(metrics, currency, lang))
