"""Charts of the 'Dependency' section."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from clientmix.core import labels
from clientmix.core.style import (
    ACCENT,
    INK,
    MUTED,
    PALETTE,
    money_axis,
    new_figure,
    pct_axis,
    styled,
)
from clientmix.dependency.concentration import lorenz_curve, pareto_curve
from clientmix.dependency.texts.common import conc_dict, thresholds_in_use


def _lorenz_panel(ax: Axes, values: pd.Series, lang: str) -> None:
    """The Lorenz curve of ``values`` (smallest customers first) against an equal split."""
    lz = lorenz_curve(values)
    ax.plot(
        [0, 1],
        [0, 1],
        color=MUTED,
        linestyle="--",
        linewidth=1,
        label=labels.label("equality", lang),
    )
    ax.plot(
        lz["cum_customers_share"],
        lz["cum_value_share"],
        color=PALETTE[0],
        linewidth=2,
        label=labels.label("chart_lorenz", lang),
    )
    ax.fill_between(
        lz["cum_customers_share"],
        lz["cum_value_share"],
        lz["cum_customers_share"],
        color=PALETTE[1],
        alpha=0.15,
    )
    ax.set_xlabel(labels.label("chart_lorenz_x", lang), fontsize=8)
    ax.set_ylabel(labels.label("chart_lorenz_y", lang), fontsize=8)
    ax.set_title(labels.label("chart_lorenz", lang), fontsize=11)
    ax.legend(loc="upper left", fontsize=8)


def _pareto_mark(ax: Axes, pc: pd.DataFrame, customers: int, share: float, lang: str) -> None:
    """The ``customers`` largest customers making ``share`` of the total, marked on ``ax``."""
    xk = customers / len(pc)
    yk = float(pc["cum_share"].iloc[customers - 1])
    ax.axhline(share, color=ACCENT, linewidth=1, linestyle="--")
    ax.plot([xk, xk], [0, yk], color=ACCENT, linewidth=1, linestyle="--")
    ax.scatter([xk], [yk], color=ACCENT, zorder=3, s=20)
    text = labels.label(
        "chart_pareto_80",
        lang,
        n=labels.fmt_int(customers, lang),
        pct=labels.fmt_pct(share, lang, 0),
    )
    ax.annotate(
        text, (xk, yk), xytext=(8, -18), textcoords="offset points", fontsize=9, color=ACCENT
    )


def _pareto_panel(ax: Axes, values: pd.Series, conc: object, lang: str) -> None:
    """The Pareto curve of ``values`` (largest first), with the customers making the
    ``pareto`` threshold of ``conc`` marked."""
    pc = pareto_curve(values)
    x = np.r_[0.0, pc["cum_customers_share"].to_numpy()]
    y = np.r_[0.0, pc["cum_share"].to_numpy()]
    ax.plot(x, y, color=PALETTE[0], linewidth=2)
    ax.fill_between(x, y, color=PALETTE[1], alpha=0.15)
    d = conc_dict(conc)
    k = int(d.get("customers_for_80pct") or 0)
    if k and len(pc):
        pareto = thresholds_in_use(d.get("thresholds"))["pareto"]
        _pareto_mark(ax, pc, k, float(pareto), lang)
    ax.set_xlabel(labels.label("chart_pareto_x", lang), fontsize=8)
    ax.set_ylabel(labels.label("chart_pareto_y", lang), fontsize=8)
    ax.set_title(labels.label("dep_chart_pareto_title", lang), fontsize=11)


def lorenz_pareto(profile: pd.DataFrame, conc: object, lang: str = "fr") -> Figure:
    """Two panels: the Lorenz curve (smallest customers first, against equal split) and the
    Pareto curve (largest first) with the number of customers making ``pareto`` (80 %) of
    net revenue marked. ``conc`` is the revenue Concentration (customers with revenue > 0)."""
    values = profile.assign(customer_id=profile["customer_id"].astype(str)).set_index(
        "customer_id"
    )["revenue"]
    fig, (left, right) = new_figure(9.0, 3.9, ncols=2)
    _lorenz_panel(left, values, lang)
    _pareto_panel(right, values, conc, lang)
    for ax in (left, right):
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1.02)
        ax.xaxis.set_major_formatter(pct_axis(lang))
        ax.yaxis.set_major_formatter(pct_axis(lang))
    styled(fig)
    return fig


def concentration_trend(by_year: pd.DataFrame, lang: str = "fr") -> Figure | None:
    """Small chart of the top-1 and top-5 shares of revenue per 12-month window (oldest
    first), HHI printed above the bars; None with fewer than two windows."""
    if len(by_year) < 2:
        return None
    fig, ax = new_figure(6.5, 2.8)
    x = np.arange(len(by_year))
    width = 0.38
    top1 = by_year["top1_share"].to_numpy(dtype=float)
    top5 = by_year["top5_share"].to_numpy(dtype=float)
    ax.bar(x - width / 2, top1, width, color=ACCENT, label=labels.label("top1_share", lang))
    ax.bar(x + width / 2, top5, width, color=PALETTE[0], label=labels.label("top5_share", lang))
    for xi, y, hhi in zip(x, top5, by_year["hhi"].to_numpy(dtype=float), strict=True):
        ax.annotate(
            labels.label("dep_chart_hhi", lang, hhi=labels.fmt_int(hhi, lang)),
            (xi, y),
            xytext=(0, 3),
            textcoords="offset points",
            ha="left",
            fontsize=8,
            color=INK,
        )
    ax.set_xticks(x)
    ax.set_xticklabels(by_year["label"].astype(str).tolist())
    ax.set_ylim(0, min(1.0, float(np.nanmax(top5)) * 1.25 + 0.02))
    ax.yaxis.set_major_formatter(pct_axis(lang))
    ax.set_title(labels.label("chart_trend", lang), fontsize=11)
    ax.legend(loc="upper right", fontsize=8, ncols=2)
    styled(fig)
    return fig


def monte_carlo(mc: object, lang: str = "fr", currency: str = "EUR") -> Figure:
    """Histogram of the simulated next-year revenue (share of draws), with P10, median, P90
    and the current revenue marked. ``mc`` is a ``dependency.MonteCarloResult``."""
    draws = np.asarray(mc.revenue_draws, dtype=float)
    fig, ax = new_figure(8.0, 3.4)
    lo, hi = float(draws.min()), float(draws.max())
    hi = max(hi, float(mc.base_revenue))
    bins = np.linspace(lo, hi if hi > lo else lo + 1.0, 41)
    weights = np.full(len(draws), 1.0 / max(len(draws), 1))
    ax.hist(draws, bins=bins, weights=weights, color=PALETTE[1], edgecolor="white", linewidth=0.4)
    marks = (
        (mc.p10, labels.label("dep_chart_p10", lang), INK, ":"),
        (mc.p50, labels.label("mc_median", lang), INK, "-"),
        (mc.p90, labels.label("dep_chart_p90", lang), INK, "-."),
        (mc.base_revenue, labels.label("mc_base", lang), ACCENT, "--"),
    )
    for value, name, color, style in marks:
        ax.axvline(
            value,
            color=color,
            linestyle=style,
            linewidth=1.3,
            label=labels.label(
                "dep_chart_mark",
                lang,
                name=name,
                value=labels.fmt_money_short(value, lang, currency),
            ),
        )
    ax.legend(loc="upper left", fontsize=8)
    ax.xaxis.set_major_formatter(money_axis(lang, currency))
    ax.yaxis.set_major_formatter(pct_axis(lang))
    ax.set_xlabel(labels.label("chart_mc_x", lang), fontsize=9)
    ax.set_ylabel(labels.label("chart_mc_y", lang), fontsize=9)
    ax.set_title(labels.label("chart_mc", lang), fontsize=11)
    styled(fig)
    return fig
