"""The "Data received" section of the report (notebook 01_load): the engagement, the period
and the control totals of the files for metrics.json."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from clientmix.core import sections
from clientmix.core.labels import label

SECTION = sections.Section(
    name="ingest",
    notebook="01_load",
    keys=("engagement", "company", "currency", "period", "input"),
)


def to_metrics(load_info: dict[str, Any]) -> dict[str, Any]:
    """engagement, company, currency, period.{start, end} (ISO dates) and
    input.{rows_read, rows_used, rows_rejected, revenue_total}: the files as read, all periods
    (rows_read = rows_used + rows_rejected; revenue_total = sum of the used rows, currency;
    rows_totals_skipped, only when the export carried totals lines: in neither)."""
    eng = load_info["engagement"]
    controls = load_info["controls"]
    rows_used = int(controls["rows_used"])
    rows_rejected = int(controls["rows_rejected"])
    skipped = int(controls.get("rows_totals_skipped", 0))
    out = {
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
    if skipped:  # only when the export carried totals lines
        out["input"]["rows_totals_skipped"] = skipped
    return out


def findings(load_info: dict[str, Any]) -> list[str]:
    """The front-page lines: one per "serious" problem of the load (too many rows or too much
    revenue rejected, a failing join...), so that the report opens with the warning; none when
    the data raised no serious warning."""
    lang = load_info["engagement"].get("language", "fr")
    return [
        label("ingest_brief_serious", lang, text=p["text"])
        for p in load_info.get("problems", [])
        if p.get("level") == "serious"
    ]


def publish(output_dir: str | Path, load_info: dict[str, Any]) -> None:
    """Hand the section's metrics.json keys and its front-page lines (the serious warnings,
    if any) to the report."""
    sections.publish(output_dir, SECTION, to_metrics(load_info), findings(load_info))
