"""The "Data received" section of the report (notebook 01_load): the engagement, the period
and the control totals of the files for metrics.json."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from clientmix.core import sections

SECTION = sections.Section(
    name="ingest",
    notebook="01_load",
    keys=("engagement", "company", "currency", "period", "input"),
)


def to_metrics(load_info: dict[str, Any]) -> dict[str, Any]:
    """engagement, company, currency, period.{start, end} (ISO dates) and
    input.{rows_read, rows_used, rows_rejected, revenue_total}: the files as read, all periods
    (rows_read = rows_used + rows_rejected; revenue_total = sum of the used rows, currency)."""
    eng = load_info["engagement"]
    controls = load_info["controls"]
    rows_used = int(controls["rows_used"])
    rows_rejected = int(controls["rows_rejected"])
    return {
        "engagement": eng["name"],
        "company": eng["company"],
        "currency": eng["currency"],
        "period": {"start": eng["period_start"], "end": eng["period_end"]},
        "input": {
            "rows_read": int(controls.get("rows_read", rows_used + rows_rejected)),
            "rows_used": rows_used,
            "rows_rejected": rows_rejected,
            "revenue_total": float(controls.get("revenue_used", float("nan"))),
        },
    }


def publish(output_dir: str | Path, load_info: dict[str, Any]) -> None:
    """Hand the section's metrics.json keys to the report (no front-page line)."""
    sections.publish(output_dir, SECTION, to_metrics(load_info))
