"""Sentences and tables of the '03 Segment' section."""

from __future__ import annotations

import pandas as pd

from clientmix.core import labels
from clientmix.core.display import Prose, Table, Tables
from clientmix.core.labels import escape, fmt_int, fmt_num, label
from clientmix.segment.breakdown import BIN, NOT_GIVEN, OTHER, attribute_columns, breakdown
from clientmix.segment.figures import SegmentFigures
from clientmix.segment.growth import growth_carrier
from clientmix.segment.rfm import MEASURES, SPLIT


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
    written, a bin "10 – 49", an open bin "< 10" / "200 et plus", or "not given". Each
    distinct segment is worded once, then spread to its rows (one row per customer is fine)."""
    keys = table[["kind", "group", "low", "high"]]
    codes = keys.groupby(list(keys.columns), dropna=False, sort=False, observed=True).ngroup()
    first = ~codes.duplicated()
    if first.all():
        return _segment_labels(table, lang)
    names = _segment_labels(table[first.to_numpy()], lang)
    spread = names.to_numpy()[codes.to_numpy()]
    return pd.Series(spread, index=table.index, name=names.name, dtype=names.dtype)


def _segment_labels(table: pd.DataFrame, lang: str) -> pd.Series:
    """:func:`segment_labels`, one row at a time."""
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
    "gross_margin": "money",
    "margin_share": "pct",
    "segment_average_revenue": "money",
    "revenue_prev": "money",
    "growth": "signed_pct",
    "segment_growth_contribution": "pct",
}
_MARGIN_COLUMNS = ("gross_margin", "margin_share")


def _shown(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """A segment table with readable names and the column names of the wording table."""
    plain = table.rename(columns=lambda x: x.removeprefix("0_"))
    return plain.assign(segment=segment_labels(plain, lang)).rename(
        columns={
            "revenue_share": "share",
            "margin": "gross_margin",
            "average_revenue": "segment_average_revenue",
            "revenue_previous": "revenue_prev",
            "growth_contribution": "segment_growth_contribution",
        }
    )


def _kinds(table: pd.DataFrame) -> dict[str, str]:
    """The columns to show: the margin ones only when some margin is known."""
    if table["margin"].notna().any():
        return dict(_SEGMENT_KINDS)
    return {k: v for k, v in _SEGMENT_KINDS.items() if k not in _MARGIN_COLUMNS}


def segment_tables(figs: SegmentFigures, lang: str = "fr", currency: str = "EUR") -> Tables:
    """One table per criterion: customers, revenue and gross margin with their shares, average
    revenue per customer, previous 12 months' revenue, growth and the share of the total
    change in revenue each segment brings (margin columns only when margins are known)."""
    out = []
    for c in figs.criteria:
        table = figs.tables[c.name]
        frame = labels.format_frame(_shown(table, lang), _kinds(table), lang, currency)
        caption = label("segment_table_caption", lang, name=labels.attribute_label(c.name, lang))
        out.append(Table(frame, caption=caption))
    return Tables(out)


def cross_table(figs: SegmentFigures, lang: str = "fr", currency: str = "EUR") -> Table | None:
    """The cross of the first two criteria, one row per non-empty cell (segments in the order
    of their own tables): the same measures as :func:`segment_tables`; the rows add up to the
    period's customers, revenue and margin. None with fewer than two criteria."""
    if figs.cross is None:
        return None
    first, second = figs.criteria[:2]
    table = figs.cross[(figs.cross["customers"] > 0) | (figs.cross["revenue_previous"] != 0)]
    shown = _shown(table, lang)
    names = {}
    for k, criterion in enumerate((first, second)):
        parts = table[[f"{k}_kind", f"{k}_group", f"{k}_low", f"{k}_high"]]
        parts.columns = ["kind", "group", "low", "high"]
        names[labels.attribute_label(criterion.name, lang)] = segment_labels(parts, lang)
    kinds = {k: v for k, v in _kinds(table).items() if k != "segment"}
    frame = labels.format_frame(shown, kinds, lang, currency)
    for position, (name, values) in enumerate(names.items()):
        frame.insert(position, name, values.to_numpy())
    caption = label(
        "segment_cross_caption",
        lang,
        first=labels.attribute_label(first.name, lang),
        second=labels.attribute_label(second.name, lang),
    )
    return Table(frame.reset_index(drop=True), caption=caption)


