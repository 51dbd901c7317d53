"""Sentences and tables of the '03 Segment' section."""

from __future__ import annotations

import pandas as pd

from clientmix.core import labels
from clientmix.core.display import Prose, Table, Tables
from clientmix.core.labels import escape, fmt_int, fmt_num, label
from clientmix.segment.breakdown import BIN, NOT_GIVEN, OTHER, attribute_columns, breakdown
from clientmix.segment.figures import SegmentFigures


def segment_summary(profile: pd.DataFrame, lang: str = "fr") -> Prose:
    """Which customer-file attributes are available to describe the customers (measures,
    ids and attributes with a single value or one value per customer excluded)."""
    columns = attribute_columns(profile)
    if not columns:
        return Prose(label("segment_no_attribute", lang))
    names = ", ".join(escape(labels.attribute_label(c, lang)) for c in columns)
    return Prose(label("segment_attributes", lang, names=names))


def group_labels(table: pd.DataFrame, lang: str = "fr") -> pd.Series:
    """The readable name of each group of a :func:`~clientmix.segment.breakdown.breakdown`
    table: the value as written, a bin as ``"10 – 25"`` (bounds in the attribute's unit,
    whole numbers from 100 up or when whole, else one decimal), or the words for "not given"
    and "other"."""
    low = table["low"].map(lambda v: _bound(v, lang))
    high = table["high"].map(lambda v: _bound(v, lang))
    bins = pd.Series(
        [label("segment_bin", lang, low=lo, high=hi) for lo, hi in zip(low, high, strict=True)],
        index=table.index,
    )
    kind = table["kind"]
    return (
        table["group"]
        .astype(object)
        .mask(kind == BIN, bins)
        .mask(kind == NOT_GIVEN, label("not_given", lang))
        .mask(kind == OTHER, label("other", lang))
    )


def _bound(value: float, lang: str) -> str:
    """A bin bound as shown: no decimals from 100 up or for a whole number, else one (an
    en dash when missing)."""
    whole = pd.isna(value) or float(value).is_integer() or abs(value) >= 100
    return fmt_num(value, lang, 0 if whole else 1)


def worded_breakdown(profile: pd.DataFrame, attribute: str, lang: str = "fr") -> pd.DataFrame:
    """:func:`~clientmix.segment.breakdown.breakdown` of ``attribute`` with ``group`` replaced
    by its readable name (:func:`group_labels`): columns group, customers, revenue
    (currency), share (fraction of the period's revenue)."""
    table = breakdown(profile, attribute)
    return table.assign(group=group_labels(table, lang))[["group", "customers", "revenue", "share"]]


def breakdown_table(profile: pd.DataFrame, lang: str = "fr", currency: str = "EUR") -> Table | None:
    """One table of all attributes: criterion, group, customers, revenue (``currency``),
    share of the period's revenue. None when the customers file gives no attribute."""
    columns = attribute_columns(profile)
    if not columns:
        return None
    frames = [
        worded_breakdown(profile, c, lang).assign(criterion=labels.attribute_label(c, lang))
        for c in columns
    ]
    table = pd.concat(frames, ignore_index=True)
    frame = labels.format_frame(
        table,
        {
            "criterion": "text",
            "group": "text",
            "customers": "int",
            "revenue": "money",
            "share": "pct",
        },
        lang,
        currency,
    )
    frame.columns = [
        label("segment_criterion", lang),
        label("segment_group", lang),
        *frame.columns[2:],
    ]
    return Table(frame)


def segment_labels(table: pd.DataFrame, lang: str = "fr") -> pd.Series:
    """Readable segment names of a segment table (kind, group, low, high): the value as
    written, a bin "10 – 49", an open bin "< 10" / "200 et plus", or "not given"."""
    names = group_labels(table, lang)
    low = table["low"].map(lambda v: _bound(v, lang))
    high = table["high"].map(lambda v: _bound(v, lang))
    below = pd.Series([label("segment_bin_below", lang, high=h) for h in high], index=table.index)
    above = pd.Series([label("segment_bin_above", lang, low=lo) for lo in low], index=table.index)
    is_bin = table["kind"] == BIN
    names = names.mask(is_bin & (table["low"] == float("-inf")), below)
    return names.mask(is_bin & (table["high"] == float("inf")), above)


_SEGMENT_KINDS = {
    "segment": "text",
    "customers": "int",
    "revenue": "money",
    "share": "pct",
    "revenue_prev": "money",
    "growth": "signed_pct",
    "segment_growth_contribution": "pct",
}


