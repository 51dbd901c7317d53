"""Charts of the '03 Segment' section."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from clientmix.core import labels
from clientmix.core.formats import fmt_pct
from clientmix.core.style import INK, MUTED, PALETTE, money_axis, new_figure, pct_axis, styled
from clientmix.segment.breakdown import attribute_columns
from clientmix.segment.figures import SegmentFigures
from clientmix.segment.growth import segment_table
from clientmix.segment.texts import segment_labels, worded_breakdown


def breakdowns(
    profile: pd.DataFrame, lang: str = "fr", currency: str = "EUR", max_panels: int = 6
) -> Figure | None:
    """Net revenue (``currency``) by value of each customer-file attribute, one panel per
    attribute (the first ``max_panels``), groups as in the breakdown table.

    Returns None when the customers file gives no attribute to split by.
    """
    columns = attribute_columns(profile)[:max_panels]
    if not columns:
        return None
    ncols = 2 if len(columns) > 1 else 1
    nrows = (len(columns) + ncols - 1) // ncols
    fig, axes = new_figure(8.0, 2.8 * nrows, nrows=nrows, ncols=ncols, squeeze=False)
    flat = axes.ravel()
    for ax, column in zip(flat, columns, strict=False):
        table = worded_breakdown(profile, column, lang).iloc[::-1]
        ax.barh(np.arange(len(table)), table["revenue"].to_numpy(), color=PALETTE[1], height=0.7)
        ax.set_yticks(np.arange(len(table)))
        ax.set_yticklabels(table["group"].astype(str).str.slice(0, 28).tolist(), fontsize=8)
        ax.grid(axis="y", visible=False)
        ax.grid(axis="x", visible=True)
        ax.xaxis.set_major_formatter(money_axis(lang, currency))
        ax.tick_params(axis="x", labelsize=7)
        ax.xaxis.set_major_locator(MaxNLocator(4))
        name = labels.attribute_label(column, lang)
        ax.set_title(labels.label("chart_breakdown", lang, attribute=name), fontsize=10)
    for ax in flat[len(columns) :]:
        ax.set_visible(False)
    styled(fig)
    return fig


def _labels_of(table: pd.DataFrame, k: int, lang: str) -> pd.Series:
    """Readable segment names of criterion ``k`` in a (crossed) segment table."""
    parts = table[[f"{k}_kind", f"{k}_group", f"{k}_low", f"{k}_high"]]
    parts.columns = ["kind", "group", "low", "high"]
    return segment_labels(parts, lang).astype(str).str.slice(0, 28)


def segment_heatmap(figs: SegmentFigures, lang: str = "fr") -> Figure | None:
    """Share of the period's revenue (fraction, shown as %) in each cell of the cross of the
    first two criteria; segments in the order of their tables.

    Returns None with fewer than two criteria or no positive revenue.
    """
    if len(figs.criteria) < 2:
        return None
    first, second = figs.criteria[:2]
    table = figs.cross if figs.cross is not None else segment_table(figs.base, [first, second])
    if table["revenue_share"].isna().all():
        return None
    table = table.assign(_row=_labels_of(table, 0, lang), _col=_labels_of(table, 1, lang))
    rows = _labels_of(figs.tables[first.name], 0, lang).tolist()
    cols = _labels_of(figs.tables[second.name], 0, lang).tolist()
    grid = table.pivot_table(index="_row", columns="_col", values="revenue_share", aggfunc="sum")
    grid = grid.reindex(index=rows, columns=cols).fillna(0.0)
    fig, ax = new_figure(8.0, max(2.4, 0.45 * len(rows) + 1.4))
    ax.imshow(grid.to_numpy(), cmap="Blues", aspect="auto", vmin=0.0)
    ax.set_xticks(np.arange(len(cols)))
    ax.set_xticklabels(cols, rotation=30, ha="right", fontsize=8)
    ax.set_yticks(np.arange(len(rows)))
    ax.set_yticklabels(rows, fontsize=8)
    ax.grid(visible=False)
    peak, tiny = grid.to_numpy().max(), fmt_pct(0.01, lang, 0)
    for (i, j), value in np.ndenumerate(grid.to_numpy()):
        if value != 0:
            shown = fmt_pct(value, lang, 0) if abs(value) >= 0.005 else "< " + tiny
            colour = "white" if value > 0.6 * peak else INK
            ax.text(j, i, shown, ha="center", va="center", fontsize=8, color=colour)
    names = {
        n: labels.attribute_label(c.name, lang) for n, c in (("first", first), ("second", second))
    }
    ax.set_title(labels.label("chart_segment_heatmap", lang, **names), fontsize=10)
    styled(fig)
    return fig


def segment_shares(figs: SegmentFigures, lang: str = "fr", max_panels: int = 6) -> Figure | None:
    """Per criterion (the first ``max_panels``), each segment's share of the customers
    invoiced in the period against its share of the period's revenue (fractions, as %).

    Returns None without criteria or without invoiced customers.
    """
    criteria = figs.criteria[:max_panels]
    if not criteria or not figs.base["invoiced"].any():
        return None
    ncols = 2 if len(criteria) > 1 else 1
    nrows = (len(criteria) + ncols - 1) // ncols
    fig, axes = new_figure(8.0, 2.8 * nrows, nrows=nrows, ncols=ncols, squeeze=False)
    flat = axes.ravel()
    for ax, criterion in zip(flat, criteria, strict=False):
        table = figs.tables[criterion.name]
        names = _labels_of(table, 0, lang).iloc[::-1]
        customers = (table["customers"] / table["customers"].sum()).iloc[::-1]
        revenue = table["revenue_share"].fillna(0.0).iloc[::-1]
        y = np.arange(len(table))
        ax.barh(
            y + 0.2,
            customers.to_numpy(),
            height=0.4,
            color=MUTED,
            label=labels.label("chart_share_customers", lang),
        )
        ax.barh(
            y - 0.2,
            revenue.to_numpy(),
            height=0.4,
            color=PALETTE[0],
            label=labels.label("chart_share_revenue", lang),
        )
        ax.set_yticks(y)
        ax.set_yticklabels(names.tolist(), fontsize=8)
        ax.grid(axis="y", visible=False)
        ax.grid(axis="x", visible=True)
        ax.xaxis.set_major_formatter(pct_axis(lang))
        ax.tick_params(axis="x", labelsize=7)
        name = labels.attribute_label(criterion.name, lang)
        ax.set_title(labels.label("chart_segment_shares", lang, name=name), fontsize=9)
    flat[0].legend(fontsize=8, loc="lower right")
    for ax in flat[len(criteria) :]:
        ax.set_visible(False)
    styled(fig)
    return fig