def growth_spread(figs: SegmentFigures, lang: str = "fr") -> Prose | None:
    """One sentence per criterion on whether the change in revenue is spread across segments
    (each brings about its weight) or carried by one (rule:
    :func:`clientmix.segment.growth.growth_carrier`)."""
    lines = []
    for c in figs.criteria:
        table = figs.tables[c.name].rename(columns=lambda x: x.removeprefix("0_"))
        row, carried = growth_carrier(table)
        if row is None:
            continue
        previous_total = table["revenue_previous"].sum()
        top = table.loc[row]
        lines.append(
            label(
                "segment_growth_carried" if carried else "segment_growth_spread",
                lang,
                criterion=escape(labels.attribute_label(c.name, lang)),
                segment=escape(segment_labels(table.loc[[row]], lang).iloc[0]),
                share=labels.fmt_pct(top["growth_contribution"], lang, 0),
                revenue_share=labels.fmt_pct(top["revenue_share"], lang, 0),
                growth=labels.fmt_signed_pct(top["growth"], lang, 0),
                weight=labels.fmt_pct(
                    top["revenue_previous"] / previous_total if previous_total > 0 else None,
                    lang,
                    0,
                ),
            )
        )
    return Prose(" ".join(lines)) if lines else None


def rfm_name(name: str, lang: str = "fr") -> str:
    """A named RFM segment in words: the wording of a built-in name (champions, loyal...,
    unmatched), else the consultant's name as written."""
    key = f"rfm_{name}"
    return label(key, lang) if labels.has_label(key) else str(name)


def rfm_method(figs: SegmentFigures, lang: str = "fr") -> Prose:
    """How the RFM scores are given: the measures, quantiles with their handling of ties or
    the consultant's cut points, where the rules live, and a warning when one recency value
    holds more than two scores' worth of customers."""
    settings = figs.rfm_settings
    by_cuts = [m for m in MEASURES if m in settings.cuts]
    by_rank = [m for m in MEASURES if m not in settings.cuts]
    parts = [label("segment_rfm_method", lang, scores=settings.scores)]
    if by_rank:
        names = ", ".join(label(f"rfm_measure_{m}", lang) for m in by_rank)
        key = "segment_rfm_quantiles_split" if settings.ties == SPLIT else "segment_rfm_quantiles"
        parts.append(label(key, lang, measures=names, scores=settings.scores))
    if by_cuts:
        names = ", ".join(label(f"rfm_measure_{m}", lang) for m in by_cuts)
        parts.append(label("segment_rfm_cuts", lang, measures=names))
    recency = figs.rfm["recency_days"]
    counts = recency.value_counts()
    if figs.end is not None and len(counts) and counts.iloc[0] > 2 * len(recency) / settings.scores:
        parts.append(
            label(
                "segment_rfm_recency_tied",
                lang,
                customers=fmt_int(counts.iloc[0], lang),
                total=fmt_int(len(recency), lang),
                date=labels.fmt_date(figs.end - pd.Timedelta(days=float(counts.index[0])), lang),
            )
        )
    return Prose(" ".join(parts))


def rfm_thresholds(figs: SegmentFigures, lang: str = "fr", currency: str = "EUR") -> Table:
    """Per score (best first), the lowest and highest recency (days), frequency (lines) and
    monetary value (``currency``) of the customers holding it."""
    cuts = figs.rfm_cuts
    columns = {}
    for measure in MEASURES:
        rows = cuts[cuts["measure"] == measure].sort_values("score", ascending=False)
        if measure == "monetary":
            low = rows["low"].map(lambda v: labels.fmt_money(v, lang, currency))
            high = rows["high"].map(lambda v: labels.fmt_money(v, lang, currency))
        else:
            low = rows["low"].map(lambda v: fmt_int(v, lang))
            high = rows["high"].map(lambda v: fmt_int(v, lang))
        columns[label(f"rfm_threshold_{measure}", lang)] = [
            label("segment_bin", lang, low=a, high=b) if n else "–"
            for a, b, n in zip(low, high, rows["customers"], strict=True)
        ]
    scores = sorted(cuts["score"].unique(), reverse=True)
    frame = pd.DataFrame({label("rfm_score", lang): [str(s) for s in scores], **columns})
    return Table(frame, caption=label("segment_rfm_thresholds_caption", lang))


def rfm_table(figs: SegmentFigures, lang: str = "fr", currency: str = "EUR") -> Table:
    """Customers, revenue and gross margin (with their shares) per RFM named segment (margin
    columns only when margins are known)."""
    table = figs.rfm_table.rename(columns={"revenue_share": "share", "margin": "gross_margin"})
    table = table.assign(segment=table["segment"].map(lambda s: rfm_name(s, lang)))
    kinds = {"segment": "text", "customers": "int", "revenue": "money", "share": "pct"}
    if table["gross_margin"].notna().any():
        kinds |= {"gross_margin": "money", "margin_share": "pct"}
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
