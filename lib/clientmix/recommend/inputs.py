"""What the recommendations rest on: the figures the earlier sections published (their
metrics.json keys) and one table of the customers invoiced in the period.

Sections are read leniently here: a section that did not publish for the current load (not
run yet, or stale) is simply absent, and every rule resting on it stays silent. The report
itself still stops on a missing section (:func:`clientmix.core.sections.collect`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from clientmix.core import interim
from clientmix.core.names import customer_names
from clientmix.core.sections import load_fingerprint, sections_dir

#: per-customer interim tables joined to the profile (when the stages wrote them)
TABLES = ("customer_classes", "future_value", "customer_segments")


@dataclass
class Inputs:
    """The figures of the earlier sections and the customers.

    metrics : the metrics.json keys published for the current load (``concentration``,
        ``classes``, ``segments``, ``retention``...), merged; absent keys are simply missing.
    customers : one row per customer invoiced in the period: the profile (revenue, gross
        margin, effort_hours, potential... in currency per period) with the classification
        (kam_class, tier, abc_revenue, strategic, too_large, contribution), the future value
        (expected_revenue_12m) and the segments, when those stages ran.
    segment_column : the column of ``customers`` holding the first segmentation criterion's
        segment (None when unknown).
    products : distinct products bought in the period per customer (None without products).
    names : customer id -> name for every customer of the profile (lost ones included).
    """

    metrics: dict[str, Any]
    customers: pd.DataFrame
    segment_column: str | None = None
    products: pd.Series | None = None
    period_end: pd.Timestamp | None = None
    options: dict[str, Any] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)


def published_metrics(output_dir: str | Path, skip: tuple[str, ...] = ("recommend",)) -> dict:
    """Every metrics.json key published under ``interim/sections/`` for the current load
    (sections in ``skip`` left out), merged in file-name order."""
    folder = sections_dir(output_dir)
    fingerprint = load_fingerprint(output_dir)
    merged: dict[str, Any] = {}
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        if path.stem in skip:
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if data.get("load") == fingerprint:
            merged.update(data.get("metrics") or {})
    return merged


def customer_table(output_dir: str | Path) -> pd.DataFrame:
    """The profile's customers invoiced in the period joined to :data:`TABLES` (left join on
    customer_id, as text)."""
    profile = interim.read(output_dir, "profile")
    if "invoices" in profile:
        profile = profile[profile["invoices"].fillna(0) > 0]
    out = profile.assign(customer_id=profile["customer_id"].astype(str)).reset_index(drop=True)
    for name in TABLES:
        if interim.exists(output_dir, name):
            table = interim.read(output_dir, name)
            table = table.assign(customer_id=table["customer_id"].astype(str))
            extra = [c for c in table.columns if c == "customer_id" or c not in out.columns]
            out = out.merge(table[extra], on="customer_id", how="left", validate="1:1")
    return out


def first_segment_column(customers: pd.DataFrame, metrics: dict[str, Any]) -> str | None:
    """The column holding the first segmentation criterion (``sector`` when it is an
    attribute of the customers file and no segment table exists)."""
    segmented = [c for c in customers.columns if str(c).startswith("Segment (")]
    if segmented:
        return segmented[0]
    if "sector" in customers:
        return "sector"
    return None


def products_per_customer(output_dir: str | Path) -> pd.Series | None:
    """Distinct products bought in the analysis period per customer id (None without a
    product column)."""
    invoices = interim.read(output_dir, "invoices")
    if "product" not in invoices or invoices["product"].isna().all():
        return None
    info = interim.read_load(output_dir)["engagement"]
    start, end = pd.Timestamp(info["period_start"]), pd.Timestamp(info["period_end"])
    rows = invoices[(invoices["date"] >= start) & (invoices["date"] <= end)]
    return rows.groupby(rows["customer_id"].astype(str))["product"].nunique()


def all_names(output_dir: str | Path) -> dict[str, str]:
    """Customer id -> name for every customer known: the customers file, the profile, and the
    invoices (customers lost before the period have no profile row but keep their name)."""
    names: dict[str, str] = {}
    invoices = interim.read(output_dir, "invoices")
    if "customer_name" in invoices:
        named = invoices.dropna(subset=["customer_name"]).drop_duplicates(
            "customer_id", keep="last"
        )
        names.update(customer_names(named))
    for table in ("customers", "profile"):
        if interim.exists(output_dir, table):
            frame = interim.read(output_dir, table)
            if "customer_name" in frame:
                frame = frame.dropna(subset=["customer_name"])
                names.update(customer_names(frame))
    return names


def read_inputs(output_dir: str | Path, options: dict[str, Any] | None = None) -> Inputs:
    """The :class:`Inputs` of a report folder; ``options`` the engagement's ``recommend``."""
    metrics = published_metrics(output_dir)
    customers = customer_table(output_dir)
    info = interim.read_load(output_dir)["engagement"]
    names = all_names(output_dir)
    return Inputs(
        metrics=metrics,
        customers=customers,
        segment_column=first_segment_column(customers, metrics),
        products=products_per_customer(output_dir),
        period_end=pd.Timestamp(info["period_end"]),
        options=dict(options or {}),
        names=names,
    )
