"""Charts of the '02 Profile' section."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from clientmix.core import labels
from clientmix.core.style import ACCENT, PALETTE, money_axis, new_figure, styled
from clientmix.profile.months import monthly_revenue


def revenue_by_month(
    invoices: pd.DataFrame,
    start: pd.Timestamp,
    end: pd.Timestamp,
    lang: str = "fr",
    currency: str = "EUR",
) -> Figure:
    """Bars of net revenue per month over the analysis period ``start`` to ``end``
    (``currency``, excl. tax; credit notes included, negative months in the accent colour)."""
    series = monthly_revenue(invoices, start, end)
    fig, ax = new_figure()
    x = np.arange(len(series))
    colors = np.where(series.to_numpy() < 0, ACCENT, PALETTE[0])
    ax.bar(x, series.to_numpy(), color=colors, width=0.75)
    ax.set_xticks(x)
    ax.set_xticklabels([f"{p.month:02d}/{p.year % 100:02d}" for p in series.index], rotation=0)
    if len(series) > 18:
        for i, tick in enumerate(ax.get_xticklabels()):
            tick.set_visible(i % 3 == 0)
    ax.yaxis.set_major_formatter(money_axis(lang, currency))
    ax.set_title(labels.label("chart_revenue_month", lang))
    styled(fig)
    return fig


def top_customers(
    profile: pd.DataFrame, lang: str = "fr", currency: str = "EUR", n: int = 15
) -> Figure:
    """Horizontal bars of the ``n`` customers with the highest net revenue in the period
    (``currency``, excl. tax), largest on top, named by their first 40 characters (the id
    when the name is missing)."""
    top = profile.nlargest(n, "revenue", keep="first").iloc[::-1]
    names = top["customer_name"] if "customer_name" in top else top["customer_id"]
    names = names.fillna(top["customer_id"]).astype(str).str.slice(0, 40)
    fig, ax = new_figure(8.0, max(2.5, 0.32 * len(top) + 1.0))
    ax.barh(np.arange(len(top)), top["revenue"].to_numpy(), color=PALETTE[0], height=0.7)
    ax.set_yticks(np.arange(len(top)))
    ax.set_yticklabels(names.tolist())
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    ax.xaxis.set_major_formatter(money_axis(lang, currency))
    ax.set_title(labels.label("chart_top_customers", lang, n=len(top)))
    styled(fig)
    return fig
