"""Charts of the report in one house style: one call, one figure.

Every function returns a :class:`matplotlib.figure.Figure` built without pyplot (no global
state, nothing shown twice). In a Jupyter kernel, importing this module registers a PNG
formatter for figures, so the figure is displayed (and embedded in the HTML report) when it is
the value of the cell. PNG output is deterministic: fixed size and resolution, no timestamp.
"""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg", force=False)
# Customer names are data: "$" in a name must never switch matplotlib to math mode.
matplotlib.rcParams["text.parse_math"] = False

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import FuncFormatter, MaxNLocator  # noqa: E402

from . import labels  # noqa: E402
from .metrics import abc_classes, attribute_columns, breakdown, monthly_revenue  # noqa: E402

INK = "#1f2a44"
ACCENT = "#c8553d"
MUTED = "#9aa5b1"
PALETTE = ["#1f4e79", "#2e86ab", "#7fb7be", "#c8553d", "#f2a541", "#6a4c93", "#8ab17d", "#9aa5b1"]
ABC_COLORS = {"A": "#1f4e79", "B": "#7fb7be", "C": "#d9dde3"}
DPI = 100

STYLE = {
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.edgecolor": "#c9ced6",
    "axes.labelcolor": INK,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.titlecolor": INK,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.grid.axis": "y",
    "grid.color": "#e6e9ee",
    "grid.linewidth": 0.8,
    "xtick.color": INK,
    "ytick.color": INK,
    "legend.frameon": False,
    "svg.hashsalt": "clientmix",
    "text.parse_math": False,
}


def _figure(width: float = 8.0, height: float = 3.6, **subplots) -> tuple[Figure, object]:
    with matplotlib.rc_context(STYLE):
        fig = Figure(figsize=(width, height), dpi=DPI, layout="constrained")
        axes = fig.subplots(**subplots)
    return fig, axes


def _styled(fig: Figure) -> None:
    for ax in fig.axes:
        for spine in ("top", "right"):
            ax.spines[spine].set_visible(False)
        ax.spines["left"].set_color("#c9ced6")
        ax.spines["bottom"].set_color("#c9ced6")
        ax.tick_params(colors=INK, labelsize=9)
        ax.set_axisbelow(True)
        ax.title.set_color(INK)
        ax.title.set_fontweight("bold")
        ax.title.set_horizontalalignment("left")
        ax.title.set_position((0.0, 1.0))


def _money_axis(lang: str, currency: str) -> FuncFormatter:
    return FuncFormatter(lambda value, _pos: labels.fmt_money_short(value, lang, currency))


def _pct_axis(lang: str) -> FuncFormatter:
    return FuncFormatter(lambda value, _pos: labels.fmt_pct(value, lang, 0))


def to_png(fig: Figure) -> bytes:
    """PNG bytes of ``fig`` (fixed resolution, no timestamp or software metadata)."""
    buffer = io.BytesIO()
    with matplotlib.rc_context(STYLE):
        fig.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()


def revenue_by_month(
    invoices: pd.DataFrame,
    start: pd.Timestamp,
    end: pd.Timestamp,
    lang: str = "fr",
    currency: str = "EUR",
) -> Figure:
    """Bars of net revenue per month over the analysis period (currency, excl. tax)."""
    series = monthly_revenue(invoices, start, end)
    fig, ax = _figure()
    x = np.arange(len(series))
    colors = np.where(series.to_numpy() < 0, ACCENT, PALETTE[0])
    ax.bar(x, series.to_numpy(), color=colors, width=0.75)
    ax.set_xticks(x)
    ax.set_xticklabels([f"{p.month:02d}/{p.year % 100:02d}" for p in series.index], rotation=0)
    if len(series) > 18:
        for i, tick in enumerate(ax.get_xticklabels()):
            tick.set_visible(i % 3 == 0)
    ax.yaxis.set_major_formatter(_money_axis(lang, currency))
    ax.set_title(labels.label("chart_revenue_month", lang))
    _styled(fig)
    return fig


