"""Charts of the 'Future value' section (notebook 04_classify)."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure

from clientmix.core.labels import label
from clientmix.core.style import ACCENT, PALETTE, new_figure, pct_axis, styled
from clientmix.value.figures import ValueFigures


def alive_vs_recency(figs: ValueFigures, lang: str = "fr") -> Figure | None:
    """Probability of still being active (percent) against the weeks since the last purchase
    day, one dot per customer with a purchase up to the forecast date, coloured by repeat
    purchases (none / some); None when the model is left out."""
    if not figs.shown or figs.customers.empty:
        return None
    data = figs.customers
    silence = (data["T"] - data["recency"]).to_numpy()
    repeat = data["frequency"].to_numpy() > 0
    fig, ax = new_figure(8.0, 4.0)
    ax.scatter(silence[repeat], data["p_alive"].to_numpy()[repeat], s=10, color=PALETTE[0])
    ax.scatter(silence[~repeat], data["p_alive"].to_numpy()[~repeat], s=10, color=PALETTE[7])
    ax.set_ylim(0, 1.02)
    ax.yaxis.set_major_formatter(pct_axis(lang))
    ax.set_xlabel(label("chart_value_alive_x", lang))
    ax.set_ylabel(label("p_alive", lang))
    ax.set_title(label("chart_value_alive", lang))
    styled(fig)
    return fig


def backtest_by_frequency(figs: ValueFigures, lang: str = "fr") -> Figure | None:
    """Mean purchases per customer after the calibration end, predicted (bars) and actual
    (dots), by number of repeat purchases during calibration (0 .. 6, 7+), as in Fader, Hardie
    and Lee (2005), figure 4; None without a backtest."""
    if not figs.shown or figs.backtest is None:
        return None
    table = figs.backtest.by_frequency
    x = np.arange(len(table))
    fig, ax = new_figure(8.0, 3.6)
    ax.bar(x, table["predicted"], color=PALETTE[1], label=label("value_predicted", lang))
    ax.plot(x, table["actual"], "o", color=ACCENT, label=label("value_actual", lang))
    ax.set_xticks(x, table["frequency_group"].tolist())
    ax.set_xlabel(label("chart_value_backtest_x", lang))
    ax.set_ylabel(label("chart_value_backtest_y", lang))
    ax.set_title(label("chart_value_backtest", lang))
    ax.legend(loc="upper left")
    styled(fig)
    return fig
