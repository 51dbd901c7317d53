"""The "Who are your customers" section of the report (notebook 03_segment): segments of the
consultant's criteria with growth, RFM; metrics.json ``segments`` and ``rfm``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from clientmix.core import interim, labels, sections
from clientmix.core.jsonable import plain
from clientmix.core.labels import label
from clientmix.ingest.config import load_config
from clientmix.segment.figures import SegmentFigures, customer_segments, segment_figures
from clientmix.segment.rfm import RfmSettings
from clientmix.segment.texts import rfm_name, segment_labels

SECTION = sections.Section(name="segment", notebook="03_segment", keys=("segments", "rfm"))
SEGMENT_KEYS = (
    "customers",
    "revenue",
    "revenue_share",
    "margin",
    "margin_share",
    "revenue_previous",
    "growth",
    "growth_contribution",
)


def figures(output_dir: str | Path, load_info: dict[str, Any], lang: str = "fr") -> SegmentFigures:
    """The section's figures from the hand-over files of 01 and 02 and engagement.yaml's
    ``segmentation`` and ``rfm`` (computed once)."""
    eng = load_info["engagement"]
    rfm_option = eng.get("rfm") if "rfm" in eng else load_config(eng["root"]).rfm
    return segment_figures(
        interim.read(output_dir, "profile"),
        interim.read(output_dir, "invoices"),
        interim.read(output_dir, "customers"),
        pd.Timestamp(eng["period_start"]),
        pd.Timestamp(eng["period_end"]),
        eng.get("segmentation"),
        lang,
        rfm=RfmSettings.from_option(rfm_option),
    )


def to_metrics(figs: SegmentFigures, lang: str = "fr") -> dict[str, Any]:
    """``segments.<criterion>``: one record per segment (its label as shown, then the
    measures); ``rfm.<named segment>``: customers, revenue, revenue_share, margin and
    margin_share (keys: the rule names, ``unmatched`` for customers no rule matches)."""
    segments = {}
    for name, table in figs.tables.items():
        plain_table = table.rename(columns=lambda c: c.removeprefix("0_"))
        rows = plain_table[list(SEGMENT_KEYS)].assign(segment=segment_labels(plain_table, lang))
        segments[name] = [plain(r) for r in rows[["segment", *SEGMENT_KEYS]].to_dict("records")]
    rfm = {
        row["segment"]: plain(
            {k: row[k] for k in ("customers", "revenue", "revenue_share", "margin", "margin_share")}
        )
        for row in figs.rfm_table.to_dict("records")
    }
    return {"segments": segments, "rfm": rfm}


def worded_segments(figs: SegmentFigures, lang: str = "fr") -> pd.DataFrame:
    """Each invoiced customer's segment per criterion (one column per criterion, named in
    words), RFM scores and segment, in words, and data-driven cluster, for clients.xlsx."""
    codes = customer_segments(figs)
    out = codes[["customer_id"]].copy()
    for c in figs.criteria:
        parts = codes[[f"{c.name}:{k}" for k in ("kind", "group", "low", "high")]]
        parts.columns = ["kind", "group", "low", "high"]
        name = label("segment_column", lang, name=labels.attribute_label(c.name, lang))
        out[name] = segment_labels(parts, lang)
    for column in ("rfm_r", "rfm_f", "rfm_m"):
        out[column] = codes[column]
    named = {s: rfm_name(s, lang) for s in codes["rfm_segment"].unique() if isinstance(s, str)}
    out["rfm_segment"] = codes["rfm_segment"].map(
        lambda s: named[s] if isinstance(s, str) else None
    )
    out["data_cluster"] = codes["cluster"]  # header and definition: wording data_cluster
    return out


def publish(output_dir: str | Path, figs: SegmentFigures, lang: str = "fr") -> None:
    """Hand the section's keys to the report and each customer's segments to clients.xlsx."""
    interim.write(output_dir, "customer_segments", worded_segments(figs, lang))
    sections.publish(output_dir, SECTION, to_metrics(figs, lang))