def top_customers(
    profile: pd.DataFrame, lang: str = "fr", currency: str = "EUR", n: int = 15
) -> Figure:
    """Horizontal bars of the ``n`` customers with the highest net revenue in the period."""
    top = profile.nlargest(n, "revenue", keep="first").iloc[::-1]
    names = top["customer_name"] if "customer_name" in top else top["customer_id"]
    names = names.fillna(top["customer_id"]).astype(str).str.slice(0, 40)
    fig, ax = _figure(8.0, max(2.5, 0.32 * len(top) + 1.0))
    ax.barh(np.arange(len(top)), top["revenue"].to_numpy(), color=PALETTE[0], height=0.7)
    ax.set_yticks(np.arange(len(top)))
    ax.set_yticklabels(names.tolist())
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    ax.xaxis.set_major_formatter(_money_axis(lang, currency))
    ax.set_title(labels.label("chart_top_customers", lang, n=len(top)))
    _styled(fig)
    return fig


def breakdowns(
    profile: pd.DataFrame, lang: str = "fr", currency: str = "EUR", max_panels: int = 6
) -> Figure | None:
    """Revenue by value of each customer-file attribute, one panel per attribute.

    Returns None when the customers file gives no attribute to split by.
    """
    columns = attribute_columns(profile)[:max_panels]
    if not columns:
        return None
    ncols = 2 if len(columns) > 1 else 1
    nrows = (len(columns) + ncols - 1) // ncols
    fig, axes = _figure(8.0, 2.8 * nrows, nrows=nrows, ncols=ncols, squeeze=False)
    flat = axes.ravel()
    for ax, column in zip(flat, columns, strict=False):
        table = breakdown(
            profile, column, labels.label("not_given", lang), labels.label("other", lang), lang
        ).iloc[::-1]
        ax.barh(np.arange(len(table)), table["revenue"].to_numpy(), color=PALETTE[1], height=0.7)
        ax.set_yticks(np.arange(len(table)))
        ax.set_yticklabels(table["group"].astype(str).str.slice(0, 28).tolist(), fontsize=8)
        ax.grid(axis="y", visible=False)
        ax.grid(axis="x", visible=True)
        ax.xaxis.set_major_formatter(_money_axis(lang, currency))
        ax.tick_params(axis="x", labelsize=7)
        ax.xaxis.set_major_locator(MaxNLocator(4))
        name = labels.attribute_label(column, lang)
        ax.set_title(labels.label("chart_breakdown", lang, attribute=name), fontsize=10)
    for ax in flat[len(columns) :]:
        ax.set_visible(False)
    _styled(fig)
    return fig


def pareto(profile: pd.DataFrame, lang: str = "fr", a: float = 0.80, b: float = 0.95) -> Figure:
    """Pareto curve: cumulative share of revenue against the share of customers, largest
    first, with the ABC classes (A up to ``a`` of revenue, B up to ``b``, C the rest)."""
    revenue = profile["revenue"].where(profile["revenue"] > 0, 0.0)
    order = revenue.sort_values(ascending=False, kind="stable")
    total = order.sum()
    n = len(order)
    cum = order.cumsum().to_numpy() / total if total > 0 else np.zeros(n)
    x = np.arange(1, n + 1) / max(n, 1)
    classes = abc_classes(profile["revenue"], a, b).reindex(order.index).to_numpy()
    fig, ax = _figure(8.0, 4.0)
    for cls in ("A", "B", "C"):
        mask = classes == cls
        if mask.any():
            ax.bar(
                x[mask],
                cum[mask],
                width=1.0 / max(n, 1),
                color=ABC_COLORS[cls],
                align="edge",
                label=f"{labels.label('abc_class', lang)} {cls}",
            )
    ax.plot(np.r_[0, x], np.r_[0, cum], color=INK, linewidth=1.5)
    ax.axhline(a, color=ACCENT, linewidth=1, linestyle="--")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.02)
    ax.yaxis.set_major_formatter(_pct_axis(lang))
    ax.xaxis.set_major_formatter(_pct_axis(lang))
    ax.set_xlabel(labels.label("chart_pareto_x", lang))
    ax.set_ylabel(labels.label("chart_pareto_y", lang))
    ax.set_title(labels.label("chart_pareto", lang))
    ax.legend(loc="lower right")
    _styled(fig)
    return fig


