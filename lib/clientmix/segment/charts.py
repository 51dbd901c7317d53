"""Charts of the '03 Segment' section."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from clientmix.core import labels
from clientmix.core.style import PALETTE, money_axis, new_figure, styled
from clientmix.segment.breakdown import attribute_columns
from clientmix.segment.texts import worded_breakdown


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
