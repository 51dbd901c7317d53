"""The figures of the "Who are your customers" section, computed once: the segment tables of
each criterion (with previous revenue and growth), RFM scores and named segments.

Computation only: amounts in the engagement currency (net, excl. tax), shares and growth as
fractions; segment labels are codes and bounds (words come from the section's texts).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from clientmix.segment.breakdown import attribute_columns
from clientmix.segment.clusters import Clusters, customer_clusters
from clientmix.segment.criteria import Criterion, parse_criteria
from clientmix.segment.growth import criterion_segments, segment_base, segment_table
from clientmix.segment.rfm import RfmSettings, rfm_scores, rfm_segments


@dataclass(frozen=True)
class SegmentFigures:
    """criteria: the criteria used (engagement.yaml ``segmentation``, else the attribute
    columns that can split customers); tables: criterion name -> :func:`segment_table`;
    base: one row per customer invoiced in the period or lost (``invoiced`` False), with its
    segment per criterion; cross: :func:`segment_table` of the cross of the first two criteria
    (None with fewer than two); rfm: per customer scores; rfm_cuts: per measure and score the
    lowest and highest value held; rfm_table: per named segment; rfm_settings: the scores,
    cut points and rules used; end: the period's end; clusters: the k-means clusters (None
    when not computed)."""

    criteria: list[Criterion]
    tables: dict[str, pd.DataFrame]
    base: pd.DataFrame
    rfm: pd.DataFrame
    rfm_cuts: pd.DataFrame
    rfm_table: pd.DataFrame
    clusters: Clusters | None = None
    cross: pd.DataFrame | None = None
    rfm_settings: RfmSettings = RfmSettings()
    end: pd.Timestamp | None = None


def default_criteria(profile: pd.DataFrame) -> list[str | dict]:
    """Without a ``segmentation`` list: every customer attribute that can split customers."""
    return list(attribute_columns(profile))


def segment_figures(
    profile: pd.DataFrame,
    invoices: pd.DataFrame,
    customers: pd.DataFrame | None,
    start: pd.Timestamp,
    end: pd.Timestamp,
    spec: list | None = None,
    lang: str = "fr",
    with_clusters: bool = True,
    rfm: RfmSettings | None = None,
) -> SegmentFigures:
    """Segments of each criterion and of the cross of the first two, RFM (``rfm``: scores,
    cut points and rules; None for the defaults) and (``with_clusters``) the k-means clusters
    over the analysis period ``start``..``end``.

    Raises
    ------
    ClientmixError
        When a criterion of ``spec`` names a column the profile lacks.
    """
    criteria = parse_criteria(spec if spec else default_criteria(profile), profile, lang)
    base = segment_base(profile, invoices, customers, start)
    tables = {c.name: segment_table(base, [c]) for c in criteria}
    rfm = rfm or RfmSettings()
    scores, cuts = rfm_scores(profile, end, rfm)
    return SegmentFigures(
        criteria=criteria,
        tables=tables,
        base=base,
        rfm=scores,
        rfm_cuts=cuts,
        rfm_table=rfm_segments(scores, rfm.rules),
        clusters=customer_clusters(base, criteria) if with_clusters else None,
        cross=segment_table(base, criteria[:2]) if len(criteria) >= 2 else None,
        rfm_settings=rfm,
        end=pd.Timestamp(end),
    )


def customer_segments(figs: SegmentFigures) -> pd.DataFrame:
    """One row per customer invoiced in the period: its segment codes per criterion (kind,
    group, low, high columns prefixed by the criterion name), its RFM scores and segment, and
    its data-driven cluster (1..k; missing when clusters were not made)."""
    invoiced = figs.base[figs.base["invoiced"]]
    out = invoiced[["customer_id"]].reset_index(drop=True)
    for c in figs.criteria:
        seg = criterion_segments(invoiced, c)[["kind", "group", "low", "high"]]
        out = out.join(seg.reset_index(drop=True).add_prefix(f"{c.name}:"))
    rfm = figs.rfm[["customer_id", "r", "f", "m", "segment"]].rename(
        columns={"r": "rfm_r", "f": "rfm_f", "m": "rfm_m", "segment": "rfm_segment"}
    )
    out = out.merge(rfm, on="customer_id", how="left")
    found = figs.clusters
    members = found.members if found is not None and found.reason is None else None
    if members is None or members.empty:
        return out.assign(cluster=pd.Series(pd.NA, index=out.index, dtype="Int64"))
    cluster = members.set_index("customer_id")["cluster"]
    return out.assign(cluster=out["customer_id"].map(cluster).astype("Int64"))
