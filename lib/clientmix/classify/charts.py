"""Charts of the '04 Classify' section."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from clientmix.classify.abc import pareto_curve
from clientmix.classify.classes import CLASSES
from clientmix.classify.figures import ClassifyFigures
from clientmix.core import labels
from clientmix.core.style import (
    ABC_COLORS,
    ACCENT,
    INK,
    MUTED,
    PALETTE,
    new_figure,
    pct_axis,
    styled,
)


def pareto(profile: pd.DataFrame, lang: str = "fr", a: float = 0.80, b: float = 0.95) -> Figure:
    """Pareto curve: cumulative share of the positive net revenue against the share of
    customers, largest first (both in percent), with the ABC classes (A up to ``a`` of
    revenue, B up to ``b``, C the rest, customers at or below zero included)."""
    curve = pareto_curve(profile["revenue"], a, b)
    x = curve["customer_share"].to_numpy()
    cum = curve["revenue_share"].to_numpy()
    classes = curve["abc_class"].to_numpy()
    fig, ax = new_figure(8.0, 4.0)
    # one bar per customer drawn as one stepped shape per class (cost independent of customers)
    edges = np.r_[x, x[-1:] + 1.0 / max(len(curve), 1)]
    for cls in ("A", "B", "C"):
        mask = classes == cls
        if mask.any():
            heights = np.where(mask, cum, 0.0)
            ax.fill_between(
                edges,
                np.r_[heights, heights[-1:]],
                step="post",
                color=ABC_COLORS[cls],
                linewidth=0,
                label=f"{labels.label('abc_class', lang)} {cls}",
            )
    ax.plot(np.r_[0, x], np.r_[0, cum], color=INK, linewidth=1.5)
    ax.axhline(a, color=ACCENT, linewidth=1, linestyle="--")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.02)
    ax.yaxis.set_major_formatter(pct_axis(lang))
    ax.xaxis.set_major_formatter(pct_axis(lang))
    ax.set_xlabel(labels.label("chart_pareto_x", lang))
    ax.set_ylabel(labels.label("chart_pareto_y", lang))
    ax.set_title(labels.label("chart_pareto", lang))
    ax.legend(loc="lower right")
    styled(fig)
    return fig


CLASS_COLORS = {"loyal": PALETTE[0], "high_potential": PALETTE[4], "small": MUTED}


def value_potential(figs: ClassifyFigures, lang: str = "fr", labelled: int = 8) -> Figure:
    """Every invoiced customer placed by value score (x, profile + history, 0-100) and
    potential score (y, 0-100), dot area by net revenue, coloured by KAM class; the class
    areas shaded from the cut-offs; the ``labelled`` biggest customers by revenue named.
    Customers without a score on an axis are not placed (they are small)."""
    c = figs.customers
    cuts = figs.settings.classes
    fig, ax = new_figure(8.0, 5.2)
    ax.axvspan(cuts["value"], 100, color=CLASS_COLORS["loyal"], alpha=0.07, linewidth=0)
    ax.fill_between(
        [0, cuts["value"]],
        cuts["potential"],
        100,
        color=CLASS_COLORS["high_potential"],
        alpha=0.10,
        linewidth=0,
    )
    size = 12 + 400 * c["revenue"].clip(lower=0) / max(c["revenue"].max(), 1.0)
    for name in CLASSES:
        rows = c["kam_class"] == name
        ax.scatter(
            c.loc[rows, "score_value"],
            c.loc[rows, "score_potential"],
            s=size[rows],
            color=CLASS_COLORS[name],
            alpha=0.75,
            edgecolors="white",
            linewidths=0.5,
            label=labels.label(f"classify_class_{name}", lang),
        )
    names = c["customer_name"] if "customer_name" in c else c["customer_id"]
    for i in c["revenue"].nlargest(labelled).index:
        if pd.notna(c.at[i, "score_value"]) and pd.notna(c.at[i, "score_potential"]):
            ax.annotate(
                str(names[i])[:28],
                (c.at[i, "score_value"], c.at[i, "score_potential"]),
                fontsize=7,
                color=INK,
                xytext=(4, 4),
                textcoords="offset points",
            )
    ax.axvline(cuts["value"], color=ACCENT, linewidth=1, linestyle="--")
    ax.plot([0, cuts["value"]], [cuts["potential"]] * 2, color=ACCENT, linewidth=1, linestyle="--")
    ax.set_xlim(0, 100)
    ax.set_ylim(0, 100)
    ax.set_xlabel(labels.label("classify_chart_matrix_x", lang))
    ax.set_ylabel(labels.label("classify_chart_matrix_y", lang))
    ax.set_title(labels.label("classify_chart_matrix", lang))
    ax.legend(loc="lower right", fontsize=8, markerscale=0.5)
    styled(fig)
    return fig
