"""Charts of the 'Dependency' section."""

from __future__ import annotations

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from clientmix.core import labels  # noqa: E402
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


def lorenz(profile: pd.DataFrame, lang: str = "fr") -> Figure:
    """Lorenz curve of net revenue over customers with positive revenue (smallest first)."""
    values = np.sort(profile.loc[profile["revenue"] > 0, "revenue"].to_numpy(dtype=float))
    n = len(values)
    cum = np.r_[0.0, np.cumsum(values) / values.sum()] if n else np.array([0.0])
    x = np.linspace(0.0, 1.0, n + 1)
    fig, ax = new_figure(5.5, 4.2)
    ax.plot(
        [0, 1],
        [0, 1],
        color=MUTED,
        linestyle="--",
        linewidth=1,
        label=labels.label("equality", lang),
    )
    ax.plot(x, cum, color=PALETTE[0], linewidth=2, label=labels.label("chart_lorenz", lang))
    ax.fill_between(x, cum, x, color=PALETTE[1], alpha=0.15)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.xaxis.set_major_formatter(pct_axis(lang))
    ax.yaxis.set_major_formatter(pct_axis(lang))
    ax.set_xlabel(labels.label("chart_lorenz_x", lang), fontsize=9)
    ax.set_ylabel(labels.label("chart_lorenz_y", lang), fontsize=9)
    ax.set_title(labels.label("chart_lorenz", lang))
    ax.legend(loc="upper left")
    styled(fig)
    return fig


def lorenz_pareto(profile: pd.DataFrame, conc: object, lang: str = "fr") -> Figure:
    """Two panels: the Lorenz curve (smallest customers first, against equal split) and the
    Pareto curve (largest first) with the number of customers making ``pareto`` (80 %) of
    net revenue marked. ``conc`` is the revenue Concentration (customers with revenue > 0)."""
    from clientmix.dependency.concentration import lorenz_curve, pareto_curve

    values = profile.assign(customer_id=profile["customer_id"].astype(str)).set_index(
        "customer_id"
    )["revenue"]
    lz = lorenz_curve(values)
    pc = pareto_curve(values)
    fig, (left, right) = new_figure(9.0, 3.9, ncols=2)
    left.plot(
        [0, 1],
        [0, 1],
        color=MUTED,
        linestyle="--",
        linewidth=1,
        label=labels.label("equality", lang),
    )
    left.plot(
        lz["cum_customers_share"],
        lz["cum_value_share"],
        color=PALETTE[0],
        linewidth=2,
        label=labels.label("chart_lorenz", lang),
    )
    left.fill_between(
        lz["cum_customers_share"],
        lz["cum_value_share"],
        lz["cum_customers_share"],
        color=PALETTE[1],
        alpha=0.15,
    )
    left.set_xlabel(labels.label("chart_lorenz_x", lang), fontsize=8)
    left.set_ylabel(labels.label("chart_lorenz_y", lang), fontsize=8)
    left.set_title(labels.label("chart_lorenz", lang), fontsize=11)
    left.legend(loc="upper left", fontsize=8)
    x = np.r_[0.0, pc["cum_customers_share"].to_numpy()]
    y = np.r_[0.0, pc["cum_share"].to_numpy()]
    right.plot(x, y, color=PALETTE[0], linewidth=2)
    right.fill_between(x, y, color=PALETTE[1], alpha=0.15)
    d = conc.to_dict() if hasattr(conc, "to_dict") else dict(conc)
    k = int(d.get("customers_for_80pct") or 0)
    pareto_share = float((d.get("thresholds") or {}).get("pareto", 0.8))
    if k and len(pc):
        xk = k / len(pc)
        yk = float(pc["cum_share"].iloc[k - 1])
        right.axhline(pareto_share, color=ACCENT, linewidth=1, linestyle="--")
        right.plot([xk, xk], [0, yk], color=ACCENT, linewidth=1, linestyle="--")
        right.scatter([xk], [yk], color=ACCENT, zorder=3, s=20)
        text = labels.label(
            "chart_pareto_80",
            lang,
            n=labels.fmt_int(k, lang),
            pct=labels.fmt_pct(pareto_share, lang, 0),
        )
        right.annotate(
            text, (xk, yk), xytext=(8, -18), textcoords="offset points", fontsize=9, color=ACCENT
        )
    right.set_xlabel(labels.label("chart_pareto_x", lang), fontsize=8)
    right.set_ylabel(labels.label("chart_pareto_y", lang), fontsize=8)
    right.set_title(labels.label("chart_pareto", lang).split(" (")[0], fontsize=11)
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
            f"HHI {labels.fmt_int(hhi, lang)}",
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
        (mc.p10, "P10", INK, ":"),
        (mc.p50, labels.label("mc_median", lang), INK, "-"),
        (mc.p90, "P90", INK, "-."),
        (mc.base_revenue, labels.label("mc_base", lang), ACCENT, "--"),
    )
    for value, name, color, style in marks:
        ax.axvline(
            value,
            color=color,
            linestyle=style,
            linewidth=1.3,
            label=f"{name} : {labels.fmt_money_short(value, lang, currency)}"
            if lang != "en"
            else f"{name}: {labels.fmt_money_short(value, lang, currency)}",
        )
    ax.legend(loc="upper left", fontsize=8)
    ax.xaxis.set_major_formatter(money_axis(lang, currency))
    ax.yaxis.set_major_formatter(pct_axis(lang))
    ax.set_xlabel(labels.label("chart_mc_x", lang), fontsize=9)
    ax.set_ylabel(labels.label("chart_mc_y", lang), fontsize=9)
    ax.set_title(labels.label("chart_mc", lang), fontsize=11)
    styled(fig)
    return fig