def _shown(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """A segment table with readable names and the column names of the wording table."""
    plain = table.rename(columns=lambda x: x.removeprefix("0_"))
    return plain.assign(segment=segment_labels(plain, lang)).rename(
        columns={
            "revenue_share": "share",
            "revenue_previous": "revenue_prev",
            "growth_contribution": "segment_growth_contribution",
        }
    )


def segment_tables(figs: SegmentFigures, lang: str = "fr", currency: str = "EUR") -> Tables:
    """One table per criterion: customers, revenue, share, previous revenue, growth and the
    share of the total change in revenue each segment brings."""
    out = []
    for c in figs.criteria:
        frame = labels.format_frame(
            _shown(figs.tables[c.name], lang), _SEGMENT_KINDS, lang, currency
        )
        caption = label("segment_table_caption", lang, name=labels.attribute_label(c.name, lang))
        out.append(Table(frame, caption=caption))
    return Tables(out)


def growth_spread(figs: SegmentFigures, lang: str = "fr") -> Prose | None:
    """One sentence per criterion on whether the change in revenue is spread across segments
    or carried by one (rule: one segment brings more than half of the total change)."""
    lines = []
    for c in figs.criteria:
        table = figs.tables[c.name].rename(columns=lambda x: x.removeprefix("0_"))
        contribution = table["growth_contribution"]
        if contribution.isna().all():
            continue
        top = contribution.abs().idxmax()
        key = "segment_growth_carried" if abs(contribution[top]) > 0.5 else "segment_growth_spread"
        lines.append(
            label(
                key,
                lang,
                criterion=escape(labels.attribute_label(c.name, lang)),
                segment=escape(segment_labels(table.loc[[top]], lang).iloc[0]),
                share=labels.fmt_pct(contribution[top], lang, 0),
            )
        )
    return Prose(" ".join(lines)) if lines else None


def rfm_table(figs: SegmentFigures, lang: str = "fr", currency: str = "EUR") -> Table:
    """Customers and revenue per RFM named segment (scores 1-5 by quintiles)."""
    table = figs.rfm_table.rename(columns={"revenue_share": "share"})
    table = table.assign(segment=table["segment"].map(lambda s: label(f"rfm_{s}", lang)))
    kinds = {"segment": "text", "customers": "int", "revenue": "money", "share": "pct"}
    frame = labels.format_frame(table, kinds, lang, currency)
    return Table(frame, caption=label("segment_rfm_caption", lang))


def cluster_summary(figs: SegmentFigures, lang: str = "fr") -> Prose | None:
    """How the customers split into data-driven groups (k-means), or why they were not
    split (fewer than 30 customers invoiced in the period, or profiles too alike). None when
    clusters were not computed."""
    found = figs.clusters
    if found is None:
        return None
    if found.reason is not None:
        key = f"segment_clusters_{found.reason}"
        return Prose(label(key, lang, customers=fmt_int(found.customers, lang), minimum=30))
    names = [label(f"segment_cluster_feature_{f}", lang) for f in found.features]
    return Prose(
        label(
            "segment_clusters_found",
            lang,
            customers=fmt_int(found.customers, lang),
            k=found.k,
            features=", ".join(names),
            silhouette=fmt_num(found.silhouette, lang, 2),
        )
    )


def _traits(summary: pd.DataFrame, lang: str) -> pd.Series:
    """Each cluster's two most distinctive features in words (above / below average)."""
    parts = []
    for rank in (1, 2):
        feature = summary[f"feature_{rank}"]
        gap = summary[f"gap_{rank}"]
        parts.append(
            pd.Series(
                [
                    label(
                        "segment_cluster_above" if g > 0 else "segment_cluster_below",
                        lang,
                        feature=label(f"segment_cluster_feature_{f}", lang),
                    )
                    for f, g in zip(feature, gap, strict=True)
                ],
                index=summary.index,
            )
        )
    return parts[0].str.cat(parts[1], sep=", ")


def cluster_table(figs: SegmentFigures, lang: str = "fr", currency: str = "EUR") -> Table | None:
    """Per data-driven group: customers, revenue (``currency``), share of the period's
    revenue and what sets it apart. None when there are no clusters."""
    found = figs.clusters
    if found is None or found.reason is not None:
        return None
    summary = found.summary.rename(columns={"revenue_share": "share"})
    summary = summary.assign(
        segment_cluster=summary["cluster"].map(
            lambda n: label("segment_cluster_name", lang, number=n)
        ),
        segment_cluster_traits=_traits(summary, lang),
    )
    kinds = {
        "segment_cluster": "text",
        "customers": "int",
        "revenue": "money",
        "share": "pct",
        "segment_cluster_traits": "text",
    }
    frame = labels.format_frame(summary, kinds, lang, currency)
    return Table(frame, caption=label("segment_cluster_caption", lang))


def cluster_cross(figs: SegmentFigures, lang: str = "fr") -> Table | None:
    """Customers of each data-driven group (rows) by segment of the first criterion
    (columns, in the order of its segment table). None without clusters or criteria."""
    found = figs.clusters
    if found is None or found.reason is not None or found.cross.empty or not figs.criteria:
        return None
    cross = found.cross.assign(segment=segment_labels(found.cross, lang))
    order = _shown(figs.tables[figs.criteria[0].name], lang)["segment"].tolist()
    pivot = cross.pivot_table(
        index="cluster", columns="segment", values="customers", aggfunc="sum", fill_value=0
    )
    pivot = pivot.reindex(columns=[s for s in order if s in pivot.columns])
    frame = pivot.map(lambda v: fmt_int(v, lang)).reset_index(drop=False)
    frame["cluster"] = frame["cluster"].map(lambda n: label("segment_cluster_name", lang, number=n))
    frame = frame.rename(columns={"cluster": label("segment_cluster", lang)})
    frame.columns.name = None
    name = labels.attribute_label(figs.criteria[0].name, lang)
    return Table(frame, caption=label("segment_cluster_cross_caption", lang, name=name))
