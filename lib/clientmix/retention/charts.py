"""Charts of the "Where revenue moves" part of '03 Segment': the bridge as a waterfall and the
cohorts as a heatmap (house style, :mod:`clientmix.core.style`)."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure

from clientmix.core.formats import fmt_money_short, fmt_pct
from clientmix.core.labels import label
from clientmix.core.style import ACCENT, INK, PALETTE, money_axis, new_figure, styled
from clientmix.retention.bridge import STEPS
from clientmix.retention.figures import RetentionFigures
from clientmix.retention.texts import cohort_names, window_label


def waterfall(figs: RetentionFigures, lang: str = "fr", currency: str = "EUR") -> Figure:
    """The bridge as a waterfall: previous revenue, lost, declining, growing, new customers
    (floating bars, losses in the accent colour), the period's revenue (``currency``)."""
    t = figs.totals
    steps = [getattr(t, s) for s in STEPS]
    bottoms = t.revenue_previous + np.concatenate([[0.0], np.cumsum(steps)[:-1]])
    heights = np.array(steps)
    names = ["previous", *STEPS, "revenue"]
    x = np.arange(len(names))
    fig, ax = new_figure(8.0, 3.8)
    ax.bar(x[0], t.revenue_previous, color=PALETTE[0], width=0.6)
    ax.bar(x[-1], t.revenue, color=PALETTE[0], width=0.6)
    colours = [ACCENT if h < 0 else PALETTE[2] for h in heights]
    ax.bar(x[1:-1], heights, bottom=bottoms, color=colours, width=0.6)
    values = [t.revenue_previous, *steps, t.revenue]
    tops = [t.revenue_previous, *np.maximum(bottoms, bottoms + heights), t.revenue]
    for i, (value, top) in enumerate(zip(values, tops, strict=True)):
        text = fmt_money_short(value, lang, currency)
        if 0 < i < len(names) - 1 and value > 0:
            text = "+" + text
        ax.text(i, top, text, ha="center", va="bottom", fontsize=8, color=INK)
    ax.set_xticks(x)
    words = [label(f"retention_step_{n}", lang) for n in names]
    ax.set_xticklabels(words, fontsize=8, rotation=15, ha="right")
    ax.yaxis.set_major_formatter(money_axis(lang, currency))
    ax.set_ylim(0, max(tops) * 1.12 if max(tops) > 0 else 1)
    ax.set_title(label("chart_retention_bridge", lang), fontsize=10)
    styled(fig)
    return fig


def cohort_heatmap(figs: RetentionFigures, lang: str = "fr") -> Figure | None:
    """Share of each cohort (rows, by year of first purchase) still buying in each later year
    (columns), as %; None when the data covers under two years."""
    if figs.cohorts is None:
        return None
    grid = figs.cohorts.table.pivot(index="cohort", columns="window", values="share")
    rows = [cohort_names(figs, lang)[c] for c in grid.index]
    cols = [window_label(*figs.cohorts.windows[w]) for w in grid.columns]
    fig, ax = new_figure(8.0, max(2.2, 0.5 * len(rows) + 1.4))
    values = grid.to_numpy(dtype="float64")
    ax.imshow(np.ma.masked_invalid(values), cmap="Blues", aspect="auto", vmin=0.0, vmax=1.0)
    ax.set_xticks(np.arange(len(cols)))
    ax.set_xticklabels(cols, fontsize=8)
    ax.set_yticks(np.arange(len(rows)))
    ax.set_yticklabels(rows, fontsize=8)
    ax.grid(visible=False)
    for (i, j), value in np.ndenumerate(values):
        if not np.isnan(value):
            colour = "white" if value > 0.6 else INK
            ax.text(
                j, i, fmt_pct(value, lang, 0), ha="center", va="center", fontsize=8, color=colour
            )
    ax.set_title(label("chart_retention_cohorts", lang), fontsize=10)
    styled(fig)
    return fig
