"""Charts of the '04 Classify' section."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from clientmix.classify.abc import pareto_curve
from clientmix.core import labels
from clientmix.core.style import ABC_COLORS, ACCENT, INK, new_figure, pct_axis, styled


def pareto(profile: pd.DataFrame, lang: str = "fr", a: float = 0.80, b: float = 0.95) -> Figure:
    """Pareto curve: cumulative share of the positive net revenue against the share of
    customers, largest first (both in percent), with the ABC classes (A up to ``a`` of
    revenue, B up to ``b``, C the rest, customers at or below zero included)."""
    curve = pareto_curve(profile["revenue"], a, b)
    x = curve["customer_share"].to_numpy()
    cum = curve["revenue_share"].to_numpy()
    classes = curve["abc_class"].to_numpy()
    fig, ax = new_figure(8.0, 4.0)
    for cls in ("A", "B", "C"):
        mask = classes == cls
        if mask.any():
            ax.bar(
                x[mask],
                cum[mask],
                width=1.0 / max(len(curve), 1),
                color=ABC_COLORS[cls],
                align="edge",
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