def lorenz(profile: pd.DataFrame, lang: str = "fr") -> Figure:
    """Lorenz curve of net revenue over customers with positive revenue (smallest first)."""
    values = np.sort(profile.loc[profile["revenue"] > 0, "revenue"].to_numpy(dtype=float))
    n = len(values)
    cum = np.r_[0.0, np.cumsum(values) / values.sum()] if n else np.array([0.0])
    x = np.linspace(0.0, 1.0, n + 1)
    fig, ax = _figure(5.5, 4.2)
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
    ax.xaxis.set_major_formatter(_pct_axis(lang))
    ax.yaxis.set_major_formatter(_pct_axis(lang))
    ax.set_xlabel(labels.label("chart_lorenz_x", lang), fontsize=9)
    ax.set_ylabel(labels.label("chart_lorenz_y", lang), fontsize=9)
    ax.set_title(labels.label("chart_lorenz", lang))
    ax.legend(loc="upper left")
    _styled(fig)
    return fig


def lorenz_pareto(profile: pd.DataFrame, conc: object, lang: str = "fr") -> Figure:
    """Two panels: the Lorenz curve (smallest customers first, against equal split) and the
    Pareto curve (largest first) with the number of customers making ``pareto`` (80 %) of
    net revenue marked. ``conc`` is the revenue Concentration (customers with revenue > 0)."""
    from .concentration import lorenz_curve, pareto_curve

    values = profile.assign(customer_id=profile["customer_id"].astype(str)).set_index(
        "customer_id"
    )["revenue"]
    lz = lorenz_curve(values)
    pc = pareto_curve(values)
    fig, (left, right) = _figure(9.0, 3.9, ncols=2)
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
        ax.xaxis.set_major_formatter(_pct_axis(lang))
        ax.yaxis.set_major_formatter(_pct_axis(lang))
    _styled(fig)
    return fig


def concentration_trend(by_year: pd.DataFrame, lang: str = "fr") -> Figure | None:
    """Small chart of the top-1 and top-5 shares of revenue per 12-month window (oldest
    first), HHI printed above the bars; None with fewer than two windows."""
    if len(by_year) < 2:
        return None
    fig, ax = _figure(6.5, 2.8)
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
    ax.yaxis.set_major_formatter(_pct_axis(lang))
    ax.set_title(labels.label("chart_trend", lang), fontsize=11)
    ax.legend(loc="upper right", fontsize=8, ncols=2)
    _styled(fig)
    return fig


def monte_carlo(mc: object, lang: str = "fr", currency: str = "EUR") -> Figure:
    """Histogram of the simulated next-year revenue (share of draws), with P10, median, P90
    and the current revenue marked. ``mc`` is a ``dependency.MonteCarloResult``."""
    draws = np.asarray(mc.revenue_draws, dtype=float)
    fig, ax = _figure(8.0, 3.4)
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
    ax.xaxis.set_major_formatter(_money_axis(lang, currency))
    ax.yaxis.set_major_formatter(_pct_axis(lang))
    ax.set_xlabel(labels.label("chart_mc_x", lang), fontsize=9)
    ax.set_ylabel(labels.label("chart_mc_y", lang), fontsize=9)
    ax.set_title(labels.label("chart_mc", lang), fontsize=11)
    _styled(fig)
    return fig


def _register_formatter() -> None:
    """Show figures returned by these functions as PNG in Jupyter (inline backend or not)."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython is a dependency of ipykernel
        return
    shell = get_ipython()
    if shell is None:
        return
    formatter = shell.display_formatter.formatters["image/png"]
    formatter.for_type(Figure, to_png)


_register_formatter()
